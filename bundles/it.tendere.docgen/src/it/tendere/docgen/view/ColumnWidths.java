// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

import it.tendere.diagram.TextMetrics;
import it.tendere.docgen.view.Section2View.Cells;
import it.tendere.docgen.view.Section2View.Row;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Table;

/**
 * How wide a table's columns are printed, the same in the DOCX and the ODT
 * (the HTML and the PDF leave it to the browser's table layout).
 */
public final class ColumnWidths {

    /** Measures the words of the tables: the document font's bold face at the diagrams' 11 pt, an upper bound. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    /** A cell's left and right margins (LibreOffice and Word: about 5.4 pt each), and some. */
    private static final double CELL_PADDING_PT = 15;

    private ColumnWidths() {
    }

    /**
     * The columns' widths, in points, filling the text's
     * width: each column as wide as its widest word (so that «N.» is narrow
     * and no word is broken in the middle), the rest of the page shared by
     * the columns' average text; where the words alone are wider than the
     * page, the widest columns give way (only their longest words break).
     */
    public static double[] of(Table table, double textWidth) {
        int columns = table.headers().size();
        Font bold = TextMetrics.boldFont();
        double[] longest = new double[columns]; // the widest word, in points
        double[] total = new double[columns];
        List<List<String>> texts = new ArrayList<>();
        texts.add(table.headers());
        for (Row row : table.rows()) {
            if (row instanceof Cells cells) {
                texts.add(cells.cells().stream().map(spans -> String.join("", spans.stream().map(Span::text).toList()))
                        .toList());
            }
        }
        for (List<String> line : texts) {
            for (int c = 0; c < columns && c < line.size(); c++) {
                String text = line.get(c) == null ? "" : line.get(c);
                total[c] += text.length();
                for (String word : text.split("\\s+|(?<=-)")) { // a line may break after a hyphen
                    longest[c] = Math.max(longest[c], bold.getStringBounds(word, MEASURE).getWidth());
                }
            }
        }
        double page = textWidth;
        double[] widths = new double[columns];
        double[] weight = new double[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.min(page / 2, CELL_PADDING_PT + longest[c] * 1.1); // the widest word, whole (10% spare)
            weight[c] = Math.max(1, total[c] / texts.size()); // the column's average text
        }
        double rest = page - java.util.Arrays.stream(widths).sum();
        if (rest < 0) { // too wide: only the widest columns give way (their longest words break), down to one width
            double low = 0;
            double high = page;
            for (int i = 0; i < 40; i++) {
                double cap = (low + high) / 2;
                double sum = java.util.Arrays.stream(widths).map(w -> Math.min(w, cap)).sum();
                if (sum > page) {
                    high = cap;
                } else {
                    low = cap;
                }
            }
            double cap = low;
            widths = java.util.Arrays.stream(widths).map(w -> Math.min(w, cap)).toArray();
            rest = page - java.util.Arrays.stream(widths).sum();
        }
        if (rest > 0) { // the rest of the page by the columns' text
            double sum = java.util.Arrays.stream(weight).sum();
            for (int c = 0; c < columns; c++) {
                widths[c] += rest * weight[c] / sum;
            }
        }
        double scale = page / java.util.Arrays.stream(widths).sum();
        return java.util.Arrays.stream(widths).map(w -> w * scale).toArray();
    }
}
