// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.Diagram.Connector;
import it.tendere.diagram.Diagram.Line;
import it.tendere.diagram.Diagram.Shape;
import it.tendere.diagram.TextMetrics;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.TitledElement;

/**
 * A laid-out figure of the document as the client's graph: each box a node
 * with its lines as labels, each connector an edge through the same bend
 * points, moved down by {@code top} (the parts of a split figure are drawn
 * one under the other). A box's id is its element's identity; a box drawn
 * again (in a later part) gets {@code #} and the part's id.
 */
final class DiagramGraph {

    private final GGraphBuilder graph;
    private final Set<String> used;
    private final Function<Shape, String> nodeType;
    private final BiFunction<Shape, Shape, String> linkType;
    private final Function<String, String> titles;

    /**
     * @param nodeType the node type of a box
     * @param linkType the edge type of a connector between two boxes; {@link GraphIds#LINE} for a line that is
     *                 no reference of the model
     * @param titles   the whole title of an element (by its id), or null: what the title's label offers to edit
     *                 in place, where the box shows it wrapped on several lines
     */
    DiagramGraph(GGraphBuilder graph, Set<String> used, Function<Shape, String> nodeType,
            BiFunction<Shape, Shape, String> linkType, Function<String, String> titles) {
        this.graph = graph;
        this.used = used;
        this.nodeType = nodeType;
        this.linkType = linkType;
        this.titles = titles;
    }

    /** The whole titles of a model's elements, by id, for {@code titles}. */
    static Function<String, String> titlesOf(ServiceModel model) {
        Map<String, String> titles = new HashMap<>();
        if (model != null) { // one pass over the model, not a search per box
            for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
                if (all.next() instanceof TitledElement titled && titled.getTitle() != null) {
                    titles.put(ElementId.of(titled), titled.getTitle());
                }
            }
        }
        return titles::get;
    }

    /** Adds a figure's boxes and connectors; answers the node id of each of its boxes, by the box's id. */
    Map<String, String> add(Diagram part, double top) {
        Map<String, Shape> byShapeId = new HashMap<>();
        Map<String, String> nodeIds = new HashMap<>();
        for (Shape shape : part.shapes()) {
            String id = shape.element() == null ? "box:" + part.id() + "/" + shape.id() : shape.element();
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
            String type = linkType.apply(source, target);
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
        return nodeIds;
    }

    private GNode node(String id, Shape shape, double top) {
        String type = nodeType.apply(shape);
        GNodeBuilder node = new GNodeBuilder(type).id(id).position(shape.x(), shape.y() + top)
                .size(shape.width(), shape.height()).addCssClass(type.substring(type.indexOf(':') + 1));
        node.addCssClass(styleClass(shape.style()));
        List<Line> lines = shape.lines();
        String title = shape.element() == null ? null : titles.apply(shape.element());
        for (int i = 0; i < lines.size(); i++) {
            GLabel label = label(i == 0 ? id + GraphIds.TITLE : id + "#riga" + i, lines.get(i), TextMetrics.PADDING,
                    TextMetrics.PADDING + i * TextMetrics.LINE_HEIGHT);
            if (i == 0 && title != null) {
                label.getArgs().put("titolo", title);
            }
            node.add(label);
        }
        return node.build();
    }

    /** The class of a box's style, as the client's stylesheet names it: {@code SERVICE_CORE} is {@code service-core}. */
    static String styleClass(Diagram.Style style) {
        return style.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A line of text at a place within its box. */
    static GLabel label(String id, Line line, double x, double y) {
        return new GLabelBuilder(line.placeholder() ? GraphIds.LABEL_PLACEHOLDER : GraphIds.LABEL).id(id)
                .text(line.text()).position(x, y).addCssClass(line.placeholder() ? "da-completare" : "testo").build();
    }
}
