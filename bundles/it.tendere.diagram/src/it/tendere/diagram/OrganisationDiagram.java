// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.core.options.Direction;

import it.tendere.diagram.Diagram.Line;
import it.tendere.format.IssueCodes;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.identity.ElementId;
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
    /** The key of the box that says the point of responsibility is missing. */
    private static final String NO_COORDINATION = "no-coordination";
    private static final String COMUNI = "comuni";
    private static final String CAPTION = "Assetto organizzativo del servizio";

    private OrganisationDiagram() {
    }

    static Diagram build(ServiceModel model) {
        GraphLayout graph = new GraphLayout(Direction.RIGHT, 14, 48);
        Missing missing = new Missing(Sezione2.PARAGRAPH_2_2 + " – figura «" + CAPTION + "»");
        Organisation organisation = model.getOrganisation();
        List<String> summary = new ArrayList<>();
        if (organisation != null) {
            Object coordination = coordination(organisation, graph, missing, summary);
            for (Role role : organisation.getRoles()) {
                if (!graph.has(role)) {
                    graph.node(role, ElementId.of(role), List.of(BoxLines.title(role, missing),
                            BoxLines.people(role, missing)), Diagram.Style.ROLE, TEXT, 0);
                    summary.add("ruolo " + Titles.of(role) + " (" + people(role) + ")");
                }
                if (coordination != role) {
                    graph.edge(coordination, role, false);
                }
                for (Competence competence : role.getCompetences()) {
                    competence(graph, competence, missing);
                    graph.edge(role, competence, false);
                }
            }
            for (Competence competence : organisation.getCompetences()) {
                competence(graph, competence, missing);
            }
            for (Competence competence : organisation.getCompetences()) {
                if (competence.getProvider() != null) {
                    provider(graph, competence.getProvider(), missing);
                    graph.edge(competence, competence.getProvider(), true);
                }
                summary.add("competenza " + (competence.getSourcing() == Sourcing.EXTERNAL ? "esterna " : "interna ")
                        + Titles.of(competence) + (competence.getProvider() == null ? ""
                                : " fornita da " + Titles.of(competence.getProvider())));
            }
            for (ExternalProvider provider : organisation.getProviders()) {
                provider(graph, provider, missing);
            }
            comuni(organisation, coordination, graph, missing, summary);
        } else {
            graph.node("missing", ElementId.of(model), List.of(missing.line("assetto organizzativo", model,
                    IssueCodes.ORGANISATION_MISSING)), Diagram.Style.ROLE, TEXT, 0);
        }
        GraphLayout.Laid laid = graph.layout();
        String description = "Assetto organizzativo del servizio"
                + (summary.isEmpty() ? ": da completare." : ": " + String.join("; ", summary) + ".");
        return new Diagram(Diagram.Kind.ORGANISATION, "assetto-organizzativo", ElementId.of(model), CAPTION, description,
                laid.width(), laid.height(), List.of(), laid.shapes(), laid.connectors(), missing.all());
    }

    /** The box of the point of responsibility: the coordinating role, or a placeholder where none is said. */
    private static Object coordination(Organisation organisation, GraphLayout graph, Missing missing,
            List<String> summary) {
        for (Role role : organisation.getRoles()) {
            if (role.isCoordination()) {
                graph.node(role, ElementId.of(role), List.of(BoxLines.title(role, missing),
                        Line.plain("Punto di responsabilità"), BoxLines.people(role, missing)),
                        Diagram.Style.COORDINATION, TEXT, 0);
                summary.add("punto di responsabilità: " + Titles.of(role) + " (" + people(role) + ")");
                return role;
            }
        }
        graph.node(NO_COORDINATION, ElementId.of(organisation), List.of(Line.plain("Punto di responsabilità"),
                missing.line("punto di responsabilità", organisation, IssueCodes.COORDINATION_MISSING)),
                Diagram.Style.COORDINATION, TEXT, 0);
        summary.add("punto di responsabilità: da completare");
        return NO_COORDINATION;
    }

    private static void comuni(Organisation organisation, Object coordination, GraphLayout graph, Missing missing,
            List<String> summary) {
        List<Line> lines = new ArrayList<>(List.of(Line.plain("Comuni aderenti"), Line.plain("Restano ai Comuni:")));
        List<String> items = organisation.getComuniResponsibilities().stream().filter(i -> i != null && !i.isBlank())
                .toList();
        items.forEach(item -> lines.add(Line.plain("• " + item)));
        if (items.isEmpty()) {
            lines.add(missing.line("che cosa resta ai Comuni", organisation, IssueCodes.COMUNI_RESPONSIBILITIES_MISSING));
        }
        graph.node(COMUNI, ElementId.of(organisation), lines, Diagram.Style.COMUNI, TEXT + 40, 0);
        graph.edge(coordination, COMUNI, true);
        summary.add("ai Comuni aderenti restano: " + (items.isEmpty() ? "da completare" : String.join("; ", items)));
    }

    private static String people(Role role) {
        return BoxLines.hasHeadcount(role) ? BoxLines.people(role) : "numero di persone da completare";
    }

    private static void competence(GraphLayout graph, Competence competence, Missing missing) {
        if (graph.has(competence)) {
            return; // drawn already, its placeholders listed once
        }
        boolean external = competence.getSourcing() == Sourcing.EXTERNAL;
        Line title = BoxLines.title(competence, missing);
        Line kind = !competence.isSetSourcing()
                ? missing.line("interna o esterna", competence, IssueCodes.COMPETENCE_SOURCING_MISSING)
                : Line.plain((external ? "esterna" : "interna") + (competence.isNonNegotiable() ? ", non negoziabile" : ""));
        graph.node(competence, ElementId.of(competence), List.of(title, kind),
                external ? Diagram.Style.COMPETENCE_EXTERNAL : Diagram.Style.COMPETENCE_INTERNAL, TEXT, 0);
    }

    private static void provider(GraphLayout graph, ExternalProvider provider, Missing missing) {
        if (graph.has(provider)) {
            return;
        }
        graph.node(provider, ElementId.of(provider), List.of(BoxLines.title(provider, missing),
                Line.plain("soggetto esterno")), Diagram.Style.PROVIDER, TEXT, 0);
    }
}
