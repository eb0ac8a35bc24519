// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures and wraps text with the font the diagrams are drawn in, so that
 * what the layout reserves is what the SVG and the PNG show.
 */
public final class TextMetrics {

    /** The font size of box text, in pixels. */
    public static final float SIZE = 11f;
    /** The height of a line of box text, in pixels. */
    public static final double LINE_HEIGHT = 14;
    /** The padding between a box's border and its text. */
    public static final double PADDING = 6;
    /** The font family the SVG asks for: the one measured here, then fallbacks. */
    public static final String SVG_FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font FONT = load();

    private TextMetrics() {
    }

    private static Font load() {
        // DejaVu Sans is the Debian default and covers Italian accents; where
        // it is missing, Java's logical sans-serif font stands in.
        if (Files.isRegularFile(DEJAVU)) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, DEJAVU.toFile()).deriveFont(SIZE);
            } catch (FontFormatException | IOException e) {
                // fall through to the logical font
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, (int) SIZE).deriveFont(SIZE);
    }

    /** The font, at the diagrams' size. */
    public static Font font() {
        return FONT;
    }

    /** The advance width of a text on one line. */
    public static double width(String text) {
        return FONT.getStringBounds(text, CONTEXT).getWidth();
    }

    /** Wraps a text at word boundaries so that no line is wider than {@code max}; a word too long is cut. */
    public static List<String> wrap(String text, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest) > max) {
                // Prefer the word's own hyphens («giuridico-amministrativa»); cut with one only where there is none.
                int hyphen = rest.lastIndexOf('-', rest.length() - 2);
                while (hyphen > 0 && width(rest.substring(0, hyphen + 1)) > max) {
                    hyphen = rest.lastIndexOf('-', hyphen - 1);
                }
                if (hyphen > 0) {
                    lines.add(rest.substring(0, hyphen + 1));
                    rest = rest.substring(hyphen + 1);
                    continue;
                }
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut) + "-") > max) {
                    cut--;
                }
                lines.add(rest.substring(0, cut) + "-");
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The width of the widest line. */
    public static double widest(List<String> lines) {
        return lines.stream().mapToDouble(TextMetrics::width).max().orElse(0);
    }

    /** The size a box needs for these lines, padding included. */
    public static double[] boxSize(List<String> lines, double minWidth) {
        double width = Math.max(minWidth, Math.ceil(widest(lines)) + 2 * PADDING);
        double height = Math.max(1, lines.size()) * LINE_HEIGHT + 2 * PADDING;
        return new double[] { width, height };
    }
}
