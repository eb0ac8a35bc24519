// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import it.tendere.dsl.io.ModelLoader;
import it.tendere.dsl.io.ModelWriter;
import it.tendere.format.IssueCodes;

/**
 * The same checks on XMI as on text, located by line, and syntax errors
 * reported alone.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereInjectorProvider.class)
class ModelCheckerTests {

    @Inject
    private ModelLoader loader;

    @Inject
    private ModelWriter writer;

    @Inject
    private ModelChecker checker;

    @TempDir
    Path folder;

    @Test
    void xmiGetsTheFormatsChecksAtTheElementsLine() throws Exception {
        Path xmi = folder.resolve("formazione.servicemodel");
        String clean = new String(writer.toXmi(loader.load(SampleModels.path("formazione.tendere")).model()),
                StandardCharsets.UTF_8);
        Files.writeString(xmi, clean);
        assertEquals(List.of(), checker.check(loader.load(xmi)));

        String broken = clean.replace(" coordination=\"true\"", "")
                .replace("//@organisation/@providers.0", "//@organisation/@providers.9");
        assertNotEquals(clean, broken);
        Files.writeString(xmi, broken);
        List<Issue> issues = checker.check(loader.load(xmi));
        Issue coordination = find(issues, IssueCodes.COORDINATION_MISSING);
        assertEquals(Severity.WARNING, coordination.getSeverity());
        int organisationLine = lineOf(broken, "<organisation");
        assertEquals(organisationLine, coordination.getLineNumber());
        Issue unresolved = find(issues, ModelChecker.UNRESOLVED_REFERENCE);
        assertEquals(Severity.ERROR, unresolved.getSeverity());
        assertEquals(lineOf(broken, "//@organisation/@providers.9"), unresolved.getLineNumber());
    }

    @Test
    void syntaxErrorsAreReportedAlone() throws Exception {
        Path text = folder.resolve("rotto.tendere");
        Files.writeString(text, "servizio \"S\" {\n\tprovincia \"P\"\n\tcomuni dodici\n}\n");
        List<Issue> issues = checker.check(loader.load(text));
        assertEquals(1, issues.size(), issues::toString);
        assertEquals("«dodici» non atteso: era atteso un numero", issues.get(0).getMessage());
        assertEquals(3, issues.get(0).getLineNumber());
    }

    private static Issue find(List<Issue> issues, String code) {
        return issues.stream().filter(i -> code.equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + issues));
    }

    private static int lineOf(String text, String needle) {
        int offset = text.indexOf(needle);
        assertTrue(offset >= 0, needle);
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
