// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import org.eclipse.glsp.server.model.DefaultGModelState;

/**
 * A client session's state: besides the graph GLSP keeps, the model's text
 * the graph is drawn from, which every gesture edits.
 */
public class TendereModelState extends DefaultGModelState {

    private ModelText text;

    public ModelText text() {
        return text;
    }

    void setText(ModelText text) {
        this.text = text;
    }
}
