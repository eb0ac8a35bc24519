// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import it.tendere.diagram.TextMetrics;
import it.tendere.docgen.view.Section2View.Cells;
import it.tendere.docgen.view.Section2View.Emphasis;
import it.tendere.docgen.view.Section2View.Row;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Table;

/**
 * How wide a table's columns are printed, and at what size, the same in the
 * DOCX and the ODT (the HTML and the PDF leave it to the browser's table
 * layout).
 */
public final class ColumnWidths {

    /** Measures the words of the tables: the document font at the diagrams' 11 pt, an upper bound of the text's size. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    /** A cell's left and right margins (LibreOffice and Word: about 5.4 pt each), and some. */
    private static final double CELL_PADDING_PT = 15;
    /** The smallest size the tables' text is set at to keep its words whole (the size of the tables' sources). */
    public static final double SMALLEST_PT = 8;

    private ColumnWidths() {
    }

    /** A table's columns: the widest word of each at the measuring size, and their text's average length. */
    private record Measured(double[] longest, double[] average) {
    }

    /**
     * The tables of a document, each measured once: the size their text is
     * set at, and each one's columns.
     */
    public static final class Layout {
        private final Map<Table, Measured> measured = new IdentityHashMap<>();
        private final double textWidth;
        private final double textPt;

        private Layout(List<Table> tables, double textWidth) {
            this.textWidth = textWidth;
            double smallest = 0;
            for (Table table : tables) {
                Measured columns = measure(table);
                measured.put(table, columns);
                double words = Arrays.stream(columns.longest()).map(w -> Math.min(textWidth / 2, w * 1.1)).sum();
                double room = textWidth - table.headers().size() * CELL_PADDING_PT;
                if (words > room) {
                    double fit = Math.max(SMALLEST_PT, Math.floor(2 * TextMetrics.SIZE * room / words) / 2);
                    smallest = smallest == 0 ? fit : Math.min(smallest, fit);
                }
            }
            this.textPt = smallest;
        }

        /**
         * The size the tables' text is set at, the same for every table of
         * the document: 0 where every table's words fit their columns at the
         * size of its style, or else the size at which the words of the
         * widest table fit (six columns on a letterhead's 3 cm margins), in
         * half points, down to {@link #SMALLEST_PT}.
         */
        public double textPt() {
            return textPt;
        }

        /**
         * The columns' widths of one of the tables, in points, filling the
         * text's width, for its text at {@link #textPt()}: each column as wide
         * as its widest word (so that «N.» is narrow and no word is broken in
         * the middle), the rest of the page shared by the columns' average
         * text; where the words alone are wider than the page, the widest
         * columns give way (only their longest words break).
         */
        public double[] widths(Table table) {
            Measured columns = measured.computeIfAbsent(table, ColumnWidths::measure);
            double scale = textPt > 0 ? textPt / TextMetrics.SIZE : 1;
            double page = textWidth;
            int count = table.headers().size();
            double[] widths = new double[count];
            double[] weight = new double[count];
            for (int c = 0; c < count; c++) { // the widest word, whole (10% spare)
                widths[c] = Math.min(page / 2, CELL_PADDING_PT + columns.longest()[c] * scale * 1.1);
                weight[c] = Math.max(1, columns.average()[c]);
            }
            double rest = page - Arrays.stream(widths).sum();
            if (rest < 0) { // too wide: only the widest columns give way (their longest words break), to one width
                double low = 0;
                double high = page;
                for (int i = 0; i < 40; i++) {
                    double cap = (low + high) / 2;
                    double sum = Arrays.stream(widths).map(w -> Math.min(w, cap)).sum();
                    if (sum > page) {
                        high = cap;
                    } else {
                        low = cap;
                    }
                }
                double cap = low;
                widths = Arrays.stream(widths).map(w -> Math.min(w, cap)).toArray();
                rest = page - Arrays.stream(widths).sum();
            }
            if (rest > 0) { // the rest of the page by the columns' text
                double sum = Arrays.stream(weight).sum();
                for (int c = 0; c < count; c++) {
                    widths[c] += rest * weight[c] / sum;
                }
            }
            double fill = page / Arrays.stream(widths).sum();
            return Arrays.stream(widths).map(w -> w * fill).toArray();
        }
    }

    /** The layout of a document's tables on a text {@code textWidth} points wide. */
    public static Layout of(List<Table> tables, double textWidth) {
        return new Layout(tables, textWidth);
    }

    /** The headers in bold, the cells in the regular face (in bold where one of their spans is). */
    private static Measured measure(Table table) {
        int columns = table.headers().size();
        double[] longest = new double[columns];
        double[] total = new double[columns];
        int lines = 1;
        for (int c = 0; c < columns; c++) {
            total[c] += widest(c, table.headers().get(c), TextMetrics.boldFont(), longest);
        }
        for (Row row : table.rows()) {
            if (row instanceof Cells cells) {
                lines++;
                for (int c = 0; c < columns && c < cells.cells().size(); c++) {
                    List<Span> spans = cells.cells().get(c);
                    boolean bold = spans.stream().anyMatch(span -> span.emphasis() == Emphasis.BOLD);
                    String text = String.join("", spans.stream().map(Span::text).toList());
                    total[c] += widest(c, text, bold ? TextMetrics.boldFont() : TextMetrics.font(), longest);
                }
            }
        }
        int count = lines;
        return new Measured(longest, Arrays.stream(total).map(t -> t / count).toArray());
    }

    /** Widens {@code column}'s widest word with the words of {@code text}, in {@code font}; the text's length. */
    private static int widest(int column, String text, Font font, double[] longest) {
        String words = text == null ? "" : text;
        for (String word : words.split("\\s+|(?<=-)")) { // a line may break after a hyphen
            longest[column] = Math.max(longest[column], font.getStringBounds(word, MEASURE).getWidth());
        }
        return words.length();
    }
}
