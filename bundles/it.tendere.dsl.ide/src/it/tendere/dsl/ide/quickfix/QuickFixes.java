// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.quickfix;

import static it.tendere.servicemodel.ServicemodelPackage.Literals.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import it.tendere.dsl.i18n.Messages;
import it.tendere.dsl.ide.hover.HoverText;
import it.tendere.dsl.validation.NamesChecks;
import it.tendere.format.IssueCodes;
import it.tendere.format.Titles;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.CompetenceCategory;
import it.tendere.servicemodel.ExternalProvider;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.Objectives;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Reach;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.TitledElement;
import it.tendere.servicemodel.UserSegment;

/**
 * The quick fixes of the format's checks, the same in the studio (Ctrl+1)
 * and through the language server (code actions): for a problem, the ways
 * to resolve it that are certainly correct, each a change to the text that
 * the user then completes. A problem with no certain fix gets none.
 */
public class QuickFixes {

    private static final Messages MESSAGES = new Messages("it.tendere.dsl.ide.quickfix.messages", QuickFixes.class);

    /** The codes this class has fixes for. */
    public static final Set<String> CODES = Set.of(IssueCodes.REACH_ABOVE_TOTAL, IssueCodes.SEGMENT_ABOVE_TOTAL,
            IssueCodes.COORDINATION_MISSING, IssueCodes.PHASE_PERFORMER_MISSING, IssueCodes.EXTERNAL_PARTY_MISSING,
            Diagnostic.LINKING_DIAGNOSTIC, IssueCodes.DATE_MISSING, IssueCodes.VERSION_MISSING,
            IssueCodes.PERIMETER_EXCLUDED_MISSING, IssueCodes.PERIMETER_INCLUDED_MISSING,
            IssueCodes.NON_NEGOTIABLE_UNCOVERED, IssueCodes.DUPLICATE_NAME, IssueCodes.RESERVED_NAME);

    /** How far (in edits) a name may be from what was written to be proposed instead. */
    private static final int MAX_DISTANCE = 3;

    @Inject
    private IScopeProvider scopes;

    @Inject
    private EObjectAtOffsetHelper offsets;

    /** Whether a problem of this code may have fixes. */
    public static boolean handles(String code) {
        return code != null && CODES.contains(code);
    }

    /** The fixes of a problem found in a parsed model, best first; none when there is no certain one. */
    public List<QuickFix> fixes(XtextResource resource, Issue issue) {
        if (!handles(issue.getCode()) || resource.getParseResult() == null || issue.getUriToProblem() == null) {
            return List.of();
        }
        EObject source = resource.getEObject(issue.getUriToProblem().fragment());
        if (source == null || NodeModelUtils.findActualNodeFor(source) == null) {
            return List.of();
        }
        TextLayout layout = new TextLayout(resource.getParseResult().getRootNode().getText());
        List<QuickFix> fixes = new ArrayList<>();
        switch (issue.getCode()) {
            case IssueCodes.REACH_ABOVE_TOTAL -> aboveTotal(layout, (Reach) source, REACH__POTENTIAL_COMUNI,
                    ((Reach) source).getPotentialComuni(), fixes);
            case IssueCodes.SEGMENT_ABOVE_TOTAL -> aboveTotal(layout, (UserSegment) source, USER_SEGMENT__COUNT,
                    ((UserSegment) source).getCount(), fixes);
            case IssueCodes.COORDINATION_MISSING -> coordination(layout, (Organisation) source, fixes);
            case IssueCodes.PHASE_PERFORMER_MISSING -> performer(layout, (Phase) source, fixes);
            case IssueCodes.EXTERNAL_PARTY_MISSING -> party(layout, (Phase) source, fixes);
            case Diagnostic.LINKING_DIAGNOSTIC -> reference(layout, resource, source, issue, fixes);
            case IssueCodes.DATE_MISSING -> documentValue(layout, (ServiceModel) source, SERVICE_MODEL__DATE,
                    "data", "\"" + LocalDate.now() + "\"", List.of(SERVICE_MODEL__VERSION, SERVICE_MODEL__AREA,
                            SERVICE_MODEL__COMUNI_TOTAL, SERVICE_MODEL__PROVINCE), fixes);
            case IssueCodes.VERSION_MISSING -> documentValue(layout, (ServiceModel) source, SERVICE_MODEL__VERSION,
                    "versione", "\"0.1\"", List.of(SERVICE_MODEL__AREA, SERVICE_MODEL__COMUNI_TOTAL,
                            SERVICE_MODEL__PROVINCE), fixes);
            case IssueCodes.PERIMETER_EXCLUDED_MISSING -> perimeter(layout, (Objectives) source, "escluso", fixes);
            case IssueCodes.PERIMETER_INCLUDED_MISSING -> perimeter(layout, (Objectives) source, "incluso", fixes);
            case IssueCodes.NON_NEGOTIABLE_UNCOVERED -> nonNegotiable(layout, (Organisation) source, issue, fixes);
            case IssueCodes.DUPLICATE_NAME -> duplicate((NamedElement) source, fixes);
            case IssueCodes.RESERVED_NAME -> reserved((NamedElement) source, fixes);
            default -> {
                // handles() admits no other code
            }
        }
        return fixes;
    }

