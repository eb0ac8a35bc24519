// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;

import com.google.inject.Inject;

/**
 * Undo and redo where the source keeps the history (an editor's document):
 * one history for the text and the diagram, so Ctrl+Z in the diagram undoes
 * the last change whichever of the two made it. The diagram is drawn again
 * when the source tells of its new text.
 */
final class SourceHistoryHandler implements ActionHandler {

    @Inject
    private ModelSource source;

    @Override
    public List<Action> execute(Action action) {
        if (action instanceof UndoAction) {
            source.undo();
        } else if (action instanceof RedoAction) {
            source.redo();
        }
        return none();
    }

    @Override
    public List<Class<? extends Action>> getHandledActionTypes() {
        return List.of(UndoAction.class, RedoAction.class);
    }
}
