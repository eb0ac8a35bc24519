// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.odt;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.odftoolkit.odfdom.dom.OdfDocumentNamespace;
import org.odftoolkit.odfdom.incubator.meta.OdfOfficeMeta;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import it.tendere.diagram.SvgWriter;
import it.tendere.docgen.template.OdfTemplate;
import it.tendere.docgen.template.PageSetup;
import it.tendere.docgen.view.ColumnWidths;
import it.tendere.docgen.view.Section2View;
import it.tendere.docgen.view.Section2View.Block;
import it.tendere.docgen.view.Section2View.Bullets;
import it.tendere.docgen.view.Section2View.Cells;
import it.tendere.docgen.view.Section2View.Figure;
import it.tendere.docgen.view.Section2View.Group;
import it.tendere.docgen.view.Section2View.Heading;
import it.tendere.docgen.view.Section2View.Item;
import it.tendere.docgen.view.Section2View.ParagraphView;
import it.tendere.docgen.view.Section2View.Row;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Table;
import it.tendere.docgen.view.Section2View.Text;

/**
 * Writes the view of Section 2 as an OpenDocument text (ODT) with the ODF
 * Toolkit: headings in the heading styles at their outline levels (the
 * navigator and a table of contents find them), real lists, tables whose
 * header rows repeat on every page, and diagrams as SVG pictures with their
 * title and description. Without a template the document is on A4 with
 * Tendere's margins and a page number in the footer; with one, it is written
 * into a copy of it (its styles, page, header and footer).
 */
public final class OdtWriter {


    private static final String FO = OdfDocumentNamespace.FO.getUri();

    private final OdfTextDocument document;
    private final OdfContentDom content;
    private final Element body;
    private final Element automatic;
    private final double textWidth;
    /** The document's tables, measured once. */
    private final ColumnWidths.Layout tableLayout;
    private final Runnable check;
    private final Map<String, String> spanStyles = new HashMap<>();
    /** The paragraph styles of the tables' header and cells (smaller than their parents' where the words need). */
    private String tableHeading = "Table_20_Heading";
    private String tableContents = "Table_20_Contents";
    private int tables;

    private OdtWriter(OdfTextDocument document, double textWidth, ColumnWidths.Layout tableLayout, Runnable check)
            throws Exception {
        this.document = document;
        this.tableLayout = tableLayout;
        this.check = check;
        this.content = document.getContentDom();
        this.body = document.getContentRoot();
        this.automatic = content.getOrCreateAutomaticStyles();
        this.textWidth = textWidth;
    }

    /**
     * The document to {@code out}, written into a copy of {@code template}
     * where one is given, else on Tendere's A4 page; {@code check} runs
     * before each figure (it throws to stop the writing).
     */
    public static void write(Section2View view, OdfTemplate template, Runnable check, OutputStream out) {
        OdfTextDocument document = null;
        try {
            document = template == null ? OdfTextDocument.newTextDocument() : template.document();
            if (template == null) {
                OdfTemplate.emptyText(document); // the Toolkit's new document holds an empty paragraph
                OdfPage.tendere(document);
            }
            OdfPage.ensureStyles(document);
            double textWidth = (template == null ? PageSetup.A4 : template.page()).textWidthPt();
            OdtWriter writer = new OdtWriter(document, textWidth, ColumnWidths.of(view.tables(), textWidth), check);
            writer.styles();
            writer.front(view.front());
            for (ParagraphView paragraph : view.paragraphs()) {
                writer.heading(paragraph.level(), paragraph.heading());
                for (Block block : paragraph.blocks()) {
                    writer.block(block, paragraph.level() + 1);
                }
            }
            properties(document, view.front(), template == null);
            document.save(out);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the OpenDocument text", e);
        } finally {
            if (document != null) {
                document.close();
            }
        }
    }

