// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;


import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.OperationHandler;

/** «Organizzazione»: the organisation diagram of one model file. */
public final class OrganisationDiagramModule extends TendereDiagramModule {

    /** @param file the model the diagram edits, the only one its clients may open */
    public OrganisationDiagramModule(ModelSource source) {
        super(source);
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return OrganisationDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return OrganisationGraphFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return OrganisationPalette.class;
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(CreateOrganisationNodeHandler.class);
        binding.add(CreateOrganisationLinkHandler.class);
    }

    @Override
    public String getDiagramType() {
        return GraphIds.ORGANISATION;
    }
}
