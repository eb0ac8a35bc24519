// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.odt;

import static it.tendere.docgen.odt.OdtWriter.element;
import static it.tendere.docgen.odt.OdtWriter.points;

import java.util.function.Consumer;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfDocumentNamespace;
import org.odftoolkit.odfdom.dom.OdfStylesDom;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.element.style.StyleMasterPageElement;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeStyles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import it.tendere.diagram.DocumentFont;
import it.tendere.docgen.TendereLook;
import it.tendere.docgen.template.PageSetup;

/**
 * What the OpenDocument texts Tendere writes share: on its own page, A4 with
 * Tendere's margins, the page number in the footer, the document font, the
 * Italian language and coloured headings; in any document, the named styles
 * the writer uses, added where a template lacks them.
 */
final class OdfPage {

    private static final String STYLE = OdfDocumentNamespace.STYLE.getUri();
    private static final String FO = OdfDocumentNamespace.FO.getUri();
    /** The height of the footer with the page number, and its distance from the text, in points. */
    private static final double FOOTER_PT = 14;
    private static final double FOOTER_SPACING_PT = 8;

    private OdfPage() {
    }

    /** Tendere's own page and look, on a new document of the ODF Toolkit's. */
    static void tendere(OdfTextDocument document) throws Exception {
        OdfStylesDom styles = document.getStylesDom();
        StyleMasterPageElement master = document.getOfficeMasterStyles().getMasterPage("Standard");
        Element layout = styles.getOrCreateAutomaticStyles().getPageLayout(master.getStylePageLayoutNameAttribute());
        Element properties = child(layout, STYLE, "page-layout-properties");
        PageSetup a4 = PageSetup.A4;
        properties.setAttributeNS(FO, "fo:page-width", points(a4.widthPt()));
        properties.setAttributeNS(FO, "fo:page-height", points(a4.heightPt()));
        properties.setAttributeNS(FO, "fo:margin-top", points(a4.topPt()));
        properties.setAttributeNS(FO, "fo:margin-right", points(a4.rightPt()));
        properties.setAttributeNS(FO, "fo:margin-left", points(a4.leftPt()));
        // the footer stands inside the bottom margin's place: the text ends where the DOCX's does
        properties.setAttributeNS(FO, "fo:margin-bottom", points(a4.bottomPt() - FOOTER_PT - FOOTER_SPACING_PT));
        Element footerStyle = child(layout, STYLE, "footer-style");
        if (footerStyle == null) {
            footerStyle = element(layout, "style:footer-style");
        }
        element(footerStyle, "style:header-footer-properties", "fo:min-height", points(FOOTER_PT), "fo:margin-top",
                points(FOOTER_SPACING_PT));
        Element footer = element(master, "style:footer");
        Element number = element(element(footer, "text:p", "text:style-name", "Footer"), "text:page-number",
                "text:select-page", "current");
        number.setTextContent("1");
        Element centred = element(document.getStylesDom().getOrCreateAutomaticStyles(), "style:style", "style:name",
                "T-footer", "style:family", "paragraph", "style:parent-style-name", "Footer");
        element(centred, "style:paragraph-properties", "fo:text-align", "center");
        ((Element) number.getParentNode()).setAttributeNS(OdfDocumentNamespace.TEXT.getUri(), "text:style-name", "T-footer");

        OdfOfficeStyles officeStyles = document.getOrCreateDocumentStyles();
        String family = DocumentFont.current().family();
        Element faces = (Element) styles.getElementsByTagNameNS(
                OdfDocumentNamespace.OFFICE.getUri(), "font-face-decls").item(0);
        element(faces, "style:font-face", "style:name", family, "svg:font-family", "'" + family + "'",
                "style:font-pitch", "variable");
        NodeList defaults = officeStyles.getElementsByTagNameNS(STYLE, "default-style");
        for (int i = 0; i < defaults.getLength(); i++) {
            Element text = child((Element) defaults.item(i), STYLE, "text-properties");
            if (text != null) {
                text.setAttributeNS(STYLE, "style:font-name", family);
                text.setAttributeNS(FO, "fo:font-size", "11pt");
                text.setAttributeNS(FO, "fo:language", "it");
                text.setAttributeNS(FO, "fo:country", "IT");
            }
        }
        for (String heading : new String[] { "Heading", "Title" }) {
            Element style = officeStyles.getStyle(heading, OdfStyleFamily.Paragraph);
            if (style != null) {
                Element text = child(style, STYLE, "text-properties");
                if (text == null) {
                    text = element(style, "style:text-properties");
                }
                text.setAttributeNS(STYLE, "style:font-name", family);
                text.setAttributeNS(FO, "fo:color", "#" + TendereLook.HEADING_COLOUR);
            }
        }
    }

