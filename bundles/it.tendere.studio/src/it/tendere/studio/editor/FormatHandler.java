// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** «Formatta» (Ctrl+Maiusc+F): the language's formatter on the active editor. */
public class FormatHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof TendereEditor editor) {
            editor.format();
        }
        return null;
    }
}
