// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import it.tendere.dsl.io.ModelChecker;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelLoader;
import it.tendere.dsl.io.ModelWriter;
import it.tendere.format.IssueCodes;
import it.tendere.format.Printable;

/**
 * Models written to do harm, or by accident: an XMI can say what text
 * cannot (a name with slashes or quotes, a reference into another file,
 * control characters); each is refused or reported where it is, and nothing
 * but the model's own file is read.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereInjectorProvider.class)
class HostileInputTests {

    @Inject
    private ModelLoader loader;

    @Inject
    private ModelWriter writer;

    @Inject
    private ModelChecker checker;

    @TempDir
    Path folder;

    private String cleanXmi() throws Exception {
        return new String(writer.toXmi(loader.load(SampleModels.path("formazione.tendere")).model()),
                StandardCharsets.UTF_8);
    }

    private List<Issue> check(String xmi) throws Exception {
        Path file = folder.resolve("ostile.servicemodel");
        Files.writeString(file, xmi);
        return checker.check(loader.load(file));
    }

    private static List<String> errors(List<Issue> issues, String code) {
        return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR && code.equals(i.getCode()))
                .map(Issue::getMessage).toList();
    }

    @Test
    void aNameThatIsNoIdentifierIsAnError() throws Exception {
        String clean = cleanXmi();
        String process = clean.substring(clean.indexOf("<processes name=\"") + "<processes name=\"".length());
        String name = process.substring(0, process.indexOf('"'));
        for (String hostile : List.of("/../../../../tmp/pwn", "a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;", "due parole",
                "1numero")) {
            List<Issue> issues = check(clean.replace("<processes name=\"" + name + "\"", "<processes name=\"" + hostile + "\""));
            List<String> invalid = errors(issues, IssueCodes.NAME_INVALID);
            assertEquals(1, invalid.size(), hostile + ": " + issues);
            assertTrue(invalid.get(0).contains("non è un nome valido"), invalid.get(0));
        }
        assertEquals(List.of(), errors(check(clean), IssueCodes.NAME_INVALID), "the sample's names are identifiers");
    }

    @Test
    void aReferenceIntoAnotherFileIsRefusedBeforeAnythingIsRead() throws Exception {
        String clean = cleanXmi();
        Path other = folder.resolve("altro.servicemodel");
        Files.writeString(other, clean);
        String tools = "//@processesAndTools/@tools.0";
        assertTrue(clean.contains(tools), "the sample refers to a tool");
        for (String elsewhere : List.of(other.toUri() + "#" + tools, "http://127.0.0.1:9/x.servicemodel#" + tools,
                "altro.servicemodel#" + tools)) {
            String hostile = clean.replaceFirst(java.util.regex.Pattern.quote(tools),
                    java.util.regex.Matcher.quoteReplacement(elsewhere));
            assertNotEquals(clean, hostile);
            Path file = folder.resolve("ostile.servicemodel");
            Files.writeString(file, hostile);
            ModelFileException refused = assertThrows(ModelFileException.class, () -> loader.load(file), elsewhere);
            assertTrue(refused.getMessage().startsWith("riga "), refused.getMessage());
            assertTrue(refused.getMessage().contains("si riferisce a un altro file o indirizzo"), refused.getMessage());
        }
    }

    @Test
    void aCharacterNoDocumentCanHoldIsAnErrorAtItsPlace() throws Exception {
        String clean = cleanXmi();
        // XML 1.0 holds no control character but tab and new lines: the parser refuses them, saying where
        Path xmi = folder.resolve("controllo.servicemodel");
        Files.writeString(xmi, clean.replaceFirst("title=\"", "title=\"Titolo &#x1B;[31m"));
        ModelFileException refused = assertThrows(ModelFileException.class, () -> loader.load(xmi));
        assertTrue(refused.getMessage().startsWith("XML non valido alla riga 3, colonna "), refused.getMessage());
        // DEL and the C1 controls (CSI, 0x9B, starts a terminal's escape sequence) are XML, but no document should carry them
        for (String bad : List.of("&#127;", "&#x9B;2J")) {
            List<Issue> issues = check(clean.replaceFirst("title=\"", "title=\"Titolo " + bad));
            assertEquals(1, errors(issues, IssueCodes.TEXT_UNPRINTABLE).size(), bad + ": " + issues);
        }
        Path text = folder.resolve("nul.tendere");
        Files.writeString(text, SampleModels.read("formazione.tendere").replace("versione \"1.0\"", "versione \"1.0\\u0000\""));
        List<Issue> issues = checker.check(loader.load(text));
        List<String> unprintable = errors(issues, IssueCodes.TEXT_UNPRINTABLE);
        assertEquals(1, unprintable.size(), issues::toString);
        assertTrue(unprintable.get(0).contains("U+0000"), unprintable.get(0));
        assertEquals(List.of(), errors(checker.check(loader.load(SampleModels.path("formazione.tendere"))),
                IssueCodes.TEXT_UNPRINTABLE), "accents, quotes and dashes are printable");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        Path text = folder.resolve("bom.tendere");
        byte[] model = SampleModels.read("formazione.tendere").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[model.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(model, 0, withMark, 3, model.length);
        Files.write(text, withMark);
        assertEquals(List.of(), checker.check(loader.load(text)));
    }

    @Test
    void aFileWithOldMacLineEndsParses() throws Exception {
        Path text = folder.resolve("cr.tendere");
        String model = SampleModels.read("formazione.tendere");
        assertTrue(model.startsWith("//"), "the sample starts with a comment, the case the lexer once refused");
        Files.writeString(text, model.replace("\n", "\r"));
        assertEquals(List.of(), checker.check(loader.load(text)));
    }

    @Test
    void aSyntaxErrorAtTheEndOfAFileEndingInCarriageReturnIsReported() throws Exception {
        // Xtext lost this error (its line computation ran past the text and was logged): the file validated clean
        for (String text : List.of("servizio \"S\" {\r", "servizio\r", "// commento\r", "servizio \"S\" {\r\r")) {
            Path file = folder.resolve("fine-cr.tendere");
            Files.writeString(file, text);
            List<Issue> issues = checker.check(loader.load(file));
            assertEquals(1, issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).count(),
                    () -> text.replace("\r", "\\r") + ": " + issues);
            assertTrue(issues.get(0).getLineNumber() >= 1, issues::toString);
        }
    }

    @Test
    void textFromAModelIsShownPrintable() {
        assertEquals("a\\u001B[31mb\\u0007", Printable.of("a\u001B[31mb\u0007"));
        assertEquals("\\u202Eevil", Printable.of("\u202Eevil"), "a bidirectional override is shown, not obeyed");
        assertEquals("\\uD800x", Printable.of("\uD800x"), "a lone surrogate");
        assertEquals("àè «ok» –", Printable.of("àè «ok» –"));
        assertEquals("abc…", Printable.of("abcdef", 3));
    }
}
