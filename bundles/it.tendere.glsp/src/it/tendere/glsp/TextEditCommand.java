// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.function.Function;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.glsp.server.types.GLSPServerException;

import it.tendere.dsl.io.ModelFileException;

/**
 * A gesture as the one text edit it makes: prepared (the edit computed, not
 * written) when GLSP asks whether it can run, then written; undone and redone
 * by writing the inverse edit, so that undo gives back the very text the user
 * had, comments and blank lines included.
 */
final class TextEditCommand extends AbstractCommand {

    private final ModelText text;
    private final Function<ModelText, ModelText.Edit> plan;
    private ModelText.Edit forward;
    private ModelText.Edit backward;
    private final Runnable done;

    /** @param done what to do once the gesture is made the first time (tell the user what else changed), or null */
    TextEditCommand(ModelText text, String label, Function<ModelText, ModelText.Edit> plan, Runnable done) {
        super(label);
        this.text = text;
        this.plan = plan;
        this.done = done;
    }

    @Override
    protected boolean prepare() {
        if (text.model() == null) {
            return false; // the text does not parse: no gesture until it does
        }
        forward = plan.apply(text);
        return forward != null;
    }

    @Override
    public void execute() {
        backward = write(forward);
        if (done != null) {
            done.run();
        }
    }

    @Override
    public void undo() {
        forward = write(backward);
    }

    @Override
    public void redo() {
        backward = write(forward);
    }

    private ModelText.Edit write(ModelText.Edit edit) {
        try {
            return text.apply(edit);
        } catch (ModelFileException e) {
            throw new GLSPServerException(e.getPath() + ": " + e.getMessage(), e);
        }
    }
}
