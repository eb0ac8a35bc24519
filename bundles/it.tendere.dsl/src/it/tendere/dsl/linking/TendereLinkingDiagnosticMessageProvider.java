// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.linking;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import it.tendere.dsl.i18n.Messages;

/**
 * Says which name a reference could not find, and what kind of element it
 * looked for, in the user's language.
 */
public class TendereLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    private static final Messages MESSAGES = new Messages("it.tendere.dsl.validation.messages",
            TendereLinkingDiagnosticMessageProvider.class);

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        String type = MESSAGES.get("type." + context.getReference().getEReferenceType().getName());
        String message = MESSAGES.get("linking.unresolved", type, context.getLinkText());
        return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
    }
}
