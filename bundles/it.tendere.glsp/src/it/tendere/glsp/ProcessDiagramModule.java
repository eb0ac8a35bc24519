// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;


import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.OperationHandler;

/** «Mappa del processo»: one process of a model file, chosen by the request's {@code processo} option. */
public final class ProcessDiagramModule extends TendereDiagramModule {

    /** @param file the model the diagram edits, the only one its clients may open */
    public ProcessDiagramModule(ModelSource source) {
        super(source);
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return ProcessDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return ProcessGraphFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return ProcessPalette.class;
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(CreateProcessNodeHandler.class);
        binding.add(MovePhaseHandler.class);
        binding.add(KeepRoutesHandler.class);
    }

    @Override
    public String getDiagramType() {
        return GraphIds.PROCESS;
    }
}
