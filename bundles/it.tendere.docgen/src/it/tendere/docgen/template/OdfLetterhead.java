// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfDocumentNamespace;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.type.Length;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import it.tendere.docgen.template.Letterhead.Alignment;
import it.tendere.docgen.template.Letterhead.Block;
import it.tendere.docgen.template.Letterhead.Field;
import it.tendere.docgen.template.Letterhead.Paragraph;
import it.tendere.docgen.template.Letterhead.Piece;
import it.tendere.docgen.template.Letterhead.Picture;

/**
 * The letterhead of an OpenDocument template: the header and footer of its
 * master page (and the first page's own, where it has them), their paragraphs (aligned as their styles say), tables,
 * spans (bold, italic, colour, size), pictures and page fields. In
 * OpenDocument the page's margins hold the header and the footer, and the
 * text begins below them; {@link #extentPt} says how much room they take.
 */
final class OdfLetterhead {

    private static final String STYLE = OdfDocumentNamespace.STYLE.getUri();
    private static final String TEXT = OdfDocumentNamespace.TEXT.getUri();
    private static final String TABLE = OdfDocumentNamespace.TABLE.getUri();
    private static final String DRAW = OdfDocumentNamespace.DRAW.getUri();
    private static final String SVG = OdfDocumentNamespace.SVG.getUri();
    private static final String FO = OdfDocumentNamespace.FO.getUri();
    private static final String XLINK = OdfDocumentNamespace.XLINK.getUri();

    /** A line of a letterhead whose text names no size, in points: the PDF's letterhead is set in 9 pt. */
    private static final double LINE_PT = 9 * 1.3;

    private final OdfTextDocument document;
    private final Set<String> leftOut = new TreeSet<>();

    private OdfLetterhead(OdfTextDocument document) {
        this.document = document;
    }

    /** The letterhead of {@code master}, at {@code top} and {@code bottom} from the page's edges (its margins). */
    static Letterhead of(OdfTextDocument document, Element master, double top, double bottom) {
        OdfLetterhead reader = new OdfLetterhead(document);
        Element firstHeader = child(master, STYLE, "header-first");
        Element firstFooter = child(master, STYLE, "footer-first");
        return new Letterhead(reader.blocks(child(master, STYLE, "header")),
                reader.blocks(child(master, STYLE, "footer")),
                firstHeader == null ? null : reader.blocks(firstHeader),
                firstFooter == null ? null : reader.blocks(firstFooter), top, bottom, reader.leftOut);
    }