    /** The automatic styles every document uses: centred and page-breaking paragraphs, figures, lists, cells. */
    private void styles() {
        paragraphStyle("T-centre", "Standard", "fo:text-align", "center");
        paragraphStyle("T-break", "Standard", "fo:text-align", "center", "fo:break-after", "page");
        paragraphStyle("T-figure", "Standard", "fo:text-align", "center", "fo:keep-with-next", "always");
        paragraphStyle("T-caption", "Caption", "fo:keep-with-next", "always");
        paragraphStyle("T-figure-caption", "Caption", "fo:text-align", "center");
        Element source = paragraphStyle("T-source", "Standard", "fo:margin-bottom", "0.3cm");
        element(source, "style:text-properties", "fo:font-size", "8pt");
        Element frame = element(automatic, "style:style", "style:name", "T-frame", "style:family", "graphic");
        element(frame, "style:graphic-properties", "style:vertical-pos", "top", "style:vertical-rel", "baseline",
                "style:horizontal-pos", "center", "style:horizontal-rel", "paragraph", "fo:border", "none",
                "style:wrap", "none");
        list("T-bullets", false);
        list("T-numbers", true);
        cellStyle("T-cell", null);
        if (tableLayout.textPt() > 0) { // the tables' text smaller, for their words to fit
            tableHeading = sizedStyle("T-table-heading", "Table_20_Heading", tableLayout.textPt());
            tableContents = sizedStyle("T-table-contents", "Table_20_Contents", tableLayout.textPt());
        }
        cellStyle("T-header", "#dcebfa");
        cellStyle("T-group", "#eeeeee");
        Element row = element(automatic, "style:style", "style:name", "T-row", "style:family", "table-row");
        element(row, "style:table-row-properties", "fo:keep-together", "always");
    }

    private Element paragraphStyle(String name, String parent, String... properties) {
        Element style = element(automatic, "style:style", "style:name", name, "style:family", "paragraph",
                "style:parent-style-name", parent);
        element(style, "style:paragraph-properties", properties);
        return style;
    }

    /** The automatic paragraph style {@code name}: {@code parent} at {@code pt} points; answers its name. */
    private String sizedStyle(String name, String parent, double pt) {
        element(paragraphStyle(name, parent), "style:text-properties", "fo:font-size", points(pt));
        return name;
    }

    private void cellStyle(String name, String background) {
        Element style = element(automatic, "style:style", "style:name", name, "style:family", "table-cell");
        Element properties = element(style, "style:table-cell-properties", "fo:padding", "0.1cm", "fo:border",
                "0.5pt solid #808080");
        if (background != null) {
            properties.setAttributeNS(FO, "fo:background-color", background);
        }
    }

    /** A list style of one level: a bullet, or a number followed by a full stop. */
    private void list(String name, boolean numbered) {
        Element style = element(automatic, "text:list-style", "style:name", name);
        Element level = numbered
                ? element(style, "text:list-level-style-number", "text:level", "1", "style:num-format", "1",
                        "style:num-suffix", ".")
                : element(style, "text:list-level-style-bullet", "text:level", "1", "text:bullet-char", "\u2022");
        Element properties = element(level, "style:list-level-properties", "text:list-level-position-and-space-mode",
                "label-alignment");
        element(properties, "style:list-level-label-alignment", "text:label-followed-by", "listtab",
                "text:list-tab-stop-position", "0.635cm", "fo:text-indent", "-0.635cm", "fo:margin-left", "0.635cm");
    }

    private void front(Section2View.FrontMatter front) {
        for (String line : front.programme()) {
            paragraph("T-centre").setTextContent(line);
        }
        spans(paragraph("T-centre"), List.of(Span.bold(front.formatName())));
        spans(paragraph("Title"), List.of(front.province()));
        spans(paragraph("T-centre"), List.of(front.title()));
        spans(paragraph("T-centre"), List.of(Span.plain("Data: "), front.date(), Span.plain(" \u2013 Versione: "),
                front.version()));
        List<Span> authors = new java.util.ArrayList<>(List.of(Span.plain("Autori: ")));
        authors.addAll(front.authorLine());
        spans(paragraph("T-break"), authors);
    }

