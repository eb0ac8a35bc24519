// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static it.tendere.studio.tests.Workbench.page;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import it.tendere.studio.editor.TendereEditor;
import it.tendere.studio.models.ModelFolders;
import it.tendere.studio.models.ModelsView;
import it.tendere.studio.models.NewModelWizard;

/** «Nuovo modello», filled in as a user fills it, into a folder of its own. */
class NewModelWizardTests {

    @Test
    void theWizardStartsFromTheFormatsSkeleton() throws Exception {
        Path folder = Files.createDirectories(
                Path.of(System.getProperty("tendere.work", "target/studio-work")).resolve("nuovi"));
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        ModelsView.showFolder(page(), ModelFolders.link(folder)); // the wizard proposes the folder shown

        Ui.whenShellOpens("Nuovo modello", wizard -> {
            List<Text> fields = Ui.find(wizard, Text.class); // the Province, the folder, the file's name
            fields.get(0).setText("Provincia di Montelupo");
            fields.get(2).setText("selezione-montelupo.tendere");
            Ui.find(wizard, Spinner.class).get(0).setSelection(23);
            Ui.find(wizard, Combo.class).get(0).select(1); // «Selezione del personale»
            Ui.screenshot("00-nuovo-modello");
            Ui.press(wizard, IDialogConstants.FINISH_LABEL);
        });
        new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                new NewModelWizard(page())).open();
        Ui.rethrowDialogFailures();

        Path created = folder.resolve("selezione-montelupo.tendere");
        assertTrue(Files.exists(created));
        String text = Files.readString(created);
        assertTrue(text.contains("provincia \"Provincia di Montelupo\""), text);
        assertTrue(text.contains("comuni 23"), text);
        assertTrue(text.contains("ambito selezione"), text);
        Ui.waitUntil("it opens", () -> page().getActiveEditor() instanceof TendereEditor editor
                && editor.getTitle().equals("selezione-montelupo.tendere"));
        ModelsView view = (ModelsView) page().findView(ModelsView.ID);
        Ui.waitUntil("it is listed", () -> view.models().stream().map(IFile::getName).collect(Collectors.toSet())
                .contains("selezione-montelupo.tendere"));
    }
}
