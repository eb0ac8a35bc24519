// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The editor's own commands on the active Tendere editor, named in
 * plugin.xml after the class ({@code EditorCommandHandler:format}):
 * «Formatta» (Ctrl+Maiusc+F) and «Rinomina» (Alt+Maiusc+R).
 */
public class EditorCommandHandler extends AbstractHandler implements IExecutableExtension {

    private String command = "";

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        command = data instanceof String name ? name : "";
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof TendereEditor editor) {
            switch (command) {
                case "format" -> editor.format();
                case "rename" -> editor.rename();
                default -> throw new IllegalStateException("no editor command " + command);
            }
        }
        return null;
    }
}
