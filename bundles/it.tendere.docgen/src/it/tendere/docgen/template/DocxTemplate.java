// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
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
 */
public record DocxTemplate(Path file, byte[] bytes, PageSetup page, String fontFamily, Letterhead letterhead)
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
            return new DocxTemplate(file, bytes, page(document), font(document), DocxLetterhead.of(document));
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
    private static double points(Object twips, double otherwise) {
        return twips instanceof BigInteger value ? value.doubleValue() / 20 : otherwise;
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