    /**
     * The fixes of the problem a check reported with {@code code} at
     * {@code offset}, found among a model's {@code issues}: how an editor
     * that shows a problem by its place asks for its fixes.
     */
    public List<QuickFix> fixesAt(XtextResource resource, List<Issue> issues, String code, int offset) {
        return issues.stream().filter(issue -> code != null && code.equals(issue.getCode())
                && issue.getOffset() != null && issue.getOffset() == offset).findFirst()
                .map(issue -> fixes(resource, issue)).orElse(List.of());
    }

    /** A number above the Comuni of the Province: lower it to the total, or raise the total to it. */
    private static void aboveTotal(TextLayout layout, EObject source, EStructuralFeature feature, int value,
            List<QuickFix> fixes) {
        ServiceModel model = (ServiceModel) EcoreUtil.getRootContainer(source);
        INode number = TextLayout.node(source, feature);
        INode total = TextLayout.node(model, SERVICE_MODEL__COMUNI_TOTAL);
        if (number == null || total == null) {
            return;
        }
        fixes.add(new QuickFix(MESSAGES.get("fix.lower", model.getComuniTotal()),
                new TextChange(number.getOffset(), number.getLength(), String.valueOf(model.getComuniTotal()))));
        fixes.add(new QuickFix(MESSAGES.get("fix.raiseTotal", value),
                new TextChange(total.getOffset(), total.getLength(), String.valueOf(value))));
    }

    /** No point of responsibility: one of the roles becomes it. */
    private static void coordination(TextLayout layout, Organisation organisation, List<QuickFix> fixes) {
        for (Role role : organisation.getRoles()) {
            if (role.getName() != null) {
                fixes.add(new QuickFix(MESSAGES.get("fix.coordination", Titles.of(role)),
                        layout.firstInside(role, "coordinamento")));
            }
        }
    }

    /**
     * A phase nobody performs: the Province, the Comune or both (then with
     * the boundary between them to complete, which a shared phase needs).
     */
    private static void performer(TextLayout layout, Phase phase, List<QuickFix> fixes) {
        for (Performer performer : List.of(Performer.PROVINCE, Performer.MUNICIPALITY, Performer.SHARED)) {
            List<TextChange> changes = new ArrayList<>();
            changes.add(layout.firstInside(phase, "svolta da " + performer.getLiteral()));
            if (performer == Performer.SHARED && (phase.getBoundary() == null || phase.getBoundary().isBlank())) {
                String boundary = "confine \"" + MESSAGES.get("boundary.text") + "\"";
                INode description = TextLayout.node(phase, PHASE__DESCRIPTION);
                changes.add(description != null ? layout.lineBefore(description, boundary)
                        : layout.lastInside(phase, boundary));
            }
            fixes.add(new QuickFix(MESSAGES.get("fix.performer." + performer.getName()), changes));
        }
    }

    /** A phase performed by an external party that it does not name: one of the model's parties. */
    private static void party(TextLayout layout, Phase phase, List<QuickFix> fixes) {
        INode performer = TextLayout.node(phase, PHASE__PERFORMER);
        ServiceModel model = (ServiceModel) EcoreUtil.getRootContainer(phase);
        if (performer == null || model.getOrganisation() == null) {
            return;
        }
        for (ExternalProvider provider : model.getOrganisation().getProviders()) {
            if (provider.getName() != null) {
                fixes.add(new QuickFix(MESSAGES.get("fix.party", Titles.of(provider)),
                        layout.after(performer, "soggetto " + provider.getName())));
            }
        }
    }

    /**
     * A name that refers to nothing: the closest names of the right kind, or
     * a new element of that kind (for the kinds declared one per line or
     * block at a known place: roles, competences, parties, tools, segments).
     */
    private void reference(TextLayout layout, XtextResource resource, EObject source, Issue issue,
            List<QuickFix> fixes) {
        INode node = offsets.getCrossReferenceNode(resource, new TextRegion(issue.getOffset(), issue.getLength()));
        if (node == null) {
            return;
        }
        CrossReference crossReference = GrammarUtil.containingCrossReference(node.getGrammarElement());
        if (crossReference == null) {
            return;
        }
        EReference reference = GrammarUtil.getReference(crossReference);
        String written = NodeModelUtils.getTokenText(node);
        LevenshteinDistance distance = new LevenshteinDistance(MAX_DISTANCE);
        Iterable<IEObjectDescription> candidates = scopes.getScope(source, reference).getAllElements();
        record Candidate(String name, EObject element, int distance) {
        }
        StreamSupport.stream(candidates.spliterator(), false)
                .map(d -> new Candidate(d.getName().toString(), d.getEObjectOrProxy(),
                        distance.apply(written.toLowerCase(Locale.ROOT), d.getName().toString().toLowerCase(Locale.ROOT))))
                .filter(c -> c.distance() >= 0)
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .limit(3)
                .forEach(c -> fixes.add(new QuickFix(MESSAGES.get("fix.closest", c.name(),
                        describe(c.element(), resource)), new TextChange(node.getOffset(), node.getLength(), c.name()))));
        if (!NamesChecks.isIdentifier(written)) {
            return;
        }
        ServiceModel model = (ServiceModel) EcoreUtil.getRootContainer(source);
        QuickFix create = NewElements.create(layout, model, reference.getEReferenceType(), written);
        if (create != null) {
            fixes.add(create);
        }
    }

