// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * The lines between phases are the layout's: the bend points the client
 * sends with a moved phase (in the same compound operation as the move) are
 * taken and left aside. Without a handler, the server could not read the
 * compound operation, and the connection was closed.
 */
final class KeepRoutesHandler extends GestureHandler<ChangeRoutingPointsOperation> {

    @Override
    public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
        return doNothing();
    }
}
