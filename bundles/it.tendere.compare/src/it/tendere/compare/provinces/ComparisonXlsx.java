// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.provinces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import it.tendere.compare.provinces.Comparison.Cell;
import it.tendere.compare.provinces.Comparison.Kind;
import it.tendere.compare.provinces.Comparison.Part;
import it.tendere.compare.provinces.Comparison.Row;

/**
 * The comparison as a workbook for whoever filters and pivots it: a sheet
 * per part, a column per Province, numbers in number cells (shares as
 * percentages), the Base/Avanzato grid coloured as in the page, and each
 * process's split of phases as one row per performer.
 */
public final class ComparisonXlsx {

    private ComparisonXlsx() {
    }

    public static byte[] write(Comparison comparison) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(ComparisonHtml.TITLE);
            workbook.getProperties().getExtendedProperties().setApplication("Tendere");
            Styles styles = new Styles(workbook);
            for (Part part : comparison.parts()) {
                XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(part.title()));
                XSSFRow header = sheet.createRow(0);
                text(header, 0, "Voce", styles.header);
                for (int p = 0; p < comparison.provinces().size(); p++) {
                    text(header, p + 1, comparison.provinces().get(p), styles.header);
                    sheet.setColumnWidth(p + 1, 26 * 256);
                }
                sheet.setColumnWidth(0, 50 * 256);
                sheet.createFreezePane(1, 1);
                // printed: A4 landscape, every Province on the page's width, the heading row on every page
                sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
                sheet.getPrintSetup().setLandscape(true);
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
                sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
                int at = 1;
                for (Row row : part.rows()) {
                    if (row.kind() == Kind.PERFORMERS) {
                        for (int k = 0; k < Comparison.PERFORMERS.size(); k++) {
                            XSSFRow line = sheet.createRow(at++);
                            text(line, 0, row.label() + " – fasi: " + Comparison.PERFORMERS.get(k), null);
                            for (int p = 0; p < row.cells().size(); p++) {
                                List<Integer> counts = row.cells().get(p).performers();
                                if (!counts.isEmpty()) {
                                    line.createCell(p + 1).setCellValue(counts.get(k));
                                }
                            }
                        }
                        continue;
                    }
                    XSSFRow line = sheet.createRow(at++);
                    text(line, 0, row.label(), null);
                    for (int p = 0; p < row.cells().size(); p++) {
                        cell(line, p + 1, row.kind(), row.cells().get(p), styles);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XSSFRow line, int column, Kind kind, Cell cell, Styles styles) {
        if (cell.isEmpty()) {
            return;
        }
        XSSFCell written = line.createCell(column);
        if (cell.number() != null) {
            written.setCellValue(cell.number());
            if (kind == Kind.SHARE) {
                written.setCellStyle(styles.percent);
            }
        } else {
            written.setCellValue(cell.text());
            if (kind == Kind.MATURITY) {
                written.setCellStyle(cell.current() < 0 || cell.target() < 0 ? null : cell.current() == 1
                        ? styles.advanced : cell.target() == 1 ? styles.growing : styles.base);
            }
        }
    }

    private static void text(XSSFRow line, int column, String text, CellStyle style) {
        XSSFCell cell = line.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The workbook's few styles, made once. */
    private static final class Styles {
        final XSSFCellStyle header;
        final XSSFCellStyle percent;
        final XSSFCellStyle base;
        final XSSFCellStyle growing;
        final XSSFCellStyle advanced;

        Styles(XSSFWorkbook workbook) {
            header = fill(workbook, "DCEBFA");
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            base = fill(workbook, "FBE3C4");
            growing = fill(workbook, "FFF3B0");
            advanced = fill(workbook, "C9E8CF");
        }

        private static XSSFCellStyle fill(XSSFWorkbook workbook, String rgb) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(rgb), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }
}
