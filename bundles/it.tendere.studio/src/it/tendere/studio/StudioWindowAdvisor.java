// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: its size, title, tool bar and status line. */
final class StudioWindowAdvisor extends WorkbenchWindowAdvisor {

    StudioWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new StudioActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1440, 900));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(StudioPlugin.MESSAGES.get("window.title"));
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        // The title names the model in the active editor: «formazione.tendere – Tendere Studio».
        window.getPartService().addPartListener(new IPartListener2() {
            @Override
            public void partActivated(IWorkbenchPartReference reference) {
                retitle(window);
            }

            @Override
            public void partClosed(IWorkbenchPartReference reference) {
                retitle(window);
            }
        });
        retitle(window);
    }

    private void retitle(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        String title = StudioPlugin.MESSAGES.get("window.title");
        // through the configurer: the workbench's own title updates then keep it
        getWindowConfigurer().setTitle(editor == null ? title : editor.getTitle() + " \u2013 " + title);
    }
}
