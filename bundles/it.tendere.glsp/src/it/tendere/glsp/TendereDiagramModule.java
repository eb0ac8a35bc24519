// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.server.features.undoredo.UndoRedoActionHandler;

import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.features.commandpalette.CommandPaletteActionProvider;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.sourcemodelwatcher.SourceModelWatcher;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

import com.google.inject.name.Names;

/**
 * What every diagram of a model shares: its source (the file, the only one
 * its clients may open, or the studio's document of it), its text as the
 * session's state, the format's checks as markers, the source watched for
 * changes made elsewhere, the source's history and selection where it has
 * them, and the gestures every diagram has (rename in place, delete, the
 * command palette's).
 */
public abstract class TendereDiagramModule extends DiagramModule {

    private final ModelSource source;

    protected TendereDiagramModule(ModelSource source) {
        this.source = source;
    }

    /** The language's services to use, the host's (see {@code EditorServer.useLanguage}). */
    public static void useLanguage(com.google.inject.Injector language) {
        Language.use(language);
    }

    /** The diagrams of one model: organisation, process maps, overview. */
    public static List<TendereDiagramModule> all(ModelSource source) {
        return List.of(new OrganisationDiagramModule(source), new ProcessDiagramModule(source),
                new OverviewDiagramModule(source));
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(ModelSource.class).toInstance(source);
        bind(Path.class).annotatedWith(Names.named(ModelStorage.FILE)).toInstance(source.file());
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
        return SourceWatcher.class;
    }

    @Override
    protected Class<? extends CommandPaletteActionProvider> bindCommandPaletteActionProvider() {
        return GestureCommands.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.remove(OperationActionHandler.class);
        binding.add(TextOperations.class);
        binding.add(SourceWatcher.ReloadHandler.class);
        binding.add(SourceWatcher.SelectionHandler.class);
        if (source.keepsHistory()) {
            binding.remove(UndoRedoActionHandler.class);
            binding.add(SourceHistoryHandler.class);
        }
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
