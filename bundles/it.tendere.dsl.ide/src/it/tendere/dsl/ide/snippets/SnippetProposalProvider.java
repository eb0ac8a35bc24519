// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.snippets;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import it.tendere.dsl.i18n.Messages;

/**
 * Content assist with the snippets: where a keyword that opens a block may
 * be written ({@code ruolo}, {@code fase}…), the whole block is proposed
 * too, as a snippet, after the keyword itself.
 */
public class SnippetProposalProvider extends IdeContentProposalProvider {

    private static final Messages MESSAGES = new Messages("it.tendere.dsl.ide.snippets.messages",
            SnippetProposalProvider.class);

    @Override
    protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        super._createProposals(keyword, context, acceptor);
        String snippet = Snippets.BY_KEYWORD.get(keyword.getValue());
        if (snippet == null || !filterKeyword(keyword, context)) {
            return;
        }
        ContentAssistEntry entry = getProposalCreator().createSnippet(snippet, keyword.getValue() + " { … }", context);
        if (entry != null) {
            entry.setDescription(MESSAGES.get("snippet." + keyword.getValue()));
            acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry) - 1);
        }
    }
}
