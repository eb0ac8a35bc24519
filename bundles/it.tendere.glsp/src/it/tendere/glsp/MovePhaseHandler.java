// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

/**
 * A phase dragged on a process map: into another lane, its performer
 * changes; along the lanes, its place in the process. Where it is dropped
 * nowhere (outside the lanes), nothing changes and the map is drawn again as
 * it was. Boxes are never placed by hand: the layout places them.
 */
final class MovePhaseHandler extends GestureHandler<ChangeBoundsOperation> {

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        if (operation.getNewBounds() == null || operation.getNewBounds().size() != 1) {
            return gesture(GlspMessages.get("gesture.move"), text -> null); // drawn again as it was
        }
        ElementAndBounds moved = operation.getNewBounds().get(0);
        String phase = element(moved.getElementId());
        var node = state().getIndex().getByClass(moved.getElementId(), org.eclipse.glsp.graph.GNode.class);
        ProcessPlaces.Spot spot = node.isEmpty() || !GraphIds.PHASE.equals(node.get().getType()) ? null
                : new ProcessPlaces(state().getRoot()).at(moved.getNewPosition(), node.get().getSize().getWidth(),
                        node.get().getSize().getHeight(), moved.getElementId());
        if (spot == null) {
            return gesture(GlspMessages.get("gesture.move"), text -> null);
        }
        return gesture(GlspMessages.get("gesture.move"), ProcessGestures.move(phase, spot.performer(), spot.place()));
    }
}
