// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import it.tendere.cli.process.Runner.Result;

/**
 * {@code tendere generate} and {@code tendere diagram} as users run them:
 * the documents and pictures written, and refused where they must be.
 */
class GenerateCommandTests {

    private static final List<String> HEADINGS = List.of("2 Il modello di servizio a tendere",
            "2.1 Obiettivi e caratteristiche", "2.2 Assetto organizzativo", "2.3 Processi e strumenti");

    @TempDir
    Path dir;

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void generatesTheThreeDocuments(Runner runner) throws Exception {
        Result result = runner.run(dir, "generate", CommandLineTests.model("sua.tendere").toString(), "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);
        assertEquals(List.of("sezione-2-provincia-di-colleverde-sua.docx", "sezione-2-provincia-di-colleverde-sua.html",
                "sezione-2-provincia-di-colleverde-sua.pdf"), files());
        assertFalse(result.err().contains("Log4j") || result.err().contains("INFO"), "no library noise: " + result);
        assertFalse(result.err().contains("solo in parte") || result.err().contains("della sua misura"),
                "a sample's figures show every text whole, at full size: " + result);
        String html = Jsoup.parse(dir.resolve("sezione-2-provincia-di-colleverde-sua.html").toFile()).text();
        String docx;
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(dir.resolve("sezione-2-provincia-di-colleverde-sua.docx")))) {
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            docx = text.toString();
        }
        String pdf;
        try (PDDocument document = Loader.loadPDF(dir.resolve("sezione-2-provincia-di-colleverde-sua.pdf").toFile())) {
            pdf = new PDFTextStripper().getText(document);
        }
        for (String heading : HEADINGS) {
            assertTrue(html.contains(heading) && docx.contains(heading) && pdf.contains(heading), heading);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Runner.class, names = { "JAR" })
    void generatesManyModelsInOneRunAllOrNone(Runner runner) throws Exception {
        List<String> models = Stream.of("formazione.tendere", "sua.tendere", "formazione-monteverde.tendere")
                .map(m -> CommandLineTests.model(m).toString()).toList();
        Path out = dir.resolve("tutti");
        List<String> args = new ArrayList<>(List.of("generate"));
        args.addAll(models);
        args.addAll(List.of("--format", "docx,html", "--out", out.toString()));
        Result result = runner.run(dir, args.toArray(String[]::new));
        assertEquals(0, result.exit(), result::toString);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("sezione-2-provincia-di-colleverde-sua.docx", "sezione-2-provincia-di-colleverde-sua.html",
                    "sezione-2-provincia-di-monteverde-formazione.docx", "sezione-2-provincia-di-monteverde-formazione.html",
                    "sezione-2-provincia-di-valdaro-formazione.docx", "sezione-2-provincia-di-valdaro-formazione.html"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }

        // one model with errors among them: its findings, the refusal, nothing written
        Path broken = dir.resolve("rotto.tendere");
        Files.writeString(broken, Files.readString(CommandLineTests.model("sua.tendere")).replace("comuni 62", "comuni 40"));
        Path elsewhere = dir.resolve("altrove");
        result = runner.run(dir, "generate", models.get(0), broken.toString(), "--out", elsewhere.toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("Un modello ha errori, su 2: " + broken + ". Nessun file scritto."),
                result::toString);
        assertFalse(Files.exists(elsewhere) && Files.list(elsewhere).findAny().isPresent(), "nothing written");

        // two models of one Province and one service would write the same files: refused before any is written
        Path copy = dir.resolve("copia.tendere");
        Files.copy(CommandLineTests.model("formazione.tendere"), copy);
        result = runner.run(dir, "generate", models.get(0), copy.toString(), "--out", elsewhere.toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().contains("anche " + models.get(0) + " scriverebbe questo file: " + copy
                + " è della stessa Provincia e dello stesso ambito. Nessun file scritto."), result::toString);
        assertFalse(Files.exists(elsewhere) && Files.list(elsewhere).findAny().isPresent(), "nothing written");
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void listsThePlaceholdersItWrote(Runner runner) throws Exception {
        Path model = dir.resolve("incompleto.tendere");
        Files.writeString(model, Files.readString(CommandLineTests.model("formazione.tendere"))
                .replaceFirst("\\t\\t\\tdichiarazione \"[^\"]*\"\\n", ""));
        Result result = runner.run(dir, "generate", model.toString(), "--format", "html", "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("[mission-missing]"), "the warning is printed: " + result);
        // the text's placeholder and the overview diagram's, each with its place
        assertTrue(result.err().contains("2 segnaposti «[da completare: …]»"), result::toString);
        assertTrue(result.err().contains("[da completare] 2.1 Obiettivi e caratteristiche – Mission: dichiarazione di mission"),
                result::toString);
        assertTrue(result.err().contains("[da completare] 2.1 Obiettivi e caratteristiche – figura «Il modello a tendere: "
                + "una rappresentazione»: dichiarazione di mission"), result::toString);
    }

    /** The markers «[da completare: …]» a text shows, what each says missing, spaces taken out (lines wrap). */
    private static List<String> markers(String text) {
        List<String> found = new ArrayList<>();
        Matcher marker = Pattern.compile("\\[da completare:([^\\]]+)\\]").matcher(text);
        while (marker.find()) {
            found.add(marker.group(1).replaceAll("\\s+", ""));
        }
        Collections.sort(found);
        return found;
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void theListedPlaceholdersAreTheOnesTheFilesShowAndTheWarningsAnnounce(Runner runner) throws Exception {
        Path model = dir.resolve("lacune.tendere");
        Files.writeString(model, Files.readString(CommandLineTests.model("formazione.tendere"))
                .replaceFirst("\\t\\t\\tdichiarazione \"[^\"]*\"\\n", "")
                .replaceFirst("\\t\\t\\t\\tdescrizione \"Enti senza[^\"]*\"\\n", "")
                .replaceFirst("(pianoFormativo \"[^\"]*\" \\{\\n)\\t\\t\\tessenziale\\n", "$1")
                .replaceFirst("\\tversione \"1.0\"\\n", ""));
        Result result = runner.run(dir, "generate", model.toString(), "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);

        Matcher line = Pattern.compile("(?m)^  \\[da completare\\] (.*): (.*?)(?: – «[^»]*»)? \\[([a-z-]+)\\]$")
                .matcher(result.err());
        List<String> listed = new ArrayList<>();
        List<String> listedInText = new ArrayList<>();
        while (line.find()) {
            String what = line.group(2).replaceAll("\\s+", "");
            listed.add(what);
            if (!line.group(1).contains("figura «")) {
                listedInText.add(what); // the DOCX shows the figures as pictures
            }
            assertTrue(result.out().contains("warning: [" + line.group(3) + "]"),
                    "the placeholder's warning was printed: " + line.group() + "\n" + result);
        }
        Collections.sort(listed);
        Collections.sort(listedInText);
        assertTrue(listed.size() >= 5, "the holes made above are listed: " + result);
        assertTrue(result.err().contains(listed.size() + " segnaposti"), result::toString);

        String base = "sezione-2-provincia-di-valdaro-formazione";
        String html = Jsoup.parse(dir.resolve(base + ".html").toFile()).text();
        String docx;
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(Files.newInputStream(
                dir.resolve(base + ".docx"))))) {
            docx = extractor.getText();
        }
        String pdf;
        try (PDDocument document = Loader.loadPDF(dir.resolve(base + ".pdf").toFile())) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertEquals(listed, markers(html), "the HTML (its inline diagrams included) shows what was listed");
        assertEquals(listedInText, markers(docx), "the DOCX's text shows what was listed");
        assertEquals(listed, markers(pdf), "the PDF's text (its vector diagrams included) shows what was listed");
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void aFontThatIsNotInstalledIsOneClearLineAndNothingWritten(Runner runner) throws Exception {
        Result result = runner.run(dir, "generate", CommandLineTests.model("sua.tendere").toString(), "--font",
                "Tendere Carattere Inesistente", "--out", dir.toString());
        assertEquals(2, result.exit(), result::toString);
        assertEquals(List.of("tendere: carattere «Tendere Carattere Inesistente» non trovato tra quelli installati"
                + " (o senza grassetto): installare il pacchetto fonts-dejavu-core per DejaVu Sans, o sceglierne un altro"
                + " con --font (l'elenco: fc-list : family)"), result.err().lines().toList(), result::toString);
        assertEquals(List.of(), files(), "nothing written");
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void theFontChosenIsTheOneEmbedded(Runner runner) throws Exception {
        Result result = runner.run(dir, "generate", CommandLineTests.model("sua.tendere").toString(), "--format", "pdf",
                "--font", "DejaVu Serif", "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(dir.resolve("sezione-2-provincia-di-colleverde-sua.pdf").toFile())) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
        }
        assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(f -> f.contains("DejaVuSerif")), fonts::toString);
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void refusesAModelWithErrorsAndBadOutputs(Runner runner) throws Exception {
        Path broken = dir.resolve("rotto.tendere");
        Files.writeString(broken, Files.readString(CommandLineTests.model("sua.tendere")).replace("comuni 62", "comuni 40"));
        Result errors = runner.run(dir, "generate", broken.toString(), "--out", dir.toString());
        assertEquals(1, errors.exit(), errors::toString);
        assertEquals(List.of("rotto.tendere"), files(), "nothing written");

        Result refusedNoFolder = runner.run(dir, "generate", broken.toString(), "--out",
                dir.resolve("manca").resolve("dentro").toString());
        assertEquals(1, refusedNoFolder.exit(), refusedNoFolder::toString);
        assertEquals(List.of("rotto.tendere"), files(), "no folder made when nothing is written");

        Result notFolder = runner.run(dir, "generate", CommandLineTests.model("sua.tendere").toString(), "--out",
                broken.resolve("dentro").toString());
        assertEquals(2, notFolder.exit(), notFolder::toString);
        assertTrue(notFolder.err().contains("rotto.tendere non è una cartella"), notFolder::toString);

        Result badFormat = runner.run(dir, "generate", CommandLineTests.model("sua.tendere").toString(), "--format", "rtf",
                "--out", dir.toString());
        assertEquals(2, badFormat.exit(), badFormat::toString);
        assertTrue(badFormat.err().contains("formato sconosciuto «rtf»: scegliere tra docx, odt, pdf, html"),
                badFormat::toString);

        Path existing = dir.resolve("sezione-2-provincia-di-colleverde-sua.pdf");
        Files.writeString(existing, "lavoro dell'utente");
        Result exists = runner.run(dir, "generate", CommandLineTests.model("sua.tendere").toString(), "--out", dir.toString());
        assertEquals(2, exists.exit(), exists::toString);
        assertEquals("lavoro dell'utente", Files.readString(existing));
        assertEquals(List.of("rotto.tendere", "sezione-2-provincia-di-colleverde-sua.pdf"), files(), "nothing else written");
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void makesTheOutputFolderAndTwoServicesOfOneProvinceHaveTheirOwnFiles(Runner runner) throws Exception {
        Path selezione = dir.resolve("selezione.tendere");
        Result created = runner.run(dir, "new", "--format", "selezione", "--province", "Provincia di Valdaro",
                "--comuni", "47", "--out", selezione.toString());
        assertEquals(0, created.exit(), created::toString);
        Path out = dir.resolve("documenti").resolve("2026"); // neither exists yet
        for (Path model : List.of(CommandLineTests.model("formazione.tendere"), selezione)) {
            Result result = runner.run(dir, "generate", model.toString(), "--format", "html", "--out", out.toString());
            assertEquals(0, result.exit(), result::toString);
        }
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(List.of("sezione-2-provincia-di-valdaro-formazione.html",
                    "sezione-2-provincia-di-valdaro-selezione.html"),
                    written.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void drawsTheDiagrams(Runner runner) throws Exception {
        Result processes = runner.run(dir, "diagram", CommandLineTests.model("formazione.tendere").toString(), "--kind",
                "process", "--format", "png", "--out", dir.toString());
        assertEquals(0, processes.exit(), processes::toString);
        assertEquals(9, files().size(), files()::toString);
        assertTrue(files().stream().allMatch(f -> f.startsWith("processo-P") && f.endsWith(".png")), files()::toString);
        Result organisation = runner.run(dir, "diagram", CommandLineTests.model("formazione.tendere").toString(), "--kind",
                "organisation", "--out", dir.toString());
        assertEquals(0, organisation.exit(), organisation::toString);
        assertTrue(Files.readString(dir.resolve("assetto-organizzativo.svg")).contains("Responsabile del"));
        Result badKind = runner.run(dir, "diagram", CommandLineTests.model("formazione.tendere").toString(), "--kind",
                "gantt", "--out", dir.toString());
        assertEquals(2, badKind.exit(), badKind::toString);
    }

    /**
     * A role's title of 3,000 characters, which once made a box hundreds of lines
     * tall and the picture unreadable: the box shows its beginning, and the user
     * is told which text the figure shows only in part (the table has it whole).
     */
    @ParameterizedTest
    @EnumSource(value = Runner.class, names = { "IN_PROCESS", "JAR" })
    void saysWhatAFigureShowsOnlyInPart(Runner runner) throws Exception {
        String title = "Dirigente " + "della stazione unica appaltante ".repeat(100);
        Path model = dir.resolve("lungo.tendere");
        Files.writeString(model, Files.readString(CommandLineTests.model("sua.tendere"))
                .replace("\"Dirigente della SUA\"", "\"" + title.strip() + "\""));
        Result result = runner.run(dir, "generate", model.toString(), "--format", "html", "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.err().contains("Nella figura «Assetto organizzativo del servizio» un testo è mostrato solo in"
                + " parte (interi nelle tabelle del documento): «Dirigente della stazione unica appaltant…»"),
                result::toString);
        String html = Files.readString(dir.resolve("sezione-2-provincia-di-colleverde-sua.html"));
        assertTrue(Jsoup.parse(html).select("table").text().contains(title.strip()), "whole in the table");
    }
}
