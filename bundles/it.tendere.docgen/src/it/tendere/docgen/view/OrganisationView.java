// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.util.ArrayList;
import java.util.List;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.Diagrams;
import it.tendere.docgen.view.Section2View.Block;
import it.tendere.docgen.view.Section2View.Bullets;
import it.tendere.docgen.view.Section2View.Cells;
import it.tendere.docgen.view.Section2View.Heading;
import it.tendere.docgen.view.Section2View.Item;
import it.tendere.docgen.view.Section2View.Row;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Table;
import it.tendere.docgen.view.Section2View.Text;
import it.tendere.format.IssueCodes;
import it.tendere.format.Labels;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.AspectPositioning;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.CompetenceCategory;
import it.tendere.servicemodel.ExternalProvider;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.Sourcing;
import it.tendere.servicemodel.Workload;

/**
 * 2.2 «Assetto organizzativo»: the form, the roles and the point of
 * responsibility, the competences, the workload, the split between Comuni and
 * Province, the Base/Avanzato positioning and the organisation diagram.
 */
final class OrganisationView {

    private OrganisationView() {
    }

    static List<Block> blocks(ServiceModel model, ViewContext context) {
        Organisation organisation = model.getOrganisation();
        context.at(Sezione2.PARAGRAPH_2_2);
        if (organisation == null) {
            context.absent(IssueCodes.ORGANISATION_MISSING, model);
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(ViewContext.question(Sezione2.KEY_QUESTION_LABEL, Sezione2.KEY_QUESTION_2_2));
        blocks.add(new Heading(Sezione2.DESIGN_QUESTIONS_LABEL));
        blocks.add(ViewContext.numbered(Sezione2.DESIGN_QUESTIONS_2_2));

        blocks.add(new Heading("Forma organizzativa"));
        List<Span> form = new ArrayList<>();
        form.add(organisation == null || !organisation.isSetForm()
                ? context.missing("forma organizzativa", organisation, IssueCodes.ORGANISATIONAL_FORM_MISSING)
                : Span.bold(Labels.form(organisation.getForm())));
        if (organisation != null && organisation.getFormNote() != null && !organisation.getFormNote().isBlank()) {
            form.add(Span.plain(". " + organisation.getFormNote()));
        }
        blocks.add(new Text(form));

        roles(organisation, blocks, context);
        competences(organisation, blocks, context);
        providers(organisation, model, blocks);
        workload(organisation, blocks, context);

        blocks.add(new Heading("Ripartizione tra Provincia e Comuni"));
        blocks.add(Text.of(Span.bold("Restano in capo ai Comuni:")));
        blocks.add(context.list(organisation == null ? List.of() : organisation.getComuniResponsibilities(),
                "che cosa resta ai Comuni", organisation, IssueCodes.COMUNI_RESPONSIBILITIES_MISSING));
        blocks.add(Text.of(Span.bold("Gestisce la Provincia:")));
        blocks.add(context.list(organisation == null ? List.of() : organisation.getProvinceResponsibilities(),
                "che cosa gestisce la Provincia", organisation, IssueCodes.PROVINCE_RESPONSIBILITIES_MISSING));

        positioning(organisation, blocks, context);
        context.present();
        for (Diagram diagram : Diagrams.organisation(model)) {
            blocks.add(context.figure(diagram, diagram.caption()));
        }
        return blocks;
    }

    private static void roles(Organisation organisation, List<Block> blocks, ViewContext context) {
        blocks.add(new Heading("Ruoli e professionalità"));
        List<Row> rows = new ArrayList<>();
        for (Role role : organisation == null ? List.<Role>of() : organisation.getRoles()) {
            rows.add(new Cells(ElementId.of(role), List.of(
                    List.of(ViewContext.bold(context.title(role)),
                            Span.plain(role.isCoordination() ? " (punto di responsabilità)" : "")),
                    role.isSetHeadcount() && role.getHeadcount() > 0 ? List.of(Span.plain(String.valueOf(role.getHeadcount())))
                            : List.of(context.missing("persone", role, IssueCodes.HEADCOUNT_MISSING)),
                    context.cell(String.join("; ", role.getResponsibilities().stream().filter(r -> r != null && !r.isBlank())
                            .toList()), "responsabilità", role, IssueCodes.ROLE_RESPONSIBILITIES_MISSING),
                    List.of(Span.plain(String.join(", ", role.getCompetences().stream().map(Titles::of).toList()))))));
        }
        if (rows.isEmpty()) {
            rows.add(new Cells(ElementId.of(organisation), List.of(
                    List.of(context.missing("ruoli", organisation, IssueCodes.OPERATIONAL_ROLES_MISSING)), List.of(),
                    List.of(), List.of())));
        }
        blocks.add(new Table("Ruoli", List.of("Ruolo", "Persone", "Responsabilità", "Competenze richieste"), rows, null));
        Role coordination = organisation == null ? null
                : organisation.getRoles().stream().filter(Role::isCoordination).findFirst().orElse(null);
        blocks.add(Text.of(Span.bold("Punto di responsabilità: "), coordination == null
                ? context.missing("punto di responsabilità (coordinamento)", organisation, IssueCodes.COORDINATION_MISSING)
                : Span.plain(Titles.of(coordination))));
    }

    private static void competences(Organisation organisation, List<Block> blocks, ViewContext context) {
        blocks.add(new Heading("Competenze"));
        List<Row> rows = new ArrayList<>();
        for (Competence competence : organisation == null ? List.<Competence>of() : organisation.getCompetences()) {
            List<Span> provider = competence.getProvider() != null ? List.of(Span.plain(Titles.of(competence.getProvider())))
                    : competence.isSetSourcing() && competence.getSourcing() == Sourcing.EXTERNAL
                            ? List.of(context.missing("soggetto che la fornisce", competence,
                                    IssueCodes.EXTERNAL_PROVIDER_MISSING))
                            : List.of(Span.plain(""));
            rows.add(new Cells(ElementId.of(competence), List.of(List.of(context.title(competence)),
                    competence.isSetCategory() ? List.of(Span.plain(Labels.competence(competence.getCategory())))
                            : List.of(context.missing("categoria", competence, IssueCodes.COMPETENCE_CATEGORY_MISSING)),
                    !competence.isSetSourcing()
                            ? List.of(context.missing("interna o esterna", competence,
                                    IssueCodes.COMPETENCE_SOURCING_MISSING))
                            : List.of(Span.plain(Labels.sourcing(competence.getSourcing()))),
                    provider, List.of(Span.plain(competence.isNonNegotiable() ? "Sì" : "No")))));
        }
        if (rows.isEmpty()) {
            rows.add(new Cells(ElementId.of(organisation), List.of(List.of(context.missing("competenze", organisation,
                    IssueCodes.NON_NEGOTIABLE_UNCOVERED)), List.of(), List.of(), List.of(), List.of())));
        }
        blocks.add(new Table("Competenze", List.of("Competenza", "Categoria", "Copertura", "Soggetto esterno",
                "Non negoziabile"), rows, null));
        List<Competence> all = organisation == null ? List.of() : organisation.getCompetences();
        List<Span> nonNegotiable = new ArrayList<>(List.of(Span.bold("Le " + Sezione2.NON_NEGOTIABLE + ": ")));
        List<String> named = all.stream().filter(Competence::isNonNegotiable).map(Titles::of).toList();
        if (!named.isEmpty()) {
            nonNegotiable.add(Span.plain(String.join("; ", named)));
        }
        for (CompetenceCategory category : Sezione2.NON_NEGOTIABLE_CATEGORIES) {
            if (all.stream().noneMatch(c -> c.isNonNegotiable() && c.isSetCategory() && c.getCategory() == category)) {
                nonNegotiable.add(Span.plain(nonNegotiable.size() > 1 ? "; " : ""));
                nonNegotiable.add(context.missing("competenza non negoziabile: " + Labels.competence(category),
                        organisation, IssueCodes.NON_NEGOTIABLE_UNCOVERED));
            }
        }
        blocks.add(new Text(nonNegotiable));
    }

    /**
     * The external parties: what each is, the competences it provides and the
     * phases it performs. Without any, nothing is said: a service may rely
     * on none (the checks ask for one only where a competence is external).
     */
    private static void providers(Organisation organisation, ServiceModel model, List<Block> blocks) {
        List<ExternalProvider> providers = organisation == null ? List.of() : organisation.getProviders();
        if (providers.isEmpty()) {
            return;
        }
        List<Phase> phases = model.getProcessesAndTools() == null ? List.of() : model.getProcessesAndTools()
                .getProcesses().stream().flatMap(p -> p.getPhases().stream()).toList();
        List<Row> rows = new ArrayList<>();
        for (ExternalProvider provider : providers) {
            rows.add(new Cells(ElementId.of(provider), List.of(List.of(Span.bold(Titles.of(provider))),
                    List.of(Span.plain(provider.getDescription() == null ? "" : provider.getDescription())),
                    List.of(Span.plain(String.join("; ", organisation.getCompetences().stream()
                            .filter(c -> c.getProvider() == provider).map(Titles::of).toList()))),
                    List.of(Span.plain(String.join("; ", phases.stream().filter(p -> p.getParty() == provider)
                            .map(p -> ((Process) p.eContainer()).getName() + " – " + Titles.of(p)).toList()))))));
        }
        blocks.add(new Heading("Soggetti esterni"));
        blocks.add(new Table("Soggetti esterni", List.of("Soggetto", "Descrizione", "Competenze fornite",
                "Fasi svolte"), rows, null));
    }

    private static void workload(Organisation organisation, List<Block> blocks, ViewContext context) {
        blocks.add(new Heading("Gestione dei carichi di lavoro"));
        Workload workload = organisation == null ? null : organisation.getWorkload();
        var owner = workload == null ? organisation : workload;
        blocks.add(new Bullets(List.of(
                new Item(ElementId.of(workload), List.of(Span.bold("Priorità: "), context.or(workload == null ? null
                        : workload.getPriorities(), "priorità", owner, IssueCodes.WORKLOAD_INCOMPLETE))),
                new Item(ElementId.of(workload), List.of(Span.bold("Programmazione: "), context.or(workload == null ? null
                        : workload.getProgramming(), "programmazione", owner, IssueCodes.WORKLOAD_INCOMPLETE))),
                new Item(ElementId.of(workload), List.of(Span.bold("Criteri di presa in carico: "), context.or(
                        workload == null ? null : workload.getIntakeCriteria(), Sezione2.INTAKE_CRITERIA, owner,
                        IssueCodes.WORKLOAD_INCOMPLETE)))),
                false));
    }

    private static void positioning(Organisation organisation, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_2 + " – " + Sezione2.BASE_VS_AVANZATO);
        blocks.add(new Heading(Sezione2.BASE_VS_AVANZATO));
        List<Row> rows = new ArrayList<>();
        for (Sezione2.Aspect aspect : Sezione2.ASPECTS) {
            AspectPositioning positioning = organisation == null ? null : organisation.getPositioning().stream()
                    .filter(p -> p.getAspect() == aspect.aspect()).findFirst().orElse(null);
            List<Span> current = List.of(positioning == null
                    ? context.missing("situazione attuale: " + aspect.name(), organisation, IssueCodes.ASPECT_MISSING)
                    : !positioning.isSetCurrent()
                            ? context.missing("situazione attuale: " + aspect.name(), positioning,
                                    IssueCodes.ASPECT_CURRENT_MISSING)
                            : Span.plain(Labels.level(positioning.getCurrent())));
            List<Span> target = new ArrayList<>(List.of(positioning == null
                    ? context.missing("obiettivo: " + aspect.name(), organisation, IssueCodes.ASPECT_MISSING)
                    : !positioning.isSetTarget()
                            ? context.missing("obiettivo: " + aspect.name(), positioning, IssueCodes.ASPECT_TARGET_MISSING)
                            : Span.bold(Labels.level(positioning.getTarget()))));
            if (positioning != null && positioning.getNote() != null && !positioning.getNote().isBlank()) {
                target.add(Span.italic(" (" + positioning.getNote() + ")"));
            }
            rows.add(new Cells(ElementId.of(positioning), List.of(
                    List.of(Span.plain(String.valueOf(aspect.aspect().getValue() + 1))),
                    List.of(Span.bold(aspect.name())), List.of(Span.plain(aspect.base())),
                    List.of(Span.plain(aspect.advanced())), current, target)));
        }
        blocks.add(new Table(Sezione2.BASE_VS_AVANZATO, List.of("#", Sezione2.COLUMN_ASPECTS, Sezione2.COLUMN_BASE,
                Sezione2.COLUMN_ADVANCED, "Situazione attuale", "Obiettivo"), rows, Sezione2.POSITIONING_SOURCE));
    }
}