    /** The room blocks take: each paragraph a line, or its tallest picture; a table, its rows' tallest cells. */
    static double extentPt(List<Block> blocks) {
        double extent = 0;
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                extent += height(paragraph);
            } else if (block instanceof Letterhead.Table table) {
                for (List<List<Paragraph>> row : table.rows()) {
                    extent += row.stream().mapToDouble(cell -> cell.stream().mapToDouble(OdfLetterhead::height).sum())
                            .max().orElse(0);
                }
            }
        }
        return extent;
    }

    private static double height(Paragraph paragraph) {
        double height = LINE_PT;
        for (Piece piece : paragraph.pieces()) {
            if (piece instanceof Picture picture) {
                height = Math.max(height, picture.heightPt());
            } else if (piece instanceof Letterhead.Text text && text.sizePt() > 0) {
                height = Math.max(height, text.sizePt() * 1.3);
            }
        }
        return height;
    }

    private static Element child(Element parent, String namespace, String name) {
        for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private List<Block> blocks(Element part) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = part == null ? null : part.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            if (TEXT.equals(element.getNamespaceURI())
                    && (element.getLocalName().equals("p") || element.getLocalName().equals("h"))) {
                blocks.add(paragraph(element));
            } else if (TABLE.equals(element.getNamespaceURI()) && element.getLocalName().equals("table")) {
                blocks.add(table(element));
            }
        }
        return blocks;
    }

    private Letterhead.Table table(Element table) {
        List<List<List<Paragraph>>> rows = new ArrayList<>();
        boolean ruled = false;
        NodeList found = table.getElementsByTagNameNS(TABLE, "table-row");
        for (int i = 0; i < found.getLength(); i++) {
            List<List<Paragraph>> cells = new ArrayList<>();
            for (Node cell = found.item(i).getFirstChild(); cell != null; cell = cell.getNextSibling()) {
                if (cell instanceof Element element && element.getLocalName().equals("table-cell")) {
                    ruled |= ruled(properties(element.getAttributeNS(TABLE, "style-name"),
                            OdfStyleFamily.TableCell, "table-cell-properties"));
                    cells.add(blocks(element).stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                            .toList());
                }
            }
            rows.add(cells);
        }
        return new Letterhead.Table(rows, ruled);
    }

    /** Whether a cell's properties draw a border. */
    private static boolean ruled(Element cell) {
        if (cell == null) {
            return false;
        }
        for (String side : new String[] { "border", "border-top", "border-bottom", "border-left", "border-right" }) {
            String border = cell.getAttributeNS(FO, side);
            if (!border.isEmpty() && !border.matches("(?i)none|hidden|0+(\\.0+)?[a-z]*(\\s.*)?")) {
                return true;
            }
        }
        return false;
    }

    private Paragraph paragraph(Element paragraph) {
        List<Piece> pieces = new ArrayList<>();
        String style = paragraph.getAttributeNS(TEXT, "style-name");
        pieces(paragraph, Format.of(properties(style, OdfStyleFamily.Paragraph, "text-properties"), Format.PLAIN),
                pieces);
        Element properties = properties(style, OdfStyleFamily.Paragraph, "paragraph-properties");
        Alignment alignment = switch (properties == null ? "" : properties.getAttributeNS(FO, "text-align")) {
            case "center" -> Alignment.CENTER;
            case "end", "right" -> Alignment.RIGHT;
            case "justify" -> Alignment.JUSTIFY;
            default -> Alignment.LEFT;
        };
        return new Paragraph(alignment, pieces);
    }

    private void pieces(Element parent, Format format, List<Piece> pieces) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE) {
                format.add(node.getNodeValue(), pieces);
            } else if (node instanceof Element element && TEXT.equals(element.getNamespaceURI())) {
                switch (element.getLocalName()) {
                    case "span", "a" -> pieces(element, Format.of(properties(element.getAttributeNS(TEXT, "style-name"),
                            OdfStyleFamily.Text, "text-properties"), format), pieces);
                    case "s" -> format.add(" ".repeat(Math.max(1, count(element.getAttributeNS(TEXT, "c")))), pieces);
                    case "tab" -> format.add("\t", pieces);
                    case "line-break" -> format.add("\n", pieces);
                    case "page-number" -> pieces.add(Field.PAGE);
                    case "page-count" -> pieces.add(Field.PAGES);
                    default -> pieces(element, format, pieces); // a field the PDF does not fill in: its shown text
                }
            } else if (node instanceof Element element && DRAW.equals(element.getNamespaceURI())
                    && element.getLocalName().equals("frame")) {
                picture(element, pieces);
            }
        }
    }

    private void picture(Element frame, List<Piece> pieces) {
        Element image = child(frame, DRAW, "image");
        String href = image == null ? "" : image.getAttributeNS(XLINK, "href");
        if (href.isEmpty() || href.contains(":") || href.startsWith("/")) {
            return; // not a picture inside the template (a link to elsewhere is never followed)
        }
        String type = document.getPackage().getMediaTypeString(href);
        byte[] data = document.getPackage().getBytes(href);
        String why = data == null || type == null || type.isEmpty() ? href
                : Letterhead.whyLeftOut(type.toLowerCase(Locale.ROOT), data);
        if (why != null) {
            leftOut.add(why);
            return;
        }
        Element title = child(frame, SVG, "title");
        Element description = child(frame, SVG, "desc");
        String alt = title != null ? title.getTextContent() : description != null ? description.getTextContent() : "";
        pieces.add(new Picture(data, type.toLowerCase(Locale.ROOT), length(frame.getAttributeNS(SVG, "width")),
                length(frame.getAttributeNS(SVG, "height")), alt.strip()));
    }

    private static double length(String value) {
        return Length.isValid(value) ? new Length(value).getPoint() : 0;
    }

    private static int count(String value) {
        try {
            return value.isEmpty() ? 1 : Math.min(Integer.parseInt(value), 100);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * The named properties ({@code text-properties}, {@code paragraph-properties})
     * of a style of the template's styles of that family (automatic, else
     * common), following its parents until one has them; null where none has.
     */
    private Element properties(String styleName, OdfStyleFamily family, String kind) {
        for (Element style : lineage(styleName, name -> style(name, family))) {
            Element properties = child(style, STYLE, kind);
            if (properties != null) {
                return properties;
            }
        }
        return null;
    }

    /**
     * A style and the styles it inherits from, nearest first, as
     * {@code styleNamed} finds them by name; at most ten (a template whose
     * styles inherit in a loop stops there).
     */
    static List<Element> lineage(String name, Function<String, Element> styleNamed) {
        List<Element> lineage = new ArrayList<>();
        String next = name;
        while (next != null && !next.isEmpty() && lineage.size() < 10) {
            Element style = styleNamed.apply(next);
            if (style == null) {
                break;
            }
            lineage.add(style);
            next = style.getAttributeNS(STYLE, "parent-style-name");
        }
        return lineage;
    }

    private Element style(String name, OdfStyleFamily family) {
        try {
            var automatic = document.getStylesDom().getAutomaticStyles();
            Element style = automatic == null ? null : automatic.getStyle(name, family);
            return style != null || document.getDocumentStyles() == null ? style
                    : document.getDocumentStyles().getStyle(name, family);
        } catch (Exception e) {
            return null; // the styles part was parsed when the template was read: not expected
        }
    }

    /** Text formatting, as a span's style sets it over its paragraph's. */
    private record Format(boolean bold, boolean italic, String colour, double sizePt) {
        static final Format PLAIN = new Format(false, false, null, 0);

        static Format of(Element properties, Format inherited) {
            if (properties == null) {
                return inherited;
            }
            String weight = properties.getAttributeNS(FO, "font-weight");
            String style = properties.getAttributeNS(FO, "font-style");
            String colour = properties.getAttributeNS(FO, "color");
            String size = properties.getAttributeNS(FO, "font-size");
            return new Format(weight.isEmpty() ? inherited.bold : weight.equals("bold") || weight.matches("[6-9]00"),
                    style.isEmpty() ? inherited.italic : style.equals("italic") || style.equals("oblique"),
                    colour.matches("#[0-9A-Fa-f]{6}") ? colour.substring(1).toUpperCase(Locale.ROOT) : inherited.colour,
                    Length.isValid(size) && !size.endsWith("%") ? new Length(size).getPoint() : inherited.sizePt);
        }

        void add(String text, List<Piece> pieces) {
            if (!text.isEmpty()) {
                pieces.add(new Letterhead.Text(text, bold, italic, colour, sizePt));
            }
        }
    }
}