    /**
     * The named styles the writer uses, added where the document has none of
     * that name, with the look LibreOffice gives its own built-in styles of
     * those names: a template saved from a new LibreOffice document holds
     * only the styles it used («Standard», «Heading»…), not «Heading 1».
     * Headings take the template's «Heading» (its font), bold, at
     * LibreOffice's sizes, with their outline levels.
     */
    static void ensureStyles(OdfTextDocument document) throws Exception {
        OdfOfficeStyles styles = document.getOrCreateDocumentStyles();
        ensure(styles, "Standard", null, null, style -> { });
        ensure(styles, "Heading", "Heading", "Standard", style -> {
            element(style, "style:paragraph-properties", "fo:margin-top", "0.423cm", "fo:margin-bottom", "0.212cm",
                    "fo:keep-with-next", "always");
            element(style, "style:text-properties", "fo:font-size", "14pt");
        });
        ensure(styles, "Text_20_body", "Text body", "Standard", style -> element(style, "style:paragraph-properties",
                "fo:margin-top", "0cm", "fo:margin-bottom", "0.247cm", "fo:line-height", "115%"));
        ensure(styles, "Title", "Title", "Heading", style -> {
            element(style, "style:paragraph-properties", "fo:text-align", "center");
            element(style, "style:text-properties", "fo:font-size", "28pt", "fo:font-weight", "bold");
        });
        ensure(styles, "Caption", "Caption", "Standard", style -> { });
        ensure(styles, "Table_20_Contents", "Table Contents", "Standard", style -> { });
        ensure(styles, "Table_20_Heading", "Table Heading", "Table_20_Contents", style -> {
            element(style, "style:paragraph-properties", "fo:text-align", "center");
            element(style, "style:text-properties", "fo:font-weight", "bold");
        });
        ensure(styles, "Footer", "Footer", "Standard", style -> { });
        String[] sizes = { "130%", "115%", "101%", "95%" };
        for (int level = 1; level <= 4; level++) {
            String size = sizes[level - 1];
            boolean italic = level == 4;
            Element heading = ensure(styles, "Heading_20_" + level, "Heading " + level, "Heading", style -> {
                Element text = element(style, "style:text-properties", "fo:font-size", size, "fo:font-weight", "bold");
                if (italic) {
                    text.setAttributeNS(FO, "fo:font-style", "italic");
                }
            });
            if (!heading.hasAttributeNS(STYLE, "default-outline-level")) {
                heading.setAttributeNS(STYLE, "style:default-outline-level", String.valueOf(level));
            }
        }
    }

    /** The named paragraph style; where the document has none, one added with {@code look} (LibreOffice's). */
    private static Element ensure(OdfOfficeStyles styles, String name, String displayName, String parent,
            Consumer<Element> look) {
        Element style = styles.getStyle(name, OdfStyleFamily.Paragraph);
        if (style == null) {
            style = element(styles, "style:style", "style:name", name, "style:family", "paragraph");
            if (displayName != null) {
                style.setAttributeNS(STYLE, "style:display-name", displayName);
            }
            if (parent != null) {
                style.setAttributeNS(STYLE, "style:parent-style-name", parent);
            }
            look.accept(style);
        }
        return style;
    }

    /** The first child of {@code parent} in that namespace with that local name, or null. */
    static Element child(Element parent, String namespace, String localName) {
        if (parent == null) {
            return null;
        }
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