    private void heading(int level, String text) {
        int outline = Math.min(level, 4);
        element(body, "text:h", "text:style-name", "Heading_20_" + outline, "text:outline-level",
                String.valueOf(outline)).setTextContent(text);
    }

    private void block(Block block, int headingLevel) {
        if (block instanceof Heading heading) {
            heading(headingLevel, heading.text());
        } else if (block instanceof Text text) {
            spans(paragraph("Text_20_body"), text.spans());
        } else if (block instanceof Bullets bullets) {
            Element list = element(body, "text:list", "text:style-name", bullets.numbered() ? "T-numbers"
                    : "T-bullets");
            for (Item item : bullets.items()) {
                Element line = element(element(list, "text:list-item"), "text:p", "text:style-name", "Text_20_body");
                spans(line, item.spans());
            }
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof Figure figure) {
            figure(figure);
        }
    }

    private void table(Table table) {
        paragraph("T-caption").setTextContent(table.caption());
        String name = "Tabella" + ++tables;
        Element style = element(automatic, "style:style", "style:name", name, "style:family", "table");
        element(style, "style:table-properties", "style:width", points(textWidth), "table:align", "margins");
        Element grid = element(body, "table:table", "table:name", name, "table:style-name", name);
        double[] widths = tableLayout.widths(table);
        for (int c = 0; c < widths.length; c++) {
            String column = name + "." + (c + 1);
            Element columnStyle = element(automatic, "style:style", "style:name", column, "style:family",
                    "table-column");
            element(columnStyle, "style:table-column-properties", "style:column-width", points(widths[c]));
            element(grid, "table:table-column", "table:style-name", column);
        }
        Element header = element(element(grid, "table:table-header-rows"), "table:table-row", "table:style-name",
                "T-row");
        for (String title : table.headers()) {
            cell(header, "T-header", tableHeading).setTextContent(title);
        }
        int columns = table.headers().size();
        for (Row row : table.rows()) {
            Element line = element(grid, "table:table-row", "table:style-name", "T-row");
            if (row instanceof Group group) {
                Element first = cell(line, "T-group", tableContents);
                ((Element) first.getParentNode()).setAttributeNS(OdfDocumentNamespace.TABLE.getUri(),
                        "table:number-columns-spanned", String.valueOf(columns));
                spans(first, List.of(Span.bold(group.label())));
                for (int c = 1; c < columns; c++) {
                    element(line, "table:covered-table-cell");
                }
            } else if (row instanceof Cells cells) {
                for (int c = 0; c < columns; c++) {
                    spans(cell(line, "T-cell", tableContents),
                            c < cells.cells().size() ? cells.cells().get(c) : List.of());
                }
            }
        }
        if (table.source() != null) {
            paragraph("T-source").setTextContent(table.source());
        } else {
            paragraph("Text_20_body");
        }
    }

    /** A cell of {@code row} in a cell style, and its paragraph in a paragraph style. */
    private static Element cell(Element row, String style, String paragraphStyle) {
        Element cell = element(row, "table:table-cell", "table:style-name", style, "office:value-type", "string");
        return element(cell, "text:p", "text:style-name", paragraphStyle);
    }

    /**
     * A diagram as its SVG, in a frame as wide as the view says (one scale for
     * every figure), with its caption as the frame's title and its text
     * alternative as its description, and the numbered caption below.
     */
    private void figure(Figure figure) {
        check.run();
        String picture = "Pictures/figura-" + figure.number() + ".svg";
        document.getPackage().insert(SvgWriter.document(figure.diagram()), picture, "image/svg+xml");
        Element paragraph = paragraph("T-figure");
        Element frame = element(paragraph, "draw:frame", "draw:style-name", "T-frame", "draw:name",
                "Figura " + figure.number(), "text:anchor-type", "as-char", "svg:width",
                points(figure.widthPt(textWidth)), "svg:height", points(figure.heightPt(textWidth)), "draw:z-index",
                "0");
        element(frame, "draw:image", "xlink:href", picture, "xlink:type", "simple", "xlink:show", "embed",
                "xlink:actuate", "onLoad");
        element(frame, "svg:title").setTextContent(figure.caption());
        element(frame, "svg:desc").setTextContent(figure.alternative());
        paragraph("T-figure-caption").setTextContent(figure.numberedCaption());
    }

