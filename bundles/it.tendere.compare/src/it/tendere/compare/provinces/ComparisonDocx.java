// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.provinces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import it.tendere.compare.provinces.Comparison.Cell;
import it.tendere.compare.provinces.Comparison.Kind;
import it.tendere.compare.provinces.Comparison.Part;
import it.tendere.compare.provinces.Comparison.Row;
import it.tendere.docgen.docx.DocxPage;

/**
 * The comparison as a Word document for whoever files it: A4 landscape, a
 * heading and a table per part, a column per Province, the header row
 * repeated on every page, the Base/Avanzato grid shaded as in the page.
 */
public final class ComparisonDocx {

    private ComparisonDocx() {
    }

    public static byte[] write(Comparison comparison) {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxPage.styles(document);
            DocxPage.a4(document, true);
            document.getProperties().getCoreProperties().setTitle(ComparisonHtml.TITLE);
            document.getProperties().getCoreProperties().setSubjectProperty(String.join(", ", comparison.provinces()));
            document.getProperties().getExtendedProperties().setApplication("Tendere");
            paragraph(document, "Title", ComparisonHtml.TITLE);
            paragraph(document, null, "Province a confronto: " + String.join(", ", comparison.provinces()) + ".");
            for (Part part : comparison.parts()) {
                paragraph(document, "Heading1", part.title());
                table(document, comparison, part);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    private static void table(XWPFDocument document, Comparison comparison, Part part) {
        int columns = comparison.provinces().size() + 1;
        XWPFTable table = document.createTable(part.rows().size() + 1, columns);
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
        table.setWidth("100%");
        long first = DocxPage.LANDSCAPE_TEXT_TWIPS * 3 / 10;
        long other = (DocxPage.LANDSCAPE_TEXT_TWIPS - first) / (columns - 1);
        CTTblGrid grid = table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(c == 0 ? first : other));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        List<String> headings = new java.util.ArrayList<>(List.of("Voce"));
        headings.addAll(comparison.provinces());
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(String.valueOf(c == 0 ? first : other));
            cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
            cell.setColor("DCEBFA");
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(headings.get(c));
        }
        for (int r = 0; r < part.rows().size(); r++) {
            Row row = part.rows().get(r);
            XWPFTableRow line = table.getRow(r + 1);
            line.setCantSplitRow(true);
            line.getCell(0).setWidth(String.valueOf(first));
            line.getCell(0).getParagraphs().get(0).createRun().setText(row.label());
            for (int p = 0; p < row.cells().size(); p++) {
                Cell cell = row.cells().get(p);
                XWPFTableCell written = line.getCell(p + 1);
                written.setWidth(String.valueOf(other));
                XWPFParagraph paragraph = written.getParagraphs().get(0);
                if (cell.number() != null) {
                    paragraph.setAlignment(ParagraphAlignment.RIGHT);
                }
                paragraph.createRun().setText(cell.text());
                if (row.kind() == Kind.MATURITY && cell.current() >= 0 && cell.target() >= 0) {
                    written.setColor(cell.current() == 1 ? "C9E8CF" : cell.target() == 1 ? "FFF3B0" : "FBE3C4");
                }
            }
        }
    }
}
