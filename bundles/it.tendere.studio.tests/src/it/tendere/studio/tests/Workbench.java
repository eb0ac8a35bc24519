// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import it.tendere.studio.editor.TendereEditor;
import it.tendere.studio.models.ModelProblems;
import it.tendere.studio.models.NewModelWizard;

/** What the studio's window holds, as the UI tests look at it: the page, the editor, markers, the Problems view. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static List<IMarker> markers(IFile file) {
        try {
            return List.of(file.findMarkers(ModelProblems.MARKER, false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    static int offsetOf(TendereEditor editor, String text) {
        int offset = editor.document().get().indexOf(text);
        assertTrue(offset >= 0, "the model holds «" + text + "»");
        return offset;
    }

    /** What the Problems view lists, its groups opened. */
    static String problemsView() {
        StringBuilder listed = new StringBuilder();
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (Tree tree : Ui.find(window, Tree.class)) {
            if (tree.getColumnCount() > 0 && tree.isVisible()) {
                for (TreeItem group : tree.getItems()) {
                    if (!group.getExpanded()) { // as a click on the arrow: the view fills the group then
                        org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
                        expand.item = group;
                        tree.notifyListeners(SWT.Expand, expand);
                        group.setExpanded(true);
                    }
                    listed.append(group.getText()).append('\n');
                    for (TreeItem item : group.getItems()) {
                        listed.append("  ").append(item.getText()).append('\n');
                    }
                }
            }
        }
        return listed.toString();
    }

    /** Selects the first {@code selected} that follows {@code landmark}, and gives the editor the keyboard. */
    static int selectAfter(TendereEditor editor, String landmark, String selected) {
        int offset = offsetOf(editor, landmark + selected) + landmark.length();
        editor.selectAndReveal(offset, selected.length());
        Ui.focus(editor.viewer().getTextWidget());
        return offset;
    }

    /**
     * «Nuovo modello», filled in as a user fills it (the Province, the file's
     * name, the number of Comuni, the format by its place in the list) into
     * the folder the Modelli view shows, and finished; a screenshot of the
     * filled-in page when named.
     */
    static void newModel(String province, String fileName, int comuni, int format, String screenshot) {
        Ui.whenShellOpens("Nuovo modello", wizard -> {
            List<Text> fields = Ui.find(wizard, Text.class); // the Province, the folder, the file's name
            fields.get(0).setText(province);
            fields.get(2).setText(fileName);
            Ui.find(wizard, Spinner.class).get(0).setSelection(comuni);
            Ui.find(wizard, Combo.class).get(0).select(format);
            if (screenshot != null) {
                Ui.screenshot(screenshot);
            }
            Ui.press(wizard, IDialogConstants.FINISH_LABEL);
        });
        new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                new NewModelWizard(page())).open();
        Ui.rethrowDialogFailures();
    }
}
