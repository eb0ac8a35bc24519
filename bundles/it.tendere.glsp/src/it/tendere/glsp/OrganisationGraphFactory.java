// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.Diagram.Connector;
import it.tendere.diagram.Diagram.Line;
import it.tendere.diagram.Diagram.Shape;
import it.tendere.diagram.Diagrams;
import it.tendere.diagram.TextMetrics;
import it.tendere.servicemodel.ServiceModel;

/**
 * The organisation as the client draws it: the very boxes, lines and
 * positions of the document's figure (one layout code, ELK's), the parts of
 * a split figure one under the other. Nothing of the layout is stored: it is
 * computed again from the text after every gesture.
 */
final class OrganisationGraphFactory implements GModelFactory {

    /** The gap between the parts of a split organisation. */
    private static final double PART_GAP = 40;

    @Inject
    private TendereModelState state;

    @Override
    public void createGModel() {
        GGraphBuilder graph = new GGraphBuilder().id("organizzazione");
        ServiceModel model = state.text() == null ? null : state.text().model();
        if (model != null) {
            double top = 0;
            Set<String> used = new HashSet<>();
            for (Diagram part : Diagrams.organisation(model)) {
                add(graph, part, top, used);
                top += part.height() + PART_GAP;
            }
        }
        GGraph root = graph.build();
        state.updateRoot(root);
    }

    private static void add(GGraphBuilder graph, Diagram part, double top, Set<String> used) {
        Map<String, Shape> byShapeId = new HashMap<>();
        Map<String, String> nodeIds = new HashMap<>();
        for (Shape shape : part.shapes()) {
            String id = shape.element() == null ? "box:" + shape.id() : shape.element();
            while (!used.add(id)) {
                id = id + "#" + part.id();
            }
            byShapeId.put(shape.id(), shape);
            nodeIds.put(shape.id(), id);
            graph.add(node(id, shape, top));
        }
        for (Connector connector : part.connectors()) {
            Shape source = byShapeId.get(connector.source());
            Shape target = byShapeId.get(connector.target());
            if (source == null || target == null) {
                continue;
            }
            String type = linkType(source, target);
            String sourceId = nodeIds.get(source.id());
            String targetId = nodeIds.get(target.id());
            GEdgeBuilder edge = new GEdgeBuilder(type)
                    .id(type.equals(GraphIds.LINE) ? "linea:" + GraphIds.link(sourceId, targetId)
                            : GraphIds.link(sourceId, targetId))
                    .sourceId(sourceId).targetId(targetId);
            List<Diagram.Point> points = connector.points();
            for (int i = 1; i < points.size() - 1; i++) {
                edge.addRoutingPoint(points.get(i).x(), points.get(i).y() + top);
            }
            if (connector.dashed()) {
                edge.addCssClass("tratteggiata");
            }
            graph.add(edge.build());
        }
    }

    private static GNode node(String id, Shape shape, double top) {
        String type = nodeType(shape);
        GNodeBuilder node = new GNodeBuilder(type).id(id).position(shape.x(), shape.y() + top)
                .size(shape.width(), shape.height()).addCssClass(type.substring(type.indexOf(':') + 1));
        List<Line> lines = shape.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            GLabel label = new GLabelBuilder(line.placeholder() ? GraphIds.LABEL_PLACEHOLDER : GraphIds.LABEL)
                    .id(i == 0 ? id + GraphIds.TITLE : id + "#riga" + i).text(line.text())
                    .position(TextMetrics.PADDING, TextMetrics.PADDING + i * TextMetrics.LINE_HEIGHT)
                    .addCssClass(line.placeholder() ? "da-completare" : "testo").build();
            node.add(label);
        }
        return node.build();
    }

    /** The node type of a box, by what it shows. */
    static String nodeType(Shape shape) {
        return switch (shape.style()) {
            case COORDINATION -> GraphIds.COORDINATION;
            case COMPETENCE_INTERNAL -> GraphIds.COMPETENCE_INTERNAL;
            case COMPETENCE_EXTERNAL -> GraphIds.COMPETENCE_EXTERNAL;
            case PROVIDER -> GraphIds.PROVIDER;
            case COMUNI -> GraphIds.COMUNI;
            default -> GraphIds.ROLE;
        };
    }

    private static String linkType(Shape source, Shape target) {
        boolean fromRole = source.element() != null && source.element().startsWith("Role:");
        boolean fromCompetence = source.element() != null && source.element().startsWith("Competence:");
        if (fromRole && target.element() != null && target.element().startsWith("Competence:")) {
            return GraphIds.NEEDS;
        }
        if (fromCompetence && target.element() != null && target.element().startsWith("ExternalProvider:")) {
            return GraphIds.PROVIDED_BY;
        }
        return GraphIds.LINE;
    }
}
