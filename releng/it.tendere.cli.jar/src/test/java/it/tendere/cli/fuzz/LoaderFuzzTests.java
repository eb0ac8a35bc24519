// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.inject.Injector;

import it.tendere.dsl.TendereStandaloneSetup;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelChecker;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelLoader;

/**
 * Coverage-guided fuzzing (Jazzer) of the two loaders and the checks behind
 * them: whatever bytes a file holds, loading it either gives a model whose
 * checks all run, or is refused with a {@link ModelFileException} that
 * names the file and says why; never another exception. Run by the build
 * over the committed corpus (src/test/resources/…/LoaderFuzzTestsInputs),
 * and, with JAZZER_FUZZ=1, fuzzed for a fixed time each.
 */
class LoaderFuzzTests {

    private static final Injector INJECTOR = new TendereStandaloneSetup().createInjectorAndDoEMFRegistration();
    private static final ModelLoader LOADER = INJECTOR.getInstance(ModelLoader.class);
    private static final ModelChecker CHECKER = INJECTOR.getInstance(ModelChecker.class);
    private static final Path WORK;

    static {
        try {
            WORK = Files.createTempDirectory("tendere-fuzz");
            WORK.toFile().deleteOnExit();
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static void loadAndCheck(byte[] bytes, String name) throws Exception {
        Path file = WORK.resolve(name);
        Files.write(file, bytes);
        try {
            LoadedModel loaded = LOADER.load(file);
            List<Issue> issues = CHECKER.check(loaded);
            issues.forEach(issue -> assertNotNull(issue.getMessage(), issue::toString));
            // what the parser or EMF found wrong is an error the user sees: never lost on the way
            // (Xtext once dropped a syntax error at the end of a text ending in CR)
            assertTrue(loaded.resource().getErrors().isEmpty()
                    || issues.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR),
                    () -> "errors " + loaded.resource().getErrors() + " reported as " + issues);
        } catch (ModelFileException refused) {
            assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "a refusal says why");
            assertTrue(refused.getMessage().lines().count() == 1, () -> "one line: " + refused.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void textModels(byte[] bytes) throws Exception {
        loadAndCheck(bytes, "fuzz.tendere");
    }

    @FuzzTest(maxDuration = "60s")
    void xmiModels(byte[] bytes) throws Exception {
        loadAndCheck(bytes, "fuzz.servicemodel");
    }
}
