// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.core.options.Direction;

import it.tendere.diagram.Diagram.Line;
import it.tendere.format.IssueCodes;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.identity.ElementId;
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
 * essential ones drawn solid and evolutive ones dashed. A service that does
 * not say which it is is drawn solid with a placeholder, never called
 * essential.
 */
final class OverviewDiagram {

    private static final double TEXT = 150;
    private static final String MISSION = "mission";

    private OverviewDiagram() {
    }

    static Diagram build(ServiceModel model) {
        GraphLayout graph = new GraphLayout(Direction.RIGHT, 12, 56);
        Missing missing = new Missing(Sezione2.PARAGRAPH_2_1 + " – figura «" + Sezione2.OVERVIEW_DIAGRAM + "»");
        Objectives objectives = model.getObjectives();
        List<String> summary = new ArrayList<>();
        mission(model, graph, missing, summary);
        if (objectives != null) {
            for (UserSegment segment : objectives.getSegments()) {
                boolean extended = segment.getKind() == SegmentKind.EXTENDED;
                graph.node(segment, ElementId.of(segment),
                        List.of(Line.plain(segment.getProfile() == null || segment.getProfile().isBlank()
                                ? segment.getName() : segment.getProfile()),
                                Line.plain(extended ? "utenza allargata" : "utenza diretta")),
                        extended ? Diagram.Style.SEGMENT_EXTENDED : Diagram.Style.SEGMENT, TEXT, 0);
                graph.edge(MISSION, segment, false);
                summary.add((extended ? "utenza allargata " : "utenza diretta ")
                        + (segment.getProfile() == null ? segment.getName() : segment.getProfile()));
            }
            for (Service service : objectives.getServices()) {
                service(service, graph, missing, summary);
            }
        }
        GraphLayout.Laid laid = graph.layout();
        return new Diagram(Diagram.Kind.OVERVIEW, "modello-a-tendere", ElementId.of(model),
                "Il modello a tendere: una rappresentazione", "Il modello a tendere: " + String.join("; ", summary) + ".",
                laid.width(), laid.height(), List.of(), laid.shapes(), laid.connectors(), missing.all(), laid.shortened());
    }

    private static void mission(ServiceModel model, GraphLayout graph, Missing missing, List<String> summary) {
        Objectives objectives = model.getObjectives();
        String statement = objectives == null || objectives.getMission() == null ? null
                : objectives.getMission().getStatement();
        Line line;
        if (statement != null && !statement.isBlank()) {
            line = Line.plain(shorten(statement, 220));
        } else if (objectives == null) {
            line = missing.line("mission", model, IssueCodes.OBJECTIVES_MISSING);
        } else {
            line = missing.line("dichiarazione di mission",
                    objectives.getMission() == null ? objectives : objectives.getMission(), IssueCodes.MISSION_MISSING);
        }
        graph.node(MISSION, ElementId.of(objectives == null ? model : objectives.getMission() == null ? objectives
                : objectives.getMission()), List.of(Line.plain("Mission"), line), Diagram.Style.MISSION, TEXT + 30, 0);
        summary.add("mission: " + (line.placeholder() ? "da completare" : statement));
    }

    private static void service(Service service, GraphLayout graph, Missing missing, List<String> summary) {
        boolean core = service.getKind() == ServiceKind.CORE;
        boolean evolutive = service.isSetTiming() && service.getTiming() == ServiceTiming.EVOLUTIVE;
        String kind = core ? "prestazione principale" : "prestazione accessoria";
        List<Line> lines = new ArrayList<>(List.of(BoxLines.title(service, missing)));
        if (service.isSetTiming()) {
            lines.add(Line.plain(kind + ", " + (evolutive ? "evolutiva" : "essenziale")));
        } else {
            lines.add(Line.plain(kind));
            lines.add(missing.line("essenziale o evolutiva", service, IssueCodes.SERVICE_TIMING_MISSING));
        }
        graph.node(service, ElementId.of(service), lines,
                core ? (evolutive ? Diagram.Style.SERVICE_CORE_EVOLUTIVE : Diagram.Style.SERVICE_CORE)
                        : (evolutive ? Diagram.Style.SERVICE_ACCESSORY_EVOLUTIVE : Diagram.Style.SERVICE_ACCESSORY),
                TEXT, 0);
        if (service.getSegments().isEmpty()) {
            graph.edge(MISSION, service, evolutive);
        }
        for (UserSegment segment : service.getSegments()) {
            graph.edge(segment, service, evolutive);
        }
        summary.add(kind + " " + Titles.of(service) + (!service.isSetTiming() ? " (essenziale o evolutiva da indicare)"
                : evolutive ? " (evolutiva)" : " (essenziale)"));
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        return text.substring(0, space > 0 ? space : max) + " …";
    }
}
