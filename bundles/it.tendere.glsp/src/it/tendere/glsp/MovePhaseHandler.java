// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GNode;
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
        ProcessPlaces.Spot spot = null;
        String phase = null;
        if (operation.getNewBounds() != null && operation.getNewBounds().size() == 1) {
            ElementAndBounds moved = operation.getNewBounds().get(0);
            Optional<GNode> node = state().getIndex().getByClass(moved.getElementId(), GNode.class)
                    .filter(n -> GraphIds.PHASE.equals(n.getType()));
            if (node.isPresent()) {
                phase = element(moved.getElementId());
                spot = new ProcessPlaces(state().getRoot()).at(
                        moved.getNewPosition().getX() + node.get().getSize().getWidth() / 2,
                        moved.getNewPosition().getY() + node.get().getSize().getHeight() / 2, moved.getElementId());
            }
        }
        // nowhere to go: a command that changes nothing, after which the map is drawn again as it was
        return gesture(GlspMessages.get("gesture.move"), spot == null ? text -> null
                : ProcessGestures.move(phase, spot.performer(), spot.place()));
    }
}
