// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.operations.DeleteOperation;

import it.tendere.format.Titles;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.TitledElement;

/**
 * Deletes the boxes and links selected; the lines the diagram draws by
 * itself and the lanes are not the user's to delete. Where a deleted element
 * was used elsewhere (a competence a role needs, a provider a phase names),
 * those uses go with it, and the user is told which.
 */
final class DeleteHandler extends GestureHandler<DeleteOperation> {

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        List<String> ids = operation.getElementIds() == null ? List.of()
                : operation.getElementIds().stream()
                        .filter(id -> !id.startsWith("linea:") && !id.startsWith("box:") && !id.startsWith("corsia:")
                                && !id.contains(GraphIds.LINK) || isReference(id))
                        .map(DeleteHandler::modelId).distinct().toList();
        return ids.isEmpty() ? doNothing()
                : gesture(GlspMessages.get("gesture.delete"), OrganisationGestures.delete(ids), alsoChanged(ids));
    }

    /** A link the user drew (a need, a provision), not a line of the layout (a phase's sequence). */
    private static boolean isReference(String id) {
        return id.contains(GraphIds.LINK) && !id.startsWith("linea:") && !id.startsWith("Phase:");
    }

    /** A box's element, or a link between two elements. */
    private static String modelId(String graphId) {
        int arrow = graphId.indexOf(GraphIds.LINK);
        return arrow < 0 ? element(graphId)
                : GraphIds.link(element(graphId.substring(0, arrow)),
                        element(graphId.substring(arrow + GraphIds.LINK.length())));
    }

    /** What else deleting these elements changes: the elements that used them, with the use; null for nothing. */
    private String alsoChanged(Collection<String> ids) {
        ServiceModel model = state().text() == null ? null : state().text().model();
        if (model == null) {
            return null;
        }
        List<EObject> deleted = ids.stream().filter(id -> !id.contains(GraphIds.LINK))
                .map(id -> ElementId.find(model, id)).filter(e -> e != null && e != model).toList();
        Set<String> uses = new LinkedHashSet<>();
        for (Collection<EStructuralFeature.Setting> settings : EcoreUtil.UsageCrossReferencer.findAll(deleted, model)
                .values()) {
            for (EStructuralFeature.Setting use : settings) {
                EObject user = use.getEObject();
                if (deleted.stream().noneMatch(d -> EcoreUtil.isAncestor(d, user)) && user instanceof TitledElement titled) {
                    uses.add(GlspMessages.get("delete.use", Titles.of(titled),
                            GlspMessages.get("feature." + use.getEStructuralFeature().getName())));
                }
            }
        }
        return uses.isEmpty() ? null : GlspMessages.get("delete.also", String.join("; ", new ArrayList<>(uses)));
    }
}
