// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.provinces;

import java.util.List;

/**
 * What «Confronto tra le Province – Sezione 2» shows, decided once and
 * written by every format alike: one column per Province, parts following
 * the format (2.1, 2.2, 2.3, then completeness), each a list of rows.
 *
 * @param provinces the column headings: each Province (or its file, where the model names none)
 * @param parts     the parts, in the format's order
 */
public record Comparison(List<String> provinces, List<Part> parts) {

    /** A part of the comparison: a paragraph of the format, or the completeness of the models. */
    public record Part(String title, List<Row> rows) {
    }

    /**
     * A row: what it compares and one cell per Province.
     *
     * @param label what the row compares
     * @param kind  how its cells read: a text, a number, a share, a Base/Avanzato step, a split of phases
     * @param cells one per Province, in the order of {@link Comparison#provinces()}
     */
    public record Row(String label, Kind kind, List<Cell> cells) {
    }

    /** How a row's cells read, and so how each format draws them. */
    public enum Kind {
        TEXT, NUMBER, SHARE, MATURITY, PERFORMERS
    }

    /**
     * A cell: its text as read; its number where it has one (a count, a
     * share between 0 and 1); for a Base/Avanzato step, the current and
     * target levels (0 Base, 1 Avanzato, -1 not said); for the split of a
     * process's phases, the count of each performer in {@link #PERFORMERS}.
     */
    public record Cell(String text, Double number, int current, int target, List<Integer> performers) {

        public static Cell text(String text) {
            return new Cell(text, null, -1, -1, List.of());
        }

        public static Cell number(double number, String text) {
            return new Cell(text, number, -1, -1, List.of());
        }

        public static Cell empty() {
            return text("—");
        }

        public boolean isEmpty() {
            return number == null && current < 0 && performers.isEmpty() && "—".equals(text);
        }
    }

    /** The performers a process's phases are split among, in this order. */
    public static final List<String> PERFORMERS = List.of("Provincia", "Comune", "Provincia e Comune",
            "Soggetto esterno");
}
