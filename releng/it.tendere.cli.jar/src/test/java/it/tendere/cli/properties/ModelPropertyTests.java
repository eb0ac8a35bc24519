// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import it.tendere.docgen.DocumentFormat;
import it.tendere.docgen.DocumentSet;
import it.tendere.dsl.TendereStandaloneSetup;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelChecker;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelLoader;
import it.tendere.dsl.io.ModelWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Properties of every model, checked on random ones (jqwik): the sample
 * model with its texts replaced by any Unicode, long texts and many added
 * roles and phases. Checking never fails inside; a model without errors
 * converts to XMI and back exactly, and its documents are well-formed and
 * written in the folder asked, nowhere else. A bounded number of tries each,
 * so that the build stays within its minutes.
 */
class ModelPropertyTests {

    private static final Injector INJECTOR = new TendereStandaloneSetup().createInjectorAndDoEMFRegistration();
    private static final ModelLoader LOADER = INJECTOR.getInstance(ModelLoader.class);
    private static final ModelChecker CHECKER = INJECTOR.getInstance(ModelChecker.class);
    private static final ModelWriter WRITER = INJECTOR.getInstance(ModelWriter.class);
    private static final String SAMPLE;
    private static final Path WORK;

    static {
        try {
            SAMPLE = Files.readString(Path.of(System.getProperty("tendere.models"), "formazione.tendere"));
            WORK = Files.createTempDirectory("tendere-properties");
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @AfterContainer
    static void removeWork() throws Exception {
        try (Stream<Path> files = Files.walk(WORK)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A text as the DSL writes it: quotes and backslashes escaped, anything else as it is. */
    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate((char) c) && c <= 0xFFFF) {
                        quoted.append(String.format("\\u%04x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }

    /** Any text: every plane of Unicode, lone surrogates and control characters included, up to 3,000 characters. */
    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withCharRange(' ', '\u024F').ofMinLength(1).ofMaxLength(3_000),
                Arbitraries.of("", " ", "«»", "<script>alert(1)</script>", "\"><svg onload=x>", "../../x", "&amp;",
                        "]]>", "\u202Eevil", "😀 emoji 🇮🇹", "a\u0000b"));
    }

    /** Text that prints: letters of many scripts, punctuation, emoji, long. */
    @Provide
    Arbitrary<String> printableText() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00A0', '\u024F')
                .withCharRange('\u0370', '\u03FF').withCharRange('\u4E00', '\u4E50').withChars('«', '»', '–', '€', '’')
                .ofMinLength(1).ofMaxLength(400).filter(t -> !t.isBlank());
    }

    /** Where the sample's texts are replaced: what precedes the text, and the text. */
    private static final String[][] TEXTS = {
            { "servizio ", "\"Servizio associato per la formazione del personale dei Comuni\"" },
            { "ruolo responsabile ", "\"Responsabile del servizio associato\"" },
            { "fase compilazione ", "\"Compilazione delle schede dei profili\"" },
            { "profilo ", "\"Comuni fino a 5.000 abitanti\"" } };

    /** The sample with four of its texts replaced, and extra roles and phases (of the first process) added. */
    private static String model(List<String> texts, int extraRoles, int extraPhases) {
        String model = SAMPLE;
        for (int i = 0; i < TEXTS.length; i++) {
            model = model.replace(TEXTS[i][0] + TEXTS[i][1], TEXTS[i][0] + quoted(texts.get(i % texts.size())));
        }
        StringBuilder roles = new StringBuilder();
        for (int i = 0; i < extraRoles; i++) {
            roles.append("\t\truolo aggiunto").append(i).append(' ').append(quoted(texts.get(i % texts.size())))
                    .append(" {\n\t\t\tpersone 1\n\t\t\tresponsabilità \"Aiuta\"\n\t\t}\n");
        }
        StringBuilder phases = new StringBuilder();
        for (int i = 0; i < extraPhases; i++) {
            phases.append("\t\t\tfase extra").append(i).append(' ').append(quoted(texts.get(i % texts.size())))
                    .append(" {\n\t\t\t\tsvolta da provincia\n\t\t\t}\n");
        }
        return model.replace("\t\truolo responsabile ", roles + "\t\truolo responsabile ")
                .replace("\t\t\tfase compilazione ", phases + "\t\t\tfase compilazione ");
    }

    private static LoadedModel load(String text, String name) throws Exception {
        Path file = WORK.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return LOADER.load(file);
    }

    private static boolean hasErrors(List<Issue> issues) {
        return issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
    }

    @Property(tries = 60)
    void checkingNeverFailsInside(@ForAll("anyText") String a, @ForAll("anyText") String b) throws Exception {
        LoadedModel loaded;
        try {
            loaded = load(model(List.of(a, b, a + b, b), 3, 2), "qualsiasi.tendere");
        } catch (ModelFileException refused) {
            return; // refused whole, with a message: allowed
        }
        List<Issue> issues = CHECKER.check(loaded);
        for (Issue issue : issues) {
            assertTrue(issue.getMessage() != null && !issue.getMessage().isBlank(), issue::toString);
            assertTrue(issue.getLineNumber() != null && issue.getLineNumber() > 0, issue::toString);
        }
    }

    @Property(tries = 25)
    void aModelWithoutErrorsConvertsToXmiAndBackExactly(@ForAll("printableText") String a,
            @ForAll("printableText") String b) throws Exception {
        LoadedModel text = load(model(List.of(a, b, b, a), 2, 2), "andata.tendere");
        // counted by jqwik as rejected, never as passed: too many rejections fail the property
        Assume.that(!hasErrors(CHECKER.check(text)));
        Path xmi = WORK.resolve("andata.servicemodel");
        Files.write(xmi, WRITER.toXmi(text.model()));
        LoadedModel back = LOADER.load(xmi);
        assertTrue(!hasErrors(CHECKER.check(back)), "XMI keeps the model valid");
        assertEquals(WRITER.toText(text.model()), WRITER.toText(back.model()));
    }

    @Property(tries = 8)
    void documentsAreWellFormedAndWrittenInTheFolderAskedOnly(@ForAll("printableText") String a,
            @ForAll("printableText") String b) throws Exception {
        LoadedModel loaded = load(model(List.of(a, b, a, b), 4, 3), "documento.tendere");
        Assume.that(!hasErrors(CHECKER.check(loaded)));
        Path out = Files.createTempDirectory(WORK, "out");
        List<Path> written = DocumentSet.plan(loaded.model(), List.of(DocumentFormat.HTML, DocumentFormat.DOCX), out)
                .write(false, () -> false);
        try (Stream<Path> files = Files.walk(WORK)) {
            List<Path> inOut = files.filter(Files::isRegularFile).filter(f -> f.startsWith(out)).sorted().toList();
            assertEquals(written.stream().sorted().toList(), inOut, "exactly the documents, in --out");
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        byte[] html = Files.readAllBytes(written.get(0));
        // the page is XHTML: an XML parser reads it whole (the doctype aside)
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(written.get(1)))) {
            assertTrue(docx.getParagraphs().size() > 10, "the DOCX opens, its XML parsed by POI");
        }
    }
}