    private Element paragraph(String style) {
        return element(body, "text:p", "text:style-name", style);
    }

    /** The spans as runs of text: bold and italic where they say so, placeholders highlighted in yellow. */
    private void spans(Element paragraph, List<Span> spans) {
        for (Span span : spans) {
            String style = spanStyle(span);
            Node parent = paragraph;
            if (style != null) {
                parent = element(paragraph, "text:span", "text:style-name", style);
            }
            parent.appendChild(content.createTextNode(span.text()));
        }
    }

    private String spanStyle(Span span) {
        if (span.emphasis() == Section2View.Emphasis.NONE && !span.isPlaceholder()) {
            return null;
        }
        String key = span.emphasis().name().toLowerCase(Locale.ROOT) + (span.isPlaceholder() ? "-placeholder" : "");
        return spanStyles.computeIfAbsent(key, k -> {
            String name = "T-" + k;
            Element style = element(automatic, "style:style", "style:name", name, "style:family", "text");
            Element properties = element(style, "style:text-properties");
            switch (span.emphasis()) {
                case BOLD -> properties.setAttributeNS(FO, "fo:font-weight", "bold");
                case ITALIC -> properties.setAttributeNS(FO, "fo:font-style", "italic");
                default -> {
                    // no emphasis
                }
            }
            if (span.isPlaceholder()) {
                properties.setAttributeNS(FO, "fo:background-color", "#ffff00");
            }
            return name;
        });
    }

    /**
     * Title, subject and authors in the document's properties (never a
     * placeholder), who wrote the file and when. The ODF Toolkit's own
     * update on saving would name an office suite as the generator: it is
     * turned off, the dates set here. On Tendere's own page, the licence note
     * of the Toolkit's empty document goes; a template's custom properties stay.
     */
    private static void properties(OdfTextDocument document, Section2View.FrontMatter front, boolean own) {
        OdfOfficeMeta meta = document.getOfficeMetadata();
        meta.setAutomaticUpdate(false);
        java.util.Calendar now = java.util.Calendar.getInstance();
        meta.setCreationDate(now);
        meta.setDate(now);
        if (own && meta.getUserDefinedDataNames() != null) {
            List.copyOf(meta.getUserDefinedDataNames()).forEach(meta::removeUserDefinedDataByName);
        }
        meta.setTitle(front.documentTitle());
        meta.setSubject(front.subject());
        if (!front.authorNames().isEmpty()) {
            meta.setInitialCreator(front.authorNames());
            meta.setCreator(front.authorNames());
        }
        meta.setLanguage("it-IT");
        meta.setGenerator("Tendere");
    }

    /** A length in points, as ODF writes it. */
    static String points(double value) {
        return String.format(Locale.ROOT, "%.2fpt", value);
    }

    /** A new element {@code name} ("text:p") at the end of {@code parent}, with attributes given as name, value. */
    static Element element(Node parent, String name, String... attributes) {
        OdfFileDom dom = (OdfFileDom) (parent instanceof OdfFileDom file ? file : parent.getOwnerDocument());
        Element element = dom.createElementNS(uri(name), name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            element.setAttributeNS(uri(attributes[i]), attributes[i], attributes[i + 1]);
        }
        parent.appendChild(element);
        return element;
    }

    /** The namespace of a qualified name ("fo:color"), by its prefix, as the ODF Toolkit knows it. */
    private static String uri(String qualifiedName) {
        return OdfDocumentNamespace.valueOf(qualifiedName.substring(0, qualifiedName.indexOf(':'))
                .toUpperCase(Locale.ROOT)).getUri();
    }
}
