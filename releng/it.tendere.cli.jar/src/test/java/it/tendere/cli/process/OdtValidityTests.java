// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.tendere.format.Sezione2;

/**
 * The ODT as readers nobody here wrote see it: the ODF Toolkit's validator
 * finds no error and no warning in any part; LibreOffice (Debian's, headless)
 * converts it to PDF, and the PDF's text has the format's headings in order
 * and the names of the processes; pandoc reads its tables' cells.
 */
class OdtValidityTests {

    private static final List<String> HEADINGS = List.of(Sezione2.SECTION_2, Sezione2.PARAGRAPH_2_1,
            Sezione2.PARAGRAPH_2_2, Sezione2.PARAGRAPH_2_3);

    @TempDir
    Path dir;

    private Path generate(String model) throws Exception {
        return CommandLineTests.generated(dir, model, "odt");
    }

    @ParameterizedTest
    @ValueSource(strings = { "formazione.tendere", "sua.tendere" })
    void theValidatorFindsNothingAndPandocReadsTheTables(String model) throws Exception {
        Path odt = generate(model);
        String report = OdfValidator.check(odt);
        assertEquals(List.of(), OdfValidator.problems(report), report);
        assertTrue(report.contains("content.xml:  Info: no errors, no warnings")
                && report.contains("styles.xml:  Info: no errors, no warnings"), report);

        Process pandoc = new ProcessBuilder("pandoc", "-f", "odt", "-t", "html", odt.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String html = new String(pandoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(pandoc.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, pandoc.exitValue(), "pandoc reads the ODT");
        // pandoc 2.17 (Debian 12) leaves out an ODT table's header rows (table:table-header-rows, as LibreOffice
        // writes the rows repeated on every page): every other cell it reads as the ODF Toolkit reads it
        List<List<String>> read = Jsoup.parse(html).select("table").stream().map(table -> table.select("td").stream()
                .map(cell -> normal(cell.text())).filter(t -> !t.isEmpty()).toList()).toList();
        List<List<String>> written = new ArrayList<>();
        OdfTextDocument document = OdfTextDocument.loadDocument(odt.toFile());
        try {
            NodeList tables = document.getContentRoot().getElementsByTagNameNS(TABLE, "table");
            for (int t = 0; t < tables.getLength(); t++) {
                List<String> cells = new ArrayList<>();
                NodeList all = ((Element) tables.item(t)).getElementsByTagNameNS(TABLE, "table-cell");
                for (int c = 0; c < all.getLength(); c++) {
                    if (!all.item(c).getParentNode().getParentNode().getLocalName().equals("table-header-rows")) {
                        cells.add(normal(OdfText.of(all.item(c))));
                    }
                }
                written.add(cells.stream().filter(text -> !text.isEmpty()).toList());
            }
        } finally {
            document.close();
        }
        assertTrue(written.size() >= 8, () -> "the document's tables: " + written.size());
        assertEquals(written, read);
    }

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private static String normal(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    @Test
    void libreOfficeReadsTheHeadingsAndTheProcessesAndBreaksNoWord() throws Exception {
        Path odt = generate("formazione.tendere");
        Path pdf = LibreOffice.pdf(odt, dir);
        String read = LibreOffice.text(pdf, true).replaceAll("[ \\t]+", " ");
        int from = 0;
        for (String heading : HEADINGS) {
            int at = read.indexOf(heading, from);
            assertTrue(at >= 0, () -> "«" + heading + "» missing or out of order in LibreOffice's PDF");
            from = at;
        }
        for (String process : List.of("Definizione del piano formativo", "Pianificazione della formazione",
                Sezione2.COLUMN_PROFILO)) { // a header row, which LibreOffice repeats on every page
            assertTrue(read.contains(process), () -> process + " in LibreOffice's PDF");
        }
        // the tables' columns are wide enough for their words: none is printed in pieces
        assertEquals(Set.of(), LibreOffice.brokenWords(odt, read));
    }
}
