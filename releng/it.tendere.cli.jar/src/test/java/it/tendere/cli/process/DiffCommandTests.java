// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tendere diff OLD NEW} on prepared pairs of the Formazione model:
 * each kind of change said once and exactly, a text laid out or commented
 * otherwise (or with its declarations in another order) equal to its
 * original, and the exit codes of {@code diff}: 0 equal, 1 different, 2 bad
 * input.
 */
class DiffCommandTests {

    private static final String PHASE_RICHIESTA = """
            			fase richiesta "Richiesta dei profili in uso" {
            				svolta da provincia
            """;
    private static final String PHASE_COMPILAZIONE = """
            			fase compilazione "Compilazione delle schede dei profili" {
            				svolta da comune
            				strumenti schedaProfili
            				essenziale
            			}
            """;
    private static final String PHASE_MAPPA = """
            			fase mappa "Mappa dei profili professionali" {
            				svolta da provincia
            				ruoli progettista
            				strumenti elearning
            			}
            """;

    @TempDir
    Path dir;

    private Path original() throws Exception {
        return Files.copy(CommandLineTests.model("formazione.tendere"), dir.resolve("v1.tendere"));
    }

    private Path edited(UnaryOperator<String> edit) throws Exception {
        String text = Files.readString(CommandLineTests.model("formazione.tendere"), StandardCharsets.UTF_8);
        String changed = edit.apply(text);
        assertTrue(!changed.equals(text), "the edit changes the text");
        return Files.writeString(dir.resolve("v2.tendere"), changed, StandardCharsets.UTF_8);
    }

