// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.DeleteOperation;

/** Deletes the boxes and links selected; the lines the diagram draws by itself are not the user's to delete. */
final class DeleteHandler extends GestureHandler<DeleteOperation> {

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        List<String> ids = operation.getElementIds() == null ? List.of()
                : operation.getElementIds().stream().filter(id -> !id.startsWith("linea:") && !id.startsWith("box:"))
                        .map(DeleteHandler::modelId).distinct().toList();
        return ids.isEmpty() ? doNothing() : gesture(GlspMessages.get("gesture.delete"), OrganisationGestures.delete(ids));
    }

    /** A box's element, or a link between two elements. */
    private static String modelId(String graphId) {
        int arrow = graphId.indexOf(GraphIds.LINK);
        return arrow < 0 ? element(graphId)
                : GraphIds.link(element(graphId.substring(0, arrow)),
                        element(graphId.substring(arrow + GraphIds.LINK.length())));
    }
}
