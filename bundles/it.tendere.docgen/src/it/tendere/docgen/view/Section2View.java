// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.util.List;

import it.tendere.diagram.Diagram;

/**
 * What «Sezione 2 – Il modello di servizio a tendere» shows, decided once
 * from the model and written by every format alike: the front matter, then
 * one object per paragraph of the format, each a list of blocks. The writers
 * only draw these; none of them reads the model or chooses content.
 */
public record Section2View(FrontMatter front, List<ParagraphView> paragraphs, List<String> placeholders) {

    /** The title page. */
    public record FrontMatter(List<String> programme, String formatName, String title, String province, String date,
            String version, List<String> authors) {
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

    /** A sub-heading inside a paragraph (Mission, Utenza…), below the paragraph's level. */
    public record Heading(String text) implements Block {
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

    /** A list, numbered or not, of items each made of spans. */
    public record Bullets(List<List<Span>> items, boolean numbered) implements Block {
    }

    /** A table: its caption, its column headers, its rows of cells (spans). */
    public record Table(String caption, List<String> headers, List<List<List<Span>>> rows, String source) implements Block {
    }

    /** A diagram with its caption and its text alternative. */
    public record Figure(Diagram diagram, String caption, String alternative) implements Block {
    }

    /** A run of text; a placeholder stands where the model lacks something. */
    public record Span(String text, Emphasis emphasis, boolean placeholder) {
        public static Span plain(String text) {
            return new Span(text, Emphasis.NONE, false);
        }

        public static Span bold(String text) {
            return new Span(text, Emphasis.BOLD, false);
        }

        public static Span italic(String text) {
            return new Span(text, Emphasis.ITALIC, false);
        }
    }

    /** How a span stands out. */
    public enum Emphasis { NONE, BOLD, ITALIC }
}
