// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

/** Links a role to a competence it needs, or a competence to the provider that provides it. */
final class CreateOrganisationLinkHandler extends GestureHandler<CreateEdgeOperation>
        implements CreateOperationHandler<CreateEdgeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(GraphIds.NEEDS, GraphIds.PROVIDED_BY);
    }

    @Override
    public boolean handles(org.eclipse.glsp.server.operations.Operation operation) {
        return super.handles(operation) && CreateOperationHandler.super.handles(operation);
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        String source = element(operation.getSourceElementId());
        String target = element(operation.getTargetElementId());
        String label = GlspMessages.get("palette." + operation.getElementTypeId());
        return GraphIds.NEEDS.equals(operation.getElementTypeId())
                ? gesture(label, OrganisationGestures.needs(source, target))
                : gesture(label, OrganisationGestures.providedBy(source, target));
    }

    @Override
    public String getLabel() {
        return GlspMessages.get("gesture.link");
    }
}
