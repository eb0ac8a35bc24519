// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;

import it.tendere.servicemodel.Performer;

/**
 * Where a point of a process map is, for a phase put there: the lane under it
 * (who performs the phase) and, along the lanes of that part of the map, the
 * phase it comes before or after (its order), as the map drawn last shows
 * them.
 */
final class ProcessPlaces {

    /** The lane at a point, and the phase's new place there. */
    record Spot(Performer performer, ProcessGestures.Place place) {
    }

    private final GModelRoot root;

    ProcessPlaces(GModelRoot root) {
        this.root = root;
    }

    /**
     * The spot of a box of this size whose top left corner is at
     * {@code corner}, or null where its middle is above or below every
     * lane; {@code moved}
     * (the phase being moved, or null) does not count among the others.
     */
    Spot at(GPoint corner, double width, double height, String moved) {
        double x = corner.getX() + width / 2;
        double y = corner.getY() + height / 2;
        // a lane's band, whatever the x: a phase put beyond the last one is still in the lane
        GNode lane = lanes().filter(l -> y >= l.getPosition().getY()
                && y <= l.getPosition().getY() + l.getSize().getHeight()).findFirst().orElse(null);
        if (lane == null) {
            return null;
        }
        Object part = lane.getArgs().get("parte");
        List<GNode> lanesOfPart = lanes().filter(l -> Objects.equals(part, l.getArgs().get("parte"))).toList();
        List<GNode> phases = root.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
                .filter(n -> GraphIds.PHASE.equals(n.getType()) && !n.getId().equals(moved))
                .filter(n -> lanesOfPart.stream().anyMatch(l -> contains(l, centerX(n), centerY(n))))
                .sorted(Comparator.comparingDouble(ProcessPlaces::centerX)).toList();
        Performer performer = Performer.get((String) lane.getArgs().get("esecutore"));
        for (GNode phase : phases) {
            if (x < centerX(phase)) {
                return new Spot(performer, new ProcessGestures.Place(GestureHandler.element(phase.getId()), true));
            }
        }
        return new Spot(performer, phases.isEmpty() ? ProcessGestures.Place.UNCHANGED
                : new ProcessGestures.Place(GestureHandler.element(phases.get(phases.size() - 1).getId()), false));
    }

    private java.util.stream.Stream<GNode> lanes() {
        return root.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
                .filter(n -> GraphIds.LANE.equals(n.getType()));
    }

    private static boolean contains(GNode node, double x, double y) {
        return x >= node.getPosition().getX() && x <= node.getPosition().getX() + node.getSize().getWidth()
                && y >= node.getPosition().getY() && y <= node.getPosition().getY() + node.getSize().getHeight();
    }

    private static double centerX(GNode node) {
        return node.getPosition().getX() + node.getSize().getWidth() / 2;
    }

    private static double centerY(GNode node) {
        return node.getPosition().getY() + node.getSize().getHeight() / 2;
    }
}
