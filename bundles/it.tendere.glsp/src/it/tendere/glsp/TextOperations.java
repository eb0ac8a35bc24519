// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationActionHandler;
import org.eclipse.glsp.server.utils.StatusActionUtil;

import com.google.inject.Inject;

import it.tendere.dsl.io.ModelFileException;

/**
 * Runs a gesture on the text as it is: where the source is an editor the
 * user may have typed in a moment ago (the diagram not yet drawn again),
 * the text is read first; while it does not parse, the gesture is refused
 * and the user told why, in the diagram's status line.
 */
final class TextOperations extends OperationActionHandler {

    @Inject
    private TendereModelState state;

    @Override
    protected List<Action> executeOperation(Operation operation) {
        ModelText text = state.text();
        if (text != null && text.source().keepsHistory() && !text.unchanged()) {
            try {
                text.reload();
            } catch (ModelFileException e) {
                return List.of(StatusActionUtil.error(GlspMessages.get("reload.failed", e.getMessage())));
            }
        }
        if (text != null && text.frozen() != null) {
            return List.of(StatusActionUtil.warn(GlspMessages.get("text.frozen.gesture", text.frozen())));
        }
        return super.executeOperation(operation);
    }
}
