// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

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

/**
 * What the diagrams share: their boxes and lines are the document's, placed
 * by the server's layout (ELK's, the document's) and never by the client;
 * updates are not animated.
 */
abstract class TendereDiagramConfiguration implements DiagramConfiguration {

    private final List<String> nodes;
    private final List<String> edges;

    TendereDiagramConfiguration(List<String> nodes, List<String> edges) {
        this.nodes = nodes;
        this.edges = edges;
    }

    @Override
    public Map<String, EClass> getTypeMappings() {
        Map<String, EClass> types = new HashMap<>(DefaultTypes.getDefaultTypeMappings());
        nodes.forEach(type -> types.put(type, GraphPackage.Literals.GNODE));
        edges.forEach(type -> types.put(type, GraphPackage.Literals.GEDGE));
        types.put(GraphIds.LABEL_PLACEHOLDER, GraphPackage.Literals.GLABEL);
        return types;
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
