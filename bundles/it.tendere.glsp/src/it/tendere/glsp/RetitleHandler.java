// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

/** A box's title typed in place: the element's title in the text. */
final class RetitleHandler extends GestureHandler<ApplyLabelEditOperation> {

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        if (!operation.getLabelId().endsWith(GraphIds.TITLE) || operation.getText() == null
                || operation.getText().isBlank()) {
            return doNothing();
        }
        return gesture(GlspMessages.get("gesture.retitle"),
                OrganisationGestures.retitle(element(operation.getLabelId()), operation.getText()));
    }
}
