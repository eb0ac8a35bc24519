// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Roles per diagram: twelve roles with their competences fill an A4 page at
     * a readable size; an organisation with more is drawn in parts, as a long
     * process is.
     */
    static final int ROLES_PER_PART = 12;

    private OrganisationDiagram() {
    }

    static List<Diagram> build(ServiceModel model) {
        Organisation organisation = model.getOrganisation();
        if (organisation == null) {
            GraphLayout graph = new GraphLayout(Direction.RIGHT, 14, 48);
            Missing missing = new Missing(Sezione2.PARAGRAPH_2_2 + " – figura «" + CAPTION + "»");
            graph.node("missing", ElementId.of(model), List.of(missing.line("assetto organizzativo", model,
                    IssueCodes.ORGANISATION_MISSING)), Diagram.Style.ROLE, TEXT, 0);
            return List.of(diagram(model, graph, missing, List.of(), 0, 1));
        }
        List<Role> roles = organisation.getRoles();
        int parts = Math.max(1, (roles.size() + ROLES_PER_PART - 1) / ROLES_PER_PART);
        Map<Object, Integer> drawnIn = new HashMap<>();
        List<Diagram> diagrams = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            List<Role> slice = roles.subList(part * ROLES_PER_PART, Math.min(roles.size(), (part + 1) * ROLES_PER_PART));
            diagrams.add(new Part(model, organisation, part, parts, drawnIn).draw(slice));
        }
        return diagrams;
    }

    private static Diagram diagram(ServiceModel model, GraphLayout graph, Missing missing, List<String> summary,
            int part, int parts) {
        GraphLayout.Laid laid = graph.layout();
        String suffix = parts > 1 ? " (parte " + (part + 1) + " di " + parts + ")" : "";
        String description = CAPTION + suffix
                + (summary.isEmpty() ? ": da completare." : ": " + String.join("; ", summary) + ".");
        return new Diagram(Diagram.Kind.ORGANISATION, "assetto-organizzativo" + (parts > 1 ? "-" + (part + 1) : ""),
                ElementId.of(model), CAPTION + suffix, description, laid.width(), laid.height(), List.of(),
                laid.shapes(), laid.connectors(), missing.all(), laid.shortened());
    }

    /**
     * One diagram of the organisation: the point of responsibility, some of the
     * roles, the competences they need and their providers; the first part also
     * the Comuni, the last one the competences and providers no role leads to.
     * A box drawn in an earlier part is drawn again by name only, pointing to
     * that part, so that each placeholder is drawn, and listed, once.
     */
    private static final class Part {

        private final ServiceModel model;
        private final Organisation organisation;
        private final int part;
        private final int parts;
        private final Map<Object, Integer> drawnIn;
        private final GraphLayout graph = new GraphLayout(Direction.RIGHT, 14, 48);
        private final Missing missing = new Missing(Sezione2.PARAGRAPH_2_2 + " – figura «" + CAPTION + "»");
        private final List<String> summary = new ArrayList<>();

        Part(ServiceModel model, Organisation organisation, int part, int parts, Map<Object, Integer> drawnIn) {
            this.model = model;
            this.organisation = organisation;
            this.part = part;
            this.parts = parts;
            this.drawnIn = drawnIn;
        }

        Diagram draw(List<Role> roles) {
            Object coordination = coordination();
            for (Role role : roles) {
                if (!graph.has(role)) {
                    graph.node(role, ElementId.of(role), List.of(BoxLines.title(role, missing),
                            BoxLines.people(role, missing)), Diagram.Style.ROLE, TEXT, 0);
                    summary.add("ruolo " + Titles.of(role) + " (" + people(role) + ")");
                }
                if (coordination != role) {
                    graph.edge(coordination, role, false);
                }
                for (Competence competence : role.getCompetences()) {
                    competence(competence);
                    graph.edge(role, competence, false);
                }
            }
            boolean last = part == parts - 1;
            if (last) { // those no role needs, drawn in no part yet
                organisation.getCompetences().stream().filter(c -> !drawnIn.containsKey(c)).forEach(this::competence);
            }
            for (Competence competence : organisation.getCompetences()) {
                if (graph.has(competence) && competence.getProvider() != null) {
                    provider(competence.getProvider());
                    graph.edge(competence, competence.getProvider(), true);
                }
                if (graph.has(competence) && drawnIn.get(competence) == part) {
                    summary.add("competenza " + (competence.getSourcing() == Sourcing.EXTERNAL ? "esterna " : "interna ")
                            + Titles.of(competence) + (competence.getProvider() == null ? ""
                                    : " fornita da " + Titles.of(competence.getProvider())));
                }
            }
            if (last) {
                organisation.getProviders().stream().filter(p -> !drawnIn.containsKey(p)).forEach(this::provider);
            }
            if (part == 0) {
                comuni(coordination);
            }
            return diagram(model, graph, missing, summary, part, parts);
        }

        /** The box of the point of responsibility: the coordinating role, or a placeholder where none is said. */
        private Object coordination() {
            for (Role role : organisation.getRoles()) {
                if (role.isCoordination()) {
                    if (part == 0) {
                        graph.node(role, ElementId.of(role), List.of(BoxLines.title(role, missing),
                                Line.plain("Punto di responsabilità"), BoxLines.people(role, missing)),
                                Diagram.Style.COORDINATION, TEXT, 0);
                        summary.add("punto di responsabilità: " + Titles.of(role) + " (" + people(role) + ")");
                    } else {
                        graph.node(role, ElementId.of(role), List.of(Line.plain(Titles.of(role)),
                                Line.plain("Punto di responsabilità")), Diagram.Style.COORDINATION, TEXT, 0);
                    }
                    return role;
                }
            }
            List<Line> lines = new ArrayList<>(List.of(Line.plain("Punto di responsabilità")));
            if (part == 0) {
                lines.add(missing.line("punto di responsabilità", organisation, IssueCodes.COORDINATION_MISSING));
                summary.add("punto di responsabilità: da completare");
            }
            graph.node(NO_COORDINATION, ElementId.of(organisation), lines, Diagram.Style.COORDINATION, TEXT, 0);
            return NO_COORDINATION;
        }

        private void comuni(Object coordination) {
            List<Line> lines = new ArrayList<>(List.of(Line.plain("Comuni aderenti"), Line.plain("Restano ai Comuni:")));
            List<String> items = organisation.getComuniResponsibilities().stream()
                    .filter(i -> i != null && !i.isBlank()).toList();
            items.forEach(item -> lines.add(Line.plain("• " + item)));
            if (items.isEmpty()) {
                lines.add(missing.line("che cosa resta ai Comuni", organisation,
                        IssueCodes.COMUNI_RESPONSIBILITIES_MISSING));
            }
            graph.node(COMUNI, ElementId.of(organisation), lines, Diagram.Style.COMUNI, TEXT + 40, 0);
            graph.edge(coordination, COMUNI, true);
            summary.add("ai Comuni aderenti restano: " + (items.isEmpty() ? "da completare" : String.join("; ", items)));
        }

        private void competence(Competence competence) {
            if (graph.has(competence)) {
                return; // drawn already, its placeholders listed once
            }
            boolean external = competence.getSourcing() == Sourcing.EXTERNAL;
            Diagram.Style style = external ? Diagram.Style.COMPETENCE_EXTERNAL : Diagram.Style.COMPETENCE_INTERNAL;
            if (drawnBefore(competence)) {
                graph.node(competence, ElementId.of(competence), seeAlso(competence), style, TEXT, 0);
                return;
            }
            Line title = BoxLines.title(competence, missing);
            Line kind = !competence.isSetSourcing()
                    ? missing.line("interna o esterna", competence, IssueCodes.COMPETENCE_SOURCING_MISSING)
                    : Line.plain((external ? "esterna" : "interna") + (competence.isNonNegotiable() ? ", non negoziabile" : ""));
            graph.node(competence, ElementId.of(competence), List.of(title, kind), style, TEXT, 0);
        }

        private void provider(ExternalProvider provider) {
            if (graph.has(provider)) {
                return;
            }
            graph.node(provider, ElementId.of(provider), drawnBefore(provider) ? seeAlso(provider)
                    : List.of(BoxLines.title(provider, missing), Line.plain("soggetto esterno")),
                    Diagram.Style.PROVIDER, TEXT, 0);
        }

        /** Whether an earlier part drew the element; else it is this part's from now on. */
        private boolean drawnBefore(Object element) {
            return drawnIn.computeIfAbsent(element, e -> part) < part;
        }

        private List<Line> seeAlso(it.tendere.servicemodel.TitledElement element) {
            return List.of(Line.plain(Titles.of(element)), Line.plain("(v. parte " + (drawnIn.get(element) + 1) + ")"));
        }
    }

    private static String people(Role role) {
        return BoxLines.hasHeadcount(role) ? BoxLines.people(role) : "numero di persone da completare";
    }
}
