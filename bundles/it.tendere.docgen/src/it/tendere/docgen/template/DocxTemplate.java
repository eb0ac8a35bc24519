// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import it.tendere.docgen.DocumentFormat;
import it.tendere.dsl.io.ModelFileException;

/**
 * A Province's Word template ({@code .docx} or {@code .dotx}): the document
 * is written into a copy of it, so that its styles (fonts, colours,
 * headings, tables), its page setup and its header and footer (letterhead,
 * logo, page numbers) are the document's; its body is left out. Read once,
 * checked when read: a file that is not a Word document is refused with
 * one clear message, before any work is done.
 *
 * @param file       where it was read from
 * @param bytes      its content
 * @param page       its page setup, which the PDF follows too
 * @param fontFamily the family of its body text, or null where it names none
 * @param letterhead its header and footer of every page, which the PDF repeats
 * @param headingColours the colours its headings 1 to 4 name, by level
 */
public record DocxTemplate(Path file, byte[] bytes, PageSetup page, String fontFamily, Letterhead letterhead,
        Map<Integer, String> headingColours)
        implements DocumentTemplate {

    private static final String DOCUMENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String TEMPLATE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    /**
     * Reads and checks a template.
     *
     * @throws ModelFileException when it cannot be read or is not a Word
     *                            document or template
     */
    public static DocxTemplate read(Path file) throws ModelFileException {
        byte[] bytes = DocumentTemplate.bytes(file);
        try (XWPFDocument document = open(bytes)) {
            return new DocxTemplate(file, bytes, page(document), font(document), DocxLetterhead.of(document),
                    headingColours(document));
        } catch (IOException | RuntimeException | InvalidFormatException e) {
            throw new ModelFileException(file, MESSAGES.get("template.notWord"), e);
        }
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    /**
     * A new document made from the template: its parts, with an empty body
     * (the page setup, the last section's properties, kept), typed as a
     * document even where the template was a {@code .dotx}.
     */
    public XWPFDocument document() throws IOException {
        try {
            XWPFDocument document = open(bytes);
            while (!document.getBodyElements().isEmpty()) {
                document.removeBodyElement(0);
            }
            return document;
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static XWPFDocument open(byte[] bytes) throws IOException, InvalidFormatException {
        XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
        if (document.getPackagePart().getContentType().equals(TEMPLATE_TYPE)) {
            document.getPackage().replaceContentType(TEMPLATE_TYPE, DOCUMENT_TYPE);
        }
        return document;
    }

    /** The page of the template's last section (its body's), Tendere's where it says nothing. */
    private static PageSetup page(XWPFDocument document) {
        if (!document.getDocument().getBody().isSetSectPr()) {
            return PageSetup.A4;
        }
        CTSectPr section = document.getDocument().getBody().getSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : null;
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : null;
        PageSetup a4 = PageSetup.A4;
        return new PageSetup(points(size == null ? null : size.getW(), a4.widthPt()),
                points(size == null ? null : size.getH(), a4.heightPt()),
                Math.abs(points(margins == null ? null : margins.getTop(), a4.topPt())),
                points(margins == null ? null : margins.getRight(), a4.rightPt()),
                Math.abs(points(margins == null ? null : margins.getBottom(), a4.bottomPt())),
                points(margins == null ? null : margins.getLeft(), a4.leftPt()));
    }

    /** Twentieths of a point (a BigInteger in the schema's types) as points; {@code otherwise} where absent. */
    static double points(Object twips, double otherwise) {
        return twips instanceof BigInteger value ? value.doubleValue() / 20 : otherwise;
    }

    /**
     * The colours the template's styles «heading 1» to «heading 4» name (by
     * name: an Italian Word names its style «Titolo1» and keeps the name),
     * each its own or the nearest style's it is based on; «auto» is none.
     */
    private static Map<Integer, String> headingColours(XWPFDocument document) {
        Map<Integer, String> colours = new TreeMap<>();
        XWPFStyles styles = document.getStyles();
        for (int level = 1; styles != null && level <= 4; level++) {
            XWPFStyle style = styles.getStyleWithName("heading " + level);
            for (int depth = 0; style != null && depth < 10; depth++) {
                CTRPr run = style.getCTStyle().getRPr();
                if (run != null && run.sizeOfColorArray() > 0) {
                    String colour = run.getColorArray(0).xgetVal().getStringValue();
                    if (colour != null && colour.matches("[0-9A-Fa-f]{6}")) {
                        colours.put(level, colour.toUpperCase(java.util.Locale.ROOT));
                    }
                    break;
                }
                style = style.getBasisStyleID() == null ? null : styles.getStyle(style.getBasisStyleID());
            }
        }
        return colours;
    }

    /** The family of the template's body text: its default font, else its Normal style's. */
    private static String font(XWPFDocument document) {
        XWPFStyles styles = document.getStyles();
        if (styles == null) {
            return null;
        }
        String family = null;
        if (styles.getDefaultRunStyle() != null && styles.getDefaultRunStyle().getRPr() != null
                && styles.getDefaultRunStyle().getRPr().sizeOfRFontsArray() > 0) {
            family = styles.getDefaultRunStyle().getRPr().getRFontsArray(0).getAscii();
        }
        XWPFStyle normal = styles.getStyleWithName("Normal");
        if (normal != null && normal.getCTStyle().isSetRPr() && normal.getCTStyle().getRPr().sizeOfRFontsArray() > 0
                && normal.getCTStyle().getRPr().getRFontsArray(0).getAscii() != null) {
            family = normal.getCTStyle().getRPr().getRFontsArray(0).getAscii();
        }
        return family == null || family.isBlank() ? null : family;
    }
}
