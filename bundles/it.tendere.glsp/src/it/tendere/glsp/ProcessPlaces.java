// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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
     * The spot of a phase whose middle is at ({@code x}, {@code y}), or null
     * where that is above or below every lane; {@code moved} (the phase being
     * moved, or null) does not count among the others.
     */
    Spot at(double x, double y, String moved) {
        // a lane's band, whatever the x: a phase put beyond the last one is still in the lane
        GNode lane = nodes(GraphIds.LANE).filter(l -> y >= l.getPosition().getY()
                && y <= l.getPosition().getY() + l.getSize().getHeight()).findFirst().orElse(null);
        if (lane == null) {
            return null;
        }
        Object part = lane.getArgs().get("parte");
        List<GNode> lanesOfPart = nodes(GraphIds.LANE).filter(l -> Objects.equals(part, l.getArgs().get("parte")))
                .toList();
        List<GNode> phases = nodes(GraphIds.PHASE).filter(n -> !n.getId().equals(moved))
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

    /** The phase whose box holds the point, if any. */
    Optional<GNode> phaseAt(GPoint point) {
        return nodes(GraphIds.PHASE).filter(n -> contains(n, point.getX(), point.getY())).findFirst();
    }

    private Stream<GNode> nodes(String type) {
        return root.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
                .filter(n -> type.equals(n.getType()));
    }

    private static boolean contains(GNode node, double x, double y) {
        return x >= node.getPosition().getX() && x <= node.getPosition().getX() + node.getSize().getWidth()
                && y >= node.getPosition().getY() && y <= node.getPosition().getY() + node.getSize().getHeight();
    }

    static double centerX(GNode node) {
        return node.getPosition().getX() + node.getSize().getWidth() / 2;
    }

    static double centerY(GNode node) {
        return node.getPosition().getY() + node.getSize().getHeight() / 2;
    }
}
