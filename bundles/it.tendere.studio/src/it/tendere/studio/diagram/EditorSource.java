// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelLoader;
import it.tendere.glsp.ModelSource;
import it.tendere.glsp.ModelText;
import it.tendere.identity.ElementId;
import it.tendere.studio.StudioPlugin;
import it.tendere.studio.editor.ModelAnalysis;
import it.tendere.studio.editor.TendereEditor;

/**
 * The text of a model open in the studio's editor as the graphical editor's
 * source: a gesture is one edit of the editor's document (so the editor's
 * undo, dirty mark and save cover it, and nothing reaches the file until the
 * user saves), the diagram is drawn again from each check of the text the
 * editor makes, with the editor's findings, and the selection goes both
 * ways. The document is touched only in the UI thread; the diagram's server
 * waits for it there.
 */
final class EditorSource implements ModelSource {

    private final TendereEditor editor;
    private final Display display;

    EditorSource(TendereEditor editor) {
        this.editor = editor;
        this.display = editor.getSite().getShell().getDisplay();
    }

    @Override
    public Path file() {
        return editor.path();
    }

    @Override
    public LoadedModel load(ModelLoader loader) throws ModelFileException {
        String text = text();
        ModelAnalysis checked = editor.latest();
        return checked != null && checked.text().equals(text) ? checked.loaded() : loader.parse(text, file());
    }

    @Override
    public String text() throws ModelFileException {
        String text = inUi(() -> editor.getDocumentProvider() == null || editor.document() == null ? null
                : editor.document().get());
        if (text == null) {
            throw new ModelFileException(file(), StudioPlugin.MESSAGES.get("diagram.closed"));
        }
        return text;
    }

    @Override
    public void replace(String expected, ModelText.Edit edit) throws ModelFileException {
        String refused = inUi(() -> {
            IDocument document = editor.document();
            if (!document.get().equals(expected)) {
                return StudioPlugin.MESSAGES.get("diagram.textChanged");
            }
            // one step of the editor's history, whatever came before it: what was being typed is closed first
            IDocumentUndoManager history = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
            if (history != null) {
                history.commit();
            }
            IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
            target.beginCompoundChange();
            try {
                document.replace(edit.offset(), edit.length(), edit.text());
            } catch (BadLocationException e) {
                return e.getMessage();
            } finally {
                target.endCompoundChange();
            }
            return null;
        });
        if (refused != null) {
            throw new ModelFileException(file(), refused);
        }
    }

    @Override
    public AutoCloseable watch(Runnable changed) {
        Consumer<ModelAnalysis> checked = analysis -> changed.run();
        editor.addCheckListener(checked);
        return () -> editor.removeCheckListener(checked);
    }

    @Override
    public List<Issue> issues(String text) {
        ModelAnalysis checked = editor.latest();
        return checked != null && checked.text().equals(text) ? checked.issues() : null;
    }

    @Override
    public boolean keepsHistory() {
        return true;
    }

    @Override
    public void undo() {
        display.asyncExec(() -> operate(editor, ITextOperationTarget.UNDO));
    }

    @Override
    public void redo() {
        display.asyncExec(() -> operate(editor, ITextOperationTarget.REDO));
    }

    /** Undoes or redoes ({@link ITextOperationTarget#UNDO}, {@code REDO}) in the editor's history, in the UI thread. */
    static void operate(TendereEditor editor, int operation) {
        ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
        if (target != null && target.canDoOperation(operation)) {
            target.doOperation(operation);
        }
    }

    @Override
    public void selected(List<String> ids) {
        display.asyncExec(() -> {
            ModelAnalysis parsed = current();
            if (parsed == null) {
                return;
            }
            EObject element = ElementId.find(parsed.model(), ids.get(0));
            if (element != null) {
                editor.select(element);
            }
        });
    }

    /** The caret's element and those around it, innermost first, each time the caret or selection moves. */
    @Override
    public AutoCloseable watchSelection(Consumer<List<String>> selection) {
        ISelectionChangedListener listener = event -> {
            if (event.getSelection() instanceof ITextSelection text) {
                List<String> ids = elementsAt(text.getOffset());
                if (!ids.isEmpty()) {
                    selection.accept(ids);
                }
            }
        };
        display.asyncExec(() -> {
            if (editor.viewer() instanceof IPostSelectionProvider viewer) {
                viewer.addPostSelectionChangedListener(listener);
            }
        });
        return () -> display.asyncExec(() -> {
            if (editor.viewer() instanceof IPostSelectionProvider viewer) {
                viewer.removePostSelectionChangedListener(listener);
            }
        });
    }

    /** The ids of the element written at an offset of the text as read and of those containing it. */
    private List<String> elementsAt(int offset) {
        List<String> ids = new ArrayList<>();
        ModelAnalysis parsed = current();
        if (parsed == null || parsed.resource().getParseResult() == null) {
            return ids;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(parsed.resource().getParseResult().getRootNode(),
                offset);
        for (EObject at = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf); at != null; at = at
                .eContainer()) {
            ids.add(ElementId.of(at));
        }
        return ids;
    }

    /**
     * The editor's reading of the text as it is now — its last check, which
     * may have found errors, or its last text that parsed — or null while the
     * text is being typed and not yet read; in the UI thread.
     */
    private ModelAnalysis current() {
        if (editor.viewer() == null) {
            return null;
        }
        String text = editor.document().get();
        for (ModelAnalysis read : new ModelAnalysis[] { editor.latest(), editor.lastParsed() }) {
            if (read != null && read.model() != null && read.text().equals(text)) {
                return read;
            }
        }
        return null;
    }

    /** Runs in the UI thread and waits; refuses when the studio is closing. */
    private <T> T inUi(Supplier<T> work) throws ModelFileException {
        if (display.isDisposed()) {
            throw new ModelFileException(file(), StudioPlugin.MESSAGES.get("diagram.closed"));
        }
        if (Display.getCurrent() == display) {
            return work.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        display.syncExec(() -> result.set(work.get()));
        return result.get();
    }
}
