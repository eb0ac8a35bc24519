// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** What the editor does with the text: colours, checks, proposals, quick fixes, hovers. */
final class TendereSourceViewerConfiguration extends TextSourceViewerConfiguration {

    /** How long after the last keystroke the text is checked again. */
    static final int CHECK_DELAY_MS = 400;

    private final TendereEditor editor;

    TendereSourceViewerConfiguration(TendereEditor editor, IPreferenceStore preferences) {
        super(preferences);
        this.editor = editor;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        // A string or comment may span lines: every change recolours the
        // whole text, which the lexer does in a few milliseconds.
        DefaultDamagerRepairer colours = new DefaultDamagerRepairer(new LexicalScanner()) {
            @Override
            public IRegion getDamageRegion(org.eclipse.jface.text.ITypedRegion partition,
                    org.eclipse.jface.text.DocumentEvent event, boolean documentPartitioningChanged) {
                return new Region(0, event.getDocument().getLength());
            }
        };
        reconciler.setDamager(colours, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(colours, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(new ModelReconcilingStrategy(editor), false);
        reconciler.setDelay(CHECK_DELAY_MS);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setContentAssistProcessor(new ContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoInsert(false);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new QuickFixProcessor(editor));
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        ITextHover problems = super.getTextHover(sourceViewer, contentType);
        ITextHover references = new ReferenceHover(editor);
        return new ITextHover() {
            @Override
            public IRegion getHoverRegion(ITextViewer viewer, int offset) {
                return problems.getHoverRegion(viewer, offset);
            }

            @SuppressWarnings("deprecation") // the interface's own method, which every hover implements
            @Override
            public String getHoverInfo(ITextViewer viewer, IRegion region) {
                String problem = problems.getHoverInfo(viewer, region);
                String reference = references.getHoverInfo(viewer, region);
                return problem == null ? reference : reference == null ? problem : problem + "\n\n" + reference;
            }
        };
    }
}
