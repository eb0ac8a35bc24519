// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.util.List;
import java.util.Locale;

import it.tendere.diagram.Diagram.Connector;
import it.tendere.diagram.Diagram.Lane;
import it.tendere.diagram.Diagram.Line;
import it.tendere.diagram.Diagram.Point;
import it.tendere.diagram.Diagram.Shape;

/**
 * Draws a diagram as SVG: real text (selectable, searchable, accented),
 * a title and a description for screen readers, and ids prefixed with the
 * diagram's own so that several can live inline in one HTML page.
 */
public final class SvgWriter {

    /** The highlight behind a placeholder, as the document's own (HTML {@code mark.da-completare}). */
    static final String PLACEHOLDER_BACKGROUND = "#FFF3A0";
    static final String PLACEHOLDER_TEXT = "#7A4D00";

    private SvgWriter() {
    }

    /** The SVG document, without an XML declaration, so that it can also be inlined in HTML. */
    public static String write(Diagram diagram) {
        String id = escape(diagram.id()); // safe already (Diagram.idPart); escaped all the same, as every attribute
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-labelledby=\"%s-title %s-desc\" font-family=\"%s\""
                + " font-size=\"%.0f\">%n", diagram.width(), diagram.height(), diagram.width(), diagram.height(), id, id,
                escape(DocumentFont.current().cssFamily()), TextMetrics.SIZE));
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(diagram.caption())).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(diagram.description())).append("</desc>\n");
        svg.append("<defs><marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
                + " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\""
                + " fill=\"#555555\"/></marker></defs>\n");
        svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#FFFFFF\"/>%n",
                diagram.width(), diagram.height()));
        for (Lane lane : diagram.lanes()) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                    + " fill=\"#F7F7F7\" stroke=\"#BBBBBB\"/>%n", GraphLayout.MARGIN, lane.y(),
                    diagram.width() - 2 * GraphLayout.MARGIN, lane.height()));
            List<Line> lines = TextMetrics.wrap(lane.name(), Lanes.HEADER_TEXT).stream().map(Line::plain).toList();
            text(svg, lines, GraphLayout.MARGIN + TextMetrics.PADDING,
                    lane.y() + (lane.height() - lines.size() * TextMetrics.LINE_HEIGHT) / 2, true);
        }
        for (Connector connector : diagram.connectors()) {
            StringBuilder d = new StringBuilder();
            for (Point point : connector.points()) {
                d.append(d.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", point.x(), point.y()));
            }
            svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1.2\"")
                    .append(connector.dashed() ? " stroke-dasharray=\"5 3\"" : "")
                    .append(" marker-end=\"url(#").append(id).append("-arrow)\"/>\n");
        }
        for (Shape shape : diagram.shapes()) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\""
                    + " fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>%n", shape.x(), shape.y(), shape.width(),
                    shape.height(), shape.style().fill(), shape.style().stroke(), shape.style().bold() ? "2.2" : "1.2",
                    shape.style().dashed() ? " stroke-dasharray=\"6 3\"" : ""));
            text(svg, shape.lines(), shape.x() + TextMetrics.PADDING, shape.y() + TextMetrics.PADDING, false);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void text(StringBuilder svg, List<Line> lines, double x, double top, boolean bold) {
        if (lines.isEmpty()) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).placeholder()) {
                svg.append(String.format(Locale.ROOT, "<rect class=\"da-completare\" x=\"%.1f\" y=\"%.1f\""
                        + " width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n", x - 1, top + i * TextMetrics.LINE_HEIGHT + 1,
                        TextMetrics.width(lines.get(i).text()) + 2, TextMetrics.LINE_HEIGHT, PLACEHOLDER_BACKGROUND));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#1A1A1A\"%s>", x,
                top + TextMetrics.LINE_HEIGHT - 3.5, bold ? " font-weight=\"bold\"" : ""));
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            svg.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\"%s%s>", x,
                    i == 0 ? "" : String.format(Locale.ROOT, " dy=\"%.1f\"", TextMetrics.LINE_HEIGHT),
                    line.placeholder() ? " fill=\"" + PLACEHOLDER_TEXT + "\"" : ""))
                    .append(escape(line.text())).append("</tspan>");
        }
        svg.append("</text>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
