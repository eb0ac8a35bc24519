// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;


import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;

import it.tendere.dsl.ide.quickfix.QuickFix;
import it.tendere.dsl.ide.quickfix.QuickFixes;
import it.tendere.studio.models.ModelProblems;

/** Ctrl+1: the quick fixes of the problems on the caret's line, as the language server offers them. */
final class QuickFixProcessor implements IQuickAssistProcessor {

    private final TendereEditor editor;

    QuickFixProcessor(TendereEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        return editor.quickFixesAt(context.getOffset()).stream().map(fix -> new Proposal(editor, fix))
                .toArray(ICompletionProposal[]::new);
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof MarkerAnnotation marker
                && QuickFixes.handles(marker.getMarker().getAttribute(ModelProblems.CODE, null));
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return false;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    /** A fix as the list shows it: its label; chosen, its changes made as one change to undo. */
    private record Proposal(TendereEditor editor, QuickFix fix) implements ICompletionProposal {

        @Override
        public void apply(IDocument document) {
            editor.apply(fix.changes());
        }

        @Override
        public Point getSelection(IDocument document) {
            return null;
        }

        @Override
        public String getAdditionalProposalInfo() {
            return null;
        }

        @Override
        public String getDisplayString() {
            return fix.label();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }
}
