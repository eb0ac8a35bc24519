// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.generate;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.validation.Issue;

import it.tendere.docgen.DocumentFormat;
import it.tendere.docgen.DocumentSet;
import it.tendere.docgen.template.TemplateFont;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.studio.StudioPlugin;
import it.tendere.studio.editor.ModelAnalysis;
import it.tendere.studio.editor.TendereEditor;

/**
 * «Genera documento»: the document of the model in the active editor (its
 * text as shown, saved or not). A model with errors is refused, with the
 * errors listed; the user chooses the formats and the folder, may cancel
 * while it runs, is asked before a file is replaced, then sees the HTML in
 * the preview and may open the DOCX or the PDF.
 */
public class GenerateHandler extends AbstractHandler {

    /** How many errors the refusal lists; the Problems view has them all. */
    private static final int ERRORS_LISTED = 15;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActiveEditor(event) instanceof TendereEditor editor)) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        ModelAnalysis analysis = editor.analysis();
        if (!analysis.parses() || !analysis.errors().isEmpty()) {
            refuse(shell, analysis);
            return null;
        }
        GenerateDialog dialog = new GenerateDialog(shell, editor.path().toAbsolutePath().getParent());
        if (dialog.open() != Window.OK) {
            return null;
        }
        TemplateFont font = TemplateFont.of(dialog.template());
        DocumentSet plan = DocumentSet.plan(analysis.model(), dialog.formats(), dialog.folder(), dialog.template(),
                font.font());
        List<Path> existing = plan.existing();
        if (!existing.isEmpty() && !MessageDialog.openQuestion(shell, StudioPlugin.MESSAGES.get("generate.title"),
                StudioPlugin.MESSAGES.get("generate.replace", dialog.folder(), names(existing)))) {
            return null;
        }
        List<Path> written = new ArrayList<>();
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                try {
                    written.addAll(Generation.run(plan, !existing.isEmpty(), monitor));
                } catch (ModelFileException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InterruptedException e) {
            MessageDialog.openInformation(shell, StudioPlugin.MESSAGES.get("generate.title"),
                    StudioPlugin.MESSAGES.get("generate.cancelled"));
            return null;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof ModelFileException)) {
                StudioPlugin.log("document not generated", cause);
            }
            MessageDialog.openError(shell, StudioPlugin.MESSAGES.get("generate.title"),
                    StudioPlugin.MESSAGES.get("generate.failed", cause instanceof OutOfMemoryError
                            ? StudioPlugin.MESSAGES.get("generate.memory") : String.valueOf(cause.getMessage())));
            return null;
        }
        List<String> notices = new ArrayList<>();
        if (font.notice() != null) {
            notices.add(font.notice());
        }
        if (dialog.template() != null && dialog.template().letterheadNotice(dialog.formats()) != null) {
            notices.add(dialog.template().letterheadNotice(dialog.formats()));
        }
        done(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), shell, written, notices);
        return null;
    }

    private static void refuse(Shell shell, ModelAnalysis analysis) {
        List<Issue> errors = analysis.errors();
        String listed = errors.stream().limit(ERRORS_LISTED)
                .map(issue -> StudioPlugin.MESSAGES.get("generate.error.line", issue.getLineNumber(), issue.getMessage()))
                .collect(Collectors.joining("\n"));
        if (errors.size() > ERRORS_LISTED) {
            listed += "\n" + StudioPlugin.MESSAGES.get("generate.error.more", errors.size() - ERRORS_LISTED);
        }
        MessageDialog.openError(shell, StudioPlugin.MESSAGES.get("generate.title"),
                StudioPlugin.MESSAGES.get("generate.refused", errors.size(), listed));
    }

    /** The files written, the HTML shown in the preview, and what the user is told about the template. */
    private static void done(IWorkbenchPage page, Shell shell, List<Path> written, List<String> notices) {
        Path html = find(written, DocumentFormat.HTML);
        if (html != null) {
            try {
                ((PreviewView) page.showView(PreviewView.ID)).show(html);
            } catch (PartInitException e) {
                StudioPlugin.log("preview not shown", e);
            }
        }
        List<Path> openable = new ArrayList<>();
        List<String> buttons = new ArrayList<>();
        for (DocumentFormat format : List.of(DocumentFormat.DOCX, DocumentFormat.PDF)) {
            Path file = find(written, format);
            if (file != null) {
                openable.add(file);
                buttons.add(StudioPlugin.MESSAGES.get("generate.open", format.name()));
            }
        }
        buttons.add(StudioPlugin.MESSAGES.get("generate.close"));
        MessageDialog dialog = new MessageDialog(shell, StudioPlugin.MESSAGES.get("generate.title"), null,
                StudioPlugin.MESSAGES.get("generate.done", written.get(0).getParent(), names(written))
                        + notices.stream().map(notice -> "\n\n" + notice).collect(Collectors.joining()),
                MessageDialog.INFORMATION,
                buttons.size() - 1, buttons.toArray(String[]::new));
        int chosen = dialog.open();
        if (chosen >= 0 && chosen < openable.size()
                && !Program.launch(openable.get(chosen).toAbsolutePath().toString())) {
            MessageDialog.openWarning(shell, StudioPlugin.MESSAGES.get("generate.title"),
                    StudioPlugin.MESSAGES.get("generate.noProgram", openable.get(chosen)));
        }
    }

    private static Path find(List<Path> files, DocumentFormat format) {
        return files.stream().filter(file -> file.getFileName().toString().endsWith("." + format.extension()))
                .findFirst().orElse(null);
    }

    private static String names(List<Path> files) {
        return files.stream().map(file -> "  " + file.getFileName()).collect(Collectors.joining("\n"));
    }
}
