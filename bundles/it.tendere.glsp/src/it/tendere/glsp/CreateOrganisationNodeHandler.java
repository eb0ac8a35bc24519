// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

/** Creates a role, an internal or external competence, or an external provider. */
final class CreateOrganisationNodeHandler extends GestureHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(GraphIds.ROLE, GraphIds.COMPETENCE_INTERNAL, GraphIds.COMPETENCE_EXTERNAL, GraphIds.PROVIDER);
    }

    @Override
    public boolean handles(org.eclipse.glsp.server.operations.Operation operation) {
        return super.handles(operation) && CreateOperationHandler.super.handles(operation);
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        String type = operation.getElementTypeId();
        String label = GlspMessages.get("palette." + type);
        return switch (type) {
            case GraphIds.ROLE -> gesture(label, OrganisationGestures.createRole());
            case GraphIds.COMPETENCE_INTERNAL -> gesture(label, OrganisationGestures.createCompetence(false));
            case GraphIds.COMPETENCE_EXTERNAL -> gesture(label, OrganisationGestures.createCompetence(true));
            case GraphIds.PROVIDER -> gesture(label, OrganisationGestures.createProvider());
            default -> doNothing();
        };
    }

    @Override
    public String getLabel() {
        return GlspMessages.get("gesture.create");
    }
}
