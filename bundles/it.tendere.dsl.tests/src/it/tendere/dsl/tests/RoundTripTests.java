// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelLoader;
import it.tendere.dsl.io.ModelWriter;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.ModelLevel;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServicemodelFactory;

/**
 * Text → model → text and model → XMI → model → text, for every model in
 * models/: each way back gives an equal model.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereInjectorProvider.class)
class RoundTripTests {

    @Inject
    private ModelLoader loader;

    @Inject
    private ModelWriter writer;

    @TempDir
    Path folder;

    static Stream<Path> models() {
        return SampleModels.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void serializedTextParsesToAnEqualModel(Path file) throws Exception {
        ServiceModel original = parseClean(file);
        String text = writer.toText(original);
        ServiceModel reparsed = reparse(text);
        assertEqualModels(original, reparsed, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void xmiRoundTripIsLossless(Path file) throws Exception {
        ServiceModel original = parseClean(file);
        Path xmi = folder.resolve("model.servicemodel");
        Files.write(xmi, writer.toXmi(original));
        LoadedModel loaded = loader.load(xmi);
        assertEqualModels(original, loaded.model(), Files.readString(xmi));
        String text = writer.toText(loaded.model());
        assertEqualModels(original, reparse(text), text);
    }

    @Test
    void unsetAndDefaultValuesSurviveTheRoundTrip() throws Exception {
        // A model only another tool would write: values set to the defaults,
        // optional parts absent, references across sections.
        ServicemodelFactory f = ServicemodelFactory.eINSTANCE;
        ServiceModel model = f.createServiceModel();
        model.setProvince("Provincia di \"Prova\" \\ con virgolette");
        model.setOrganisation(f.createOrganisation());
        Competence competence = f.createCompetence();
        competence.setName("c");
        model.getOrganisation().getCompetences().add(competence);
        var positioning = f.createAspectPositioning();
        positioning.setCurrent(ModelLevel.BASE);
        model.getOrganisation().getPositioning().add(positioning);
        model.setProcessesAndTools(f.createProcessesAndTools());
        var process = f.createProcess();
        process.setName("P1");
        Phase phase = f.createPhase();
        phase.setName("f");
        phase.setPerformer(Performer.PROVINCE);
        process.getPhases().add(phase);
        model.getProcessesAndTools().getProcesses().add(process);
        model.setObjectives(f.createObjectives());
        var reach = f.createReach();
        reach.setPotentialComuni(0);
        model.getObjectives().setReach(reach);

        String text = writer.toText(model);
        ServiceModel reparsed = reparse(text);
        assertEqualModels(model, reparsed, text);
        assertTrue(reparsed.getObjectives().getReach().isSetPotentialComuni(), text);
        assertTrue(!reparsed.getOrganisation().getPositioning().get(0).isSetTarget(), text);
    }

    private ServiceModel parseClean(Path file) {
        try {
            LoadedModel loaded = loader.load(file);
            assertTrue(loaded.resource().getErrors().isEmpty(), () -> file + ": " + loaded.resource().getErrors());
            assertNotNull(loaded.model());
            return loaded.model();
        } catch (Exception e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    private ServiceModel reparse(String text) {
        LoadedModel loaded = loader.parse(text, folder.resolve("reparsed.tendere"));
        List<?> errors = loaded.resource().getErrors();
        assertTrue(errors.isEmpty(), () -> errors + "\n" + text);
        return loaded.model();
    }

    private static void assertEqualModels(ServiceModel expected, ServiceModel actual, String text) {
        assertNotNull(actual, text);
        assertTrue(EcoreUtil.equals(expected, actual), () -> "models differ; written as:\n" + text);
    }
}
