// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import it.tendere.docgen.DocumentFormat;
import it.tendere.docgen.template.DocumentTemplate;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.studio.FolderField;
import it.tendere.studio.StudioPlugin;

/**
 * «Genera documento»: which formats, into which folder, and the Province's
 * Word template if any (remembered for the models of the same folder).
 */
public class GenerateDialog extends TitleAreaDialog {

    /** The data key naming the destination field, for whoever drives the dialog (the UI tests). */
    public static final String DESTINATION = "destination";

    /** The data key naming the template field, for whoever drives the dialog (the UI tests). */
    public static final String TEMPLATE = "template";

    /** The preference that remembers a models folder's template: this prefix, then the folder. */
    public static final String TEMPLATE_PREFERENCE = "generate.template.";

    private final Path initialFolder;
    private Text templateField;
    private DocumentTemplate template;
    /** The template field's text that {@link #template} (or {@link #templateRefused}) was read from. */
    private String templateRead;
    private String templateRefused;
    private final Map<DocumentFormat, Button> checks = new EnumMap<>(DocumentFormat.class);
    private Text destination;
    private List<DocumentFormat> formats = List.of();
    private Path folder;

    public GenerateDialog(Shell parent, Path initialFolder) {
        super(parent);
        this.initialFolder = initialFolder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(StudioPlugin.MESSAGES.get("generate.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(StudioPlugin.MESSAGES.get("generate.title"));
        setMessage(StudioPlugin.MESSAGES.get("generate.message"));
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText(StudioPlugin.MESSAGES.get("generate.formats"));
        Composite boxes = new Composite(body, SWT.NONE);
        boxes.setLayout(new GridLayout(DocumentFormat.values().length, false));
        boxes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (DocumentFormat format : DocumentFormat.values()) {
            Button check = new Button(boxes, SWT.CHECK);
            check.setText(format.name());
            check.setSelection(true);
            check.addListener(SWT.Selection, event -> validate());
            checks.put(format, check);
        }
        new Label(body, SWT.NONE).setText(StudioPlugin.MESSAGES.get("generate.folder"));
        destination = FolderField.create(body, initialFolder.toString());
        destination.setData(DESTINATION, Boolean.TRUE);
        destination.addListener(SWT.Modify, event -> validate());
        new Label(body, SWT.NONE).setText(StudioPlugin.MESSAGES.get("generate.template"));
        templateField = new Text(body, SWT.BORDER);
        templateField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        templateField.setMessage(StudioPlugin.MESSAGES.get("generate.template.none"));
        templateField.setText(preferences().getString(TEMPLATE_PREFERENCE + initialFolder));
        templateField.setData(TEMPLATE, Boolean.TRUE);
        templateField.addListener(SWT.Modify, event -> validate());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(StudioPlugin.MESSAGES.get("wizard.browse"));
        browse.addListener(SWT.Selection, event -> {
            FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
            chooser.setFilterExtensions(new String[] { "*.docx;*.dotx;*.odt;*.ott" });
            chooser.setFilterPath(initialFolder.toString());
            String chosen = chooser.open();
            if (chosen != null) {
                templateField.setText(chosen);
            }
        });
        return area;
    }

    private void validate() {
        String problem = null;
        if (checks.values().stream().noneMatch(Button::getSelection)) {
            problem = StudioPlugin.MESSAGES.get("generate.error.formats");
        } else if (!FolderField.isFolder(destination)) {
            problem = StudioPlugin.MESSAGES.get("generate.error.folder");
        } else if (templateField != null) {
            problem = templateProblem();
        }
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    /**
     * Why the template field's file cannot be used, or null (none, or one
     * read and checked). It is read once for each text the field holds, not
     * again at each check of the dialog, nor at OK.
     */
    private String templateProblem() {
        String text = templateField.getText().strip();
        if (!text.equals(templateRead)) {
            templateRead = text;
            template = null;
            templateRefused = null;
            try {
                template = text.isEmpty() ? null : DocumentTemplate.read(Path.of(text));
            } catch (ModelFileException | java.nio.file.InvalidPathException e) {
                templateRefused = StudioPlugin.MESSAGES.get("generate.error.template", e.getMessage());
            }
        }
        return templateRefused;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, StudioPlugin.MESSAGES.get("generate.ok"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, StudioPlugin.MESSAGES.get("close.cancel"), false);
        validate();
    }

    @Override
    protected void okPressed() {
        List<DocumentFormat> chosen = new ArrayList<>();
        checks.forEach((format, check) -> {
            if (check.getSelection()) {
                chosen.add(format);
            }
        });
        formats = chosen;
        folder = Path.of(destination.getText().strip());
        String problem = templateProblem();
        if (problem != null) {
            setErrorMessage(problem);
            return;
        }
        preferences().setValue(TEMPLATE_PREFERENCE + initialFolder, templateRead);
        super.okPressed();
    }

    /** The formats chosen. */
    public List<DocumentFormat> formats() {
        return formats;
    }

    /** The folder chosen. */
    public Path folder() {
        return folder;
    }

    /** The template chosen, read and checked; null for Tendere's own page and styles. */
    public DocumentTemplate template() {
        return template;
    }

    private static org.eclipse.jface.preference.IPreferenceStore preferences() {
        return StudioPlugin.get().getPreferenceStore();
    }
}
