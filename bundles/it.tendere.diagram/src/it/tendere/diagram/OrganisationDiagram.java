// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.core.options.Direction;

import it.tendere.format.Titles;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.ExternalProvider;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.Sourcing;

/**
 * «Assetto organizzativo»: the point of responsibility, the roles with their
 * headcount, the competences each needs (internal or external), the external
 * providers, and the adhering Comuni with what stays with them. Laid out left
 * to right, so that it grows down the page, not across it.
 */
final class OrganisationDiagram {

    private static final double TEXT = 130;

    private OrganisationDiagram() {
    }

    static Diagram build(ServiceModel model) {
        GraphLayout graph = new GraphLayout(Direction.RIGHT, 14, 48);
        Organisation organisation = model.getOrganisation();
        List<String> summary = new ArrayList<>();
        String coordination = null;
        if (organisation != null) {
            for (Role role : organisation.getRoles()) {
                if (role.isCoordination() && coordination == null) {
                    coordination = "role:" + role.getName();
                    graph.node(coordination, role.getName(), List.of(Titles.of(role), "Punto di responsabilità",
                            Labels.people(role)), Diagram.Style.COORDINATION, TEXT, 0);
                    summary.add("punto di responsabilità: " + Titles.of(role) + " (" + Labels.people(role) + ")");
                }
            }
            for (Role role : organisation.getRoles()) {
                String id = "role:" + role.getName();
                if (graph.node(id, role.getName(), List.of(Titles.of(role), Labels.people(role)), Diagram.Style.ROLE,
                        TEXT, 0)) {
                    summary.add("ruolo " + Titles.of(role) + " (" + Labels.people(role) + ")");
                }
                if (coordination != null) {
                    graph.edge(coordination, id, false);
                }
                for (Competence competence : role.getCompetences()) {
                    competence(graph, competence);
                    graph.edge(id, "competence:" + competence.getName(), false);
                }
            }
            for (Competence competence : organisation.getCompetences()) {
                competence(graph, competence);
            }
            for (Competence competence : organisation.getCompetences()) {
                if (competence.getProvider() != null) {
                    provider(graph, competence.getProvider());
                    graph.edge("competence:" + competence.getName(), "provider:" + competence.getProvider().getName(), true);
                }
                summary.add("competenza " + (competence.getSourcing() == Sourcing.EXTERNAL ? "esterna " : "interna ")
                        + Titles.of(competence) + (competence.getProvider() == null ? ""
                                : " fornita da " + Titles.of(competence.getProvider())));
            }
            for (ExternalProvider provider : organisation.getProviders()) {
                provider(graph, provider);
            }
            if (!organisation.getComuniResponsibilities().isEmpty()) {
                List<String> lines = new ArrayList<>(List.of("Comuni aderenti", "Restano ai Comuni:"));
                organisation.getComuniResponsibilities().forEach(item -> lines.add("• " + item));
                graph.node("comuni", "comuni", lines, Diagram.Style.COMUNI, TEXT + 40, 0);
                if (coordination != null) {
                    graph.edge(coordination, "comuni", true);
                }
                summary.add("ai Comuni aderenti restano: " + String.join("; ", organisation.getComuniResponsibilities()));
            }
        }
        if (graph.isEmpty()) {
            graph.node("missing", "", List.of(Labels.MISSING + "assetto organizzativo]"), Diagram.Style.ROLE, TEXT, 0);
        }
        GraphLayout.Laid laid = graph.layout();
        String description = "Assetto organizzativo del servizio"
                + (summary.isEmpty() ? ": da completare." : ": " + String.join("; ", summary) + ".");
        return new Diagram(Diagram.Kind.ORGANISATION, "assetto-organizzativo", "Assetto organizzativo del servizio",
                description, laid.width(), laid.height(), List.of(), laid.shapes(), laid.connectors());
    }

    private static void competence(GraphLayout graph, Competence competence) {
        boolean external = competence.getSourcing() == Sourcing.EXTERNAL;
        String kind = (external ? "esterna" : "interna") + (competence.isNonNegotiable() ? ", non negoziabile" : "");
        graph.node("competence:" + competence.getName(), competence.getName(), List.of(Titles.of(competence), kind),
                external ? Diagram.Style.COMPETENCE_EXTERNAL : Diagram.Style.COMPETENCE_INTERNAL, TEXT, 0);
    }

    private static void provider(GraphLayout graph, ExternalProvider provider) {
        graph.node("provider:" + provider.getName(), provider.getName(), List.of(Titles.of(provider), "soggetto esterno"),
                Diagram.Style.PROVIDER, TEXT, 0);
    }
}
