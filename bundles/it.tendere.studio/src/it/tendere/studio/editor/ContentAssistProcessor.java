// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

import it.tendere.dsl.ide.hover.HoverText;
import it.tendere.studio.StudioPlugin;

/** Proposes keywords and the model's own names (roles, competences, tools, segments…) at the caret. */
final class ContentAssistProcessor implements IContentAssistProcessor {

    private final TendereEditor editor;

    ContentAssistProcessor(TendereEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        String text = viewer.getDocument().get();
        List<ContentAssistEntry> entries = StudioPlugin.service(Proposals.class).at(text, offset,
                editor.resource(text));
        return entries.stream().map(entry -> proposal(viewer, entry, offset)).toArray(ICompletionProposal[]::new);
    }

    private static ICompletionProposal proposal(ITextViewer viewer, ContentAssistEntry entry, int offset) {
        String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
        if (ContentAssistEntry.KIND_SNIPPET.equals(entry.getKind())) {
            return new SnippetProposal(viewer, entry.getProposal(), entry.getLabel() + " – " + entry.getDescription(),
                    offset - prefix.length(), prefix.length());
        }
        String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
        String display = entry.getDescription() == null ? label : label + " – " + HoverText.kind(entry.getDescription());
        boolean keyword = ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind());
        Image image = keyword ? null
                : PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
        return new CompletionProposal(entry.getProposal(), offset - prefix.length(), prefix.length(),
                entry.getProposal().length(), image, display, null, null);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return null;
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