    /** What a proposed name is: «ruolo «Progettista della formazione»». */
    private static String describe(EObject element, XtextResource resource) {
        EObject resolved = element.eIsProxy() ? EcoreUtil.resolve(element, resource) : element;
        String kind = HoverText.kind(resolved.eClass().getName()).toLowerCase(Locale.ITALIAN);
        return resolved instanceof TitledElement titled
                ? MESSAGES.get("element.titled", kind, Titles.of(titled))
                : kind;
    }

    /**
     * A value of the document missing: it replaces a blank one, or is written
     * after the nearest of the values the grammar puts before it.
     */
    private static void documentValue(TextLayout layout, ServiceModel model, EStructuralFeature feature,
            String keyword, String value, List<EStructuralFeature> before, List<QuickFix> fixes) {
        INode written = TextLayout.node(model, feature);
        String label = MESSAGES.get("fix.document." + keyword, value.replace("\"", ""));
        if (written != null) {
            fixes.add(new QuickFix(label, new TextChange(written.getOffset(), written.getLength(), value)));
            return;
        }
        INode previous = before.stream().map(f -> TextLayout.node(model, f)).filter(n -> n != null).findFirst()
                .orElse(null);
        fixes.add(new QuickFix(label, previous != null ? layout.after(previous, keyword + " " + value)
                : layout.firstInside(model, keyword + " " + value)));
    }

    /** The perimeter does not say what is in or out: a line to fill in, in the perimeter's block. */
    private static void perimeter(TextLayout layout, Objectives objectives, String kind, List<QuickFix> fixes) {
        String line = kind + " \"" + MESSAGES.get("perimeter.text." + kind) + "\"";
        String label = MESSAGES.get("fix.perimeter." + kind);
        if (!objectives.getPerimeter().isEmpty()) {
            fixes.add(new QuickFix(label, layout.after(objectives.getPerimeter().get(objectives.getPerimeter().size() - 1), line)));
        } else if (TextLayout.hasKeyword(objectives, "perimetro")) {
            fixes.add(new QuickFix(label, layout.firstInside(objectives, "perimetro", line)));
        } else {
            String block = "perimetro {\n\t" + line + "\n}";
            fixes.add(new QuickFix(label, objectives.getAddedValues().isEmpty() ? layout.lastInside(objectives, block)
                    : layout.before(NodeModelUtils.findActualNodeFor(objectives.getAddedValues().get(0)), block)));
        }
    }

    /** A non-negotiable area no competence covers: a competence of that area made non-negotiable, or a new one. */
    private static void nonNegotiable(TextLayout layout, Organisation organisation, Issue issue, List<QuickFix> fixes) {
        if (issue.getData() == null || issue.getData().length == 0) {
            return;
        }
        CompetenceCategory category = CompetenceCategory.get(issue.getData()[0]);
        if (category == null) {
            return;
        }
        for (Competence competence : organisation.getCompetences()) {
            if (competence.isSetCategory() && competence.getCategory() == category && !competence.isNonNegotiable()) {
                fixes.add(new QuickFix(MESSAGES.get("fix.makeNonNegotiable", Titles.of(competence)),
                        layout.lastInside(competence, "non negoziabile")));
            }
        }
        fixes.add(NewElements.competence(layout, organisation, category));
    }

    /** The second element of a name: a name of its own, the first free one with a number. */
    private static void duplicate(NamedElement element, List<QuickFix> fixes) {
        INode name = TextLayout.node(element, NAMED_ELEMENT__NAME);
        if (name == null || element.getName() == null) {
            return;
        }
        String free = NewElements.freeName(element.getName(),
                NamesChecks.ofSameKind(element).stream().map(NamedElement::getName).toList());
        fixes.add(new QuickFix(MESSAGES.get("fix.renameDuplicate", free),
                new TextChange(name.getOffset(), name.getLength(), free)));
    }

    /** A name written as a keyword: the same name, escaped. */
    private static void reserved(NamedElement element, List<QuickFix> fixes) {
        INode name = TextLayout.node(element, NAMED_ELEMENT__NAME);
        if (name != null && element.getName() != null) {
            fixes.add(new QuickFix(MESSAGES.get("fix.escape", "^" + element.getName()),
                    new TextChange(name.getOffset(), name.getLength(), "^" + element.getName())));
        }
    }
}
