// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Runs every check on a loaded model and returns the findings in file order,
 * with their line and column, for text and XMI alike.
 */
public class ModelChecker {

    /** The code of a reference that points at nothing in an XMI file. */
    public static final String UNRESOLVED_REFERENCE = "unresolved-reference";
    /** The code of any other metamodel constraint broken in an XMI file. */
    public static final String METAMODEL = "metamodel";

    private static final Comparator<Issue> FILE_ORDER = Comparator
            .comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
            .thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn());

    @Inject
    private IResourceValidator resourceValidator;

    public List<Issue> check(LoadedModel loaded) {
        List<Issue> issues = new ArrayList<>();
        if (loaded.format() == ModelFormat.TEXT) {
            issues.addAll(resourceValidator.validate(loaded.resource(), CheckMode.ALL, CancelIndicator.NullImpl));
        } else if (loaded.model() != null) {
            BasicDiagnostic diagnostic = new BasicDiagnostic();
            Diagnostician.INSTANCE.validate(loaded.model(), diagnostic, Map.of(CheckMode.KEY, CheckMode.ALL));
            collect(diagnostic, (LocatingXmiResource) loaded.resource(), issues);
        }
        issues.sort(FILE_ORDER);
        return issues;
    }

    private static void collect(Diagnostic diagnostic, LocatingXmiResource resource, List<Issue> issues) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.WARNING) {
                issues.add(toIssue(child, resource));
            }
            collect(child, resource, issues);
        }
    }

    private static Issue toIssue(Diagnostic diagnostic, LocatingXmiResource resource) {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setSeverity(diagnostic.getSeverity() >= Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING);
        issue.setMessage(diagnostic.getMessage());
        if (diagnostic instanceof AbstractValidationDiagnostic validation) {
            issue.setCode(validation.getIssueCode());
        } else if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                && diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES) {
            issue.setCode(UNRESOLVED_REFERENCE);
        } else {
            issue.setCode(METAMODEL);
        }
        EObject subject = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject o) ? null : o;
        int[] position = subject == null ? new int[] { 1, 1 } : resource.position(subject);
        issue.setLineNumber(position[0]);
        issue.setColumn(position[1]);
        return issue;
    }
}
