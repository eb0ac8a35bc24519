// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import it.tendere.cli.process.Runner.Result;

/**
 * The command line as its users meet it, run in-process, as the plain jar
 * and as the product's bin/tendere: exit codes, what it prints, and that a
 * failed command writes nothing.
 */
class CommandLineTests {

    private static final String DIAGNOSTIC = "^.+:\\d+:\\d+: (error|warning): \\[[a-z-]+\\] .+$";

    @TempDir
    Path dir;

    static Path model(String name) {
        return Path.of(System.getProperty("tendere.models"), name);
    }

    /** The document of a model of {@code models/} in one format, written into {@code dir} by the jar. */
    static Path generated(Path dir, String model, String format) throws Exception {
        Runner.Result generated = Runner.JAR.run(dir, "generate", model(model).toString(), "--format", format, "--out",
                dir.toString());
        assertEquals(0, generated.exit(), generated::toString);
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith("." + format)).findFirst().orElseThrow();
        }
    }

    /** picocli prints usage texts as written (no MessageFormat): an apostrophe is one, never doubled. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "it", "en" })
    void everyCommandsHelpReadsAsWritten(String language) throws Exception {
        for (String command : List.of("validate", "convert", "new", "generate", "diagram", "edit", "lsp", "diff",
                "export", "compare")) {
            Runner.Result help = Runner.IN_PROCESS.run(Path.of("."), "--lang", language, command, "--help");
            assertEquals(0, help.exit(), help::toString);
            assertTrue(!help.out().contains("''"), () -> command + " --help shows a doubled apostrophe: " + help.out());
        }
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void versionAndHelp(Runner launcher) throws Exception {
        Result version = launcher.run(dir, "--version");
        assertEquals(0, version.exit(), version::toString);
        assertTrue(version.out().startsWith("tendere "), version::toString);

        Result help = launcher.run(dir, "--help");
        assertEquals(0, help.exit(), help::toString);
        assertTrue(help.out().startsWith("Uso: tendere"), help::toString);
        for (String command : new String[] { "validate", "convert", "new", "lsp" }) {
            assertTrue(help.out().contains("\n  " + command + " "), () -> command + " listed\n" + help);
        }
        Result english = launcher.run(dir, "--lang", "en", "--help");
        assertTrue(english.out().startsWith("Usage: tendere"), english::toString);
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void sampleModelsAreClean(Runner launcher) throws Exception {
        Result result = launcher.run(dir, "validate", model("formazione.tendere").toString(), model("sua.tendere").toString());
        assertEquals(0, result.exit(), result::toString);
        assertEquals("", result.out(), result::toString);
        assertTrue(result.err().contains("Controllati 2 file: nessun errore, nessun avviso."), result::toString);
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void findingsArePrintedOnePerLineWithExitOne(Runner launcher) throws Exception {
        Path broken = dir.resolve("rotto.tendere");
        Files.writeString(broken, Files.readString(model("formazione.tendere"))
                .replace("\t\t\tcoordinamento\n", "")
                .replace("comuni coinvolgibili 40", "comuni coinvolgibili 60")
                .replace("\t\t\t\tsvolta da comune\n\t\t\t\tstrumenti schedaProfili", "\t\t\t\tstrumenti schedaProfili"));
        Result result = launcher.run(dir, "validate", broken.toString());
        assertEquals(1, result.exit(), result::toString);
        String[] lines = result.out().split("\n");
        assertEquals(3, lines.length, result::toString);
        for (String line : lines) {
            assertTrue(line.matches(DIAGNOSTIC), line);
            assertTrue(line.startsWith(broken + ":"), line);
        }
        assertTrue(result.out().contains(":52:25: error: [reach-above-total] 2.1 Obiettivi e caratteristiche"), result::toString);
        assertTrue(result.out().contains(": warning: [coordination-missing] 2.2 Assetto organizzativo: manca un punto di "
                + "responsabilità (coordinamento)"), result::toString);
        assertTrue(result.out().contains(": error: [phase-performer-missing] 2.3 Processi e strumenti"), result::toString);
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void missingFileIsOneLineAndExitTwo(Runner launcher) throws Exception {
        Result result = launcher.run(dir, "validate", dir.resolve("assente.tendere").toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().startsWith(dir.resolve("assente.tendere") + ": file non trovato\n"), result::toString);
        assertNoStackTrace(result);

        Result debug = launcher.run(dir, "--debug", "validate", dir.resolve("assente.tendere").toString());
        assertEquals(2, debug.exit(), debug::toString);
        assertTrue(debug.err().contains("\tat "), () -> "--debug shows the stack trace\n" + debug);
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void syntaxErrorsAreFindingsInItalian(Runner launcher) throws Exception {
        Path broken = dir.resolve("sintassi.tendere");
        Files.writeString(broken, "servizio \"S\" {\n\tprovincia \"P\"\n\tcomuni dodici\n}\n");
        Result result = launcher.run(dir, "validate", broken.toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.out().startsWith(broken + ":3:9: error: [syntax] «dodici» non atteso: era atteso un numero"),
                result::toString);
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void fileThatIsNotUtf8IsRefused(Runner launcher) throws Exception {
        Path latin1 = dir.resolve("latin1.tendere");
        Files.write(latin1, "servizio \"Città\" {\n}\n".getBytes(StandardCharsets.ISO_8859_1));
        Result result = launcher.run(dir, "validate", latin1.toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().startsWith(latin1 + ": il file non è in UTF-8 (byte non valido alla riga 1, colonna 15)"),
                result::toString);
        assertNoStackTrace(result);
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void xmiDeclaringEntitiesIsRefusedUnresolved(Runner launcher) throws Exception {
        Path secret = dir.resolve("segreto.txt");
        Files.writeString(secret, "SEGRETO-NON-LEGGERE");
        Path hostile = dir.resolve("ostile.servicemodel");
        Files.writeString(hostile, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE servicemodel:ServiceModel [ <!ENTITY x SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<servicemodel:ServiceModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
                + "    xmlns:servicemodel=\"http://www.tendere.it/servicemodel/1.0\" province=\"&x;\"/>\n");
        Path out = dir.resolve("ostile.tendere");
        Result result = launcher.run(dir, "convert", hostile.toString(), out.toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().startsWith(hostile + ": il file XMI dichiara un DOCTYPE o entità esterne"), result::toString);
        assertFalse(result.out().contains("SEGRETO") || result.err().contains("SEGRETO"), result::toString);
        assertFalse(Files.exists(out));
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void malformedXmiIsRefusedWithItsPosition(Runner launcher) throws Exception {
        Path malformed = dir.resolve("rotto.servicemodel");
        Files.writeString(malformed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<servicemodel:ServiceModel xmi:version=\"2.0\"\n"
                + "  xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:servicemodel=\"http://www.tendere.it/servicemodel/1.0\">\n"
                + "  <objectives>\n</servicemodel:ServiceModel>\n");
        Map<String, String> before = snapshot();
        Result result = launcher.run(dir, "convert", malformed.toString(), dir.resolve("x.tendere").toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().startsWith(malformed + ": XML non valido alla riga 5"), result::toString);
        assertNoStackTrace(result);
        assertEquals(before, snapshot());
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void convertRefusesAMissingFolderAndAnExistingFile(Runner launcher) throws Exception {
        Path input = model("sua.tendere");
        Map<String, String> before = snapshot();
        Result noFolder = launcher.run(dir, "convert", input.toString(), dir.resolve("manca/sua.servicemodel").toString());
        assertEquals(2, noFolder.exit(), noFolder::toString);
        assertTrue(noFolder.err().contains("la cartella " + dir.resolve("manca") + " non esiste"), noFolder::toString);
        assertEquals(before, snapshot());

        Path existing = dir.resolve("esistente.servicemodel");
        Files.writeString(existing, "lavoro dell'utente");
        Result refused = launcher.run(dir, "convert", input.toString(), existing.toString());
        assertEquals(2, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("il file esiste già: usare --force per sostituirlo"), refused::toString);
        assertEquals("lavoro dell'utente", Files.readString(existing));

        Result forced = launcher.run(dir, "convert", "--force", input.toString(), existing.toString());
        assertEquals(0, forced.exit(), forced::toString);
        assertTrue(Files.readString(existing).contains("Stazione Unica Appaltante provinciale"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        Path fresh = dir.resolve("nuovo.servicemodel");
        assertEquals(0, launcher.run(dir, "convert", input.toString(), fresh.toString()).exit());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
                "a new file is readable by others, as the user's other files");
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void modelWithErrorsIsNotConverted(Runner launcher) throws Exception {
        Path broken = dir.resolve("rotto.tendere");
        Files.writeString(broken, Files.readString(model("sua.tendere")).replace("comuni 62", "comuni 40"));
        Result result = launcher.run(dir, "convert", broken.toString(), dir.resolve("rotto.servicemodel").toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.out().contains("[segment-above-total]"), result::toString);
        assertFalse(Files.exists(dir.resolve("rotto.servicemodel")));
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void convertGoesToXmiAndBackWithoutLoss(Runner launcher) throws Exception {
        for (String name : new String[] { "formazione", "sua" }) {
            Path xmi = dir.resolve(name + ".servicemodel");
            Path back = dir.resolve(name + ".tendere");
            Result there = launcher.run(dir, "convert", model(name + ".tendere").toString(), xmi.toString());
            assertEquals(0, there.exit(), there::toString);
            assertTrue(Files.readString(xmi).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
            Result validXmi = launcher.run(dir, "validate", xmi.toString());
            assertEquals(0, validXmi.exit(), validXmi::toString);

            Result andBack = launcher.run(dir, "convert", xmi.toString(), back.toString());
            assertEquals(0, andBack.exit(), andBack::toString);
            // The committed models are formatted, so the text comes back as it
            // was, less what XMI does not keep: comments and blank lines.
            assertEquals(withoutCommentsAndBlankLines(Files.readString(model(name + ".tendere"))), Files.readString(back));
        }
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void aHostileNameNeverWritesOutsideTheFolder(Runner launcher) throws Exception {
        Path xmi = dir.resolve("sua.servicemodel");
        assertEquals(0, launcher.run(dir, "convert", model("sua.tendere").toString(), xmi.toString()).exit());
        Files.writeString(xmi, Files.readString(xmi).replaceFirst("<processes name=\"[^\"]*\"",
                "<processes name=\"/../../pwn\""));
        Result validate = launcher.run(dir, "validate", xmi.toString());
        assertEquals(1, validate.exit(), validate::toString);
        assertTrue(validate.out().contains("[name-invalid]"), validate::toString);
        Path out = Files.createDirectories(dir.resolve("out"));
        Result diagram = launcher.run(dir, "diagram", xmi.toString(), "--kind", "process", "--force", "--out", out.toString());
        assertEquals(1, diagram.exit(), diagram::toString);
        // out/processo-/../../pwn.svg would be dir/pwn.svg
        try (Stream<Path> written = Files.walk(dir)) {
            assertEquals(List.of(), written.filter(p -> p.getFileName().toString().startsWith("pwn")).toList());
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "nothing written in --out either");
        }
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void convertNeverReplacesTheModelItReads(Runner launcher) throws Exception {
        Path text = dir.resolve("mio.tendere");
        String mine = "// i miei appunti\n" + Files.readString(model("sua.tendere"));
        Files.writeString(text, mine);
        Result result = launcher.run(dir, "convert", "--force", text.toString(), dir.resolve(".").resolve("mio.tendere").toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().contains("il file da scrivere è il modello stesso"), result::toString);
        assertEquals(mine, Files.readString(text), "comments kept: the file is untouched");
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void xmiFindingsPointAtTheElement(Runner launcher) throws Exception {
        Path xmi = dir.resolve("sua.servicemodel");
        assertEquals(0, launcher.run(dir, "convert", model("sua.tendere").toString(), xmi.toString()).exit());
        String text = Files.readString(xmi);
        String broken = text.replace("coordination=\"true\"", "").replace("//@organisation/@providers.0", "//@organisation/@providers.7");
        assertTrue(!broken.equals(text));
        Files.writeString(xmi, broken);
        Result result = launcher.run(dir, "validate", xmi.toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.out().lines().anyMatch(l -> l.matches(".*:\\d+:\\d+: error: \\[unresolved-reference\\] .*")),
                result::toString);
        assertTrue(result.out().lines().anyMatch(l -> l.contains("[coordination-missing]") && !l.contains(":1:1:")),
                result::toString);
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void newWritesASkeletonThatParses(Runner launcher) throws Exception {
        for (String format : new String[] { "formazione", "selezione", "disciplinari" }) {
            Path out = dir.resolve(format + ".tendere");
            Result created = launcher.run(dir, "new", "--format", format, "--province", "Provincia di \"Valle\"",
                    "--comuni", "31", "--out", out.toString());
            assertEquals(0, created.exit(), created::toString);
            String text = Files.readString(out);
            assertTrue(text.contains("provincia \"Provincia di \\\"Valle\\\"\""), text);
            assertTrue(text.contains("\tcomuni 31\n"), text);
            Result validated = launcher.run(dir, "validate", out.toString());
            assertEquals(0, validated.exit(), validated::toString);
            assertTrue(validated.out().lines().allMatch(l -> l.matches(DIAGNOSTIC) && l.contains(": warning: ")),
                    validated::toString);
        }
        Result toStdout = launcher.run(dir, "new", "--format", "formazione", "--province", "Provincia di Valdaro");
        assertEquals(0, toStdout.exit(), toStdout::toString);
        assertTrue(toStdout.out().contains("Rilevazione, definizione e mappatura profili professionali dal Comune"));
    }

    @ParameterizedTest
    @EnumSource(Runner.class)
    void usageErrorsExitTwoAndWriteNothing(Runner launcher) throws Exception {
        Map<String, String> before = snapshot();
        String[][] wrong = {
            {},
            { "frobnicate" },
            { "validate" },
            { "new", "--format", "appalti", "--province", "P", "--out", dir.resolve("n.tendere").toString() },
            { "new", "--format", "formazione", "--out", dir.resolve("n.tendere").toString() },
            { "new", "--format", "formazione", "--province", "P", "--comuni", "zero" },
            { "new", "--format", "formazione", "--province", "P", "--out", dir.resolve("n.txt").toString() },
            { "convert", model("sua.tendere").toString() },
            { "convert", model("sua.tendere").toString(), dir.resolve("sua.docx").toString() },
        };
        for (String[] args : wrong) {
            Result result = launcher.run(dir, args);
            assertEquals(2, result.exit(), () -> String.join(" ", args) + "\n" + result);
            assertNoStackTrace(result);
            assertTrue(result.err().startsWith("tendere: ") || result.err().startsWith("Uso: ") || result.err().startsWith("/"),
                    () -> String.join(" ", args) + "\n" + result);
        }
        assertEquals(before, snapshot());
    }

    private static void assertNoStackTrace(Result result) {
        assertFalse(result.err().contains("\tat ") || result.err().contains("Exception"), result::toString);
    }

    private Map<String, String> snapshot() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(p -> dir.relativize(p).toString(), p -> {
                try {
                    return Files.readString(p, StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, (a, b) -> a, TreeMap::new));
        }
    }

    static String withoutCommentsAndBlankLines(String text) {
        return text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("//"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Runs the product's script as given, with the environment changed, in {@code dir}. */
    private Result product(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("TENDERE_LANG");
        builder.environment().putAll(environment);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "finished");
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    @Test
    void theProductRunsThroughALinkAndWritesNothingInTheHome() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("tendere"), Runner.productScript());
        Path home = Files.createDirectories(dir.resolve("casa"));
        Files.copy(model("sua.tendere"), dir.resolve("sua.tendere"));
        Result result = product(List.of(link.toString(), "validate", "sua.tendere"), Map.of("HOME", home.toString()));
        assertEquals(0, result.exit(), result::toString);
        assertEquals("", result.out(), "standard output carries only findings");
        try (Stream<Path> written = Files.walk(home)) {
            assertEquals(List.of(home), written.toList(), "nothing written in the home (no ~/.eclipse)");
        }
    }

    @Test
    void theProductRunsForAUserWhoCanWriteNeitherItNorAHome() throws Exception {
        Path runuser = Path.of("/usr/sbin/runuser");
        Assumptions.assumeTrue(Files.isExecutable(runuser) && "root".equals(System.getProperty("user.name")),
                "needs root to run as nobody");
        Path work = Files.createDirectories(dir.resolve("lavoro"));
        Files.copy(model("sua.tendere"), work.resolve("sua.tendere"));
        for (Path folder : List.of(dir, work)) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Files.setPosixFilePermissions(work.resolve("sua.tendere"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        Result result;
        try (ReadOnlyInstall installed = new ReadOnlyInstall(Runner.productScript().getParent().getParent(),
                dir.resolve("prodotto"))) {
            result = product(List.of(runuser.toString(), "-u", "nobody", "--", "env", "HOME=/nonexistent",
                    "PATH=" + System.getenv("PATH"), "JAVA=" + Runner.javaExecutable(),
                    installed.root.resolve("bin/tendere").toString(), "generate", work.resolve("sua.tendere").toString(),
                    "--format", "html", "--out", work.toString()), Map.of());
        }
        assertEquals(0, result.exit(), result::toString);
        assertEquals("", result.out(), "no «Invalid Configuration Location» page on standard output");
        assertTrue(Files.exists(work.resolve("sezione-2-provincia-di-colleverde-sua.html")), result::toString);
    }
}
