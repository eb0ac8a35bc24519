// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphExtension;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/**
 * What the client may do on the organisation: boxes are placed by the
 * layout, never moved or resized by hand; they can be deleted; a need goes
 * from a role to a competence, a provision from a competence to a provider.
 */
final class OrganisationDiagramConfiguration implements DiagramConfiguration {

    private static final List<String> BOXES = List.of(GraphIds.ROLE, GraphIds.COORDINATION,
            GraphIds.COMPETENCE_INTERNAL, GraphIds.COMPETENCE_EXTERNAL, GraphIds.PROVIDER);

    @Override
    public String getDiagramType() {
        return GraphIds.ORGANISATION;
    }

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> types = new HashMap<>(DefaultTypes.getDefaultTypeMappings());
        BOXES.forEach(type -> types.put(type, GraphPackage.Literals.GNODE));
        types.put(GraphIds.COMUNI, GraphPackage.Literals.GNODE);
        types.put(GraphIds.LABEL_PLACEHOLDER, GraphPackage.Literals.GLABEL);
        for (String edge : List.of(GraphIds.NEEDS, GraphIds.PROVIDED_BY, GraphIds.LINE)) {
            types.put(edge, GraphPackage.Literals.GEDGE);
        }
        return types;
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

    @Override
    public Optional<GraphExtension> getGraphExtension() {
        return Optional.empty();
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.NONE;
    }

    @Override
    public boolean needsClientLayout() {
        return false; // the server's layout is the document's
    }

    /**
     * No animation: the client's morphing of one layout into the next took
     * about half a second per gesture (the server's part is about 60 ms), and a
     * deleted box stayed on screen until it had faded.
     */
    @Override
    public boolean animatedUpdate() {
        return false;
    }
}
