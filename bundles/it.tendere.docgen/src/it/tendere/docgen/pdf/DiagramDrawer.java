// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.pdf;

import java.awt.Shape;
import java.util.Map;

import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.DiagramPainter;

/**
 * Draws a diagram of the print page ({@code <object type=…>}) on the PDF
 * page as vectors: openhtmltopdf gives a Java2D surface that writes PDF
 * drawing operators (PDFBox Graphics2D), and its text in the document's
 * embedded font, so that a map's phase names can be searched and copied and
 * the figure is sharp at any zoom.
 */
final class DiagramDrawer implements FSObjectDrawer {

    private final Map<String, Diagram> diagrams;
    private final Runnable beforeEachDiagram;

    DiagramDrawer(Map<String, Diagram> diagrams, Runnable beforeEachDiagram) {
        this.diagrams = diagrams;
        this.beforeEachDiagram = beforeEachDiagram;
    }

    @Override
    public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
            OutputDevice outputDevice, RenderingContext context, int dotsPerPixel) {
        Diagram diagram = diagrams.get(element.getAttribute("data"));
        if (diagram == null) {
            return null;
        }
        beforeEachDiagram.run();
        float widthPx = (float) width / dotsPerPixel;
        float heightPx = (float) height / dotsPerPixel;
        outputDevice.drawWithGraphics((float) x, (float) y, widthPx, heightPx, graphics -> {
            graphics.scale(widthPx / Math.max(1, diagram.width()), heightPx / Math.max(1, diagram.height()));
            DiagramPainter.paint(graphics, diagram);
        });
        return null;
    }
}
