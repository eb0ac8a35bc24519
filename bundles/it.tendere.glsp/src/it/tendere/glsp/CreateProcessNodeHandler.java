// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Process;

/**
 * On a process map: a phase where it is put (the lane, the place among the
 * others), a new tool for the phase it is put on, a new process (which the
 * map then shows).
 */
final class CreateProcessNodeHandler extends GestureHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(GraphIds.PHASE, GraphIds.NEW_TOOL, GraphIds.NEW_PROCESS);
    }

    @Override
    public boolean handles(Operation operation) {
        return super.handles(operation) && CreateOperationHandler.super.handles(operation);
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        String label = GlspMessages.get("palette." + operation.getElementTypeId());
        GPoint at = operation.getLocation().orElse(GraphUtil.point(0, 0));
        switch (operation.getElementTypeId()) {
            case GraphIds.NEW_PROCESS:
                return gesture(label, ProcessGestures.createProcess(state()::show));
            case GraphIds.NEW_TOOL:
                return new ProcessPlaces(state().getRoot()).phaseAt(at).map(phase -> gesture(label, ProcessGestures.newTool(element(phase.getId()))))
                        .orElseGet(() -> refuse(GlspMessages.get("tool.onPhase")));
            default:
                Process process = state().process();
                if (process == null) {
                    return refuse(GlspMessages.get("phase.noProcess"));
                }
                ProcessPlaces.Spot spot = new ProcessPlaces(state().getRoot()).at(at.getX(), at.getY(), null);
                return gesture(label, ProcessGestures.createPhase(ElementId.of(process),
                        spot == null ? Performer.PROVINCE : spot.performer(),
                        spot == null ? ProcessGestures.Place.UNCHANGED : spot.place()));
        }
    }

    @Override
    public String getLabel() {
        return GlspMessages.get("gesture.create");
    }
}
