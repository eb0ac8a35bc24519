// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import it.tendere.docgen.DocumentGenerator;
import it.tendere.docgen.view.Section2View;
import it.tendere.dsl.tests.SampleModels;
import it.tendere.dsl.tests.TendereInjectorProvider;
import it.tendere.format.IssueCodes;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.Service;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.Tool;

/**
 * The warnings and the placeholders tell one truth: on models broken on
 * purpose, every warning about the document's content has a placeholder at
 * the element it concerns, and every placeholder (the diagrams' included) is
 * announced by a warning of that element, compared as (check, element) pairs.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereInjectorProvider.class)
class PlaceholderWarningTests {

    /**
     * The checks whose finding is not a hole in the document, and why: each
     * says something is wrong or inconsistent in what is there, which the
     * document prints as it is.
     */
    private static final Map<String, String> NOT_ABOUT_CONTENT = Map.of(
            IssueCodes.SERVICE_SEGMENTS_MISSING, "the overview links the service to the mission instead",
            IssueCodes.CORE_SERVICE_CATEGORY, "a category too many, not one missing",
            IssueCodes.INTERNAL_WITH_PROVIDER, "a provider too many, not one missing",
            IssueCodes.TOOL_UNUSED, "the tool is listed; no phase uses it",
            IssueCodes.DATE_INVALID, "an error: no document is written");

    @Inject
    private ParseHelper<ServiceModel> parser;

    @Inject
    private IResourceValidator validator;

    static Stream<Arguments> brokenModels() {
        return Stream.of(
                Arguments.of("formazione.tendere", "every optional value of every element unset",
                        (Consumer<ServiceModel>) PlaceholderWarningTests::unsetEverything),
                Arguments.of("formazione.tendere", "parts removed", (Consumer<ServiceModel>) model -> {
                    model.getObjectives().setMission(null);
                    model.getObjectives().setReach(null);
                    model.getObjectives().getSegments().forEach(s -> s.setKind(it.tendere.servicemodel.SegmentKind.EXTENDED));
                    model.getObjectives().getServices().removeIf(s -> s.getKind() == it.tendere.servicemodel.ServiceKind.ACCESSORY);
                    model.getOrganisation().setWorkload(null);
                    model.getOrganisation().getRoles().forEach(r -> r.setCoordination(false));
                    model.getOrganisation().getCompetences().forEach(c -> c.setNonNegotiable(false));
                    model.getOrganisation().getPositioning().remove(0);
                    model.getProcessesAndTools().getDeliveryBlocks().remove(0);
                    model.getProcessesAndTools().getProcesses().forEach(p -> p.getPhases().forEach(f -> f.setEssential(false)));
                }),
                Arguments.of("sua.tendere", "titles removed", (Consumer<ServiceModel>) model -> {
                    model.setTitle(null);
                    model.eAllContents().forEachRemaining(e -> {
                        if (e instanceof it.tendere.servicemodel.TitledElement titled) {
                            titled.setTitle(null);
                        }
                    });
                }),
                Arguments.of("templates/selezione.tendere", "a new model's skeleton",
                        (Consumer<ServiceModel>) model -> model.setComuniTotal(30)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenModels")
    void everyWarningHasItsPlaceholderAndEveryPlaceholderItsWarning(String file, String how,
            Consumer<ServiceModel> breakIt) throws Exception {
        ServiceModel model = parser.parse(SampleModels.read(file).replace("{{PROVINCIA}}", "Provincia di Prova")
                .replace("{{DATA}}", "2026-11-26"));
        breakIt.accept(model);
        List<Issue> issues = validator.validate(model.eResource(), CheckMode.ALL, CancelIndicator.NullImpl);
        assertTrue(issues.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR), () -> "no error, so a document is "
                + "written: " + issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).map(Issue::getMessage).toList());
        Set<String> warned = new TreeSet<>();
        for (Issue issue : issues) {
            if (issue.getCode() != null && !NOT_ABOUT_CONTENT.containsKey(issue.getCode())) {
                EObject element = ((XtextResource) model.eResource()).getEObject(issue.getUriToProblem().fragment());
                warned.add(issue.getCode() + " " + ElementId.of(element));
            }
        }
        Section2View view = DocumentGenerator.view(model);
        Set<String> placed = new TreeSet<>();
        view.placeholders().forEach(p -> placed.add(p.code() + " " + p.element()));
        assertTrue(warned.size() > 5, () -> "the model is broken enough to say something: " + warned);
        assertEquals(warned, placed, "(check, element) of the warnings and of the placeholders");
    }

    /** Unsets what the grammar lets a user leave out, element by element. */
    private static void unsetEverything(ServiceModel model) {
        model.setVersion(null);
        model.getAuthors().clear();
        model.eAllContents().forEachRemaining(element -> {
            if (element instanceof it.tendere.servicemodel.UserSegment segment) {
                segment.setProfile(null);
                segment.setDescription(null);
            } else if (element instanceof Service service) {
                service.unsetTiming();
                service.unsetCategory();
            } else if (element instanceof Role role) {
                role.unsetHeadcount();
                role.getResponsibilities().clear();
            } else if (element instanceof Competence competence) {
                competence.unsetCategory();
                competence.unsetSourcing();
                competence.setProvider(null);
            } else if (element instanceof Phase phase) {
                if (phase.getPerformer() == it.tendere.servicemodel.Performer.SHARED) {
                    phase.setBoundary(null);
                }
            } else if (element instanceof Tool tool) {
                tool.unsetKind();
                tool.unsetStatus();
                tool.unsetDigital();
            } else if (element instanceof it.tendere.servicemodel.AspectPositioning positioning) {
                positioning.unsetCurrent();
                positioning.unsetTarget();
            } else if (element instanceof it.tendere.servicemodel.AddedValue value) {
                value.getExamples().clear();
            }
        });
        model.getOrganisation().getComuniResponsibilities().clear();
        model.getOrganisation().getProvinceResponsibilities().clear();
        model.getOrganisation().unsetForm();
    }
}
