// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/** The overview: boxes and lines only shown. */
final class OverviewDiagramConfiguration extends TendereDiagramConfiguration {

    OverviewDiagramConfiguration() {
        super(List.of(GraphIds.OVERVIEW_BOX), List.of(GraphIds.LINE));
    }

    @Override
    public String getDiagramType() {
        return GraphIds.OVERVIEW;
    }

    @Override
    public List<ShapeTypeHint> getShapeTypeHints() {
        return List.of(new ShapeTypeHint(GraphIds.OVERVIEW_BOX, false, false, false, false));
    }

    @Override
    public List<EdgeTypeHint> getEdgeTypeHints() {
        return List.of(new EdgeTypeHint(GraphIds.LINE, false, false, false, List.of(), List.of()));
    }
}
