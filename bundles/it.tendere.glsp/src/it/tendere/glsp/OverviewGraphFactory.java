// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.HashSet;

import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import it.tendere.diagram.Diagrams;
import it.tendere.servicemodel.ServiceModel;

/** The overview as the client draws it: the document's figure, every box of the kind {@link GraphIds#OVERVIEW_BOX}, its style a class. */
final class OverviewGraphFactory implements GModelFactory {

    @Inject
    private TendereModelState state;

    @Override
    public void createGModel() {
        GGraphBuilder graph = new GGraphBuilder().id("panoramica");
        ServiceModel model = state.text() == null ? null : state.text().model();
        Views.describe(graph, model, null);
        if (model != null) {
            new DiagramGraph(graph, new HashSet<>(), shape -> GraphIds.OVERVIEW_BOX, (a, b) -> GraphIds.LINE, id -> null).add(Diagrams.overview(model), 0);
        }
        state.updateRoot(graph.build());
    }
}
