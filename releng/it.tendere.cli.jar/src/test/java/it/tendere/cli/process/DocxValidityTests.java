// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DOCX as readers nobody here wrote see it: every part valid against the
 * OOXML schemas ({@link OoxmlValidator}, XMLBeans with poi-ooxml-full's
 * schemas: before, no table had its {@code w:tblGrid}, 67 errors in the
 * Formazione document; the lists, the settings and the footer's page number
 * too), and pandoc reads every table's every cell back as POI reads it.
 */
class DocxValidityTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "formazione.tendere", "sua.tendere" })
    void everyPartIsValidAndPandocReadsTheTables(String model) throws Exception {
        Path docx = CommandLineTests.generated(dir, model, "docx");

        String report = OoxmlValidator.check(docx);
        for (String part : List.of("document", "styles", "numbering", "settings", "footer1")) {
            assertTrue(report.contains("word/" + part + ".xml: 0 errors"), report);
        }

        // pandoc (Debian's) reads every table, and every cell of it, as POI reads them
        String html = Pandoc.html(docx);
        List<List<String>> read = Jsoup.parse(html).select("table").stream()
                .map(table -> table.select("th, td").stream().map(cell -> normal(cell.text())).toList()).toList();
        List<List<String>> written = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            for (XWPFTable table : document.getTables()) {
                written.add(table.getRows().stream().flatMap(row -> row.getTableCells().stream())
                        .map(cell -> normal(cell.getText())).toList());
            }
        }
        assertTrue(written.size() >= 8, () -> "the document's tables: " + written.size());
        assertEquals(written, read);
    }

    private static String normal(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
