// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.html;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import it.tendere.diagram.DocumentFont;
import it.tendere.diagram.SvgWriter;
import it.tendere.docgen.TendereLook;
import it.tendere.docgen.template.Letterhead;
import it.tendere.docgen.template.PageSetup;
import it.tendere.docgen.template.PrintStyle;
import it.tendere.docgen.view.Section2View;
import it.tendere.docgen.view.Section2View.Block;
import it.tendere.docgen.view.Section2View.Bullets;
import it.tendere.docgen.view.Section2View.Cells;
import it.tendere.docgen.view.Section2View.Figure;
import it.tendere.docgen.view.Section2View.Group;
import it.tendere.docgen.view.Section2View.Heading;
import it.tendere.docgen.view.Section2View.ParagraphView;
import it.tendere.docgen.view.Section2View.Row;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Table;
import it.tendere.docgen.view.Section2View.Text;

/**
 * Writes the view of Section 2 as one self-contained, well-formed HTML file:
 * semantic headings and tables, the diagrams inline as SVG for screens (or
 * as PNG for print, where the PDF is made from this same page), and a layout
 * that reads on a phone. The page is written by the JDK's XML writer
 * (XHTML, in the HTML syntax's subset both browsers and the PDF renderer
 * read), which escapes every text and attribute: nothing from the model is
 * ever markup.
 */
public final class HtmlWriter {

    /** What the page is for. */
    public enum Medium {
        /** A browser: inline SVG, responsive. */
        SCREEN,
        /** The PDF renderer: figures as objects it draws as vectors ({@link #DIAGRAM_TYPE}), A4 pages, bookmarks. */
        PRINT
    }

    /**
     * The type of the print page's {@code object} elements that stand for a
     * diagram, whose {@code data} is the diagram's id: the PDF renderer draws
     * them as vectors, at the size the element gives them.
     */
    public static final String DIAGRAM_TYPE = "application/x-tendere-diagram";

    private static final String SCREEN_CSS = """
            body{font-family:FONT_FAMILY;line-height:1.45;color:#1a1a1a;margin:0 auto;\
            max-width:52rem;padding:1rem}
            h1,h2,h3,h4,h5,h6{color:#HEADING_COLOUR}
            h1{font-size:1.6rem}h2{font-size:1.35rem;border-bottom:2px solid #HEADING_COLOUR;padding-bottom:.2rem}
            h3{font-size:1.15rem}h4{font-size:1rem;margin-bottom:.3rem}
            .frontespizio{border:1px solid #ccc;padding:1rem;margin-bottom:2rem}.frontespizio p{margin:.2rem 0}
            .tabella{overflow-x:auto;margin:1rem 0}table{border-collapse:collapse;width:100%;font-size:.9rem}
            th,td{border:1px solid #999;padding:.35rem .5rem;vertical-align:top;text-align:left}th{background:#dcebfa}
            tr.gruppo td{background:#f0f0f0;font-weight:bold}caption{font-weight:bold;text-align:left;padding:.3rem 0}
            .fonte{font-size:.8rem;color:#444}figure{margin:1.5rem 0;overflow-x:auto}figure svg{max-width:100%;height:auto}
            figcaption{font-style:italic;font-size:.9rem}mark.da-completare{background:#fff3a0;color:#7a4d00;padding:0 .15rem}
            """;

    private static final String PRINT_CSS = """
            PAGE_RULES
            html,body{font-family:FONT_FAMILY;font-size:10pt;line-height:1.35;color:#1a1a1a}
            h1,h2,h3,h4,h5,h6{color:#HEADING_COLOUR}
            h1{font-size:17pt}h2{font-size:14pt;border-bottom:1.5pt solid #HEADING_COLOUR;page-break-after:avoid}
            h3{font-size:12pt;page-break-after:avoid}h4{font-size:10.5pt;page-break-after:avoid}
            .frontespizio{page-break-after:always;padding-top:40mm;text-align:center}.frontespizio p{margin:2mm 0}
            table{border-collapse:collapse;width:100%;font-size:8.5pt;-fs-table-paginate:paginate}
            thead{display:table-header-group}tr{page-break-inside:avoid}.breve{page-break-inside:avoid}
            th,td{border:0.5pt solid #777;padding:2pt 4pt;vertical-align:top;text-align:left}th{background:#dcebfa}
            tr.gruppo td{background:#eeeeee;font-weight:bold}caption{font-weight:bold;text-align:left;padding:2pt 0}
            .fonte{font-size:8pt;color:#444}figure{margin:4mm 0;page-break-inside:avoid}
            figure object{display:block;margin:0 auto}figcaption{font-style:italic;font-size:9pt}
            mark.da-completare{background:#fff3a0;color:#7a4d00}
            """;

