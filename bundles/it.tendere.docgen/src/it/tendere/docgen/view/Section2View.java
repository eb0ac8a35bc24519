// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.util.ArrayList;
import java.util.List;

import it.tendere.diagram.Diagram;
import it.tendere.format.Placeholder;
import it.tendere.format.Sezione2;

/**
 * What «Sezione 2 – Il modello di servizio a tendere» shows, decided once
 * from the model and written by every format alike: the front matter, then
 * one object per paragraph of the format, each a list of blocks. The writers
 * only draw these; none of them reads the model or chooses content.
 *
 * <p>Whatever stands for a model element carries that element's
 * {@link it.tendere.identity.ElementId} ({@code element}, null where it shows
 * none), and every placeholder is a {@link Placeholder}, listed in
 * {@link #placeholders()} with those of the diagrams.
 */
public record Section2View(FrontMatter front, List<ParagraphView> paragraphs, List<Placeholder> placeholders) {

    /** The document's figures, in its order. */
    public List<Figure> figures() {
        return paragraphs.stream().flatMap(p -> p.blocks().stream()).filter(Figure.class::isInstance)
                .map(Figure.class::cast).toList();
    }

    /** The document's tables, in order. */
    public List<Table> tables() {
        return paragraphs.stream().flatMap(p -> p.blocks().stream()).filter(Table.class::isInstance)
                .map(Table.class::cast).toList();
    }

    /** The title page. */
    public record FrontMatter(List<String> programme, String formatName, Span title, Span province, Span date,
            Span version, List<Span> authors) {

        /** The document's title for its properties and the window: the section, and the Province where known. */
        public String documentTitle() {
            return "Sezione 2 – " + Sezione2.SECTION_2_TITLE + (province.isPlaceholder() ? "" : " – " + province.text());
        }

        /** The document's subject for its properties: the Province and the service, where known. */
        public String subject() {
            return String.join(" – ", java.util.stream.Stream.of(province, title).filter(s -> !s.isPlaceholder())
                    .map(Span::text).toList());
        }

        /** The authors for the document's properties, which never hold a placeholder. */
        public String authorNames() {
            return String.join(", ", authors.stream().filter(a -> !a.isPlaceholder()).map(Span::text).toList());
        }

        /** The authors as one run of text, separated by commas. */
        public List<Span> authorLine() {
            List<Span> line = new ArrayList<>();
            for (Span author : authors) {
                if (!line.isEmpty()) {
                    line.add(Span.plain(", "));
                }
                line.add(author);
            }
            return line;
        }
    }

    /** A numbered paragraph of the format ("2", "2.1"…) and what it shows. */
    public record ParagraphView(String number, String title, int level, List<Block> blocks) {
        public String heading() {
            return number + " " + title;
        }
    }

    /** A piece of a paragraph. */
    public sealed interface Block permits Heading, Text, Bullets, Table, Figure {
    }

    /** A sub-heading inside a paragraph (Mission, Utenza…, a process), below the paragraph's level. */
    public record Heading(String text, String element) implements Block {
        public Heading(String text) {
            this(text, null);
        }
    }

    /** A paragraph of text, made of spans. */
    public record Text(List<Span> spans) implements Block {
        public static Text of(Span... spans) {
            return new Text(List.of(spans));
        }

        public String plain() {
            StringBuilder text = new StringBuilder();
            spans.forEach(s -> text.append(s.text()));
            return text.toString();
        }
    }

    /** A list, numbered or not. */
    public record Bullets(List<Item> items, boolean numbered) implements Block {
    }

    /** An item of a list: the element it shows (or null) and its spans. */
    public record Item(String element, List<Span> spans) {
        public static Item of(Span... spans) {
            return new Item(null, List.of(spans));
        }
    }

    /** A table: its caption, its column headers, its rows, the source it quotes (or null). */
    public record Table(String caption, List<String> headers, List<Row> rows, String source) implements Block {
    }

    /** A row of a table. */
    public sealed interface Row permits Cells, Group {
    }

    /** A row of cells, one per column, each made of spans; {@code element} is what the row shows, or null. */
    public record Cells(String element, List<List<Span>> cells) implements Row {
    }

    /** A row that heads the rows after it, across the whole table (a block of the delivery system). */
    public record Group(String label) implements Row {
    }

    /**
     * A diagram with its number in the document, its caption and its text
     * alternative; the diagram says which element it shows. Every format
     * prints it at one scale: a diagram unit is a CSS pixel (0.75 pt), so
     * the same text is the same size in a one-phase map and in a large one
     * (large maps are split into parts that fit the page); only a part wider
     * than the text is narrowed to it.
     */
    public record Figure(Diagram diagram, int number, String caption, String alternative) implements Block {

        /** Points per diagram unit (a CSS pixel). */
        public static final double POINTS_PER_UNIT = 0.75;

        /** «Figura 3 – Mappa del processo P1…»: the caption every format prints. */
        public String numberedCaption() {
            return "Figura " + number + " \u2013 " + caption;
        }

        /** The width the figure is printed at on a page whose text is {@code textWidthPt} wide. */
        public double widthPt(double textWidthPt) {
            return Math.min(textWidthPt, diagram.width() * POINTS_PER_UNIT);
        }

        /** The height that goes with {@link #widthPt(double)} (the diagram's proportion). */
        public double heightPt(double textWidthPt) {
            return widthPt(textWidthPt) * diagram.height() / Math.max(1, diagram.width());
        }
    }

    /** A run of text; where the model lacks something, the run is its {@link Placeholder} and reads as its text. */
    public record Span(String text, Emphasis emphasis, Placeholder placeholder) {
        public static Span plain(String text) {
            return new Span(text, Emphasis.NONE, null);
        }

        public static Span bold(String text) {
            return new Span(text, Emphasis.BOLD, null);
        }

        public static Span italic(String text) {
            return new Span(text, Emphasis.ITALIC, null);
        }

        public static Span of(Placeholder placeholder) {
            return new Span(placeholder.text(), Emphasis.NONE, placeholder);
        }

        public boolean isPlaceholder() {
            return placeholder != null;
        }
    }

    /** How a span stands out. */
    public enum Emphasis { NONE, BOLD, ITALIC }
}
