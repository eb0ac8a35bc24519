// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import it.tendere.dsl.io.ModelChecker;
import it.tendere.identity.ElementId;

/**
 * The format's checks on the diagram: each error and warning on the box of
 * the element it concerns, or of the nearest element drawn that contains it,
 * or on the diagram itself; the Italian message as its description. The
 * checks are those of {@code tendere validate}, run once on the text: by
 * the source where it checks its text (the studio's editor), else here.
 */
final class ModelMarkers implements ModelValidator {

    @Inject
    private TendereModelState state;

    @Override
    public List<Marker> validate(List<GModelElement> elements, String reason) {
        List<Marker> markers = new ArrayList<>();
        ModelText text = state.text();
        if (text == null || state.getRoot() == null) {
            return markers;
        }
        // the source's own check where it has one of this text (the studio's editor), else the format's checks here
        List<Issue> issues = text.frozen() == null ? text.source().issues(text.text()) : null;
        if (issues == null) {
            issues = Language.injector().getInstance(ModelChecker.class).check(text.loaded());
        }
        for (Issue issue : issues) {
            if (issue.getSeverity() != Severity.ERROR && issue.getSeverity() != Severity.WARNING) {
                continue;
            }
            markers.add(new Marker(issue.getCode() == null ? "" : issue.getCode(), issue.getMessage(), target(issue),
                    issue.getSeverity() == Severity.ERROR ? MarkerKind.ERROR : MarkerKind.WARNING));
        }
        return markers;
    }

    /** The graph element a finding is shown on. */
    private String target(Issue issue) {
        EObject element = issue.getUriToProblem() == null ? null
                : state.text().loaded().resource().getEObject(issue.getUriToProblem().fragment());
        for (EObject at = element; at != null; at = at.eContainer()) {
            String id = ElementId.of(at);
            if (state.getIndex().get(id).isPresent()) {
                return id;
            }
        }
        return state.getRoot().getId();
    }
}
