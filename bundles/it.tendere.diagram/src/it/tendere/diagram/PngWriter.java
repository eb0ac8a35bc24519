// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;


/**
 * Draws a diagram as PNG ({@link DiagramPainter} on a picture), headless,
 * at twice its size in pixels (192 dpi), which prints sharp at the size the
 * document gives it.
 */
public final class PngWriter {

    static {
        // ImageIO buffers in files of the system's temporary folder unless told not to: a picture
        // is a few hundred kilobytes, kept in memory, and nothing is left outside the output folder.
        ImageIO.setUseCache(false);
    }

    /** Pixels per diagram unit. */
    public static final double SCALE = 2;

    /**
     * The most pixels a picture may have: 40 million, 120 MB while drawn.
     * A diagram larger than that at {@link #SCALE} is drawn smaller, so that
     * no model, however large, runs the program out of memory here.
     */
    public static final long MAX_PIXELS = 40_000_000L;


    private PngWriter() {
    }

    /** The scale a diagram is drawn at: {@link #SCALE}, or less where that would pass {@link #MAX_PIXELS}. */
    public static double scale(Diagram diagram) {
        return scale(diagram, SCALE);
    }

    /** The scale a diagram asked at {@code pixelsPerUnit} is drawn at: that, or less where it would pass {@link #MAX_PIXELS}. */
    public static double scale(Diagram diagram, double pixelsPerUnit) {
        double area = Math.max(1, diagram.width()) * Math.max(1, diagram.height());
        return Math.min(pixelsPerUnit, Math.sqrt(MAX_PIXELS / area));
    }

    private static int pixels(double units, double scale, boolean limited) {
        return Math.max(1, (int) (limited ? Math.floor(units * scale) : Math.ceil(units * scale)));
    }

    /** The diagram at {@link #SCALE} (192 dpi at its printed size), or less where that would pass {@link #MAX_PIXELS}. */
    public static byte[] write(Diagram diagram) {
        return write(diagram, SCALE);
    }

    /**
     * The diagram at {@code pixelsPerUnit} (1: 96 dpi at its printed size),
     * or less where that would pass {@link #MAX_PIXELS}.
     */
    public static byte[] write(Diagram diagram, double pixelsPerUnit) {
        double scale = scale(diagram, pixelsPerUnit);
        // drawn smaller, the picture is rounded down, so that it stays within MAX_PIXELS
        boolean limited = scale < pixelsPerUnit;
        int width = pixels(diagram.width(), scale, limited);
        int height = pixels(diagram.height(), scale, limited);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.transform(AffineTransform.getScaleInstance(scale, scale));
            DiagramPainter.paint(g, diagram);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
