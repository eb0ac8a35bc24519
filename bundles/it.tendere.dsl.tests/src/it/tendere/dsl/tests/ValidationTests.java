// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import it.tendere.dsl.i18n.Messages;
import it.tendere.format.IssueCodes;
import it.tendere.servicemodel.ServiceModel;

/**
 * Every check of the format, each on the clean Formazione model (where it
 * must stay silent) and on that model broken in the one way it must catch.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereInjectorProvider.class)
class ValidationTests {

    /**
     * Codes tested through the model API or XMI (HostileInputTests), since the
     * grammar cannot write what they catch.
     */
    private static final Set<String> API_ONLY = Set.of(IssueCodes.NAME_MISSING, IssueCodes.NEGATIVE_NUMBER,
            IssueCodes.NAME_INVALID);

    @Inject
    private ParseHelper<ServiceModel> parser;

    @Inject
    private ValidationTestHelper validation;

    record Case(String code, Severity severity, UnaryOperator<String> breakage) {
        @Override
        public String toString() {
            return code;
        }
    }

    static Case replace(String code, Severity severity, String find, String by) {
        return new Case(code, severity, text -> text.replace(find, by));
    }

    static Case regex(String code, Severity severity, String pattern, String by) {
        return new Case(code, severity, text -> Pattern.compile(pattern, Pattern.MULTILINE | Pattern.DOTALL)
                .matcher(text).replaceAll(by));
    }

    static Case removeLine(String code, Severity severity, String lineStart) {
        return regex(code, severity, "^\\t*" + Pattern.quote(lineStart) + "[^\\n]*\\n", "");
    }

    private static final Severity E = Severity.ERROR;
    private static final Severity W = Severity.WARNING;
    private static final String NEW_TOOL_PLACE = "\t\terogazione competenze-interne {";
    private static final String NEW_PROCESS_PLACE = "\t\tstrumento schedaProfili";

    static Stream<Case> cases() {
        return Stream.of(
                // Front matter
                removeLine(IssueCodes.PROVINCE_MISSING, E, "provincia \"Provincia di Valdaro\""),
                removeLine(IssueCodes.COMUNI_TOTAL_MISSING, E, "comuni 47"),
                removeLine(IssueCodes.AREA_MISSING, E, "ambito formazione"),
                removeLine(IssueCodes.DATE_MISSING, W, "data \"2026-11-20\""),
                replace(IssueCodes.DATE_INVALID, E, "data \"2026-11-20\"", "data \"2026-02-30\""),
                removeLine(IssueCodes.VERSION_MISSING, W, "versione \"1.0\""),
                replace(IssueCodes.SERVICE_TITLE_MISSING, W,
                        "servizio \"Servizio associato per la formazione del personale dei Comuni\" {", "servizio {"),
                replace(IssueCodes.TITLE_MISSING, W, "ruolo responsabile \"Responsabile del servizio associato\" {",
                        "ruolo responsabile {"),
                replace(IssueCodes.RESERVED_NAME, E, "ruolo responsabile \"", "ruolo dipendenti \""),
                replace(IssueCodes.DUPLICATE_NAME, E, "ruolo responsabile \"", "ruolo tutor \""),
                replace(IssueCodes.TEXT_TOO_LONG, E, "versione \"1.0\"", "versione \"" + "1".repeat(20_001) + "\""),
                replace(IssueCodes.TEXT_UNPRINTABLE, E, "versione \"1.0\"", "versione \"1.0\\u001B[2J\""),
                replace(IssueCodes.AUTHORS_MISSING, W, "autori \"Giulia Ferrari\", \"Marco Esposito\"", "autori \" \""),
                regex(IssueCodes.OBJECTIVES_MISSING, W, "^\\tobiettivi \\{.*?\\n\\t\\}\\n", ""),
                regex(IssueCodes.ORGANISATION_MISSING, W, "^\\torganizzazione \\{.*?\\n\\t\\}\\n", ""),
                regex(IssueCodes.PROCESSES_MISSING, W, "^\\tprocessi \\{.*?\\n\\t\\}\\n", ""),
                // 2.1
                removeLine(IssueCodes.MISSION_MISSING, W, "dichiarazione "),
                removeLine(IssueCodes.MISSION_INCOMPLETE, W, "principi "),
                replace(IssueCodes.DIRECT_USERS_MISSING, W, " diretta {", " allargata {"),
                removeLine(IssueCodes.SEGMENT_INCOMPLETE, W, "profilo \"Unioni di Comuni\""),
                replace(IssueCodes.SEGMENT_ABOVE_TOTAL, E, "numero 31", "numero 48"),
                removeLine(IssueCodes.REACH_NOT_QUANTIFIED, W, "comuni coinvolgibili 40"),
                replace(IssueCodes.REACH_ABOVE_TOTAL, E, "comuni coinvolgibili 40", "comuni coinvolgibili 48"),
                removeLine(IssueCodes.DEMAND_NOT_QUANTIFIED, W, "unità \"edizioni"),
                replace(IssueCodes.CORE_SERVICE_MISSING, W, "prestazione principale", "prestazione accessoria"),
                replace(IssueCodes.SERVICE_TIMING_MISSING, W,
                        "obbligatoria\" {\n\t\t\tessenziale\n", "obbligatoria\" {\n"),
                replace(IssueCodes.ESSENTIAL_SERVICE_MISSING, W, "\t\t\tessenziale\n\t\t\tper", "\t\t\tevolutiva\n\t\t\tper"),
                removeLine(IssueCodes.ACCESSORY_CATEGORY_MISSING, W, "categoria consulenza"),
                replace(IssueCodes.ACCESSORY_SERVICES_MISSING, W, "prestazione accessoria", "prestazione principale"),
                replace(IssueCodes.CORE_SERVICE_CATEGORY, W,
                        "obbligatoria\" {\n", "obbligatoria\" {\n\t\t\tcategoria privacy\n"),
                removeLine(IssueCodes.SERVICE_SEGMENTS_MISSING, W, "per personale"),
                replace(IssueCodes.PERIMETER_INCLUDED_MISSING, W, "incluso \"", "escluso \""),
                replace(IssueCodes.PERIMETER_EXCLUDED_MISSING, W, "escluso \"", "incluso \""),
                removeLine(IssueCodes.ADDED_VALUE_MISSING, W, "valore "),
                replace(IssueCodes.ADDED_VALUE_EXAMPLES_MISSING, W,
                        " esempi \"Piano costruito sulla mappatura delle competenze\"", ""),
                // 2.2
                removeLine(IssueCodes.ORGANISATIONAL_FORM_MISSING, W, "forma unità-dedicata"),
                removeLine(IssueCodes.COORDINATION_MISSING, W, "coordinamento"),
                replace(IssueCodes.COORDINATION_AMBIGUOUS, E,
                        "\"Progettista della formazione\" {\n", "\"Progettista della formazione\" {\n\t\t\tcoordinamento\n"),
                regex(IssueCodes.OPERATIONAL_ROLES_MISSING, W, "^(\\t\\truolo (?!responsabile)\\w+ \"[^\"]*\" \\{\\n)",
                        "$1\t\t\tcoordinamento\n"),
                replace(IssueCodes.HEADCOUNT_MISSING, W, "\t\t\tpersone 1\n\t\t\tresponsabilità \"Assiste",
                        "\t\t\tresponsabilità \"Assiste"),
                removeLine(IssueCodes.ROLE_RESPONSIBILITIES_MISSING, W, "responsabilità \""),
                removeLine(IssueCodes.WORKLOAD_INCOMPLETE, W, "programmazione \"Piano annuale"),
                replace(IssueCodes.NON_NEGOTIABLE_UNCOVERED, W, "categoria digitale\n\t\t\tinterna\n\t\t\tnon negoziabile\n",
                        "categoria digitale\n\t\t\tinterna\n"),
                replace(IssueCodes.COMPETENCE_CATEGORY_MISSING, W, "\t\t\tcategoria tecnica\n\t\t\testerna\n\t\t\tfornitore ateneo",
                        "\t\t\testerna\n\t\t\tfornitore ateneo"),
                replace(IssueCodes.COMPETENCE_SOURCING_MISSING, W, "\t\t\testerna\n\t\t\tfornitore enteFormazione",
                        "\t\t\tfornitore enteFormazione"),
                removeLine(IssueCodes.EXTERNAL_PROVIDER_MISSING, W, "fornitore ateneo"),
                replace(IssueCodes.INTERNAL_WITH_PROVIDER, W, "categoria giuridico-amministrativa\n\t\t\tinterna\n",
                        "categoria giuridico-amministrativa\n\t\t\tinterna\n\t\t\tfornitore ateneo\n"),
                removeLine(IssueCodes.COMUNI_RESPONSIBILITIES_MISSING, W, "ai comuni "),
                removeLine(IssueCodes.PROVINCE_RESPONSIBILITIES_MISSING, W, "alla provincia "),
                removeLine(IssueCodes.ASPECT_MISSING, W, "staffing attuale"),
                replace(IssueCodes.ASPECT_DUPLICATE, E, "staffing attuale", "struttura attuale"),
                replace(IssueCodes.ASPECT_CURRENT_MISSING, W, "rapporto attuale base obiettivo avanzato", "rapporto obiettivo avanzato"),
                replace(IssueCodes.ASPECT_TARGET_MISSING, W, "rapporto attuale base obiettivo avanzato", "rapporto attuale base"),
                // 2.3
                replace(IssueCodes.PROCESS_PHASES_MISSING, E, NEW_PROCESS_PLACE,
                        "\t\tprocesso P10 \"Vuoto\" {\n\t\t}\n" + NEW_PROCESS_PLACE),
                replace(IssueCodes.ESSENTIAL_PHASE_MISSING, W, NEW_PROCESS_PLACE,
                        "\t\tprocesso P10 \"Senza fasi essenziali\" {\n\t\t\tfase unica {\n\t\t\t\tsvolta da provincia\n\t\t\t}\n\t\t}\n"
                                + NEW_PROCESS_PLACE),
                replace(IssueCodes.PHASE_PERFORMER_MISSING, E, "\t\t\t\tsvolta da comune\n\t\t\t\tstrumenti schedaProfili",
                        "\t\t\t\tstrumenti schedaProfili"),
                removeLine(IssueCodes.EXTERNAL_PARTY_MISSING, E, "soggetto ateneo"),
                replace(IssueCodes.PARTY_NOT_EXTERNAL, E, "svolta da esterno\n\t\t\t\tsoggetto ateneo",
                        "svolta da provincia\n\t\t\t\tsoggetto ateneo"),
                removeLine(IssueCodes.SHARED_BOUNDARY_MISSING, W, "confine \"Il Comune indica"),
                regex(IssueCodes.TOOLS_MISSING, W, "^\\t\\tstrumento \\w+ \"[^\"]*\" \\{.*?\\n\\t\\t\\}\\n", ""),
                removeLine(IssueCodes.TOOL_KIND_MISSING, W, "tipo modulistica"),
                replace(IssueCodes.TOOL_STATUS_MISSING, W, "\t\t\tesistente\n\t\t\tdigitalizzazione nessuna",
                        "\t\t\tdigitalizzazione nessuna"),
                removeLine(IssueCodes.TOOL_DIGITAL_MISSING, W, "digitalizzazione nessuna"),
                replace(IssueCodes.TOOL_UNUSED, W, NEW_TOOL_PLACE,
                        "\t\tstrumento inutile \"Inutile\" {\n\t\t\ttipo software\n\t\t\tesistente\n"
                                + "\t\t\tdigitalizzazione completa\n\t\t}\n" + NEW_TOOL_PLACE),
                regex(IssueCodes.DELIVERY_BLOCK_MISSING, W, "^\\t\\terogazione procedure \\{.*?\\n\\t\\t\\}\\n", ""),
                replace(IssueCodes.DELIVERY_ELEMENT_MISSING, W, "elemento \"Tutor\" dettaglio", "elemento dettaglio"),
                replace(IssueCodes.DELIVERY_BLOCK_DUPLICATE, E, "erogazione procedure {", "erogazione infrastrutture {"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleStaysSilentOnTheCleanModelAndCatchesItsBreakage(Case rule) throws Exception {
        String clean = SampleModels.read("formazione.tendere");
        List<Issue> cleanIssues = validation.validate(parser.parse(clean));
        assertTrue(cleanIssues.isEmpty(), () -> "the clean model has no findings: " + describe(cleanIssues));

        String broken = rule.breakage().apply(clean);
        assertNotEquals(clean, broken, "the breakage changes the model");
        List<Issue> issues = validation.validate(parser.parse(broken));
        List<Issue> hits = issues.stream().filter(i -> rule.code().equals(i.getCode())).toList();
        assertTrue(!hits.isEmpty(), () -> rule.code() + " not reported; reported: " + describe(issues));
        for (Issue hit : hits) {
            assertEquals(rule.severity(), hit.getSeverity(), hit.getMessage());
            assertTrue(hit.getMessage().matches("^(Frontespizio|2(\\.[123])? [A-Z][^:]*): .+"),
                    () -> "names its paragraph: " + hit.getMessage());
        }
    }

    @Test
    void everyIssueCodeIsTested() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (Field field : IssueCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                declared.add((String) field.get(null));
            }
        }
        Set<String> tested = cases().map(Case::code).collect(Collectors.toCollection(TreeSet::new));
        tested.addAll(API_ONLY);
        assertEquals(declared, tested);
    }

    @Test
    void messagesAreItalianFirstAndEnglishOnRequest() throws Exception {
        String broken = SampleModels.read("formazione.tendere").replace("\t\t\tcoordinamento\n", "");
        ServiceModel model = parser.parse(broken);
        try {
            validation.assertWarning(model, model.getOrganisation().eClass(), IssueCodes.COORDINATION_MISSING,
                    "2.2 Assetto organizzativo: manca un punto di responsabilità (coordinamento)");
            Messages.setLanguage("en");
            validation.assertWarning(model, model.getOrganisation().eClass(), IssueCodes.COORDINATION_MISSING,
                    "2.2 Assetto organizzativo: no point of responsibility (coordination)");
        } finally {
            Messages.setLanguage("it");
        }
    }

    @Test
    void danglingReferenceIsAnError() throws Exception {
        String broken = SampleModels.read("formazione.tendere")
                .replace("per comuniPiccoli, comuniGrandi, unioni", "per comuniPiccoli, comuniMedi");
        List<Issue> issues = validation.validate(parser.parse(broken));
        assertTrue(issues.stream().anyMatch(i -> Diagnostic.LINKING_DIAGNOSTIC.equals(i.getCode())
                && i.getSeverity() == Severity.ERROR && i.getMessage().contains("comuniMedi")), issues::toString);
    }

    @Test
    void missingNameIsAnError() throws Exception {
        ServiceModel model = parser.parse(SampleModels.read("formazione.tendere"));
        model.getProcessesAndTools().getTools().get(0).setName(null);
        validation.assertError(model, model.getProcessesAndTools().getTools().get(0).eClass(), IssueCodes.NAME_MISSING);
        ServiceModel clean = parser.parse(SampleModels.read("formazione.tendere"));
        assertTrue(validation.validate(clean).stream().noneMatch(i -> IssueCodes.NAME_MISSING.equals(i.getCode())));
    }

    @Test
    void negativeNumberIsAnError() throws Exception {
        ServiceModel model = parser.parse(SampleModels.read("formazione.tendere"));
        model.getOrganisation().getRoles().get(1).setHeadcount(-2);
        validation.assertError(model, model.getOrganisation().getRoles().get(1).eClass(), IssueCodes.NEGATIVE_NUMBER,
                "il numero di persone non può essere negativo");
        ServiceModel clean = parser.parse(SampleModels.read("formazione.tendere"));
        assertTrue(validation.validate(clean).stream().noneMatch(i -> IssueCodes.NEGATIVE_NUMBER.equals(i.getCode())));
    }

    private static List<String> describe(List<Issue> issues) {
        return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + ": " + i.getMessage()).toList();
    }
}
