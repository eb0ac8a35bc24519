// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.nio.file.Path;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;
import com.google.inject.name.Named;

import it.tendere.dsl.io.ModelFileException;

/**
 * Reads the one model the server was started for. A client names the model
 * it wants ({@code sourceUri}); any other file is refused, so that a page
 * cannot make the server read what the user did not open. Saving does
 * nothing more: each gesture is in the source (the file, or the studio's
 * document, which the studio saves) when it is made.
 */
final class ModelStorage implements SourceModelStorage {

    /** The name the model's path is bound under. */
    static final String FILE = "tendere.model";

    @Inject
    private TendereModelState state;

    @Inject
    @Named(FILE)
    private Path file;

    @Inject
    private ModelSource source;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        String uri = action.getOptions() == null ? null : action.getOptions().get("sourceUri");
        if (uri != null && !uri.isBlank() && !sameFile(uri)) {
            throw new GLSPServerException(GlspMessages.get("file.other", file));
        }
        state.show(action.getOptions() == null ? null : action.getOptions().get(GraphIds.PROCESS_OPTION));
        try {
            state.setText(new ModelText(source, Language.injector()));
        } catch (ModelFileException e) {
            throw new GLSPServerException(e.getPath() + ": " + e.getMessage(), e);
        }
    }

    private boolean sameFile(String uri) {
        try {
            Path asked = uri.startsWith("file:") ? Path.of(java.net.URI.create(uri)) : Path.of(uri);
            return asked.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) { // a bad URI or path
            return false;
        }
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        state.saveIsDone();
    }
}
