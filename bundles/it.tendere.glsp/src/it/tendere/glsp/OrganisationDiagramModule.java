// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.nio.file.Path;

import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;

import com.google.inject.name.Names;

/** «Organizzazione»: the organisation diagram of one model file. */
public final class OrganisationDiagramModule extends DiagramModule {

    private final Path file;

    /** @param file the model the diagram edits, the only one its clients may open */
    public OrganisationDiagramModule(Path file) {
        this.file = file;
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(Path.class).annotatedWith(Names.named(ModelStorage.FILE)).toInstance(file);
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return TendereModelState.class;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return OrganisationDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return ModelStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return OrganisationGraphFactory.class;
    }

    @Override
    protected Class<? extends ModelValidator> bindModelValidator() {
        return ModelMarkers.class;
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
        binding.add(RetitleHandler.class);
        binding.add(DeleteHandler.class);
    }

    @Override
    public String getDiagramType() {
        return GraphIds.ORGANISATION;
    }
}
