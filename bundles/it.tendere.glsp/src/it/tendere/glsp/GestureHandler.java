// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;


/**
 * A gesture's handler: the operation the client sent becomes a change of the
 * model, which becomes one text edit ({@link TextEditCommand}).
 */
abstract class GestureHandler<O extends Operation> extends BasicOperationHandler<O> {

    protected Optional<Command> gesture(String label, Function<ModelText, ModelText.Edit> plan) {
        ModelText text = ((TendereModelState) modelState).text();
        return text == null ? doNothing() : Optional.of(new TextEditCommand(text, label, plan));
    }

    /** The model element a box or label of the graph stands for: its id without what follows {@code #}. */
    static String element(String graphId) {
        int hash = graphId.indexOf('#');
        return hash < 0 ? graphId : graphId.substring(0, hash);
    }
}
