// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/**
 * What the client may do on a process map: a phase can be dragged (to
 * another lane, along the lanes) and deleted; lanes and the lines between
 * phases are the layout's.
 */
final class ProcessDiagramConfiguration extends TendereDiagramConfiguration {

    ProcessDiagramConfiguration() {
        super(List.of(GraphIds.PHASE, GraphIds.LANE), List.of(GraphIds.SEQUENCE));
    }

    @Override
    public String getDiagramType() {
        return GraphIds.PROCESS;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        // the client puts a new box only where the box under the pointer may hold it: a phase in a lane, a
        // new tool on a phase (the server places both: phases are not the lanes' children in the graph)
        return List.of(new ShapeTypeHint(GraphIds.PHASE, true, true, false, false, List.of(GraphIds.NEW_TOOL)),
                new ShapeTypeHint(GraphIds.LANE, false, false, false, false, List.of(GraphIds.PHASE)));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of(new EdgeTypeHint(GraphIds.SEQUENCE, false, false, false, List.of(), List.of()));
    }
}
