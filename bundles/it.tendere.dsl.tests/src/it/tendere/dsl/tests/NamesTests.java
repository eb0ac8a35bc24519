// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import it.tendere.dsl.services.TendereGrammarAccess;
import it.tendere.format.IssueCodes;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.ServiceModel;

/**
 * Names are identities: one per element within its kind (phases within their
 * process), never a word of the language unless written with {@code ^}; and
 * every element has one {@link ElementId} that finds it again.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereInjectorProvider.class)
class NamesTests {

    @Inject
    private ParseHelper<ServiceModel> parser;

    @Inject
    private ValidationTestHelper validation;

    @Inject
    private TendereGrammarAccess grammar;

    /** For each kind that can be referred to: a model declaring one name twice, the kind's word, the second line. */
    static Stream<Arguments> duplicates() {
        return Stream.of(
                Arguments.of("segmento di utenza", """
                        servizio "S" { obiettivi { utenza {
                        segmento piccoli diretta { }
                        segmento piccoli allargata { }
                        } } }"""),
                Arguments.of("prestazione", """
                        servizio "S" { obiettivi {
                        prestazione principale corsi "Corsi" { }
                        prestazione accessoria corsi "Altri corsi" { }
                        } }"""),
                Arguments.of("ruolo", """
                        servizio "S" { organizzazione {
                        ruolo tutor "Tutor d'aula" { }
                        ruolo tutor "Tutor a distanza" { }
                        } }"""),
                Arguments.of("competenza", """
                        servizio "S" { organizzazione {
                        competenza diritto "Diritto" { }
                        competenza diritto "Diritto del lavoro" { }
                        } }"""),
                Arguments.of("soggetto esterno", """
                        servizio "S" { organizzazione {
                        soggetto ateneo "Università"
                        soggetto ateneo "Politecnico"
                        } }"""),
                Arguments.of("processo", """
                        servizio "S" { processi {
                        processo P1 "Rilevazione" { fase a "A" { svolta da provincia } }
                        processo P1 "Piano" { fase a "A" { svolta da provincia } }
                        } }"""),
                Arguments.of("fase", """
                        servizio "S" { processi {
                        processo P1 "Rilevazione" { fase x "X" { svolta da provincia } fase y "Y" { svolta da comune } }
                        processo P2 "Piano" { fase a "A" { svolta da provincia }
                        fase a "Ancora A" { svolta da comune } }
                        } }"""),
                Arguments.of("strumento", """
                        servizio "S" { processi {
                        strumento scheda "Scheda" { }
                        strumento scheda "Altra scheda" { }
                        } }"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicates")
    void aSecondDeclarationOfANameIsAnErrorNamingTheFirstsLine(String kind, String text) throws Exception {
        List<Issue> duplicates = validation.validate(parser.parse(text)).stream()
                .filter(i -> IssueCodes.DUPLICATE_NAME.equals(i.getCode())).toList();
        assertEquals(1, duplicates.size(), () -> "one error, on the second declaration: " + duplicates);
        Issue issue = duplicates.get(0);
        assertEquals(Severity.ERROR, issue.getSeverity());
        int first = text.lines().toList().indexOf(text.lines().filter(l -> l.contains(" " + name(issue) + " ")).findFirst()
                .orElseThrow()) + 1;
        assertTrue(issue.getMessage().contains("un altro elemento di tipo " + kind + ", alla riga " + first),
                issue::getMessage);
        assertTrue(issue.getLineNumber() > first, () -> "reported on the second one, line " + issue.getLineNumber());
    }

    private static String name(Issue issue) {
        return issue.getMessage().replaceAll(".*il nome «([^»]+)».*", "$1");
    }

    @Test
    void theSameNameInTwoKindsOrTwoProcessesIsFine() throws Exception {
        ServiceModel model = parser.parse("""
                servizio "S" {
                organizzazione { ruolo tutor "Tutor" { } competenza tutor "Tutoraggio" { } }
                processi { processo P1 "Uno" { fase a "A" { svolta da provincia } }
                processo P2 "Due" { fase a "A" { svolta da comune } } }
                }""");
        assertTrue(validation.validate(model).stream().noneMatch(i -> IssueCodes.DUPLICATE_NAME.equals(i.getCode())));
        assertEquals("Phase:P2/a", ElementId.of(model.getProcessesAndTools().getProcesses().get(1).getPhases().get(0)));
        assertEquals(model.getProcessesAndTools().getProcesses().get(1).getPhases().get(0),
                ElementId.find(model, "Phase:P2/a"));
        assertEquals(model.getOrganisation().getCompetences().get(0), ElementId.find(model, "Competence:tutor"));
    }

    @Test
    void everyElementOfTheSampleIsFoundAgainByItsIdentity() throws Exception {
        ServiceModel model = parser.parse(SampleModels.read("formazione.tendere"));
        int elements = 0;
        for (var all = model.eAllContents(); all.hasNext();) {
            var element = all.next();
            assertEquals(element, ElementId.find(model, ElementId.of(element)), () -> ElementId.of(element));
            elements++;
        }
        assertTrue(elements > 90, "the sample has " + elements + " elements");
        assertEquals("/organisation/positioning.2", ElementId.of(model.getOrganisation().getPositioning().get(2)));
    }

    @Test
    void aReservedWordAsANameIsOneErrorThatSaysSo() throws Exception {
        ServiceModel model = parser.parse("""
                servizio "S" { provincia "P" comuni 10 ambito formazione obiettivi { utenza {
                segmento dipendenti allargata { profilo "Dipendenti dei Comuni" }
                } } }""");
        Resource resource = model.eResource();
        assertEquals(List.of(), resource.getErrors(), "the parser goes on");
        List<Issue> errors = validation.validate(model).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(IssueCodes.RESERVED_NAME, errors.get(0).getCode());
        assertTrue(errors.get(0).getMessage().contains(
                "«dipendenti» è una parola riservata del linguaggio e non può essere un nome: scrivi ^dipendenti"),
                errors.get(0).getMessage());
    }

    @Test
    void everyWordOfTheLanguageIsAcceptedAsANameSoThatItCanBeReportedAsReserved() {
        Set<String> words = new TreeSet<>();
        for (AbstractRule rule : grammar.getGrammar().getRules()) {
            if (!(rule instanceof TerminalRule) && rule != grammar.getValidIDRule()) {
                GrammarUtil.containedKeywords(rule).stream().map(Keyword::getValue)
                        .filter(w -> w.codePoints().allMatch(Character::isLetter)).forEach(words::add);
            }
        }
        Set<String> accepted = new TreeSet<>(GrammarUtil.containedKeywords(grammar.getValidIDRule()).stream()
                .map(Keyword::getValue).toList());
        assertEquals(words, accepted, "ValidID in Tendere.xtext lists every word of the language");
    }

    @Test
    void aOneLetterNameIsNoReservedWord() throws Exception {
        ServiceModel model = parser.parse("""
                servizio "S" { processi { processo P1 "Uno" { fase a "A" { svolta da provincia } } } }""");
        assertTrue(validation.validate(model).stream().noneMatch(i -> IssueCodes.RESERVED_NAME.equals(i.getCode())));
    }

    @Test
    void aReservedWordWithACaretIsAName() throws Exception {
        ServiceModel model = parser.parse("""
                servizio "S" { obiettivi { utenza {
                segmento ^dipendenti allargata { profilo "Dipendenti dei Comuni" }
                } prestazione principale corsi "Corsi" { per ^dipendenti } } }""");
        assertEquals(List.of(), model.eResource().getErrors());
        assertEquals("dipendenti", model.getObjectives().getSegments().get(0).getName());
        assertEquals(model.getObjectives().getSegments().get(0), model.getObjectives().getServices().get(0).getSegments().get(0));
        assertTrue(validation.validate(model).stream().noneMatch(i -> IssueCodes.RESERVED_NAME.equals(i.getCode())));
    }

    @Test
    void aReservedWordWhereANameIsReferredToSaysSoToo() throws Exception {
        ServiceModel model = parser.parse("""
                servizio "S" { obiettivi { utenza { segmento ^dipendenti allargata { } }
                prestazione principale corsi "Corsi" { per dipendenti } } }""");
        List<String> messages = model.eResource().getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
        assertTrue(messages.get(0).startsWith("«dipendenti» è una parola riservata"), messages::toString);
    }

    @Test
    void theEndOfTheFileIsFeminine() throws Exception {
        ServiceModel model = parser.parse("servizio \"S\" { organizzazione { ruolo tutor \"Tutor\" {");
        List<String> messages = model.eResource().getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("la fine del file non attesa")
                || m.startsWith("la fine del file non è ammessa")), messages::toString);
        assertTrue(messages.stream().noneMatch(m -> m.contains("fine del file non atteso")), messages::toString);
    }
}
