// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.utils.StatusActionUtil;

import com.google.inject.Inject;


/**
 * A gesture's handler: the operation the client sent becomes a change of the
 * model, which becomes one text edit ({@link TextEditCommand}).
 */
abstract class GestureHandler<O extends Operation> extends BasicOperationHandler<O> {

    /** How long what a gesture did or why it was refused stays on screen, in ms. */
    private static final int REPORT_TIME = 12_000;

    @Inject
    protected ActionDispatcher actionDispatcher;

    protected TendereModelState state() {
        return (TendereModelState) modelState;
    }

    protected Optional<Command> gesture(String label, Function<ModelText, ModelText.Edit> plan) {
        return gesture(label, plan, null);
    }

    /** A gesture that tells the user {@code report} once it is made (what else it changed), if not null. */
    protected Optional<Command> gesture(String label, Function<ModelText, ModelText.Edit> plan, String report) {
        ModelText text = state().text();
        return text == null ? doNothing()
                : Optional.of(new TextEditCommand(text, label, plan, report == null ? null
                        : () -> actionDispatcher.dispatchAfterNextUpdate(StatusActionUtil.info(report, REPORT_TIME))));
    }

    /** Refuses a gesture, saying why. */
    protected Optional<Command> refuse(String why) {
        actionDispatcher.dispatch(StatusActionUtil.warn(why, REPORT_TIME));
        return doNothing();
    }

    /** The model element a box or label of the graph stands for: its id without what follows {@code #}. */
    static String element(String graphId) {
        int hash = graphId.indexOf('#');
        return hash < 0 ? graphId : graphId.substring(0, hash);
    }
}
