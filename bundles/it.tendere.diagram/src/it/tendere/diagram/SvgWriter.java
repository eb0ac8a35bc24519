// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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

    private static final String NAMESPACE = "http://www.w3.org/2000/svg";

    /**
     * The SVG document, without an XML declaration, so that it can also be
     * inlined in HTML. Written by the JDK's XML writer, which escapes every
     * text and attribute: nothing from the model is ever markup.
     */
    public static String write(Diagram diagram) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter svg = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            write(svg, diagram);
            svg.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the SVG of " + diagram.id() + " could not be written", e);
        }
        return out.append('\n').toString();
    }

    /** The diagram as an SVG file: XML declaration, UTF-8. */
    public static byte[] document(Diagram diagram) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + write(diagram))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Writes the diagram's {@code svg} element to an XML writer, where an
     * HTML page written with one puts it inline.
     */
    public static void write(XMLStreamWriter svg, Diagram diagram) throws XMLStreamException {
        String id = diagram.id();
        svg.setDefaultNamespace(NAMESPACE);
        svg.writeStartElement("svg");
        svg.writeDefaultNamespace(NAMESPACE);
        attributes(svg, "width", number(diagram.width(), 0), "height", number(diagram.height(), 0), "viewBox",
                "0 0 " + number(diagram.width(), 0) + " " + number(diagram.height(), 0), "role", "img",
                "aria-labelledby", id + "-title " + id + "-desc", "font-family", DocumentFont.current().cssFamily(),
                "font-size", number(TextMetrics.SIZE, 0));
        newLine(svg);
        svg.writeStartElement("title");
        svg.writeAttribute("id", id + "-title");
        svg.writeCharacters(diagram.caption());
        svg.writeEndElement();
        newLine(svg);
        svg.writeStartElement("desc");
        svg.writeAttribute("id", id + "-desc");
        svg.writeCharacters(diagram.description());
        svg.writeEndElement();
        newLine(svg);
        svg.writeStartElement("defs");
        svg.writeStartElement("marker");
        attributes(svg, "id", id + "-arrow", "viewBox", "0 0 10 10", "refX", "10", "refY", "5", "markerWidth", "7",
                "markerHeight", "7", "orient", "auto-start-reverse");
        empty(svg, "path", "d", "M0,0 L10,5 L0,10 z", "fill", "#555555");
        svg.writeEndElement();
        svg.writeEndElement();
        newLine(svg);
        empty(svg, "rect", "width", number(diagram.width(), 0), "height", number(diagram.height(), 0), "fill", "#FFFFFF");
        for (Lane lane : diagram.lanes()) {
            empty(svg, "rect", "x", number(GraphLayout.MARGIN, 1), "y", number(lane.y(), 1), "width",
                    number(diagram.width() - 2 * GraphLayout.MARGIN, 1), "height", number(lane.height(), 1), "fill",
                    "#F7F7F7", "stroke", "#BBBBBB");
            List<Line> lines = TextMetrics.wrap(lane.name(), Lanes.HEADER_TEXT).stream().map(Line::plain).toList();
            text(svg, lines, GraphLayout.MARGIN + TextMetrics.PADDING,
                    lane.y() + (lane.height() - lines.size() * TextMetrics.LINE_HEIGHT) / 2, true);
        }
        for (Connector connector : diagram.connectors()) {
            StringBuilder d = new StringBuilder();
            for (Point point : connector.points()) {
                d.append(d.isEmpty() ? "M" : " L").append(number(point.x(), 1)).append(' ').append(number(point.y(), 1));
            }
            svg.writeEmptyElement("path");
            attributes(svg, "d", d.toString(), "fill", "none", "stroke", "#555555", "stroke-width", "1.2");
            if (connector.dashed()) {
                svg.writeAttribute("stroke-dasharray", "5 3");
            }
            svg.writeAttribute("marker-end", "url(#" + id + "-arrow)");
            newLine(svg);
        }
        for (Shape shape : diagram.shapes()) {
            svg.writeEmptyElement("rect");
            attributes(svg, "x", number(shape.x(), 1), "y", number(shape.y(), 1), "width", number(shape.width(), 1),
                    "height", number(shape.height(), 1), "rx", "4", "fill", shape.style().fill(), "stroke",
                    shape.style().stroke(), "stroke-width", shape.style().bold() ? "2.2" : "1.2");
            if (shape.style().dashed()) {
                svg.writeAttribute("stroke-dasharray", "6 3");
            }
            newLine(svg);
            text(svg, shape.lines(), shape.x() + TextMetrics.PADDING, shape.y() + TextMetrics.PADDING, false);
        }
        svg.writeEndElement();
    }

    private static void text(XMLStreamWriter svg, List<Line> lines, double x, double top, boolean bold)
            throws XMLStreamException {
        if (lines.isEmpty()) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).placeholder()) {
                empty(svg, "rect", "class", "da-completare", "x", number(x - 1, 1), "y",
                        number(top + i * TextMetrics.LINE_HEIGHT + 1, 1), "width",
                        number(TextMetrics.width(lines.get(i).text()) + 2, 1), "height",
                        number(TextMetrics.LINE_HEIGHT, 1), "fill", PLACEHOLDER_BACKGROUND);
            }
        }
        svg.writeStartElement("text");
        attributes(svg, "x", number(x, 1), "y", number(top + TextMetrics.LINE_HEIGHT - 3.5, 1), "fill", "#1A1A1A");
        if (bold) {
            svg.writeAttribute("font-weight", "bold");
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            svg.writeStartElement("tspan");
            svg.writeAttribute("x", number(x, 1));
            if (i > 0) {
                svg.writeAttribute("dy", number(TextMetrics.LINE_HEIGHT, 1));
            }
            if (line.placeholder()) {
                svg.writeAttribute("fill", PLACEHOLDER_TEXT);
            }
            svg.writeCharacters(line.text());
            svg.writeEndElement();
        }
        svg.writeEndElement();
        newLine(svg);
    }

    /** An element without content, its attributes as name, value, name, value… */
    private static void empty(XMLStreamWriter svg, String name, String... attributes) throws XMLStreamException {
        svg.writeEmptyElement(name);
        attributes(svg, attributes);
        newLine(svg);
    }

    private static void attributes(XMLStreamWriter svg, String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            svg.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private static void newLine(XMLStreamWriter svg) throws XMLStreamException {
        svg.writeCharacters("\n");
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, decimals == 0 ? "%.0f" : "%.1f", value);
    }
}
