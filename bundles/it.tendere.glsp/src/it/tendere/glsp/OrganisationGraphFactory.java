// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.HashSet;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.Diagram.Shape;
import it.tendere.diagram.Diagrams;
import it.tendere.servicemodel.ServiceModel;

/**
 * The organisation as the client draws it: the very boxes, lines and
 * positions of the document's figure (one layout code, ELK's), the parts of
 * a split figure one under the other. Nothing of the layout is stored: it is
 * computed again from the text after every gesture.
 */
final class OrganisationGraphFactory implements GModelFactory {

    /** The gap between the parts of a split organisation. */
    private static final double PART_GAP = 40;

    @Inject
    private TendereModelState state;

    @Override
    public void createGModel() {
        GGraphBuilder graph = new GGraphBuilder().id("organizzazione");
        ServiceModel model = state.text() == null ? null : state.text().model();
        Views.describe(graph, model, null);
        if (model != null) {
            double top = 0;
            DiagramGraph boxes = new DiagramGraph(graph, new HashSet<>(), OrganisationGraphFactory::nodeType,
                    OrganisationGraphFactory::linkType, DiagramGraph.titlesOf(model));
            for (Diagram part : Diagrams.organisation(model)) {
                boxes.add(part, top);
                top += part.height() + PART_GAP;
            }
        }
        GGraph root = graph.build();
        state.updateRoot(root);
    }

    /** The node type of a box, by what it shows. */
    static String nodeType(Shape shape) {
        return switch (shape.style()) {
            case COORDINATION -> GraphIds.COORDINATION;
            case COMPETENCE_INTERNAL -> GraphIds.COMPETENCE_INTERNAL;
            case COMPETENCE_EXTERNAL -> GraphIds.COMPETENCE_EXTERNAL;
            case PROVIDER -> GraphIds.PROVIDER;
            case COMUNI -> GraphIds.COMUNI;
            default -> GraphIds.ROLE;
        };
    }

    private static String linkType(Shape source, Shape target) {
        boolean fromRole = source.element() != null && source.element().startsWith("Role:");
        boolean fromCompetence = source.element() != null && source.element().startsWith("Competence:");
        if (fromRole && target.element() != null && target.element().startsWith("Competence:")) {
            return GraphIds.NEEDS;
        }
        if (fromCompetence && target.element() != null && target.element().startsWith("ExternalProvider:")) {
            return GraphIds.PROVIDED_BY;
        }
        return GraphIds.LINE;
    }
}
