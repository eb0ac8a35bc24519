// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Text;

/** A folder's path to type, with «Sfoglia…» beside it: two cells of a grid. */
public final class FolderField {

    private FolderField() {
    }

    /** The field, filled with a first folder; the button fills it from the system's folder chooser. */
    public static Text create(Composite grid, String initial) {
        Text field = new Text(grid, SWT.BORDER);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        field.setText(initial);
        Button browse = new Button(grid, SWT.PUSH);
        browse.setText(StudioPlugin.MESSAGES.get("wizard.browse"));
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(grid.getShell());
            dialog.setFilterPath(field.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                field.setText(chosen);
            }
        });
        return field;
    }

    /** Whether the field names a folder that exists. */
    public static boolean isFolder(Text field) {
        String text = field.getText().strip();
        try {
            return !text.isEmpty() && Files.isDirectory(Path.of(text));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
