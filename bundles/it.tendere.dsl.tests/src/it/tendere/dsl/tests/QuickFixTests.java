// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import it.tendere.dsl.ide.quickfix.QuickFix;
import it.tendere.dsl.ide.quickfix.QuickFixes;
import it.tendere.servicemodel.ServiceModel;

/**
 * Every quick fix, applied to the Formazione model broken in the way its
 * check catches (the breakages of {@link ValidationTests}, and misspelt or
 * unknown references): the check fires fewer times, every other
 * finding stays as it was, and the fixed text is laid out as the formatter
 * lays it out.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereIdeInjectorProvider.class)
class QuickFixTests {

    @Inject
    private ParseHelper<ServiceModel> parser;

    @Inject
    private ValidationTestHelper validation;

    @Inject
    private QuickFixes quickFixes;

    @Inject
    private FormatterTestHelper formatter;

    /** A broken model, and the fix to apply (by its label) to one of its problems (by code). */
    record Broken(String name, String code, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Broken> brokenModels() {
        String clean = SampleModels.read("formazione.tendere");
        Stream<Broken> checks = ValidationTests.cases().filter(c -> QuickFixes.handles(c.code()))
                .map(c -> new Broken(c.code(), c.code(), c.breakage().apply(clean)));
        Stream<Broken> references = Stream.of(
                new Broken("misspelt role", Diagnostic.LINKING_DIAGNOSTIC,
                        clean.replace("ruoli progettista\n", "ruoli progetista\n")),
                new Broken("unknown role", Diagnostic.LINKING_DIAGNOSTIC,
                        clean.replace("ruoli progettista\n", "ruoli coordinatore\n")),
                new Broken("unknown tool", Diagnostic.LINKING_DIAGNOSTIC,
                        clean.replace("strumenti schedaProfili", "strumenti registroPresenze")),
                new Broken("unknown party", Diagnostic.LINKING_DIAGNOSTIC,
                        clean.replace("soggetto ateneo\n", "soggetto politecnico\n")),
                new Broken("no date, no version", "date-missing", clean.replaceAll("\\t(versione|data) \"[^\"]*\"\\n", "")),
                new Broken("blank date", "date-missing", clean.replace("data \"2026-11-20\"", "data \" \"")),
                new Broken("no perimeter", "perimeter-excluded-missing",
                        clean.replaceAll("(?s)\\t\\tperimetro \\{.*?\\n\\t\\t\\}\\n", "")));
        return Stream.concat(checks, references);
    }

    @Test
    void everyBrokenModelHasAFixAndEveryFixableCodeIsTested() {
        Set<String> tested = new TreeSet<>();
        brokenModels().forEach(broken -> {
            List<QuickFix> fixes = quickFixes.fixes(resource(broken.text()), firstIssue(broken));
            assertFalse(fixes.isEmpty(), () -> broken + ": no fix offered");
            tested.add(broken.code());
        });
        assertEquals(new TreeSet<>(QuickFixes.CODES), tested);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenModels")
    void everyFixSilencesItsCheckAndChangesNothingElse(Broken broken) throws Exception {
        List<Issue> before = validation.validate(parser.parse(broken.text()));
        for (QuickFix fix : quickFixes.fixes(resource(broken.text()), firstIssue(broken))) {
            String fixed = fix.applyTo(broken.text());
            List<Issue> after = validation.validate(parser.parse(fixed));
            // a fix that creates what several references name resolves them all
            assertTrue(count(after, broken.code()) < count(before, broken.code()),
                    () -> fix.label() + ": the fixed problem is gone\n" + fixed);
            String created = created(fix.label());
            assertEquals(others(before, broken.code(), created), others(after, broken.code(), created),
                    () -> fix.label() + ": nothing else changed\n" + fixed);
            try {
                formatter.assertFormatted(request -> request.setToBeFormatted(fixed));
            } catch (AssertionError e) {
                throw new AssertionError(fix.label() + ": laid out as the formatter does", e);
            }
        }
    }

    @Test
    void aMisspeltNameIsCorrectedToTheClosestOfItsKindOnly() {
        String broken = SampleModels.read("formazione.tendere").replace("ruoli progettista\n", "ruoli progetista\n");
        List<String> labels = quickFixes.fixes(resource(broken), firstIssue(new Broken("", Diagnostic.LINKING_DIAGNOSTIC,
                broken))).stream().map(QuickFix::label).toList();
        assertEquals("Scrivi «progettista» (ruolo «Progettista della formazione»)", labels.get(0));
        assertTrue(labels.contains("Crea il ruolo «progetista»"), labels::toString);
        assertTrue(labels.stream().noneMatch(l -> l.contains("competenza")), labels::toString);
    }

    private Issue firstIssue(Broken broken) {
        List<Issue> issues = validation.validate(parse(broken.text()));
        return issues.stream().filter(i -> broken.code().equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError(broken + ": " + broken.code() + " not reported"));
    }

    private ServiceModel parse(String text) {
        try {
            return parser.parse(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private XtextResource resource(String text) {
        return (XtextResource) parse(text).eResource();
    }

    private static long count(List<Issue> issues, String code) {
        return issues.stream().filter(i -> code.equals(i.getCode())).count();
    }

    /** The name a «Crea …» fix declares, whose own findings (what to complete) are new by design; or null. */
    private static String created(String label) {
        return label.startsWith("Crea ") ? label.substring(label.indexOf('«') + 1, label.lastIndexOf('»')) : null;
    }

    /** The findings other than those of a code (and of a created element), as code and message, in order. */
    private static List<String> others(List<Issue> issues, String code, String created) {
        return issues.stream().filter(i -> !code.equals(i.getCode()))
                .filter(i -> created == null || !i.getMessage().contains("«" + created + "»"))
                .map(i -> i.getCode() + " " + i.getMessage()).sorted().collect(Collectors.toList());
    }
}
