// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * As the user types (after a short pause): the whole text is parsed and
 * checked in the background, and the editor told the result.
 */
final class ModelReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private final TendereEditor editor;
    private IDocument document;
    private IProgressMonitor monitor;

    ModelReconcilingStrategy(TendereEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void initialReconcile() {
        reconcile();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcile();
    }

    @Override
    public void reconcile(IRegion partition) {
        reconcile();
    }

    private void reconcile() {
        if (document == null || (monitor != null && monitor.isCanceled())) {
            return;
        }
        editor.analysed(ModelAnalysis.of(document.get(), editor.path()), document);
    }
}
