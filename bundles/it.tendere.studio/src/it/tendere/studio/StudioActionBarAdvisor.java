// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menus: File, Edit, Window, with the platform's own actions under the
 * studio's labels. The studio's commands (open a folder, new model, format,
 * generate) are contributed to these menus and to the tool bar in plugin.xml.
 */
final class StudioActionBarAdvisor extends ActionBarAdvisor {

    StudioActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    private IWorkbenchAction action(IWorkbenchWindow window, ActionFactory factory, String label) {
        IWorkbenchAction action = factory.create(window);
        action.setText(StudioPlugin.MESSAGES.get(label));
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager(StudioPlugin.MESSAGES.get("menu.file"), IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
        file.add(new Separator());
        file.add(action(window, ActionFactory.SAVE, "menu.save"));
        file.add(action(window, ActionFactory.SAVE_ALL, "menu.saveAll"));
        file.add(action(window, ActionFactory.REVERT, "menu.revert"));
        file.add(new Separator());
        file.add(action(window, ActionFactory.CLOSE, "menu.close"));
        file.add(action(window, ActionFactory.CLOSE_ALL, "menu.closeAll"));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(action(window, ActionFactory.QUIT, "menu.quit"));

        MenuManager edit = new MenuManager(StudioPlugin.MESSAGES.get("menu.edit"), IWorkbenchActionConstants.M_EDIT);
        edit.add(action(window, ActionFactory.UNDO, "menu.undo"));
        edit.add(action(window, ActionFactory.REDO, "menu.redo"));
        edit.add(new Separator());
        edit.add(action(window, ActionFactory.CUT, "menu.cut"));
        edit.add(action(window, ActionFactory.COPY, "menu.copy"));
        edit.add(action(window, ActionFactory.PASTE, "menu.paste"));
        edit.add(action(window, ActionFactory.SELECT_ALL, "menu.selectAll"));
        edit.add(new Separator());
        edit.add(action(window, ActionFactory.FIND, "menu.find"));
        edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT)); // the text editor's find actions
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager document = new MenuManager(StudioPlugin.MESSAGES.get("menu.document"), "tendere.document");
        document.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager windowMenu = new MenuManager(StudioPlugin.MESSAGES.get("menu.window"),
                IWorkbenchActionConstants.M_WINDOW);
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(action(window, ActionFactory.RESET_PERSPECTIVE, "menu.resetPerspective"));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(document);
        menuBar.add(windowMenu);
    }
}
