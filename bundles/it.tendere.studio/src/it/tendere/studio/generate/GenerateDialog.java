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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import it.tendere.docgen.DocumentFormat;
import it.tendere.studio.FolderField;
import it.tendere.studio.StudioPlugin;

/** «Genera documento»: which formats, and into which folder. */
public class GenerateDialog extends TitleAreaDialog {

    /** The data key naming the destination field, for whoever drives the dialog (the UI tests). */
    public static final String DESTINATION = "destination";

    private final Path initialFolder;
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
        return area;
    }

    private void validate() {
        String problem = null;
        if (checks.values().stream().noneMatch(Button::getSelection)) {
            problem = StudioPlugin.MESSAGES.get("generate.error.formats");
        } else if (!FolderField.isFolder(destination)) {
            problem = StudioPlugin.MESSAGES.get("generate.error.folder");
        }
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
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
}
