// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.models;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** «Nuovo modello…»: the wizard. */
public class NewModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        new WizardDialog(window.getShell(), new NewModelWizard(window.getActivePage())).open();
        return null;
    }
}
