// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.features.commandpalette.CommandPaletteActionProvider;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.sourcemodelwatcher.SourceModelWatcher;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;

import com.google.inject.name.Names;

/**
 * What every diagram of a model file shares: the file (the only one its
 * clients may open), its text as the session's state, the format's checks
 * as markers, the file watched for changes made outside the editor, and the
 * gestures every diagram has (rename in place, delete, the command
 * palette's).
 */
public abstract class TendereDiagramModule extends DiagramModule {

    private final Path file;

    protected TendereDiagramModule(Path file) {
        this.file = file;
    }

    /** The diagrams of one model file: organisation, process maps, overview. */
    public static List<TendereDiagramModule> all(Path file) {
        return List.of(new OrganisationDiagramModule(file), new ProcessDiagramModule(file),
                new OverviewDiagramModule(file));
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(Path.class).annotatedWith(Names.named(ModelStorage.FILE)).toInstance(file);
    }

    /** Whether the diagram changes the model; the overview only shows it. */
    protected boolean editable() {
        return true;
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return TendereModelState.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return ModelStorage.class;
    }

    @Override
    protected Class<? extends ModelValidator> bindModelValidator() {
        return ModelMarkers.class;
    }

    @Override
    protected Class<? extends SourceModelWatcher> bindSourceModelWatcher() {
        return DiskWatcher.class;
    }

    @Override
    protected Class<? extends CommandPaletteActionProvider> bindCommandPaletteActionProvider() {
        return GestureCommands.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(DiskWatcher.ReloadHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        if (!editable()) {
            return;
        }
        binding.add(RetitleHandler.class);
        binding.add(DeleteHandler.class);
        binding.add(GestureOperationHandler.class);
    }
}
