// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFieldRun;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import it.tendere.docgen.template.Letterhead.Alignment;
import it.tendere.docgen.template.Letterhead.Block;
import it.tendere.docgen.template.Letterhead.Field;
import it.tendere.docgen.template.Letterhead.Paragraph;
import it.tendere.docgen.template.Letterhead.Piece;
import it.tendere.docgen.template.Letterhead.Picture;

/**
 * The letterhead of a Word template: its default header and footer (those
 * of every page), the first page's own where the template has them, their
 * distances from the page's edges, their paragraphs, tables, pictures and
 * {@code PAGE} / {@code NUMPAGES} fields, simple or complex (a page field's
 * last shown result is not its text; another field's is).
 */
final class DocxLetterhead {

    /** Word's own distance of the header and the footer from the page's edge: 1.25 cm, in points. */
    private static final double WORD_DISTANCE_PT = 35.4;

    private final Set<String> leftOut = new TreeSet<>();

    private DocxLetterhead() {
    }

    static Letterhead of(XWPFDocument document) {
        XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
        DocxLetterhead reader = new DocxLetterhead();
        List<Block> header = policy == null ? List.of() : reader.blocks(policy.getDefaultHeader());
        List<Block> footer = policy == null ? List.of() : reader.blocks(policy.getDefaultFooter());
        var body = document.getDocument().getBody();
        CTPageMar margins = body.isSetSectPr() && body.getSectPr().isSetPgMar() ? body.getSectPr().getPgMar() : null;
        // «Different first page»: the first page's header and footer, empty where it has none
        boolean first = policy != null && body.isSetSectPr() && body.getSectPr().isSetTitlePg()
                && POIXMLUnits.parseOnOff(body.getSectPr().getTitlePg());
        return new Letterhead(header, footer, first ? reader.blocks(policy.getFirstPageHeader()) : null,
                first ? reader.blocks(policy.getFirstPageFooter()) : null,
                DocxTemplate.points(margins == null ? null : margins.getHeader(), WORD_DISTANCE_PT),
                DocxTemplate.points(margins == null ? null : margins.getFooter(), WORD_DISTANCE_PT), reader.leftOut);
    }

    private List<Block> blocks(XWPFHeaderFooter part) {
        if (part == null) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        for (IBodyElement element : part.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                blocks.add(paragraph(paragraph));
            } else if (element instanceof XWPFTable table) {
                blocks.add(new Letterhead.Table(table.getRows().stream().map(row -> row.getTableCells().stream()
                        .map(cell -> cell.getParagraphs().stream().map(this::paragraph).toList()).toList()).toList(),
                        ruled(table)));
            }
        }
        return blocks;
    }

    /** Whether a table's own properties draw any of its borders (a table style's are not looked up). */
    private static boolean ruled(XWPFTable table) {
        for (XWPFTable.XWPFBorderType border : new XWPFTable.XWPFBorderType[] { table.getTopBorderType(),
                table.getBottomBorderType(), table.getLeftBorderType(), table.getRightBorderType(),
                table.getInsideHBorderType(), table.getInsideVBorderType() }) {
            if (border != null && border != XWPFTable.XWPFBorderType.NONE && border != XWPFTable.XWPFBorderType.NIL) {
                return true;
            }
        }
        return false;
    }

    private Paragraph paragraph(XWPFParagraph paragraph) {
        List<Piece> pieces = new ArrayList<>();
        ComplexField field = new ComplexField();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFFieldRun simple) {
                Field known = field(simple.getFieldInstruction());
                if (known != null) {
                    pieces.add(known);
                } else {
                    text(simple, simple.text(), pieces);
                }
            } else if (element instanceof XWPFRun run) {
                run(run, field, pieces);
            }
        }
        Alignment alignment = switch (paragraph.getAlignment()) {
            case CENTER -> Alignment.CENTER;
            case RIGHT, END -> Alignment.RIGHT;
            case BOTH, DISTRIBUTE -> Alignment.JUSTIFY;
            default -> Alignment.LEFT;
        };
        return new Paragraph(alignment, pieces);
    }

    /** A run: its pictures, then its text, unless it is part of a complex field (whose value is added at its end). */
    private void run(XWPFRun run, ComplexField field, List<Piece> pieces) {
        for (CTFldChar mark : run.getCTR().getFldCharList()) {
            if (mark.getFldCharType() == STFldCharType.BEGIN) {
                field.instruction.setLength(0);
                field.result.clear();
                field.state = ComplexField.State.INSTRUCTION;
            } else if (mark.getFldCharType() == STFldCharType.SEPARATE) {
                field.state = ComplexField.State.RESULT;
            } else if (mark.getFldCharType() == STFldCharType.END) {
                Field known = field(field.instruction.toString());
                if (known != null) {
                    pieces.add(known);
                } else {
                    pieces.addAll(field.result); // a field the PDF does not fill in: what Word last showed
                }
                field.state = ComplexField.State.NONE;
            }
        }
        for (CTText instruction : run.getCTR().getInstrTextList()) {
            field.instruction.append(instruction.getStringValue());
        }
        if (field.state == ComplexField.State.INSTRUCTION || !run.getCTR().getFldCharList().isEmpty()) {
            return;
        }
        List<Piece> into = field.state == ComplexField.State.RESULT ? field.result : pieces;
        for (XWPFPicture picture : run.getEmbeddedPictures()) {
            if (picture.getPictureData() == null) {
                continue;
            }
            String type = picture.getPictureData().getPackagePart().getContentType();
            byte[] data = picture.getPictureData().getData();
            String why = Letterhead.whyLeftOut(type, data);
            if (why == null) {
                into.add(new Picture(data, type, picture.getWidth(), picture.getDepth(),
                        picture.getDescription() == null ? "" : picture.getDescription()));
            } else {
                leftOut.add(why);
            }
        }
        text(run, run.text(), into);
    }

    private static void text(XWPFRun run, String text, List<Piece> pieces) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String colour = run.getColor();
        Double size = run.getFontSizeAsDouble();
        pieces.add(new Letterhead.Text(text, run.isBold(), run.isItalic(),
                colour == null || !colour.matches("[0-9A-Fa-f]{6}") ? null : colour.toUpperCase(Locale.ROOT),
                size == null ? 0 : size));
    }

    /** The field a Word instruction names ({@code PAGE \* MERGEFORMAT}, {@code NUMPAGES}), or null. */
    private static Field field(String instruction) {
        String name = instruction == null ? "" : instruction.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
        return switch (name) {
            case "PAGE" -> Field.PAGE;
            case "NUMPAGES", "SECTIONPAGES" -> Field.PAGES;
            default -> null;
        };
    }

    /** Where a paragraph's runs are in a complex field: its instruction is gathered, its shown result skipped. */
    private static final class ComplexField {
        enum State {
            NONE, INSTRUCTION, RESULT
        }

        State state = State.NONE;
        final StringBuilder instruction = new StringBuilder();
        final List<Piece> result = new ArrayList<>();
    }
}
