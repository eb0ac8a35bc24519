// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.models;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import it.tendere.studio.StudioPlugin;

/** «Apri cartella…»: chooses the folder of models the studio shows. */
public class OpenFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        DirectoryDialog dialog = new DirectoryDialog(window.getShell());
        dialog.setText(StudioPlugin.MESSAGES.get("openFolder.title"));
        dialog.setMessage(StudioPlugin.MESSAGES.get("openFolder.message"));
        IFolder current = ModelFolders.current();
        if (current != null && current.getLocation() != null) {
            dialog.setFilterPath(current.getLocation().toOSString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        try {
            ModelsView.showFolder(window.getActivePage(), ModelFolders.link(Path.of(chosen)));
        } catch (CoreException e) {
            ErrorDialog.openError(window.getShell(), StudioPlugin.MESSAGES.get("open.failed.title"),
                    StudioPlugin.MESSAGES.get("open.failed", chosen), e.getStatus());
        }
        return null;
    }
}
