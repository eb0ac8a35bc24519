// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tendere compare} on the three Formazione models of models/ (three
 * fictional Provinces): the page, the Word document (valid OOXML) and the
 * workbook read back — a column per
 * Province, the nine Base/Avanzato aspects, the nine processes aligned,
 * numbers as numbers — and bad inputs refused with nothing written.
 */
class CompareCommandTests {

    private static final List<String> PROVINCES = List.of("Provincia di Valdaro", "Provincia di Monteverde",
            "Provincia di Lagoscuro");

    @TempDir
    Path dir;

    private Runner.Result compare(Runner runner, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("compare", CommandLineTests.model("formazione.tendere").toString(),
                CommandLineTests.model("formazione-monteverde.tendere").toString(),
                CommandLineTests.model("formazione-lagoscuro.tendere").toString()));
        args.addAll(List.of(more));
        return runner.run(dir, args.toArray(String[]::new));
    }

    private static Element table(Document page, String caption) {
        return page.select("table").stream().filter(t -> t.selectFirst("caption").text().equals(caption)).findFirst()
                .orElseThrow(() -> new AssertionError("no table «" + caption + "»"));
    }

    private static Element row(Element table, String label) {
        return table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row «" + label + "»"));
    }

    @Test
    void thePageHasAColumnPerProvinceTheGridAndTheProcessesAligned() throws Exception {
        Runner.Result result = compare(Runner.JAR, "--out", dir.resolve("confronto").toString());
        assertEquals(0, result.exit(), result::toString);
        Document page = Jsoup.parse(Files.readString(dir.resolve("confronto/confronto-sezione-2.html"),
                StandardCharsets.UTF_8));
        assertEquals("Confronto tra le Province – Sezione 2", page.title());
        assertEquals(List.of("2.1 Obiettivi e caratteristiche", "2.2 Assetto organizzativo", "2.3 Processi e strumenti",
                "Completezza"), page.select("h2").eachText());
        Element objectives = table(page, "2.1 Obiettivi e caratteristiche");
        List<String> columns = new ArrayList<>(List.of("Voce"));
        columns.addAll(PROVINCES);
        assertEquals(columns, objectives.select("thead th").eachText());
        assertEquals(List.of("47.0", "62.0", "28.0"), row(objectives, "Comuni della Provincia").select("td")
                .eachAttr("data-valore"));
        assertEquals(List.of("85%", "89%", "75%"), row(objectives, "Quota dei Comuni coinvolgibili").select("td")
                .eachText());

        Element organisation = table(page, "2.2 Assetto organizzativo");
        assertEquals(List.of("Unità organizzativa dedicata", "Ente strumentale",
                "La stessa struttura che serve gli uffici della Provincia"), row(organisation, "Forma organizzativa")
                        .select("td").eachText());
        Element structure = row(organisation, "Struttura organizzativa");
        assertEquals(List.of("livello-crescita", "livello-avanzato", "livello-crescita"), structure.select("td")
                .eachAttr("class"), "the heat map: Base → Avanzato, Avanzato → Avanzato");
        assertEquals(List.of("livello-crescita", "livello-crescita", "livello-base"), row(organisation, "Staffing")
                .select("td").eachAttr("class"));
        long aspects = organisation.select("tbody tr").stream().filter(r -> !r.select("td[class^=livello-]").isEmpty())
                .count();
        assertEquals(9, aspects, "the nine aspects of the format");

        Element processes = table(page, "2.3 Processi e strumenti");
        List<Element> aligned = processes.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().endsWith("(allineato per titolo del format)")).toList();
        assertEquals(9, aligned.size(), "the nine Formazione processes, side by side");
        Element first = aligned.get(0);
        assertEquals(3, first.select("td svg").size(), "each Province's split drawn");
        assertEquals(List.of("Provincia 2 · Comune 1", "Comune 3", "Provincia 2 · Comune 1"), first.select("td")
                .eachText(), "Monteverde has the Comuni do the first process's phases");
    }

    @Test
    void theWorkbookHasNumbersAsNumbersAndASheetPerPart() throws Exception {
        Runner.Result result = compare(Runner.IN_PROCESS, "--format", "xlsx", "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);
        assertFalse(Files.exists(dir.resolve("confronto-sezione-2.html")), "only the format asked for");
        assertFalse(Files.exists(dir.resolve("confronto-sezione-2.docx")), "only the format asked for");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("confronto-sezione-2.xlsx")))) {
            assertEquals(4, workbook.getNumberOfSheets());
            XSSFSheet objectives = workbook.getSheetAt(0);
            assertEquals(PROVINCES, List.of(objectives.getRow(0).getCell(1).getStringCellValue(),
                    objectives.getRow(0).getCell(2).getStringCellValue(), objectives.getRow(0).getCell(3)
                            .getStringCellValue()));
            XSSFRow comuni = find(objectives, "Comuni della Provincia");
            assertEquals(CellType.NUMERIC, comuni.getCell(1).getCellType());
            assertEquals(List.of(47.0, 62.0, 28.0), List.of(comuni.getCell(1).getNumericCellValue(),
                    comuni.getCell(2).getNumericCellValue(), comuni.getCell(3).getNumericCellValue()));
            XSSFRow share = find(objectives, "Quota dei Comuni coinvolgibili");
            assertEquals(40.0 / 47, share.getCell(1).getNumericCellValue(), 1e-9);
            assertEquals("0%", share.getCell(1).getCellStyle().getDataFormatString());
            XSSFSheet processes = workbook.getSheetAt(2);
            XSSFRow split = find(processes, "P1 – Rilevazione, definizione e mappatura profili professionali dal "
                    + "Comune (allineato per titolo del format) – fasi: Comune");
            assertEquals(List.of(1.0, 3.0, 1.0), List.of(split.getCell(1).getNumericCellValue(),
                    split.getCell(2).getNumericCellValue(), split.getCell(3).getNumericCellValue()));
        }
    }

    @Test
    void theWordDocumentIsValidAndHasATablePerPart() throws Exception {
        Runner.Result result = compare(Runner.IN_PROCESS, "--format", "docx", "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);
        Path docx = dir.resolve("confronto-sezione-2.docx");
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            assertEquals(4, document.getTables().size());
            List<String> header = document.getTables().get(0).getRow(0).getTableCells().stream()
                    .map(c -> c.getText()).toList();
            assertEquals(PROVINCES, header.subList(1, 4));
            assertEquals("Heading1", document.getParagraphs().stream().filter(p -> "2.2 Assetto organizzativo".equals(
                    p.getText())).findFirst().orElseThrow().getStyle());
            assertEquals("landscape", String.valueOf(document.getDocument().getBody().getSectPr().getPgSz().getOrient()));
        }
        String report = OoxmlValidator.check(docx);
        assertTrue(report.contains("word/document.xml: 0 errors") && report.contains("word/styles.xml: 0 errors"),
                report);
    }

    private static XSSFRow find(XSSFSheet sheet, String label) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && label.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row «" + label + "» in " + sheet.getSheetName());
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() throws Exception {
        Runner.Result one = Runner.IN_PROCESS.run(dir, "compare", CommandLineTests.model("formazione.tendere").toString());
        assertEquals(2, one.exit(), one::toString);
        assertTrue(one.err().contains("almeno due modelli"), one::toString);

        Runner.Result missing = Runner.IN_PROCESS.run(dir, "compare", CommandLineTests.model("formazione.tendere")
                .toString(), dir.resolve("assente.tendere").toString(), "--out", dir.resolve("a").toString());
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("assente.tendere"), missing::toString);

        Path broken = Files.writeString(dir.resolve("rotto.tendere"), Files.readString(CommandLineTests.model(
                "formazione.tendere"), StandardCharsets.UTF_8).replace("ruoli progettista", "ruoli inesistente"));
        Runner.Result errors = Runner.IN_PROCESS.run(dir, "compare", CommandLineTests.model("sua.tendere").toString(),
                broken.toString(), "--out", dir.resolve("b").toString());
        assertEquals(1, errors.exit(), errors::toString);
        assertTrue(errors.err().contains("rotto.tendere") && errors.err().contains("Nessun file scritto"),
                errors::toString);
        assertFalse(Files.exists(dir.resolve("b")), "nothing written, no folder made");

        Runner.Result format = compare(Runner.IN_PROCESS, "--format", "pdf");
        assertEquals(2, format.exit(), format::toString);
        assertTrue(format.err().contains("«pdf»"), format::toString);
    }

    @Test
    void processesOutsideTheFormatsListAreAlignedBySimilarTitlesAndSaidSo() throws Exception {
        String sua = Files.readString(CommandLineTests.model("sua.tendere"), StandardCharsets.UTF_8);
        Path other = Files.writeString(dir.resolve("altra.tendere"), sua.replace("Provincia di Colleverde",
                "Provincia di Altopiano").replace("processo P1 \"Programmazione delle gare\"",
                        "processo P1 \"Programmazione annuale delle gare\"").replace(
                                "processo P3 \"Aggiudicazione e verifica dei requisiti\"",
                                "processo P3 \"Controlli antimafia\""), StandardCharsets.UTF_8);
        Runner.Result result = Runner.IN_PROCESS.run(dir, "compare", CommandLineTests.model("sua.tendere").toString(),
                other.toString(), "--format", "html", "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);
        Document page = Jsoup.parse(Files.readString(dir.resolve("confronto-sezione-2.html"), StandardCharsets.UTF_8));
        List<String> rows = table(page, "2.3 Processi e strumenti").select("tbody tr th").eachText();
        assertTrue(rows.contains("P1 – Programmazione delle gare (allineato per titolo simile)"), rows::toString);
        assertTrue(rows.contains("P3 – Aggiudicazione e verifica dei requisiti"), "a title of its own: " + rows);
        assertTrue(rows.contains("P3 – Controlli antimafia"), "not aligned with another by its ID alone: " + rows);
    }

    @Test
    void aTextAndAnXmiModelCompare() throws Exception {
        Path xmi = dir.resolve("valdaro.servicemodel");
        Runner.Result converted = Runner.IN_PROCESS.run(dir, "convert", CommandLineTests.model("formazione.tendere")
                .toString(), xmi.toString());
        assertEquals(0, converted.exit(), converted::toString);
        Runner.Result result = Runner.IN_PROCESS.run(dir, "compare", xmi.toString(), CommandLineTests.model("sua.tendere")
                .toString(), "--format", "html", "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);
        Document page = Jsoup.parse(Files.readString(dir.resolve("confronto-sezione-2.html"), StandardCharsets.UTF_8));
        assertEquals(3, table(page, "2.1 Obiettivi e caratteristiche").select("thead th").size());
    }
}
