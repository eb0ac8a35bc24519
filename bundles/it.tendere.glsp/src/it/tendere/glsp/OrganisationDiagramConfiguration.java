// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/**
 * What the client may do on the organisation: boxes are placed by the
 * layout, never moved or resized by hand; they can be deleted; a need goes
 * from a role to a competence, a provision from a competence to a provider.
 */
final class OrganisationDiagramConfiguration extends TendereDiagramConfiguration {

    private static final List<String> BOXES = List.of(GraphIds.ROLE, GraphIds.COORDINATION,
            GraphIds.COMPETENCE_INTERNAL, GraphIds.COMPETENCE_EXTERNAL, GraphIds.PROVIDER);

    OrganisationDiagramConfiguration() {
        super(List.of(GraphIds.ROLE, GraphIds.COORDINATION, GraphIds.COMPETENCE_INTERNAL,
                GraphIds.COMPETENCE_EXTERNAL, GraphIds.PROVIDER, GraphIds.COMUNI),
                List.of(GraphIds.NEEDS, GraphIds.PROVIDED_BY, GraphIds.LINE));
    }

    @Override
    public String getDiagramType() {
        return GraphIds.ORGANISATION;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        List<ShapeTypeHint> hints = new ArrayList<>();
        BOXES.forEach(type -> hints.add(new ShapeTypeHint(type, false, true, false, false)));
        hints.add(new ShapeTypeHint(GraphIds.COMUNI, false, false, false, false));
        return hints;
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        List<String> roles = List.of(GraphIds.ROLE, GraphIds.COORDINATION);
        List<String> competences = List.of(GraphIds.COMPETENCE_INTERNAL, GraphIds.COMPETENCE_EXTERNAL);
        return List.of(new EdgeTypeHint(GraphIds.NEEDS, false, true, false, roles, competences),
                new EdgeTypeHint(GraphIds.PROVIDED_BY, false, true, false, competences, List.of(GraphIds.PROVIDER)),
                new EdgeTypeHint(GraphIds.LINE, false, false, false, List.of(), List.of()));
    }
}
