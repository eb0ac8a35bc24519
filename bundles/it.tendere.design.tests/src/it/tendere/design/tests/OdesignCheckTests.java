// SPDX-License-Identifier: EPL-2.0
package it.tendere.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import it.tendere.design.Activator;
import it.tendere.design.Services;
import it.tendere.servicemodel.ServicemodelPackage;

/**
 * tendere.odesign checked against Sirius's own metamodels and the project's
 * metamodel, and the check itself shown to catch each kind of mistake.
 */
class OdesignCheckTests {

    private static SiriusMetamodels sirius;
    private static Path design;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadSirius() {
        Path shared = Path.of(System.getProperty("tendere.sirius", "../shared/sirius"));
        String absent = "SKIPPED: Sirius's metamodels are not at " + shared.toAbsolutePath().normalize()
                + " (shared/sirius beside the checkout), so the viewpoint cannot be checked here";
        if (!Files.isDirectory(shared.resolve("metamodels"))) {
            System.err.println(absent);
        }
        assumeTrue(Files.isDirectory(shared.resolve("metamodels")), absent);
        sirius = SiriusMetamodels.load(shared);
        design = Path.of(System.getProperty("tendere.design"));
    }

    private static OdesignChecker checker() {
        return new OdesignChecker(sirius, List.of(ServicemodelPackage.eINSTANCE),
                Map.of(Activator.PLUGIN_ID, design), false, Services.class.getClassLoader());
    }

    private static Path odesign() {
        return design.resolve("description/tendere.odesign");
    }

    @Test
    void theViewpointIsClean() {
        OdesignChecker.Report report = checker().check(odesign());
        assertTrue(report.clean(), () -> String.join("\n", report.findings().stream().map(Finding::toString).toList()));
        assertTrue(report.expressions() > 100, "the check reached the expressions: " + report.expressions());
        System.out.println("tendere.odesign: " + report.expressions() + " expressions checked, " + report.unverified()
                + " steps unverified");
    }

    @Test
    void theViewpointHasWhatTheAnalystsNeed() throws IOException {
        String text = Files.readString(odesign());
        for (String representation : List.of("name=\"Organizzazione\"", "name=\"Mappa dei processi\"",
                "name=\"Il modello a tendere\"", "name=\"Utenza\"", "name=\"Modello base vs avanzato\"")) {
            assertTrue(text.contains(representation), representation);
        }
        for (String otherLanguage : List.of("\"feature:", "\"var:", "\"service:", "\"ocl:", "\"[")) {
            assertTrue(!text.contains(otherLanguage), "expressions are AQL only, not " + otherLanguage);
        }
        for (String column : List.of("Tipologia di utenza", "Profilo di utenza", "Descrizione")) {
            assertTrue(text.contains("headerLabelExpression=\"aql:'" + column + "'\""), column);
        }
    }

