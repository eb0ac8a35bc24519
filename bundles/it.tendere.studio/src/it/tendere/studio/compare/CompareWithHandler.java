// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.diagnostics.Severity;

import it.tendere.compare.diff.DiffReport;
import it.tendere.compare.diff.ModelDiff;
import it.tendere.compare.provinces.ComparisonBuilder;
import it.tendere.compare.provinces.ComparisonHtml;
import it.tendere.docgen.DocumentGenerator;
import it.tendere.format.Placeholder;
import it.tendere.studio.StudioPlugin;
import it.tendere.studio.editor.ModelAnalysis;
import it.tendere.studio.editor.TendereEditor;
import it.tendere.studio.generate.PreviewView;

/**
 * «Confronta con…»: the model in the active editor (its text as shown)
 * against its saved version — what changed, by paragraph, each element a
 * link to its text — or against another Province's model — the two side by
 * side, as {@code tendere diff} and {@code tendere compare} show them — in
 * the preview. A text with errors is not compared.
 */
public class CompareWithHandler extends AbstractHandler {

    /** The links of the changes: the preview follows them to the element in the editor. */
    public static final String ELEMENT_LINK = "tendere-element:";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActiveEditor(event) instanceof TendereEditor editor)) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        String title = StudioPlugin.MESSAGES.get("compare.title");
        ModelAnalysis now = editor.analysis();
        if (!usable(shell, now, editor.path())) {
            return null;
        }
        int chosen = new MessageDialog(shell, title, null, StudioPlugin.MESSAGES.get("compare.question",
                editor.path().getFileName()), MessageDialog.QUESTION, 2, StudioPlugin.MESSAGES.get("compare.saved"),
                StudioPlugin.MESSAGES.get("compare.other"), StudioPlugin.MESSAGES.get("compare.cancel")).open();
        try {
            String page;
            if (chosen == 0) {
                ModelAnalysis saved = ModelAnalysis.of(Files.readString(editor.path(), StandardCharsets.UTF_8),
                        editor.path());
                if (!usable(shell, saved, editor.path())) {
                    return null;
                }
                page = DiffReport.html(ModelDiff.compare(saved.model(), now.model()),
                        StudioPlugin.MESSAGES.get("compare.savedVersion"), StudioPlugin.MESSAGES.get("compare.editorText"),
                        ELEMENT_LINK);
            } else if (chosen == 1) {
                FileDialog files = new FileDialog(shell, SWT.OPEN);
                files.setFilterExtensions(new String[] { "*.tendere" });
                files.setFilterPath(editor.path().toAbsolutePath().getParent().toString());
                String other = files.open();
                if (other == null) {
                    return null;
                }
                ModelAnalysis theirs = ModelAnalysis.of(Files.readString(Path.of(other), StandardCharsets.UTF_8),
                        Path.of(other));
                if (!usable(shell, theirs, Path.of(other))) {
                    return null;
                }
                page = ComparisonHtml.write(ComparisonBuilder.build(List.of(compared(editor.path(), now),
                        compared(Path.of(other), theirs))));
            } else {
                return null;
            }
            Path file = Files.createTempFile("tendere-confronto", ".html");
            file.toFile().deleteOnExit();
            Files.writeString(file, page, StandardCharsets.UTF_8);
            ((PreviewView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(PreviewView.ID))
                    .show(file);
        } catch (IOException | PartInitException e) {
            MessageDialog.openError(shell, title, StudioPlugin.MESSAGES.get("compare.failed", e.getMessage()));
        }
        return null;
    }

    private static ComparisonBuilder.Compared compared(Path file, ModelAnalysis analysis) {
        return ComparisonBuilder.Compared.of(file.getFileName().toString(), analysis.model(),
                analysis.issues().stream().filter(i -> i.getSeverity() == Severity.WARNING).map(i -> i.getMessage())
                        .toList(),
                DocumentGenerator.view(analysis.model()).placeholders().stream().map(Placeholder::describe).toList());
    }

    /** Whether a model can be compared; where it cannot, the user is told why. */
    private static boolean usable(Shell shell, ModelAnalysis analysis, Path file) {
        if (analysis.parses() && analysis.errors().isEmpty()) {
            return true;
        }
        MessageDialog.openError(shell, StudioPlugin.MESSAGES.get("compare.title"), StudioPlugin.MESSAGES.get(
                "compare.refused", file.getFileName(), Math.max(1, analysis.errors().size())));
        return false;
    }
}
