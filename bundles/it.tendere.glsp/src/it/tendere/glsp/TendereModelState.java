// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import org.eclipse.glsp.server.model.DefaultGModelState;

import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ServiceModel;

/**
 * A client session's state: besides the graph GLSP keeps, the model's text
 * the graph is drawn from, which every gesture edits, and (on a process map)
 * the process shown.
 */
public class TendereModelState extends DefaultGModelState {

    private ModelText text;
    private String process;

    public ModelText text() {
        return text;
    }

    void setText(ModelText text) {
        this.text = text;
    }

    /** Shows this process (its element id) from now on. */
    void show(String processId) {
        this.process = processId;
    }

    /** The process a process map shows: the one asked for while it exists, else the first; null where there is none. */
    Process process() {
        ServiceModel model = text == null ? null : text.model();
        if (model == null || model.getProcessesAndTools() == null
                || model.getProcessesAndTools().getProcesses().isEmpty()) {
            return null;
        }
        if (ElementId.find(model, process) instanceof Process asked) {
            return asked;
        }
        return model.getProcessesAndTools().getProcesses().get(0);
    }

    /** Forgets the undo history: after the file changed on disk its edits no longer fit the text. */
    void forgetHistory() {
        if (commandStack != null) {
            commandStack.flush();
        }
    }
}