    /** A deliberate mistake, and the kind of finding it must give. */
    record Breakage(String name, Finding.Kind expected, String find, String replace) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage("misspelt Sirius attribute", Finding.Kind.LOAD,
                        "semanticCandidatesExpression=\"aql:self.organisation.providers\"",
                        "semanticCandidatesExpresion=\"aql:self.organisation.providers\""),
                new Breakage("unknown Sirius type", Finding.Kind.LOAD,
                        "xsi:type=\"tool_1:EdgeCreationDescription\" name=\"LinkRoleCompetence\"",
                        "xsi:type=\"tool_1:EdgeCreateDescription\" name=\"LinkRoleCompetence\""),
                new Breakage("unknown domain class", Finding.Kind.DOMAIN_CLASS,
                        "domainClass=\"servicemodel::ExternalProvider\"", "domainClass=\"servicemodel::Provider\""),
                new Breakage("wrong feature in an AQL path", Finding.Kind.EXPRESSION_TYPE,
                        "aql:self.organisation.providers", "aql:self.organisation.suppliers"),
                new Breakage("wrong feature in a nested AQL lambda", Finding.Kind.EXPRESSION_TYPE,
                        "select(r | r.coordination)", "select(r | r.coordinator)"),
                new Breakage("dangling mapping reference", Finding.Kind.UNRESOLVED,
                        "/@nodeMappings[name='ProviderNode']\" targetFinderExpression",
                        "/@nodeMappings[name='SupplierNode']\" targetFinderExpression"),
                new Breakage("missing icon", Finding.Kind.ICON, "icons/soggetto.svg", "icons/fornitore.svg"),
                new Breakage("unknown system colour", Finding.Kind.UNRESOLVED,
                        "@entries[name='light_yellow']", "@entries[name='canary_yellow']"),
                new Breakage("wrong feature in a SetValue", Finding.Kind.FEATURE,
                        "featureName=\"provider\" valueExpression=\"aql:target\"",
                        "featureName=\"supplier\" valueExpression=\"aql:target\""),
                new Breakage("unknown enum literal", Finding.Kind.EXPRESSION_TYPE,
                        "servicemodel::Performer::EXTERNAL)", "servicemodel::Performer::OUTSOURCED)"),
                new Breakage("AQL syntax error", Finding.Kind.EXPRESSION_SYNTAX,
                        "aql:self.organisation.providers\"", "aql:self.organisation.providers)\""),
                new Breakage("candidates of the wrong class", Finding.Kind.EXPRESSION_TYPE,
                        "semanticCandidatesExpression=\"aql:self.organisation.providers\"",
                        "semanticCandidatesExpression=\"aql:self.organisation.roles\""),
                new Breakage("unknown variable", Finding.Kind.EXPRESSION_TYPE,
                        "browseExpression=\"aql:source\"", "browseExpression=\"aql:origin\""),
                new Breakage("missing Java service", Finding.Kind.EXPRESSION_TYPE,
                        "aql:self.baseText()", "aql:self.basicText()"),
                new Breakage("required value missing", Finding.Kind.CONSTRAINT,
                        " domainClass=\"servicemodel::Tool\">", ">"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void theCheckCatchesEachKindOfMistake(Breakage breakage) throws IOException {
        String original = Files.readString(odesign());
        String broken = original.replaceFirst(java.util.regex.Pattern.quote(breakage.find()),
                java.util.regex.Matcher.quoteReplacement(breakage.replace()));
        assertNotEquals(original, broken, "the breakage applies");
        Path file = folder.resolve("tendere.odesign");
        Files.writeString(file, broken);
        OdesignChecker.Report report = checker().check(file);
        assertTrue(report.findings().stream().anyMatch(f -> f.kind() == breakage.expected()),
                () -> breakage.name() + " gives no " + breakage.expected() + " finding: " + report.findings());
    }

    @Test
    void basicFamilySamplePasses() {
        assertSamplePasses("basicfamily-advanced/basicfamily.ecore", "basicfamily-advanced/basicfamily.odesign");
    }

    @Test
    void ecoreToolsSamplePasses() {
        assertSamplePasses("ecoretools/deps/GenModel.ecore", "ecoretools/ecore.odesign");
    }

    /** A public design, checked as someone else's: its icons and Java services are not here, so only unverified. */
    private void assertSamplePasses(String metamodel, String odesign) {
        Path samples = Path.of(System.getProperty("tendere.sirius", "../shared/sirius")).resolve("samples");
        OdesignChecker checker = new OdesignChecker(sirius, List.of(loadEcore(samples.resolve(metamodel))), Map.of(),
                true, getClass().getClassLoader());
        OdesignChecker.Report report = checker.check(samples.resolve(odesign));
        System.out.println(odesign + ": " + report.expressions() + " expressions checked, " + report.unverified()
                + " steps unverified");
        assertEquals(List.of(), report.findings(),
                () -> String.join("\n", report.findings().stream().map(Finding::toString).toList()));
    }

    private static EPackage loadEcore(Path ecore) {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put("platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore",
                org.eclipse.emf.ecore.EcorePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource resource = resourceSet.getResource(URI.createFileURI(ecore.toAbsolutePath().toString()), true);
        return (EPackage) resource.getContents().get(0);
    }
}
