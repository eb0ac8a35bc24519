// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;

import it.tendere.dsl.ide.hover.TendereHoverService;
import it.tendere.dsl.ide.highlighting.TendereSemanticHighlighting;
import it.tendere.dsl.ide.outline.TendereDocumentSymbolService;
import it.tendere.dsl.ide.quickfix.QuickFixCodeActions;
import it.tendere.dsl.ide.rename.TendereRenameService;
import it.tendere.dsl.ide.snippets.SnippetProposalProvider;

/**
 * The bindings of the language's editor services (language server, content
 * assist, hover, semantic highlighting) beyond the generated ones.
 */
public class TendereIdeModule extends AbstractTendereIdeModule {

    /** Formatting that sends only the edits that change something. */
    public Class<? extends FormattingService> bindFormattingService() {
        return TendereFormattingService.class;
    }

    /** Document symbols as a tree laid out as the format, for clients that take a tree. */
    public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
        return TendereDocumentSymbolService.class;
    }

    /** Hover on references, declarations and problems, in the words the studio uses. */
    public Class<? extends IHoverService> bindIHoverService() {
        return TendereHoverService.class;
    }

    /** The quick fixes of the format's checks, as code actions. */
    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return QuickFixCodeActions.class;
    }

    /** Rename that refuses a taken name, a keyword or an invalid one, in Italian. */
    @Override
    public Class<? extends IRenameService2> bindIRenameService2() {
        return TendereRenameService.class;
    }

    /** Semantic tokens: names by kind, declarations apart from references. */
    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return TendereSemanticHighlighting.class;
    }

    /** Content assist with the snippets of the blocks people write most. */
    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return SnippetProposalProvider.class;
    }
}
