// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's conversion of parse diagnostics into issues, made safe: for a text
 * that ends with a lone carriage return, Xtext 2.42 reads past the text's end
 * while it computes where a diagnostic at the end ends
 * ({@code InternalNodeModelUtils.getLineAndColumnNoExactLineBreak}); its
 * validator then logs the exception and the error is lost, so that a broken
 * file validated clean (found by fuzzing). Here such a diagnostic becomes an
 * issue all the same, at the line and column where it starts.
 */
public class TendereDiagnosticConverter extends DiagnosticConverterImpl {

    @Override
    public void convertResourceDiagnostic(Resource.Diagnostic diagnostic, Severity severity, IAcceptor<Issue> acceptor) {
        try {
            super.convertResourceDiagnostic(diagnostic, severity, acceptor);
        } catch (IndexOutOfBoundsException e) {
            Issue.IssueImpl issue = new Issue.IssueImpl();
            issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
            issue.setSeverity(severity);
            issue.setType(CheckType.FAST);
            issue.setMessage(diagnostic.getMessage());
            // where it starts can be computed; only its end runs past the text
            int line = position(diagnostic::getLine);
            int column = position(diagnostic::getColumn);
            if (diagnostic instanceof AbstractDiagnostic located) {
                issue.setCode(located.getCode());
                issue.setData(located.getData());
                issue.setOffset(located.getOffset());
                issue.setLength(Math.max(0, located.getLength()));
            }
            issue.setLineNumber(line);
            issue.setColumn(column);
            issue.setLineNumberEnd(line);
            issue.setColumnEnd(column);
            acceptor.accept(issue);
        }
    }

    private static int position(java.util.function.IntSupplier computed) {
        try {
            return Math.max(1, computed.getAsInt());
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
    }
}