    /** The text with the first occurrence of {@code from} replaced. */
    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0, () -> "the model has «" + from + "»");
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The report's lines that say a change (each begins with its sign). */
    private static List<String> changes(Runner.Result result) {
        return result.out().lines().filter(l -> l.matches("  [-+~>] .*")).map(String::strip).toList();
    }

    @Test
    void aPhaseMovedFromProvinciaToComuneIsExactlyThat() throws Exception {
        Path v1 = original();
        Path v2 = edited(t -> replaceOnce(t, PHASE_RICHIESTA, PHASE_RICHIESTA.replace("provincia", "comune")));
        for (Runner runner : List.of(Runner.JAR, Runner.IN_PROCESS)) {
            Runner.Result result = runner.run(dir, "diff", v1.toString(), v2.toString());
            assertEquals(1, result.exit(), result::toString);
            assertEquals(List.of("> Spostamento: fase «Richiesta dei profili in uso» (processo P1): dalla corsia "
                    + "«Provincia» alla corsia «Comune»"), changes(result));
            assertTrue(result.out().contains("\n2.3 Processi e strumenti\n"), result::toString);
        }
    }

    @Test
    void aTextLaidOutOrCommentedOtherwiseIsTheSameModel() throws Exception {
        Path v1 = original();
        Path v2 = edited(t -> "// versione riletta\n" + t.replace("\t", "    ").replace(" {\n", "\n{\n")
                + "\n/* nessun cambiamento */\n");
        Runner.Result result = Runner.JAR.run(dir, "diff", v1.toString(), v2.toString());
        assertEquals(0, result.exit(), result::toString);
        assertEquals(List.of(), changes(result));
        assertTrue(result.out().contains("Nessuna differenza"), result::toString);
    }

    @Test
    void declarationsInAnotherOrderAreTheSameModel() throws Exception {
        Path v1 = original();
        String roleA = "\t\truolo responsabile ";
        Path v2 = edited(t -> {
            int start = t.indexOf(roleA);
            int end = t.indexOf("\t\truolo ", start + 1);
            int last = t.indexOf("\t\tcompetenza ", end);
            // the first role after the others: a list in another order, the same roles
            return t.substring(0, start) + t.substring(end, last) + t.substring(start, end) + t.substring(last);
        });
        Runner.Result result = Runner.IN_PROCESS.run(dir, "diff", v1.toString(), v2.toString());
        assertEquals(0, result.exit(), result::toString);
    }

    @Test
    void eachKindOfChangeIsSaidOnce() throws Exception {
        Path v1 = original();
        Path v2 = edited(t -> {
            String text = replaceOnce(t, "versione \"1.0\"", "versione \"1.1\"");
            text = replaceOnce(text, "persone 1\n", "persone 2\n");
            text = replaceOnce(text, PHASE_COMPILAZIONE + PHASE_MAPPA, PHASE_MAPPA + PHASE_COMPILAZIONE);
            text = replaceOnce(text, "\t\tcompetenza ", "\t\truolo tutorJunior \"Tutor junior\" {\n\t\t\tpersone 1\n\t\t}\n"
                    + "\t\tcompetenza ");
            text = replaceOnce(text, "\t\tperimetro {\n", "\t\tperimetro {\n\t\t\tescluso \"La formazione dei dirigenti\"\n");
            return text;
        });
        Runner.Result result = Runner.IN_PROCESS.run(dir, "diff", v1.toString(), v2.toString());
        assertEquals(1, result.exit(), result::toString);
        List<String> changes = changes(result);
        assertEquals(5, changes.size(), result::toString);
        assertTrue(changes.contains("~ Modifica: servizio: versione: «1.0» → «1.1»"), result::toString);
        assertTrue(changes.contains("~ Modifica: ruolo «Responsabile del servizio associato»: persone: «1» → «2»"),
                result::toString);
        assertTrue(changes.contains("+ Aggiunta: ruolo «Tutor junior»"), result::toString);
        assertTrue(changes.contains("+ Aggiunta: voce del perimetro «La formazione dei dirigenti»"),
                "one item inserted before the others, and nothing else said of them: " + result);
        // two neighbours swapped: one of them moved, either
        assertTrue(changes.stream().anyMatch(c -> c.matches("> Spostamento: fase «(Compilazione delle schede dei "
                + "profili|Mappa dei profili professionali)» \\(processo P1\\): dalla posizione [23] alla posizione [23]")),
                result::toString);
        assertTrue(result.out().indexOf("Frontespizio") < result.out().indexOf("2.1 Obiettivi")
                && result.out().indexOf("2.1 Obiettivi") < result.out().indexOf("2.2 Assetto"), "the format's order");

        Runner.Result back = Runner.IN_PROCESS.run(dir, "diff", v2.toString(), v1.toString());
        assertTrue(changes(back).contains("- Rimozione: ruolo «Tutor junior»"), back::toString);
    }

    @Test
    void aPhaseMovedToAnotherProcessIsOneMove() throws Exception {
        Path v1 = original();
        Path v2 = edited(t -> {
            String text = replaceOnce(t, PHASE_MAPPA, "");
            int p2 = text.indexOf("\n", text.indexOf("\t\tprocesso P2 ")) + 1;
            return text.substring(0, p2) + PHASE_MAPPA + text.substring(p2);
        });
        Runner.Result result = Runner.IN_PROCESS.run(dir, "diff", v1.toString(), v2.toString());
        assertEquals(List.of("> Spostamento: fase «Mappa dei profili professionali» (processo P2): dal processo P1 al "
                + "processo P2"), changes(result), result::toString);
    }

    @Test
    void theHtmlReportHasATablePerParagraph() throws Exception {
        Path v1 = original();
        Path v2 = edited(t -> replaceOnce(t, PHASE_RICHIESTA, PHASE_RICHIESTA.replace("provincia", "comune")));
        Runner.Result result = Runner.IN_PROCESS.run(dir, "diff", v1.toString(), v2.toString(), "--format", "html");
        assertEquals(1, result.exit(), result::toString);
        Document page = Jsoup.parse(result.out());
        assertEquals("it", page.selectFirst("html").attr("lang"));
        assertEquals(List.of("2.3 Processi e strumenti"), page.select("h2").eachText());
        assertEquals("Phase:P1/richiesta", page.selectFirst("tr.MOVED").attr("data-element"));
        assertEquals(List.of("Spostamento", "fase «Richiesta dei profili in uso» (processo P1)",
                "dalla corsia «Provincia» alla corsia «Comune»"), page.select("tr.MOVED td").eachText());
    }

    @Test
    void inEnglishWhenAsked() throws Exception {
        Path v1 = original();
        Path v2 = edited(t -> replaceOnce(t, PHASE_RICHIESTA, PHASE_RICHIESTA.replace("provincia", "comune")));
        Runner.Result result = Runner.IN_PROCESS.run(dir, "--lang", "en", "diff", v1.toString(), v2.toString());
        assertEquals(List.of("> Moved: phase «Richiesta dei profili in uso» (process P1): from the lane «Provincia» "
                + "to the lane «Comune»"), changes(result), result::toString);
    }

    @Test
    void badInputIsRefusedWithExit2() throws Exception {
        Path v1 = original();
        Runner.Result missing = Runner.JAR.run(dir, "diff", v1.toString(), dir.resolve("assente.tendere").toString());
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("assente.tendere"), missing::toString);
        assertEquals("", missing.out());

        Path broken = edited(t -> replaceOnce(t, "ruoli progettista", "ruoli inesistente"));
        Runner.Result errors = Runner.IN_PROCESS.run(dir, "diff", v1.toString(), broken.toString());
        assertEquals(2, errors.exit(), errors::toString);
        assertTrue(errors.err().contains("v2.tendere") && errors.err().contains("tendere validate"), errors::toString);
        assertEquals("", errors.out(), "nothing compared");

        Runner.Result format = Runner.IN_PROCESS.run(dir, "diff", v1.toString(), v1.toString(), "--format", "pdf");
        assertEquals(2, format.exit(), format::toString);
        assertTrue(format.err().contains("«pdf»"), format::toString);

        Runner.Result one = Runner.IN_PROCESS.run(dir, "diff", v1.toString());
        assertEquals(2, one.exit(), one::toString);
    }
}
