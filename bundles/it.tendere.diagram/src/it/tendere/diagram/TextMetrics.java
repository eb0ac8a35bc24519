// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;
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
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextMetrics() {
    }

    /**
     * The document font ({@link DocumentFont#current()}), at the diagrams' size.
     *
     * @throws DocumentFont.NotFoundException when it is not installed
     */
    public static Font font() {
        return sized().regular();
    }

    /** The document font's bold face, at the diagrams' size. */
    public static Font boldFont() {
        return sized().bold();
    }

    /** The faces of a document font at the diagrams' size, derived once: measuring is the layout's hot path. */
    private record Sized(DocumentFont font, Font regular, Font bold) {
    }

    private static volatile Sized sized;

    private static Sized sized() {
        DocumentFont font = DocumentFont.current();
        Sized current = sized;
        if (current == null || current.font() != font) {
            current = new Sized(font, font.awt(SIZE), font.awtBold(SIZE));
            sized = current;
        }
        return current;
    }

    /** The advance width of a text on one line. */
    public static double width(String text) {
        return font().getStringBounds(text, CONTEXT).getWidth();
    }

    /**
     * Wraps a text at word boundaries so that no line is wider than {@code max};
     * a word too long is cut at its own hyphens, else with one. The work grows
     * with the text's length, not faster: each cut is found by measuring
     * prefixes no longer than about twice the line.
     */
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
            int start = 0;
            while (true) {
                int fits = fit(word, start, max, "");
                if (start + fits == word.length()) {
                    break;
                }
                // Prefer the word's own hyphens («giuridico-amministrativa»); cut with one only where there is none.
                int hyphen = word.lastIndexOf('-', start + fits - 1);
                int end = hyphen > start ? hyphen + 1 : start + fit(word, start, max, "-");
                lines.add(word.substring(start, end) + (hyphen > start ? "" : "-"));
                start = end;
            }
            line.append(word, start, word.length());
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * How many characters of {@code word} from {@code start}, followed by
     * {@code suffix}, fit in {@code max}: at least one, never half a
     * surrogate pair. Searched by doubling, then halving, so that no prefix
     * measured is more than twice the answer.
     */
    private static int fit(String word, int start, double max, String suffix) {
        int length = word.length() - start;
        int fits = 1;
        int tooLong = 1;
        while (tooLong <= length && width(word.substring(start, start + tooLong) + suffix) <= max) {
            fits = tooLong;
            if (tooLong == length) {
                return length;
            }
            tooLong = Math.min(length, tooLong * 2);
        }
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (width(word.substring(start, start + middle) + suffix) <= max) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        if (fits < length && fits > 1 && Character.isHighSurrogate(word.charAt(start + fits - 1))) {
            fits--;
        }
        if (fits == 1 && length > 1 && Character.isHighSurrogate(word.charAt(start))) {
            fits = 2; // a character wider than the box is still one character
        }
        return fits;
    }

    /**
     * The first {@code count} of a paragraph's wrapped lines, the last one
     * ending in «…» (cut further where «…» would not fit).
     */
    public static List<String> shortened(List<String> lines, int count, double max) {
        List<String> kept = new ArrayList<>(lines.subList(0, count));
        String last = kept.get(count - 1);
        int end = last.length();
        while (end > 0 && width(last.substring(0, end).stripTrailing() + " …") > max) {
            end = Character.isLowSurrogate(last.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
        }
        kept.set(count - 1, last.substring(0, end).stripTrailing() + " …");
        return kept;
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
