// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.docx;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import it.tendere.diagram.DocumentFont;
import it.tendere.docgen.TendereLook;

/**
 * What every Word document Tendere writes shares: the page (A4, margins,
 * the page number in the footer) and the styles Word knows headings by.
 */
public final class DocxPage {

    private static final long A4_WIDTH_TWIPS = 11906;
    private static final long A4_HEIGHT_TWIPS = 16838;
    /** 2 cm, in twentieths of a point. */
    static final long MARGIN_TWIPS = 1134;
    private static final long BOTTOM_MARGIN_TWIPS = 1247;
    private static final long HEADER_FOOTER_TWIPS = 567;
    /** The width of the text of a landscape page, in twentieths of a point. */
    public static final long LANDSCAPE_TEXT_TWIPS = A4_HEIGHT_TWIPS - 2 * MARGIN_TWIPS;

    private DocxPage() {
    }

    /**
     * A4 with 2 cm margins (2.2 cm at the bottom, for the page number), as
     * the PDF: the format prescribes no page of its own. The page number is
     * a field in the footer, so Word and LibreOffice count the pages.
     * Landscape for tables with many columns (the comparison of Provinces).
     */
    public static void a4(XWPFDocument document, boolean landscape) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT_TWIPS : A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(landscape ? A4_WIDTH_TWIPS : A4_HEIGHT_TWIPS));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TWIPS));
        margins.setRight(BigInteger.valueOf(MARGIN_TWIPS));
        margins.setLeft(BigInteger.valueOf(MARGIN_TWIPS));
        margins.setBottom(BigInteger.valueOf(BOTTOM_MARGIN_TWIPS));
        margins.setHeader(BigInteger.valueOf(HEADER_FOOTER_TWIPS));
        margins.setFooter(BigInteger.valueOf(HEADER_FOOTER_TWIPS));
        margins.setGutter(BigInteger.ZERO);
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTR shown = field.addNewR();
        shown.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
        shown.addNewT().setStringValue("1");
    }

    /** Our style ids, and the names Word knows them by (in every language: a template's ids may be Italian). */
    private static final java.util.Map<String, String> NAMES = java.util.Map.of("Title", "Title", "Heading1",
            "heading 1", "Heading2", "heading 2", "Heading3", "heading 3", "Heading4", "heading 4", "Caption",
            "caption", "ListParagraph", "List Paragraph");

    /**
     * The id of one of the document's styles by our id: a template's own
     * style of that name where it has one («Titolo1» for «heading 1» in an
     * Italian Word's template), else ours.
     */
    public static String styleId(XWPFDocument document, String id) {
        XWPFStyles styles = document.getStyles();
        String name = NAMES.get(id);
        XWPFStyle style = styles == null || name == null ? null : styles.getStyleWithName(name);
        return style == null ? id : style.getStyleId();
    }

    /**
     * The styles the document uses, declared so that Word treats the
     * headings as headings; where a template declares one already (by id or
     * by name), the template's is kept.
     */
    public static void styles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.setSpellingLanguage("it-IT");
        style(styles, "Title", 0, 26, null);
        for (int level = 1; level <= 4; level++) {
            style(styles, "Heading" + level, level, new int[] { 16, 14, 12, 11 }[level - 1], level - 1);
        }
        style(styles, "Caption", 35, 9, null);
        style(styles, "ListParagraph", 34, 0, null);
    }

    /**
     * Tendere's text, for a document without a template: the document font
     * (the PDF's, the ODT's and the diagrams'), 11 pt as in the ODT. Without
     * it, every reader chose its own (LibreOffice: Liberation Serif).
     */
    public static void text(XWPFDocument document) {
        String family = DocumentFont.current().family();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setCs(family);
        fonts.setEastAsia(family);
        XWPFStyles styles = document.createStyles();
        styles.setDefaultFonts(fonts);
        CTRPr defaults = styles.getDefaultRunStyle().getRPr();
        defaults.addNewSz().setVal(BigInteger.valueOf(22));
    }

    private static void style(XWPFStyles styles, String id, int priority, int size, Integer outline) {
        String name = NAMES.get(id);
        if (styles.styleExist(id) || styles.getStyleWithName(name) != null) {
            return;
        }
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        CTString styleName = CTString.Factory.newInstance();
        styleName.setVal(name);
        style.setName(styleName);
        CTDecimalNumber uiPriority = CTDecimalNumber.Factory.newInstance();
        uiPriority.setVal(BigInteger.valueOf(priority));
        style.setUiPriority(uiPriority);
        style.setQFormat(CTOnOff.Factory.newInstance());
        style.setType(STStyleType.PARAGRAPH);
        if (outline != null) {
            CTPPrGeneral paragraph = CTPPrGeneral.Factory.newInstance();
            CTDecimalNumber level = CTDecimalNumber.Factory.newInstance();
            level.setVal(BigInteger.valueOf(outline));
            paragraph.setOutlineLvl(level);
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
            style.setPPr(paragraph);
        }
        if (size > 0) {
            CTRPr run = style.addNewRPr();
            run.addNewSz().setVal(BigInteger.valueOf(size * 2L));
            if (outline != null || "Title".equals(id)) {
                run.addNewB();
                run.addNewColor().setVal(TendereLook.HEADING_COLOUR);
            }
            if ("Caption".equals(id)) {
                run.addNewI();
            }
        }
        styles.addStyle(new XWPFStyle(style));
    }
}
