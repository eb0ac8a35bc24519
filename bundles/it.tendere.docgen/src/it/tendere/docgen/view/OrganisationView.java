// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.util.ArrayList;
import java.util.List;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.Diagrams;
import it.tendere.docgen.view.Section2View.Block;
import it.tendere.docgen.view.Section2View.Bullets;
import it.tendere.docgen.view.Section2View.Figure;
import it.tendere.docgen.view.Section2View.Heading;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Table;
import it.tendere.docgen.view.Section2View.Text;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.servicemodel.AspectPositioning;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.Sourcing;
import it.tendere.servicemodel.Workload;

/**
 * 2.2 «Assetto organizzativo»: the form, the roles, the competences, the
 * workload, the split between Comuni and Province, the Base/Avanzato
 * positioning and the organisation diagram.
 */
final class OrganisationView {

    private OrganisationView() {
    }

    static List<Block> blocks(ServiceModel model, ViewContext context) {
        Organisation organisation = model.getOrganisation();
        context.at(Sezione2.PARAGRAPH_2_2);
        List<Block> blocks = new ArrayList<>();
        blocks.add(ViewContext.question(Sezione2.KEY_QUESTION_LABEL, Sezione2.KEY_QUESTION_2_2));
        blocks.add(new Heading(Sezione2.DESIGN_QUESTIONS_LABEL));
        blocks.add(ViewContext.numbered(Sezione2.DESIGN_QUESTIONS_2_2));

        blocks.add(new Heading("Forma organizzativa"));
        List<Span> form = new ArrayList<>();
        form.add(organisation == null || !organisation.isSetForm() ? context.missing("forma organizzativa")
                : Span.bold(Labels.form(organisation.getForm())));
        if (organisation != null && organisation.getFormNote() != null && !organisation.getFormNote().isBlank()) {
            form.add(Span.plain(". " + organisation.getFormNote()));
        }
        blocks.add(new Text(form));

        blocks.add(new Heading("Ruoli e professionalità"));
        List<List<List<Span>>> roles = new ArrayList<>();
        for (Role role : organisation == null ? List.<Role>of() : organisation.getRoles()) {
            roles.add(List.of(
                    List.of(Span.bold(Titles.of(role)),
                            Span.plain(role.isCoordination() ? " (punto di responsabilità)" : "")),
                    role.isSetHeadcount() && role.getHeadcount() > 0 ? List.of(Span.plain(String.valueOf(role.getHeadcount())))
                            : List.of(context.missing("persone")),
                    context.cell(String.join("; ", role.getResponsibilities()), "responsabilità"),
                    List.of(Span.plain(String.join(", ", role.getCompetences().stream().map(Titles::of).toList())))));
        }
        if (roles.isEmpty()) {
            roles.add(List.of(List.of(context.missing("ruoli")), List.of(), List.of(), List.of()));
        }
        blocks.add(new Table("Ruoli", List.of("Ruolo", "Persone", "Responsabilità", "Competenze richieste"), roles, null));

        blocks.add(new Heading("Competenze"));
        List<List<List<Span>>> competences = new ArrayList<>();
        for (Competence competence : organisation == null ? List.<Competence>of() : organisation.getCompetences()) {
            competences.add(List.of(List.of(Span.plain(Titles.of(competence))),
                    competence.isSetCategory() ? List.of(Span.plain(Labels.competence(competence.getCategory())))
                            : List.of(context.missing("categoria")),
                    !competence.isSetSourcing() ? List.of(context.missing("interna o esterna"))
                            : List.of(Span.plain(competence.getSourcing() == Sourcing.INTERNAL ? "Interna" : "Esterna")),
                    List.of(Span.plain(competence.getProvider() == null ? "" : Titles.of(competence.getProvider()))),
                    List.of(Span.plain(competence.isNonNegotiable() ? "Sì" : "No"))));
        }
        if (competences.isEmpty()) {
            competences.add(List.of(List.of(context.missing("competenze")), List.of(), List.of(), List.of(), List.of()));
        }
        blocks.add(new Table("Competenze", List.of("Competenza", "Categoria", "Copertura", "Soggetto esterno",
                "Non negoziabile"), competences, null));
        List<String> nonNegotiable = organisation == null ? List.of() : organisation.getCompetences().stream()
                .filter(Competence::isNonNegotiable).map(Titles::of).toList();
        blocks.add(Text.of(Span.bold("Le " + Sezione2.NON_NEGOTIABLE + ": "), nonNegotiable.isEmpty()
                ? context.missing(Sezione2.NON_NEGOTIABLE) : Span.plain(String.join("; ", nonNegotiable))));

        blocks.add(new Heading("Gestione dei carichi di lavoro"));
        Workload workload = organisation == null ? null : organisation.getWorkload();
        blocks.add(new Bullets(List.of(
                List.of(Span.bold("Priorità: "), context.or(workload == null ? null : workload.getPriorities(), "priorità")),
                List.of(Span.bold("Programmazione: "),
                        context.or(workload == null ? null : workload.getProgramming(), "programmazione")),
                List.of(Span.bold("Criteri di presa in carico: "),
                        context.or(workload == null ? null : workload.getIntakeCriteria(), Sezione2.INTAKE_CRITERIA))),
                false));

        blocks.add(new Heading("Ripartizione tra Provincia e Comuni"));
        blocks.add(Text.of(Span.bold("Restano in capo ai Comuni:")));
        blocks.add(context.list(organisation == null ? List.of() : organisation.getComuniResponsibilities(),
                "che cosa resta ai Comuni"));
        blocks.add(Text.of(Span.bold("Gestisce la Provincia:")));
        blocks.add(context.list(organisation == null ? List.of() : organisation.getProvinceResponsibilities(),
                "che cosa gestisce la Provincia"));

        positioning(organisation, blocks, context);
        Diagram diagram = Diagrams.organisation(model);
        blocks.add(new Figure(diagram, diagram.caption(), diagram.description()));
        return blocks;
    }

    private static void positioning(Organisation organisation, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_2 + " – " + Sezione2.BASE_VS_AVANZATO);
        blocks.add(new Heading(Sezione2.BASE_VS_AVANZATO));
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Sezione2.Aspect aspect : Sezione2.ASPECTS) {
            AspectPositioning positioning = organisation == null ? null : organisation.getPositioning().stream()
                    .filter(p -> p.getAspect() == aspect.aspect()).findFirst().orElse(null);
            List<Span> current = positioning == null || !positioning.isSetCurrent()
                    ? List.of(context.missing("situazione attuale: " + aspect.name()))
                    : List.of(Span.plain(Labels.level(positioning.getCurrent())));
            List<Span> target = new ArrayList<>(positioning == null || !positioning.isSetTarget()
                    ? List.of(context.missing("obiettivo: " + aspect.name()))
                    : List.of(Span.bold(Labels.level(positioning.getTarget()))));
            if (positioning != null && positioning.getNote() != null && !positioning.getNote().isBlank()) {
                target.add(Span.italic(" (" + positioning.getNote() + ")"));
            }
            rows.add(List.of(List.of(Span.plain(String.valueOf(aspect.aspect().getValue() + 1))),
                    List.of(Span.bold(aspect.name())), List.of(Span.plain(aspect.base())),
                    List.of(Span.plain(aspect.advanced())), current, target));
        }
        blocks.add(new Table(Sezione2.BASE_VS_AVANZATO, List.of("#", Sezione2.COLUMN_ASPECTS, Sezione2.COLUMN_BASE,
                Sezione2.COLUMN_ADVANCED, "Situazione attuale", "Obiettivo"), rows, Sezione2.POSITIONING_SOURCE));
    }
}
