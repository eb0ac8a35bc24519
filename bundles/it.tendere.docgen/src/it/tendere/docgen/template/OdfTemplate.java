// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.template;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.odftoolkit.odfdom.doc.OdfDocument;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfDocumentNamespace;
import org.odftoolkit.odfdom.dom.element.style.StyleMasterPageElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeStyles;
import org.odftoolkit.odfdom.pkg.OdfPackage;
import org.odftoolkit.odfdom.type.Length;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import it.tendere.docgen.DocumentFormat;
import it.tendere.dsl.io.ModelFileException;

/**
 * A Province's OpenDocument template ({@code .odt} or {@code .ott}): the ODT
 * is written into a copy of it, so that its styles, page setup, header and
 * footer are the document's; its text is left out. Read once, checked when
 * read (its content and styles parsed: the ODF Toolkit refuses a document
 * type declaration, so no entity of a hostile file is ever expanded).
 *
 * @param file       where it was read from
 * @param bytes      its content
 * @param page       the page of its default master page, which the PDF follows too (its text's margins: below
 *                   the header and above the footer)
 * @param fontFamily the family of its body text, or null where it names none
 * @param letterhead that master page's header and footer, which the PDF repeats
 * @param headingColours the colours its headings 1 to 4 name, by level
 */
public record OdfTemplate(Path file, byte[] bytes, PageSetup page, String fontFamily, Letterhead letterhead,
        Map<Integer, String> headingColours)
        implements DocumentTemplate {

    /**
     * The ODF Toolkit logs a file it cannot parse (a stack trace on standard
     * error) before failing later; the failure is ours to tell, in one line.
     */
    private static final Logger ODF_TOOLKIT = Logger.getLogger("org.odftoolkit");

    static {
        ODF_TOOLKIT.setLevel(Level.OFF);
    }

    /** Fails the parse on an error, where the parser would print it and go on. */
    private static final ErrorHandler PARSE_ERRORS = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // not a reason to refuse a template
        }

        @Override
        public void error(SAXParseException exception) throws SAXParseException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }
    };

    private static final String STYLE = OdfDocumentNamespace.STYLE.getUri();
    private static final String FO = OdfDocumentNamespace.FO.getUri();
    private static final String SVG = OdfDocumentNamespace.SVG.getUri();

    /**
     * Reads and checks a template.
     *
     * @throws ModelFileException when it cannot be read or is not an
     *                            OpenDocument text or text template
     */
    public static OdfTemplate read(Path file) throws ModelFileException {
        byte[] bytes = DocumentTemplate.bytes(file);
        OdfTextDocument document = null;
        try {
            document = open(bytes);
            StyleMasterPageElement master = master(document);
            PageSetup margins = page(document, master);
            Letterhead letterhead = OdfLetterhead.of(document, master, margins.topPt(), margins.bottomPt());
            return new OdfTemplate(file, bytes, textArea(document, master, margins, letterhead), font(document),
                    letterhead, headingColours(document));
        } catch (Exception | LinkageError e) {
            throw new ModelFileException(file, MESSAGES.get("template.notOdf"), e);
        } finally {
            if (document != null) {
                document.close();
            }
        }
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.ODT;
    }

    /** Takes out a document's text, its declarations (of variables, of sequences) kept. */
    public static void emptyText(OdfTextDocument document) throws Exception {
        Element text = document.getContentRoot();
        Node child = text.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (!(child instanceof Element element && element.getLocalName().endsWith("-decls"))) {
                text.removeChild(child);
            }
            child = next;
        }
    }

    /**
     * A new document made from the template: its parts, with an empty text
     * (its declarations kept), typed as a text even where the template was
     * an {@code .ott}.
     */
    public OdfTextDocument document() throws Exception {
        OdfTextDocument document = open(bytes);
        emptyText(document);
        return document;
    }

    /**
     * The template as a text document, its content and styles parsed now (a
     * broken part fails here, not later); the parser's errors are ours to
     * tell, never printed by the parser itself.
     */
    private static OdfTextDocument open(byte[] bytes) throws Exception {
        OdfPackage odf = OdfPackage.loadPackage(new ByteArrayInputStream(bytes), null, PARSE_ERRORS);
        if (!(OdfDocument.loadDocument(odf) instanceof OdfTextDocument document)) {
            odf.close();
            throw new IllegalArgumentException("not a text document");
        }
        if (document.getContentDom().getDocumentElement() == null || document.getContentRoot() == null
                || document.getStylesDom().getDocumentElement() == null) {
            document.close();
            throw new IllegalArgumentException("no text or no styles");
        }
        if (document.getMediaTypeString().equals(OdfTextDocument.OdfMediaType.TEXT_TEMPLATE.getMediaTypeString())) {
            document.changeMode(OdfTextDocument.OdfMediaType.TEXT);
        }
        return document;
    }

    /** The template's "Standard" master page, else its first, else null. */
    private static StyleMasterPageElement master(OdfTextDocument document) throws Exception {
        StyleMasterPageElement master = document.getOfficeMasterStyles().getMasterPage("Standard");
        if (master == null && document.getOfficeMasterStyles().iterator().hasNext()) {
            master = document.getOfficeMasterStyles().iterator().next();
        }
        return master;
    }

    /** The named properties of the master page's layout ({@code page-layout-properties}, {@code header-style}…). */
    private static Element layout(OdfTextDocument document, StyleMasterPageElement master, String kind)
            throws Exception {
        if (master == null) {
            return null;
        }
        Element layout = document.getStylesDom().getOrCreateAutomaticStyles()
                .getPageLayout(master.getStylePageLayoutNameAttribute());
        NodeList found = layout == null ? null : layout.getElementsByTagNameNS(STYLE, kind);
        return found == null || found.getLength() == 0 ? null : (Element) found.item(0);
    }

    /**
     * Where the text goes: the page's margins, the header's room below the
     * top one and the footer's above the bottom one (in OpenDocument the
     * margins hold them).
     */
    private static PageSetup textArea(OdfTextDocument document, StyleMasterPageElement master, PageSetup margins,
            Letterhead letterhead) throws Exception {
        double top = letterhead.header().isEmpty() ? 0
                : room(layout(document, master, "header-style"), "margin-bottom", letterhead.header());
        double bottom = letterhead.footer().isEmpty() ? 0
                : room(layout(document, master, "footer-style"), "margin-top", letterhead.footer());
        return new PageSetup(margins.widthPt(), margins.heightPt(), margins.topPt() + top, margins.rightPt(),
                margins.bottomPt() + bottom, margins.leftPt());
    }

    /**
     * The room a header or a footer takes from the text: its fixed height
     * where it has one, else its lines' and the spacing it keeps from the
     * text, at least its minimum height (which, as LibreOffice writes it,
     * holds that spacing).
     */
    private static double room(Element style, String spacing, List<Letterhead.Block> blocks) {
        NodeList found = style == null ? null : style.getElementsByTagNameNS(STYLE, "header-footer-properties");
        Element properties = found == null || found.getLength() == 0 ? null : (Element) found.item(0);
        double lines = OdfLetterhead.extentPt(blocks);
        if (properties == null) {
            return lines;
        }
        double fixed = points(properties, "height", 0);
        return fixed > 0 ? fixed
                : Math.max(points(properties, "min-height", 0), lines + points(properties, spacing, 0));
    }

    /** The page of the master page, Tendere's where it says nothing. */
    private static PageSetup page(OdfTextDocument document, StyleMasterPageElement master) throws Exception {
        PageSetup a4 = PageSetup.A4;
        Element properties = layout(document, master, "page-layout-properties");
        if (properties == null) {
            return a4;
        }
        return new PageSetup(points(properties, "page-width", a4.widthPt()),
                points(properties, "page-height", a4.heightPt()), points(properties, "margin-top", a4.topPt()),
                points(properties, "margin-right", a4.rightPt()), points(properties, "margin-bottom", a4.bottomPt()),
                points(properties, "margin-left", a4.leftPt()));
    }

    /** A length attribute of the page layout in points; {@code otherwise} where absent or not a length. */
    private static double points(Element properties, String name, double otherwise) {
        String value = properties.getAttributeNS(FO, name);
        return Length.isValid(value) ? new Length(value).getPoint() : otherwise;
    }

    /**
     * The colours the template's paragraph styles «Heading 1» to «Heading 4»
     * name in their text properties, each its own or the nearest parent's
     * («Heading», where LibreOffice gives every level its font).
     */
    private static Map<Integer, String> headingColours(OdfTextDocument document) throws Exception {
        Map<Integer, String> colours = new TreeMap<>();
        OdfOfficeStyles styles = document.getDocumentStyles();
        for (int level = 1; styles != null && level <= 4; level++) {
            for (Element style : OdfLetterhead.lineage("Heading_20_" + level,
                    name -> styles.getStyle(name, OdfStyleFamily.Paragraph))) {
                NodeList text = style.getElementsByTagNameNS(STYLE, "text-properties");
                String colour = text.getLength() == 0 ? "" : ((Element) text.item(0)).getAttributeNS(FO, "color");
                if (colour.matches("#[0-9A-Fa-f]{6}")) {
                    colours.put(level, colour.substring(1).toUpperCase(java.util.Locale.ROOT));
                    break;
                }
            }
        }
        return colours;
    }

    /** The family of the template's body text: its «Standard» style's font, else its default paragraph style's. */
    private static String font(OdfTextDocument document) throws Exception {
        OdfOfficeStyles styles = document.getDocumentStyles();
        if (styles == null) {
            return null;
        }
        String fontName = fontName(styles.getStyle("Standard", OdfStyleFamily.Paragraph));
        if (fontName == null) {
            fontName = fontName(styles.getDefaultStyle(OdfStyleFamily.Paragraph));
        }
        if (fontName == null) {
            return null;
        }
        NodeList faces = document.getStylesDom().getElementsByTagNameNS(STYLE, "font-face");
        for (int i = 0; i < faces.getLength(); i++) {
            Element face = (Element) faces.item(i);
            if (face.getAttributeNS(STYLE, "name").equals(fontName)) {
                String family = face.getAttributeNS(SVG, "font-family").replace("'", "").replace("\"", "").strip();
                return family.isEmpty() ? fontName : family;
            }
        }
        return fontName;
    }

    /** The font a paragraph style names in its text properties, or null (no style, or none named). */
    private static String fontName(Element style) {
        NodeList text = style == null ? null : style.getElementsByTagNameNS(STYLE, "text-properties");
        if (text == null || text.getLength() == 0) {
            return null;
        }
        String name = ((Element) text.item(0)).getAttributeNS(STYLE, "font-name");
        return name.isEmpty() ? null : name;
    }
}
