// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import it.tendere.diagram.Diagram.Connector;
import it.tendere.diagram.Diagram.Line;
import it.tendere.diagram.Diagram.Point;
import it.tendere.diagram.Diagram.Shape;
import it.tendere.diagram.Diagram.Style;
import it.tendere.format.Printable;

/**
 * A flat graph of text boxes laid out by ELK's layered algorithm, with
 * orthogonal edges. Boxes are sized from their wrapped text before layout,
 * so no label can overflow its box. A box is keyed by what it stands for
 * (the model element itself, or a word for a box that stands for none), never
 * by a name: two elements that share a name still get a box each.
 */
final class GraphLayout {

    /** The gap around the drawing. */
    static final double MARGIN = 16;

    /**
     * The most lines a box shows of one text: a longer text is cut with «…»
     * (it is whole in the document's tables), so that no text, however long,
     * makes a box taller than a page.
     */
    static final int MAX_LINES = 10;

    /** The most texts of its own a box lists (the Comuni's duties): the rest are counted. */
    static final int MAX_PARAGRAPHS = 12;

    static {
        // ELK finds its option metadata through ServiceLoader, which sees
        // nothing inside OSGi: register it directly (harmless where it did).
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private record Box(String element, List<Line> lines, Style style) {
    }

    private final ElkNode root = ElkGraphUtil.createGraph();
    private final Map<Object, ElkNode> nodes = new LinkedHashMap<>();
    private final Map<ElkNode, Box> boxes = new IdentityHashMap<>();
    private final Map<ElkEdge, Boolean> dashed = new LinkedHashMap<>();
    private final List<String> shortened = new ArrayList<>();

    GraphLayout(Direction direction, double nodeSpacing, double layerSpacing) {
        root.setProperty(CoreOptions.DIRECTION, direction);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, nodeSpacing);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
    }

    /**
     * Adds the box of {@code key}, with the {@link it.tendere.identity.ElementId} of its element (or null), its
     * text wrapped at {@code textWidth}, unless it is there already.
     */
    void node(Object key, String element, List<Line> paragraphs, Style style, double textWidth, double minWidth) {
        if (nodes.containsKey(key)) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        int plain = 0;
        int dropped = 0;
        for (Line paragraph : paragraphs) {
            if (paragraph.text() == null || paragraph.text().isBlank()) {
                continue;
            }
            if (!paragraph.placeholder() && ++plain > MAX_PARAGRAPHS) {
                dropped++;
                continue;
            }
            List<String> wrapped = TextMetrics.wrap(paragraph.text(), textWidth);
            if (wrapped.size() > MAX_LINES) {
                wrapped = TextMetrics.shortened(wrapped, MAX_LINES, textWidth);
                shortened.add(Printable.of(paragraph.text(), 40));
            }
            wrapped.forEach(line -> lines.add(new Line(line, paragraph.placeholder())));
        }
        if (dropped > 0) {
            String more = "… e altre " + dropped + (dropped == 1 ? " voce" : " voci");
            TextMetrics.wrap(more, textWidth).forEach(line -> lines.add(Line.plain(line)));
            shortened.add(Printable.of(paragraphs.get(0).text(), 40) + " (" + dropped + " voci non disegnate)");
        }
        double[] size = TextMetrics.boxSize(lines.stream().map(Line::text).toList(), minWidth);
        ElkNode node = ElkGraphUtil.createNode(root);
        node.setIdentifier("n" + nodes.size());
        node.setDimensions(size[0], size[1]);
        nodes.put(key, node);
        boxes.put(node, new Box(element, lines, style));
    }

    /** Whether the box of {@code key} is there already. */
    boolean has(Object key) {
        return nodes.containsKey(key);
    }

    void edge(Object from, Object to, boolean isDashed) {
        ElkNode source = nodes.get(from);
        ElkNode target = nodes.get(to);
        if (source != null && target != null && source != target) {
            dashed.put(ElkGraphUtil.createSimpleEdge(source, target), isDashed);
        }
    }

    /** Lays the graph out and returns its boxes and connectors. */
    Laid layout() {
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
        List<Shape> shapes = new ArrayList<>();
        for (ElkNode node : nodes.values()) {
            Box box = boxes.get(node);
            shapes.add(new Shape(node.getIdentifier(), box.element(), node.getX(), node.getY(), node.getWidth(),
                    node.getHeight(), box.lines(), box.style()));
        }
        List<Connector> connectors = new ArrayList<>();
        dashed.forEach((edge, isDashed) -> {
            for (ElkEdgeSection section : edge.getSections()) {
                List<Point> points = new ArrayList<>();
                points.add(new Point(section.getStartX(), section.getStartY()));
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new Point(bend.getX(), bend.getY()));
                }
                points.add(new Point(section.getEndX(), section.getEndY()));
                connectors.add(new Connector(points, isDashed, edge.getSources().get(0).getIdentifier(),
                        edge.getTargets().get(0).getIdentifier()));
            }
        });
        return new Laid(root.getWidth(), root.getHeight(), shapes, connectors, List.copyOf(shortened));
    }

    /** The result of a layout; {@code shortened}, the texts its boxes show only in part. */
    record Laid(double width, double height, List<Shape> shapes, List<Connector> connectors, List<String> shortened) {
    }
}
