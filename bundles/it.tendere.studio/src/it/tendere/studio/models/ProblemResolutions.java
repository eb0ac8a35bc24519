// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.models;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
        ModelAnalysis analysis = openEditorOf(file) instanceof TendereEditor editor ? editor.analysis() : read(file);
        if (analysis == null) {
            return new IMarkerResolution[0];
        }
        return fixes(analysis, marker).stream().map(fix -> new Resolution(fix.label()))
                .toArray(IMarkerResolution[]::new);
    }

    /** The fixes of the marker's problem (the check's code at the marker's place) in a check of the model. */
    private static List<QuickFix> fixes(ModelAnalysis analysis, IMarker marker) {
        return StudioPlugin.service(QuickFixes.class).fixesAt(analysis.resource(), analysis.issues(),
                marker.getAttribute(ModelProblems.CODE, null), marker.getAttribute(IMarker.CHAR_START, -1));
    }

    /** The open editor of a file, or null. */
    private static IEditorPart openEditorOf(IFile file) {
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

    /** A fix by its label: made in the file's editor, on the editor's text as it is now. */
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
                    fixes(editor.analysis(), marker).stream().filter(fix -> fix.label().equals(label)).findFirst()
                            .ifPresent(fix -> editor.apply(fix.changes()));
                }
            } catch (PartInitException e) {
                StudioPlugin.log("cannot open " + file.getFullPath(), e);
            }
        }
    }
}
