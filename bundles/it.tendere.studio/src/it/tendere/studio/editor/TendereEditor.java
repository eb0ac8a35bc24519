// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import it.tendere.dsl.ide.hover.HoverText;
import it.tendere.dsl.ide.quickfix.QuickFix;
import it.tendere.dsl.ide.quickfix.QuickFixes;
import it.tendere.dsl.ide.quickfix.TextChange;
import it.tendere.dsl.ide.rename.Renaming;
import it.tendere.servicemodel.NamedElement;

import it.tendere.studio.StudioPlugin;
import it.tendere.studio.models.ModelProblems;

/**
 * The {@code .tendere} editor: the platform's text editor (undo/redo, dirty
 * state, save, markers in the ruler) driven by the language's services.
 * Whoever shows the model (outline, diagrams) listens for each text that
 * parses.
 */
public class TendereEditor extends TextEditor implements ISaveablePart2 {

    public static final String ID = "it.tendere.studio.editor";

    private static final String SCOPE = "it.tendere.studio.editorScope";

    private final ListenerList<Consumer<ModelAnalysis>> listeners = new ListenerList<>();
    private final ListenerList<Consumer<ModelAnalysis>> checks = new ListenerList<>();
    private volatile ModelAnalysis latest;
    private volatile ModelAnalysis lastParsed;
    private TendereOutlinePage outline;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new TendereSourceViewerConfiguration(this, getPreferenceStore()));
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { SCOPE });
    }

    @Override
    protected void createActions() {
        super.createActions();
        Action quickFix = new Action(StudioPlugin.MESSAGES.get("editor.quickFix")) {
            @Override
            public void run() {
                ((ITextOperationTarget) getSourceViewer()).doOperation(ISourceViewer.QUICK_ASSIST);
            }
        };
        quickFix.setActionDefinitionId(ITextEditorActionDefinitionIds.QUICK_ASSIST);
        setAction(ITextEditorActionConstants.QUICK_ASSIST, quickFix);
        Action assist = new Action(StudioPlugin.MESSAGES.get("editor.contentAssist")) {
            @Override
            public void run() {
                ((ITextOperationTarget) getSourceViewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
            }
        };
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
    }

    /** The model file, or a stand-in name for text that has none. */
    public Path path() {
        IFile file = file();
        return file != null && file.getLocation() != null ? file.getLocation().toPath() : Path.of("modello.tendere");
    }

    /** The workspace file edited, or null. */
    public IFile file() {
        return getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
    }

    /** The viewer of the text. */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    /** What hovering the text at an offset shows of the element referred to there, or null. */
    public String hoverAt(int offset) {
        return new ReferenceHover(this).getHoverInfo(getSourceViewer(), new org.eclipse.jface.text.Region(offset, 0));
    }

    /** The text in the editor. */
    public IDocument document() {
        return getDocumentProvider().getDocument(getEditorInput());
    }

    /**
     * The current text parsed and checked: the reconciler's last check when
     * it is of this very text, a new one otherwise.
     */
    public ModelAnalysis analysis() {
        String text = document().get();
        ModelAnalysis checked = latest;
        return checked != null && checked.text().equals(text) ? checked : ModelAnalysis.of(text, path());
    }

    /** The current text parsed (not checked), for the services that work on the syntax. */
    XtextResource resource(String text) {
        ModelAnalysis checked = latest;
        return checked != null && checked.text().equals(text) ? checked.resource() : ModelAnalysis.parse(text, path());
    }

    /** The last check of the text (the checks run a moment after each change), or null before the first. */
    public ModelAnalysis latest() {
        return latest;
    }

    /** The last text that parsed, or null. */
    public ModelAnalysis lastParsed() {
        return lastParsed;
    }

    /** Listens for each new text that parses; the listener runs in the UI thread. */
    public void addModelListener(Consumer<ModelAnalysis> listener) {
        listeners.add(listener);
    }

    public void removeModelListener(Consumer<ModelAnalysis> listener) {
        listeners.remove(listener);
    }

    /**
     * Listens for each check of the text, whether it parses or not; the
     * listener runs in the checks' thread, once {@link #latest()} is the check.
     */
    public void addCheckListener(Consumer<ModelAnalysis> listener) {
        checks.add(listener);
    }

    public void removeCheckListener(Consumer<ModelAnalysis> listener) {
        checks.remove(listener);
    }

    /** The checks' result for a text, from the reconciler's thread. */
    void analysed(ModelAnalysis analysis, IDocument checked) {
        if (!analysis.text().equals(checked.get())) {
            return; // typed over meanwhile: the next check comes
        }
        latest = analysis;
        IFile file = file();
        if (file != null) {
            ModelProblems.update(file, analysis.issues());
        }
        for (Consumer<ModelAnalysis> listener : checks) {
            listener.accept(analysis);
        }
        if (!analysis.parses()) {
            return;
        }
        lastParsed = analysis;
        // (the workbench's display: the editor's shell may be gone by now)
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (lastParsed == analysis && getSourceViewer() != null) {
                for (Consumer<ModelAnalysis> listener : listeners) {
                    listener.accept(analysis);
                }
            }
        });
    }

    /** Selects and reveals the text of a model element of the last parsed text. */
    public void select(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        if (node != null) {
            selectAndReveal(node.getOffset(), node.getLength());
        }
    }

    /**
     * Formats the text with the language's formatter, as one change to undo.
     * Text that does not parse is left alone; answers whether it was formatted.
     */
    public boolean format() {
        IDocument document = document();
        XtextResource resource = resource(document.get());
        if (!resource.getErrors().isEmpty()) {
            getEditorSite().getActionBars().getStatusLineManager()
                    .setErrorMessage(StudioPlugin.MESSAGES.get("format.syntax"));
            return false;
        }
        FormatterRequest request = StudioPlugin.service(FormatterRequest.class);
        request.setTextRegionAccess(StudioPlugin.service(TextRegionAccessBuilder.class).forNodeModel(resource).create());
        return apply(StudioPlugin.service(IFormatter2.class).format(request).stream()
                .map(r -> new TextChange(r.getOffset(), r.getLength(), r.getReplacementText())).toList());
    }

    /** Makes changes to the text (none overlapping) as one change to undo; answers whether they were made. */
    public boolean apply(List<TextChange> changes) {
        MultiTextEdit edit = new MultiTextEdit();
        for (TextChange change : changes) {
            edit.addChild(new ReplaceEdit(change.offset(), change.length(), change.text()));
        }
        IRewriteTarget target = getAdapter(IRewriteTarget.class);
        target.beginCompoundChange();
        try {
            edit.apply(document());
        } catch (MalformedTreeException | org.eclipse.jface.text.BadLocationException e) {
            StudioPlugin.log("editing failed", e);
            return false;
        } finally {
            target.endCompoundChange();
        }
        return true;
    }

    /** The quick fixes of the problems on the line of an offset, as the language server offers them. */
    public List<QuickFix> quickFixesAt(int offset) {
        ModelAnalysis analysis = analysis();
        int line;
        try {
            line = document().getLineOfOffset(offset) + 1;
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return List.of();
        }
        QuickFixes quickFixes = StudioPlugin.service(QuickFixes.class);
        return analysis.issues().stream().filter(issue -> issue.getLineNumber() != null && issue.getLineNumber() == line)
                .flatMap(issue -> quickFixes.fixes(analysis.resource(), issue).stream()).toList();
    }

    /**
     * «Rinomina» (Alt+Maiusc+R): the element named at the caret, declared or
     * referred to, takes the name the user gives, wherever it is written,
     * as one change to undo; a name the checks refuse is refused in the
     * dialog, with the reason.
     */
    public void rename() {
        String text = document().get();
        XtextResource resource = ModelAnalysis.parse(text, path());
        IStatusLineManager status = getEditorSite().getActionBars().getStatusLineManager();
        if (!resource.getErrors().isEmpty()) {
            status.setErrorMessage(StudioPlugin.MESSAGES.get("rename.syntax"));
            return;
        }
        Renaming renaming = StudioPlugin.service(Renaming.class);
        int caret = ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
        NamedElement element = renaming.elementAt(resource, caret);
        if (element == null) {
            status.setErrorMessage(StudioPlugin.MESSAGES.get("rename.nothing"));
            return;
        }
        String name = element.getName();
        InputDialog dialog = new InputDialog(getSite().getShell(), StudioPlugin.MESSAGES.get("rename.title"),
                StudioPlugin.MESSAGES.get("rename.message", HoverText.kind(element.eClass().getName()), name), name,
                value -> value.strip().equals(name) ? "" : renaming.refusal(element, value));
        if (dialog.open() == Window.OK) {
            apply(renaming.changes(element, dialog.getValue()));
        }
    }

    @Override
    public int promptToSaveOnClose() {
        if (!isDirty()) {
            return NO;
        }
        MessageDialog dialog = new MessageDialog(getSite().getShell(), StudioPlugin.MESSAGES.get("close.title"),
                null, StudioPlugin.MESSAGES.get("close.message", getEditorInput().getName()), MessageDialog.QUESTION,
                0, StudioPlugin.MESSAGES.get("close.save"), StudioPlugin.MESSAGES.get("close.discard"),
                StudioPlugin.MESSAGES.get("close.cancel"));
        return switch (dialog.open()) {
            case 0 -> YES;
            case 1 -> NO;
            default -> CANCEL;
        };
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (IContentOutlinePage.class.equals(type)) {
            if (outline == null) {
                outline = new TendereOutlinePage(this);
            }
            return type.cast(outline);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        IFile file = file();
        super.dispose();
        // The markers said what the unsaved text had: check the file as saved.
        if (file != null && file.exists()) {
            ModelProblems.checkJob(List.of(file)).schedule();
        }
    }
}
