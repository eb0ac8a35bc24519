// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.xtext.Constants;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.name.Named;

/**
 * Runs every check on a loaded model and returns the findings in file order,
 * with their line and column, for text and XMI alike.
 */
public class ModelChecker {

    /** The code of a reference that points at nothing in an XMI file. */
    public static final String UNRESOLVED_REFERENCE = "unresolved-reference";
    /** The code of any other metamodel constraint broken in an XMI file. */
    public static final String METAMODEL = "metamodel";

    private static final String SYNTAX = org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC;

    private static final Comparator<Issue> FILE_ORDER = Comparator
            .comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
            .thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn());

    @Inject
    private IResourceValidator resourceValidator;

    @Inject
    @Named(Constants.LANGUAGE_NAME)
    private String languageName;

    public List<Issue> check(LoadedModel loaded) {
        List<Issue> issues = new ArrayList<>();
        if (loaded.format() == ModelFormat.TEXT) {
            List<Issue> all = resourceValidator.validate(loaded.resource(), CheckMode.ALL, CancelIndicator.NullImpl);
            // On text that does not parse, the format's checks would judge a
            // model the parser had to guess at: the syntax errors come first.
            List<Issue> syntax = all.stream().filter(i -> SYNTAX.equals(i.getCode())).toList();
            issues.addAll(syntax.isEmpty() ? all : syntax);
        } else if (loaded.model() != null) {
            BasicDiagnostic diagnostic = new BasicDiagnostic();
            Map<Object, Object> context = new HashMap<>();
            context.put(CheckMode.KEY, CheckMode.ALL);
            // Xtext's validators only answer for their own language's resources unless told otherwise.
            context.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, languageName);
            Diagnostician.INSTANCE.validate(loaded.model(), diagnostic, context);
            collect(diagnostic, (LocatingXmiResource) loaded.resource(), issues);
            for (Resource.Diagnostic error : loaded.resource().getErrors()) {
                if (error instanceof UnresolvedReferenceException unresolved) {
                    issues.add(unresolved(unresolved));
                }
            }
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

    private static Issue unresolved(UnresolvedReferenceException error) {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setSeverity(Severity.ERROR);
        issue.setCode(UNRESOLVED_REFERENCE);
        issue.setMessage(ModelLoader.MESSAGES.get("xmi.unresolved", error.getReference()));
        issue.setLineNumber(error.getLine());
        issue.setColumn(error.getColumn());
        return issue;
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
