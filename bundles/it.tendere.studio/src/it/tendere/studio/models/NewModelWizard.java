// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.models;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;

import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.Skeletons;
import it.tendere.studio.FolderField;
import it.tendere.studio.StudioPlugin;

/**
 * «Nuovo modello»: a model started from one of the format's skeletons
 * (Formazione, Selezione del personale, Procedimenti disciplinari), with the
 * Province and its number of Comuni filled in; the same text as
 * {@code tendere new}. An existing file is never replaced.
 */
public class NewModelWizard extends Wizard {

    private final IWorkbenchPage page;
    private final Choices choices = new Choices();

    public NewModelWizard(IWorkbenchPage page) {
        this.page = page;
        setWindowTitle(StudioPlugin.MESSAGES.get("wizard.title"));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(choices);
    }

    @Override
    public boolean performFinish() {
        Path file = choices.file();
        String text = Skeletons.fill(Skeletons.FORMATS.get(choices.format.getSelectionIndex()),
                choices.province.getText(), OptionalInt.of(choices.comuni.getSelection()), LocalDate.now());
        try {
            AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8), false);
            ModelFolders.open(page, file);
            return true;
        } catch (ModelFileException e) {
            choices.setErrorMessage(e.getMessage());
            return false;
        } catch (CoreException e) {
            choices.setErrorMessage(e.getStatus().getMessage());
            return false;
        }
    }

    /** The one page: format, Province, Comuni, where. */
    static final class Choices extends WizardPage {

        Combo format;
        Text province;
        Spinner comuni;
        Text folder;
        Text name;

        Choices() {
            super("choices");
            setTitle(StudioPlugin.MESSAGES.get("wizard.page.title"));
            setDescription(StudioPlugin.MESSAGES.get("wizard.page.description"));
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            format = new Combo(labelled(body, "wizard.format"), SWT.READ_ONLY);
            for (String each : Skeletons.FORMATS) {
                format.add(StudioPlugin.MESSAGES.get("wizard.format." + each));
            }
            format.select(0);
            span(format);
            province = new Text(labelled(body, "wizard.province"), SWT.BORDER);
            span(province);
            comuni = new Spinner(labelled(body, "wizard.comuni"), SWT.BORDER);
            comuni.setValues(1, 1, 9999, 0, 1, 10);
            span(comuni);
            IFolder current = ModelFolders.current();
            folder = FolderField.create(labelled(body, "wizard.folder"),
                    current == null || current.getLocation() == null ? System.getProperty("user.home")
                            : current.getLocation().toOSString());
            name = new Text(labelled(body, "wizard.name"), SWT.BORDER);
            span(name);
            format.addListener(SWT.Selection, event -> suggestName());
            province.addListener(SWT.Modify, event -> validate());
            folder.addListener(SWT.Modify, event -> validate());
            name.addListener(SWT.Modify, event -> validate());
            suggestName();
            setControl(body);
        }

        private static Composite labelled(Composite body, String key) {
            new Label(body, SWT.NONE).setText(StudioPlugin.MESSAGES.get(key));
            return body;
        }

        private static void span(org.eclipse.swt.widgets.Control control) {
            control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        }

        private void suggestName() {
            name.setText(Skeletons.FORMATS.get(format.getSelectionIndex()) + "." + ModelFolders.EXTENSION);
        }

        Path file() {
            String fileName = name.getText().strip();
            if (!fileName.endsWith("." + ModelFolders.EXTENSION)) {
                fileName += "." + ModelFolders.EXTENSION;
            }
            return Path.of(folder.getText().strip()).resolve(fileName);
        }

        private void validate() {
            String problem = null;
            if (province.getText().isBlank()) {
                problem = StudioPlugin.MESSAGES.get("wizard.error.province");
            } else if (!FolderField.isFolder(folder)) {
                problem = StudioPlugin.MESSAGES.get("wizard.error.folder");
            } else if (name.getText().isBlank() || name.getText().contains("/")) {
                problem = StudioPlugin.MESSAGES.get("wizard.error.name");
            } else if (Files.exists(file())) {
                problem = StudioPlugin.MESSAGES.get("wizard.error.exists", file().getFileName());
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
