// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

/** «Il modello a tendere: una rappresentazione»: the overview of one model file, shown, never edited. */
public final class OverviewDiagramModule extends TendereDiagramModule {

    /** @param file the model the diagram shows, the only one its clients may open */
    public OverviewDiagramModule(ModelSource source) {
        super(source);
    }

    @Override
    protected boolean editable() {
        return false;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return OverviewDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return OverviewGraphFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return NoPalette.class;
    }

    @Override
    public String getDiagramType() {
        return GraphIds.OVERVIEW;
    }

    /** Nothing to create on a diagram that is only shown. */
    static final class NoPalette implements ToolPaletteItemProvider {
        @Override
        public List<PaletteItem> getItems(Map<String, String> args) {
            return List.of();
        }
    }
}
