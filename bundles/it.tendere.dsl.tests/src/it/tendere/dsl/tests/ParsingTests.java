// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import it.tendere.format.Sezione2;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ServiceArea;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.SegmentKind;

/**
 * Parses the sample models and checks they say what the format asks.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereInjectorProvider.class)
class ParsingTests {

    @Inject
    private ParseHelper<ServiceModel> parser;

    @Inject
    private ValidationTestHelper validation;

    @Test
    void formazioneIsCompleteAndClean() throws Exception {
        ServiceModel model = parser.parse(SampleModels.read("formazione.tendere"));
        assertNotNull(model);
        validation.assertNoIssues(model);
        assertEquals(ServiceArea.TRAINING, model.getArea());
        assertEquals(47, model.getComuniTotal());
    }

    @Test
    void formazioneCarriesTheNineSeedProcessesInOrder() throws Exception {
        ServiceModel model = parser.parse(SampleModels.read("formazione.tendere"));
        List<String> titles = model.getProcessesAndTools().getProcesses().stream().map(Process::getTitle).toList();
        assertEquals(Sezione2.FORMAZIONE_SEED_PROCESSES, titles);
        for (Process process : model.getProcessesAndTools().getProcesses()) {
            assertTrue(process.getPhases().size() >= 2, process.getName() + " has phases");
            for (Phase phase : process.getPhases()) {
                assertTrue(phase.isSetPerformer(), phase.getName() + " has a performer");
                assertTrue(!phase.getTools().isEmpty() || phase.getPerformer() != Performer.PROVINCE
                        || !phase.getRoles().isEmpty(), phase.getName() + " says how it is done");
            }
        }
    }

    @Test
    void suaCarriesTheSeedExample() throws Exception {
        ServiceModel model = parser.parse(SampleModels.read("sua.tendere"));
        assertNotNull(model);
        validation.assertNoIssues(model);
        assertEquals(ServiceArea.PROCUREMENT, model.getArea());
        assertTrue(model.getObjectives().getMission().getStatement()
                .startsWith("La SUA non è un centro di profitto ma un network pubblico"));
        List<String> profiles = model.getObjectives().getSegments().stream().map(s -> s.getProfile()).toList();
        assertEquals(List.of("Comuni SUA", "Altri enti SUA", "Comuni extra SUA", "Altri enti extra SUA",
                "Utenti occasionali", "Operatori economici"), profiles);
        assertEquals(SegmentKind.EXTENDED, model.getObjectives().getSegments().get(5).getKind());
    }

    @Test
    void accentedKeywordsAndIdentifiersParse() throws Exception {
        ServiceModel model = parser.parse("""
                servizio "Prova" {
                	organizzazione {
                		forma unità-dedicata
                		ruolo attività "Responsabile attività" {
                			responsabilità "Verifica"
                		}
                	}
                }
                """);
        assertNotNull(model);
        assertTrue(model.eResource().getErrors().isEmpty(), () -> model.eResource().getErrors().toString());
        assertEquals("attività", model.getOrganisation().getRoles().get(0).getName());
        assertEquals(List.of("Verifica"), model.getOrganisation().getRoles().get(0).getResponsibilities());
        assertEquals(it.tendere.servicemodel.OrganisationalForm.DEDICATED_UNIT, model.getOrganisation().getForm());
    }
}
