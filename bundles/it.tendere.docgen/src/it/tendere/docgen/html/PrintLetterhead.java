// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.html;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import it.tendere.docgen.template.Letterhead;
import it.tendere.docgen.template.Letterhead.Block;
import it.tendere.docgen.template.Letterhead.Field;
import it.tendere.docgen.template.Letterhead.Paragraph;
import it.tendere.docgen.template.Letterhead.Piece;
import it.tendere.docgen.template.Letterhead.Picture;

/**
 * A template's header and footer on the print page: running elements the
 * PDF renderer repeats in the page's top and bottom margins, at the
 * template's distances from the edges; where the template has no footer,
 * the page number centred at the foot, as on Tendere's own page.
 */
final class PrintLetterhead {

    private PrintLetterhead() {
    }

    /**
     * The {@code @page} rules: the paper ({@code PAPER}, which the caller
     * fills in), the margin boxes of every page, and the first page's own
     * where the template gives it another header or footer.
     */
    static String pageRules(Letterhead letterhead) {
        StringBuilder css = new StringBuilder("@page{size:PAPER;");
        if (!letterhead.header().isEmpty()) {
            css.append(header("intestazione", letterhead.headerPt()));
        }
        css.append(letterhead.footer().isEmpty() ? PAGE_NUMBER : footer("piede", letterhead.footerPt())).append('}');
        if (letterhead.firstHeader() != null || letterhead.firstFooter() != null) {
            css.append("@page :first{");
            if (letterhead.firstHeader() != null) {
                css.append(letterhead.firstHeader().isEmpty() ? "@top-left{content:none}"
                        : header("intestazione-prima", letterhead.headerPt()));
            }
            if (letterhead.firstFooter() != null) {
                css.append(letterhead.firstFooter().isEmpty() ? "@bottom-left{content:none}@bottom-center{content:none}"
                        : footer("piede-prima", letterhead.footerPt()) + "@bottom-center{content:none}");
            }
            css.append('}');
        }
        return css.toString();
    }

    /** Tendere's page number, centred at the foot. */
    private static final String PAGE_NUMBER =
            "@bottom-center{content:counter(page);font-family:FONT_FAMILY;font-size:9pt}";

    private static String header(String name, double distancePt) {
        return String.format(Locale.ROOT,
                "@top-left{content:element(%s);vertical-align:top;padding-top:%.1fpt;width:100%%}", name, distancePt);
    }

    private static String footer(String name, double distancePt) {
        return String.format(Locale.ROOT,
                "@bottom-left{content:element(%s);vertical-align:bottom;padding-bottom:%.1fpt;width:100%%}", name,
                distancePt);
    }

    /**
     * The running elements' own rules (the first page's are also
     * {@code intestazione} or {@code piede}), read through {@link #css()}: a
     * constant used elsewhere is copied into the user's class, which an
     * incremental build then leaves stale.
     */
    private static final String CSS = """
            .intestazione{position:running(intestazione)}.piede{position:running(piede)}
            .intestazione-prima{position:running(intestazione-prima)}.piede-prima{position:running(piede-prima)}
            .intestazione,.piede{font-family:FONT_FAMILY;font-size:9pt;line-height:1.3}
            .intestazione p,.piede p{margin:0}.intestazione table,.piede table{border:none;width:100%;font-size:9pt}
            .intestazione td,.piede td{border:none;padding:0 4pt 0 0;vertical-align:middle}
            .intestazione .filettata td,.piede .filettata td{border:0.5pt solid #1a1a1a;padding:1pt 4pt}
            .pagina::after{content:counter(page)}.pagine::after{content:counter(pages)}
            """;

    static String css() {
        return CSS;
    }

    /** The header and the footer, first in the body (a running element runs from where it stands). */
    static void write(XMLStreamWriter xml, Letterhead letterhead) throws XMLStreamException {
        part(xml, "intestazione", letterhead.header());
        part(xml, "piede", letterhead.footer());
        if (letterhead.firstHeader() != null) {
            part(xml, "intestazione intestazione-prima", letterhead.firstHeader());
        }
        if (letterhead.firstFooter() != null) {
            part(xml, "piede piede-prima", letterhead.firstFooter());
        }
    }

    private static void part(XMLStreamWriter xml, String classes, List<Block> blocks) throws XMLStreamException {
        if (blocks.isEmpty()) {
            return;
        }
        xml.writeStartElement("div");
        xml.writeAttribute("class", classes);
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                paragraph(xml, paragraph);
            } else if (block instanceof Letterhead.Table table) {
                xml.writeStartElement("table");
                xml.writeAttribute("role", "presentation");
                if (table.ruled()) {
                    xml.writeAttribute("class", "filettata");
                }
                for (List<List<Paragraph>> row : table.rows()) {
                    xml.writeStartElement("tr");
                    for (List<Paragraph> cell : row) {
                        xml.writeStartElement("td");
                        for (Paragraph paragraph : cell) {
                            paragraph(xml, paragraph);
                        }
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void paragraph(XMLStreamWriter xml, Paragraph paragraph) throws XMLStreamException {
        xml.writeStartElement("p");
        xml.writeAttribute("style", "text-align:" + paragraph.alignment().name().toLowerCase(Locale.ROOT));
        if (paragraph.pieces().isEmpty()) {
            xml.writeCharacters("\u00a0"); // an empty paragraph is a line, as in the template
        }
        for (Piece piece : paragraph.pieces()) {
            if (piece instanceof Letterhead.Text text) {
                text(xml, text);
            } else if (piece instanceof Picture picture) {
                xml.writeEmptyElement("img");
                xml.writeAttribute("src", "data:" + picture.mediaType() + ";base64,"
                        + Base64.getEncoder().encodeToString(picture.data()));
                xml.writeAttribute("alt", picture.description());
                xml.writeAttribute("style", String.format(Locale.ROOT,
                        "width:%.1fpt;height:%.1fpt;vertical-align:middle", picture.widthPt(), picture.heightPt()));
            } else if (piece instanceof Field field) {
                xml.writeStartElement("span");
                xml.writeAttribute("class", field == Field.PAGE ? "pagina" : "pagine");
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, Letterhead.Text text) throws XMLStreamException {
        StringBuilder style = new StringBuilder();
        if (text.bold()) {
            style.append("font-weight:bold;");
        }
        if (text.italic()) {
            style.append("font-style:italic;");
        }
        if (text.colour() != null) {
            style.append("color:#").append(text.colour()).append(';');
        }
        if (text.sizePt() > 0) {
            style.append(String.format(Locale.ROOT, "font-size:%.1fpt;", text.sizePt()));
        }
        xml.writeStartElement("span");
        if (!style.isEmpty()) {
            xml.writeAttribute("style", style.toString());
        }
        String[] lines = text.text().replace('\t', ' ').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.writeEmptyElement("br");
            }
            xml.writeCharacters(lines[i]);
        }
        xml.writeEndElement();
    }
}
