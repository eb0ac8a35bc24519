// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import it.tendere.diagram.Diagram.Connector;
import it.tendere.diagram.Diagram.Lane;
import it.tendere.diagram.Diagram.Line;
import it.tendere.diagram.Diagram.Point;
import it.tendere.diagram.Diagram.Shape;

/**
 * Draws a diagram on any Java2D surface, in its own units (a unit is a CSS
 * pixel): a picture for PNG, or a PDF page's vector drawing, text as text.
 * The drawing is the SVG's: lanes, connectors with their arrow heads, boxes
 * with their lines, placeholders highlighted.
 */
public final class DiagramPainter {

    private static final Color TEXT = new Color(0x1A1A1A);
    private static final Color PLACEHOLDER_BACKGROUND = Color.decode(SvgWriter.PLACEHOLDER_BACKGROUND);
    private static final Color PLACEHOLDER_TEXT = Color.decode(SvgWriter.PLACEHOLDER_TEXT);

    private DiagramPainter() {
    }

    /** Draws the diagram with its top left corner at the surface's origin, one unit per user-space unit. */
    public static void paint(Graphics2D g, Diagram diagram) {
        for (Lane lane : diagram.lanes()) {
            g.setColor(new Color(0xF7F7F7));
            g.fill(new java.awt.geom.Rectangle2D.Double(GraphLayout.MARGIN, lane.y(),
                    diagram.width() - 2 * GraphLayout.MARGIN, lane.height()));
            g.setColor(new Color(0xBBBBBB));
            g.setStroke(new BasicStroke(1f));
            g.draw(new java.awt.geom.Rectangle2D.Double(GraphLayout.MARGIN, lane.y(),
                    diagram.width() - 2 * GraphLayout.MARGIN, lane.height()));
            List<Line> lines = TextMetrics.wrap(lane.name(), Lanes.HEADER_TEXT).stream().map(Line::plain).toList();
            text(g, lines, GraphLayout.MARGIN + TextMetrics.PADDING,
                    lane.y() + (lane.height() - lines.size() * TextMetrics.LINE_HEIGHT) / 2, true);
        }
        for (Connector connector : diagram.connectors()) {
            connector(g, connector);
        }
        for (Shape shape : diagram.shapes()) {
            RoundRectangle2D box = new RoundRectangle2D.Double(shape.x(), shape.y(), shape.width(), shape.height(), 8, 8);
            g.setColor(Color.decode(shape.style().fill()));
            g.fill(box);
            g.setColor(Color.decode(shape.style().stroke()));
            float strokeWidth = shape.style().bold() ? 2.2f : 1.2f;
            g.setStroke(shape.style().dashed()
                    ? new BasicStroke(strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 3 }, 0)
                    : new BasicStroke(strokeWidth));
            g.draw(box);
            text(g, shape.lines(), shape.x() + TextMetrics.PADDING, shape.y() + TextMetrics.PADDING, false);
        }
    }

    private static void connector(Graphics2D g, Connector connector) {
        List<Point> points = connector.points();
        Path2D path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i).x(), points.get(i).y());
        }
        g.setColor(new Color(0x555555));
        g.setStroke(connector.dashed()
                ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 5, 3 }, 0)
                : new BasicStroke(1.2f));
        g.draw(path);
        Point end = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        double angle = Math.atan2(end.y() - before.y(), end.x() - before.x());
        Path2D head = new Path2D.Double();
        head.moveTo(end.x(), end.y());
        head.lineTo(end.x() - 7 * Math.cos(angle - 0.45), end.y() - 7 * Math.sin(angle - 0.45));
        head.lineTo(end.x() - 7 * Math.cos(angle + 0.45), end.y() - 7 * Math.sin(angle + 0.45));
        head.closePath();
        g.setStroke(new BasicStroke(1f));
        g.fill(head);
    }

    private static void text(Graphics2D g, List<Line> lines, double x, double top, boolean bold) {
        g.setFont(bold ? TextMetrics.boldFont() : TextMetrics.font());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            double baseline = top + (i + 1) * TextMetrics.LINE_HEIGHT - 3.5;
            if (line.placeholder()) {
                g.setColor(PLACEHOLDER_BACKGROUND);
                g.fill(new java.awt.geom.Rectangle2D.Double(x - 1, top + i * TextMetrics.LINE_HEIGHT + 1,
                        TextMetrics.width(line.text()) + 2, TextMetrics.LINE_HEIGHT));
            }
            g.setColor(line.placeholder() ? PLACEHOLDER_TEXT : TEXT);
            g.drawString(line.text(), (float) x, (float) baseline);
        }
    }
}
