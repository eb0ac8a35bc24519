// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.models;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.xtext.validation.Issue;

import it.tendere.dsl.ide.quickfix.QuickFix;
import it.tendere.dsl.ide.quickfix.QuickFixes;
import it.tendere.studio.StudioPlugin;
import it.tendere.studio.editor.ModelAnalysis;
import it.tendere.studio.editor.TendereEditor;

/**
 * The quick fixes from the Problems view («Correzione rapida» on a
 * finding): the same fixes as Ctrl+1 in the editor, made in the model's
 * editor (opened if need be), where they can be undone and saved.
 */
public class ProblemResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return QuickFixes.handles(marker.getAttribute(ModelProblems.CODE, null));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file) || !hasResolutions(marker)) {
            return new IMarkerResolution[0];
        }
        ModelAnalysis analysis = openEditor(file) instanceof TendereEditor editor ? editor.analysis() : read(file);
        if (analysis == null) {
            return new IMarkerResolution[0];
        }
        QuickFixes quickFixes = StudioPlugin.service(QuickFixes.class);
        return analysis.issues().stream().filter(issue -> sameProblem(issue, marker))
                .flatMap(issue -> quickFixes.fixes(analysis.resource(), issue).stream())
                .map(fix -> new Resolution(fix.label())).toArray(IMarkerResolution[]::new);
    }

    private static boolean sameProblem(Issue issue, IMarker marker) {
        return issue.getCode() != null && issue.getCode().equals(marker.getAttribute(ModelProblems.CODE, null))
                && issue.getOffset() != null && issue.getOffset() == marker.getAttribute(IMarker.CHAR_START, -1);
    }

    /** The open editor of a file, or null. */
    private static IEditorPart openEditor(IFile file) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        return page == null ? null : page.findEditor(new FileEditorInput(file));
    }

    private static ModelAnalysis read(IFile file) {
        try (var in = file.getContents()) {
            return ModelAnalysis.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.getLocation().toPath());
        } catch (CoreException | java.io.IOException e) {
            StudioPlugin.log("cannot read " + file.getFullPath(), e);
            return null;
        }
    }

    /** A fix by its label: made in the file's editor, on the finding's line as the editor has it now. */
    private record Resolution(String label) implements IMarkerResolution {

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public void run(IMarker marker) {
            if (!(marker.getResource() instanceof IFile file)) {
                return;
            }
            try {
                IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
                if (IDE.openEditor(page, file, TendereEditor.ID) instanceof TendereEditor editor) {
                    List<Map.Entry<Issue, QuickFix>> fixes = editor.quickFixesAt(marker.getAttribute(IMarker.CHAR_START, 0));
                    fixes.stream().filter(fix -> fix.getValue().label().equals(label)
                            && fix.getKey().getCode().equals(marker.getAttribute(ModelProblems.CODE, null)))
                            .findFirst().ifPresent(fix -> editor.apply(fix.getValue().changes()));
                }
            } catch (PartInitException e) {
                StudioPlugin.log("cannot open " + file.getFullPath(), e);
            }
        }
    }
}
