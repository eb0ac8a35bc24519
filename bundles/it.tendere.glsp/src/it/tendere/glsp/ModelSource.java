// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.xtext.validation.Issue;

import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelLoader;

/**
 * Where the text a diagram is drawn from lives, and where its gestures go:
 * the model's file ({@link FileSource}, for {@code tendere edit}), or the
 * document of an editor that has the file open (the studio), whose undo
 * history, checks and selection the diagram then shares.
 */
public interface ModelSource {

    /** The model's file: its name in messages, and the only file a client may ask for. */
    Path file();

    /** Reads and parses the text as it is now. */
    LoadedModel load(ModelLoader loader) throws ModelFileException;

    /** The text as it is now. */
    String text() throws ModelFileException;

    /**
     * Makes one edit to the text, which must still be {@code expected}
     * (nothing is changed otherwise).
     *
     * @throws ModelFileException where the text is no longer {@code expected}, or cannot be written
     */
    void replace(String expected, ModelText.Edit edit) throws ModelFileException;

    /**
     * Calls {@code changed} (from any thread) each time the text may have
     * changed other than by {@link #replace}, until the answer is closed.
     */
    AutoCloseable watch(Runnable changed) throws ModelFileException;

    /**
     * The format's checks of {@code text} where the source has them already
     * (an editor checks its own text), or null: the diagram then runs them.
     */
    default List<Issue> issues(String text) {
        return null;
    }

    /** Whether undo and redo are the source's (an editor's history) rather than the diagram's own. */
    default boolean keepsHistory() {
        return false;
    }

    /** Undoes the last change of the source's history; see {@link #keepsHistory()}. */
    default void undo() {
        throw new UnsupportedOperationException();
    }

    /** Redoes the last change undone; see {@link #keepsHistory()}. */
    default void redo() {
        throw new UnsupportedOperationException();
    }

    /** The elements (ids) the user selected in the diagram. */
    default void selected(List<String> ids) {
        // a file has no selection
    }

    /**
     * Calls {@code selection} (from any thread) each time the user selects
     * where the text is edited, with the ids of the element selected and of
     * those containing it, innermost first, until the answer is closed.
     */
    default AutoCloseable watchSelection(Consumer<List<String>> selection) {
        return () -> {
        };
    }
}