    private HtmlWriter() {
    }

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    public static String write(Section2View view, Medium medium) {
        return write(view, medium, PrintStyle.TENDERE);
    }

    /**
     * The page; printed, in {@code style}: on its paper (a template's size
     * and margins, or Tendere's A4), with its letterhead (a template's header
     * and footer) on every page, its headings in its colours.
     */
    public static String write(Section2View view, Medium medium, PrintStyle style) {
        StringWriter out = new StringWriter(64 * 1024);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            page(new Page(xml, style.paper(), style.letterhead()), view, medium, style.headingColours());
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the HTML page could not be written", e);
        }
        return out.toString();
    }

    private static void page(Page html, Section2View view, Medium medium, Map<Integer, String> headingColours)
            throws XMLStreamException {
        html.xml.writeDTD("<!DOCTYPE html>");
        html.newLine();
        html.start("html", "lang", "it");
        html.xml.writeDefaultNamespace(XHTML);
        html.newLine();
        html.start("head").newLine();
        html.empty("meta", "charset", "utf-8");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.element("title", view.front().documentTitle());
        html.empty("meta", "name", "author", "content", view.front().authorNames());
        html.empty("meta", "name", "subject", "content", view.front().formatName());
        html.start("style").newLine().text((medium == Medium.PRINT
                ? PRINT_CSS.replace("PAGE_RULES", PrintLetterhead.pageRules(html.letterhead)) + PrintLetterhead.css()
                        + headingCss(headingColours)
                : SCREEN_CSS).replace("FONT_FAMILY", DocumentFont.current().cssFamily())
                .replace("PAPER", paper(html.paper)).replace("HEADING_COLOUR", TendereLook.HEADING_COLOUR)).end();
        if (medium == Medium.PRINT) {
            html.start("bookmarks").newLine();
            for (ParagraphView paragraph : view.paragraphs()) {
                html.empty("bookmark", "name", paragraph.heading(), "href", "#" + anchor(paragraph));
            }
            html.end();
        }
        html.end().start("body").newLine();
        if (medium == Medium.PRINT) {
            PrintLetterhead.write(html.xml, html.letterhead);
        }
        front(view.front(), html);
        html.start("main").newLine();
        for (ParagraphView paragraph : view.paragraphs()) {
            int level = paragraph.level() + 1;
            html.start("section").newLine();
            html.element("h" + level, paragraph.heading(), "id", anchor(paragraph));
            for (Block block : paragraph.blocks()) {
                block(block, Math.min(level + 1, 6), medium, html);
            }
            html.end();
        }
        html.end().end().end();
    }

    private static void front(Section2View.FrontMatter front, Page html) throws XMLStreamException {
        html.start("header", "class", "frontespizio").newLine();
        for (String line : front.programme()) {
            html.element("p", line);
        }
        html.start("p").start("strong").text(front.formatName()).end().end().newLine();
        html.start("h1").spans(List.of(front.province())).end().newLine();
        html.start("p").spans(List.of(front.title())).end().newLine();
        html.start("p").text("Data: ").spans(List.of(front.date())).text(" – Versione: ")
                .spans(List.of(front.version())).end().newLine();
        html.start("p").text("Autori: ").spans(front.authorLine()).end().newLine();
        html.end();
    }

    private static void block(Block block, int headingLevel, Medium medium, Page html) throws XMLStreamException {
        if (block instanceof Heading heading) {
            html.element("h" + headingLevel, heading.text());
        } else if (block instanceof Text text) {
            html.start("p").spans(text.spans()).end().newLine();
        } else if (block instanceof Bullets bullets) {
            html.start(bullets.numbered() ? "ol" : "ul").newLine();
            for (var item : bullets.items()) {
                html.start("li").spans(item.spans()).end().newLine();
            }
            html.end();
        } else if (block instanceof Table table) {
            table(table, html);
        } else if (block instanceof Figure figure) {
            figure(figure, medium, html);
        }
    }

    private static void table(Table table, Page html) throws XMLStreamException {
        // A short table stays on one page with its caption; a long one breaks, its header repeating.
        html.start("div", "class", table.rows().size() <= 12 ? "tabella breve" : "tabella").newLine();
        html.start("table").newLine();
        html.element("caption", table.caption());
        html.start("thead").newLine().start("tr");
        for (String header : table.headers()) {
            html.start("th", "scope", "col").text(header).end();
        }
        html.end().end().start("tbody").newLine();
        for (Row row : table.rows()) {
            if (row instanceof Group group) {
                html.start("tr", "class", "gruppo").start("td", "colspan", Integer.toString(table.headers().size()))
                        .text(group.label()).end().end().newLine();
            } else if (row instanceof Cells cells) {
                html.start("tr");
                for (List<Span> cell : cells.cells()) {
                    html.start("td").spans(cell).end();
                }
                html.end().newLine();
            }
        }
        html.end().end();
        if (table.source() != null) {
            html.element("p", table.source(), "class", "fonte");
        }
        html.end();
    }

    private static void figure(Figure figure, Medium medium, Page html) throws XMLStreamException {
        html.start("figure").newLine();
        if (medium == Medium.SCREEN) {
            SvgWriter.write(html.xml, figure.diagram());
            html.newLine();
        } else {
            html.empty("object", "type", DIAGRAM_TYPE, "data", figure.diagram().id(), "alt", figure.alternative(),
                    "style", String.format(java.util.Locale.ROOT, "width:%.1fpt;height:%.1fpt",
                            figure.widthPt(html.paper.textWidthPt()), figure.heightPt(html.paper.textWidthPt())));
        }
        html.element("figcaption", figure.numberedCaption());
        html.end();
    }

    /**
     * The CSS that gives headings a template's colours: its heading N is the
     * page's h(N+1) (h1 is the front page's title), and its heading 4 every
     * deeper one too, as in the DOCX.
     */
    private static String headingCss(Map<Integer, String> colours) {
        StringBuilder css = new StringBuilder();
        colours.forEach((level, colour) -> {
            for (int h = level + 1; h <= (level == 4 ? 6 : level + 1); h++) {
                css.append('h').append(h).append("{color:#").append(colour).append('}');
            }
        });
        return css.append('\n').toString();
    }

    /** The CSS of the paper: its size, then its margins (top, right, bottom, left), in points. */
    private static String paper(PageSetup paper) {
        return String.format(java.util.Locale.ROOT, "%.1fpt %.1fpt;margin:%.1fpt %.1fpt %.1fpt %.1fpt", paper.widthPt(),
                paper.heightPt(), paper.topPt(), paper.rightPt(), paper.bottomPt(), paper.leftPt());
    }

    private static String anchor(ParagraphView paragraph) {
        return "par-" + paragraph.number().replace('.', '-');
    }

    /**
     * The page as it is written: elements opened and closed in order, their
     * attributes as name, value, name, value…, every end on a line of its own
     * where its start was.
     */
    private static final class Page {

        final XMLStreamWriter xml;
        /** The paper the print page is laid out on. */
        final PageSetup paper;
        /** The header and footer the print page repeats. */
        final Letterhead letterhead;

        Page(XMLStreamWriter xml, PageSetup paper, Letterhead letterhead) {
            this.xml = xml;
            this.paper = paper;
            this.letterhead = letterhead;
        }

        Page start(String name, String... attributes) throws XMLStreamException {
            xml.writeStartElement(name);
            attributes(attributes);
            return this;
        }

        /** Closes the innermost open element; a block's end is followed by a new line. */
        Page end() throws XMLStreamException {
            xml.writeEndElement();
            return newLine();
        }

        /** An element holding just a text, on a line of its own. */
        Page element(String name, String text, String... attributes) throws XMLStreamException {
            start(name, attributes);
            xml.writeCharacters(text == null ? "" : text);
            return end();
        }

        /** A void element ({@code meta}, {@code img}…). */
        Page empty(String name, String... attributes) throws XMLStreamException {
            xml.writeEmptyElement(name);
            attributes(attributes);
            return newLine();
        }

        Page text(String text) throws XMLStreamException {
            xml.writeCharacters(text == null ? "" : text);
            return this;
        }

        /** Runs of text: a placeholder marked, the rest with its emphasis. */
        Page spans(List<Span> spans) throws XMLStreamException {
            for (Span span : spans) {
                String tag = span.isPlaceholder() ? "mark" : switch (span.emphasis()) {
                    case BOLD -> "strong";
                    case ITALIC -> "em";
                    default -> null;
                };
                if (tag == null) {
                    text(span.text());
                    continue;
                }
                xml.writeStartElement(tag);
                if (span.isPlaceholder()) {
                    xml.writeAttribute("class", "da-completare");
                }
                text(span.text());
                xml.writeEndElement();
            }
            return this;
        }

        Page newLine() throws XMLStreamException {
            xml.writeCharacters("\n");
            return this;
        }

        private void attributes(String... attributes) throws XMLStreamException {
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1] == null ? "" : attributes[i + 1]);
            }
        }
    }
}
