// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.core.options.Direction;

import it.tendere.format.Titles;
import it.tendere.servicemodel.Objectives;
import it.tendere.servicemodel.SegmentKind;
import it.tendere.servicemodel.Service;
import it.tendere.servicemodel.ServiceKind;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServiceTiming;
import it.tendere.servicemodel.UserSegment;

/**
 * «Il modello a tendere: una rappresentazione»: the mission, the user
 * segments it serves, and the core and accessory services each segment gets,
 * essential ones drawn solid and evolutive ones dashed.
 */
final class OverviewDiagram {

    private static final double TEXT = 150;

    private OverviewDiagram() {
    }

    static Diagram build(ServiceModel model) {
        GraphLayout graph = new GraphLayout(Direction.RIGHT, 12, 56);
        Objectives objectives = model.getObjectives();
        List<String> summary = new ArrayList<>();
        String statement = objectives == null || objectives.getMission() == null
                || objectives.getMission().getStatement() == null ? Labels.MISSING + "mission]"
                        : objectives.getMission().getStatement();
        graph.node("mission", "mission", List.of("Mission", shorten(statement, 220)), Diagram.Style.MISSION, TEXT + 30, 0);
        summary.add("mission: " + statement);
        if (objectives != null) {
            for (UserSegment segment : objectives.getSegments()) {
                boolean extended = segment.getKind() == SegmentKind.EXTENDED;
                graph.node("segment:" + segment.getName(), segment.getName(),
                        List.of(segment.getProfile() == null ? segment.getName() : segment.getProfile(),
                                extended ? "utenza allargata" : "utenza diretta"),
                        extended ? Diagram.Style.SEGMENT_EXTENDED : Diagram.Style.SEGMENT, TEXT, 0);
                graph.edge("mission", "segment:" + segment.getName(), false);
                summary.add((extended ? "utenza allargata " : "utenza diretta ") + segment.getProfile());
            }
            for (Service service : objectives.getServices()) {
                boolean core = service.getKind() == ServiceKind.CORE;
                boolean evolutive = service.isSetTiming() && service.getTiming() == ServiceTiming.EVOLUTIVE;
                String id = "service:" + service.getName();
                graph.node(id, service.getName(), List.of(Titles.of(service),
                        (core ? "prestazione principale" : "prestazione accessoria") + ", "
                                + (evolutive ? "evolutiva" : "essenziale")),
                        core ? (evolutive ? Diagram.Style.SERVICE_CORE_EVOLUTIVE : Diagram.Style.SERVICE_CORE)
                                : (evolutive ? Diagram.Style.SERVICE_ACCESSORY_EVOLUTIVE : Diagram.Style.SERVICE_ACCESSORY),
                        TEXT, 0);
                if (service.getSegments().isEmpty()) {
                    graph.edge("mission", id, evolutive);
                }
                for (UserSegment segment : service.getSegments()) {
                    graph.edge("segment:" + segment.getName(), id, evolutive);
                }
                summary.add((core ? "prestazione principale " : "prestazione accessoria ") + Titles.of(service)
                        + (evolutive ? " (evolutiva)" : " (essenziale)"));
            }
        }
        GraphLayout.Laid laid = graph.layout();
        return new Diagram(Diagram.Kind.OVERVIEW, "modello-a-tendere", "Il modello a tendere: una rappresentazione",
                "Il modello a tendere: " + String.join("; ", summary) + ".", laid.width(), laid.height(), List.of(),
                laid.shapes(), laid.connectors());
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, text.lastIndexOf(' ', max)) + " …";
    }
}
