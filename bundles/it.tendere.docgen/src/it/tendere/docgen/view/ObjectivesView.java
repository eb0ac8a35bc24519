// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

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
import it.tendere.servicemodel.AddedValue;
import it.tendere.servicemodel.Mission;
import it.tendere.servicemodel.Objectives;
import it.tendere.servicemodel.PerimeterItem;
import it.tendere.servicemodel.PerimeterKind;
import it.tendere.servicemodel.Reach;
import it.tendere.servicemodel.SegmentKind;
import it.tendere.servicemodel.Service;
import it.tendere.servicemodel.ServiceKind;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServiceTiming;
import it.tendere.servicemodel.UserSegment;

/**
 * 2.1 «Obiettivi e caratteristiche»: Mission, Utenza, Contenuto, the
 * perimeter, the added value and the overview diagram.
 */
final class ObjectivesView {

    private ObjectivesView() {
    }

    static List<Block> blocks(ServiceModel model, ViewContext context) {
        Objectives objectives = model.getObjectives();
        List<Block> blocks = new ArrayList<>();
        blocks.add(ViewContext.question(Sezione2.KEY_QUESTION_LABEL, Sezione2.KEY_QUESTION_2_1));
        blocks.add(new Heading(Sezione2.DESIGN_QUESTIONS_LABEL));
        blocks.add(ViewContext.numbered(Sezione2.DESIGN_QUESTIONS_2_1));
        if (objectives == null) {
            context.absent(IssueCodes.OBJECTIVES_MISSING, model);
        }
        mission(objectives, blocks, context);
        users(model, blocks, context);
        content(objectives, blocks, context);
        perimeter(objectives, blocks, context);
        addedValue(objectives, blocks, context);
        context.present();
        blocks.add(context.figure(Diagrams.overview(model), Sezione2.OVERVIEW_DIAGRAM));
        return blocks;
    }

    private static void mission(Objectives objectives, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_1 + " – " + Sezione2.MISSION);
        Mission mission = objectives == null ? null : objectives.getMission();
        blocks.add(new Heading(Sezione2.MISSION + " – «" + Sezione2.MISSION_QUESTION + "»", ElementId.of(mission)));
        // Without a mission, its check says only that; with one, each missing part is named.
        String incomplete = mission == null ? IssueCodes.MISSION_MISSING : IssueCodes.MISSION_INCOMPLETE;
        EObject owner = mission == null ? objectives : mission;
        blocks.add(Text.of(context.or(mission == null ? null : mission.getStatement(), "dichiarazione di mission",
                owner, IssueCodes.MISSION_MISSING)));
        blocks.add(Text.of(Span.bold(Sezione2.NEEDS)));
        blocks.add(context.list(mission == null ? List.of() : mission.getNeeds(), "bisogni concreti",
                owner, incomplete));
        blocks.add(Text.of(Span.bold("I " + Sezione2.RESULTS)));
        blocks.add(context.list(mission == null ? List.of() : mission.getResults(), "principali risultati",
                owner, incomplete));
        blocks.add(Text.of(Span.bold("Gli " + Sezione2.STAKEHOLDERS)));
        blocks.add(context.list(mission == null ? List.of() : mission.getStakeholders(), "stakeholder finali",
                owner, incomplete));
        blocks.add(Text.of(Span.bold(Sezione2.PRINCIPLES)));
        blocks.add(context.list(mission == null ? List.of() : mission.getPrinciples(), "principi",
                owner, incomplete));
    }

    private static void users(ServiceModel model, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_1 + " – " + Sezione2.UTENZA);
        Objectives objectives = model.getObjectives();
        blocks.add(new Heading(Sezione2.UTENZA + " – «" + Sezione2.UTENZA_QUESTION + "»"));
        List<Row> rows = new ArrayList<>();
        List<UserSegment> segments = objectives == null ? List.of() : objectives.getSegments();
        if (segments.stream().noneMatch(s -> s.getKind() == SegmentKind.DIRECT)) {
            rows.add(new Cells(ElementId.of(objectives), List.of(List.of(Span.plain(Sezione2.DIRECT_USERS)),
                    List.of(context.missing("utenza diretta", objectives, IssueCodes.DIRECT_USERS_MISSING)),
                    List.of(Span.plain("")))));
        }
        for (UserSegment segment : segments) {
            rows.add(new Cells(ElementId.of(segment), List.of(List.of(Span.plain(
                    segment.getKind() == SegmentKind.DIRECT ? Sezione2.DIRECT_USERS : Sezione2.EXTENDED_USERS)),
                    context.cell(segment.getProfile(), "profilo di utenza", segment, IssueCodes.SEGMENT_INCOMPLETE),
                    description(segment, context))));
        }
        blocks.add(new Table(Sezione2.UTENZA, List.of(Sezione2.COLUMN_TIPOLOGIA, Sezione2.COLUMN_PROFILO,
                Sezione2.COLUMN_DESCRIZIONE), rows, null));
        Reach reach = objectives == null ? null : objectives.getReach();
        EObject reachOwner = reach == null ? objectives : reach;
        Span potential = reach == null || !reach.isSetPotentialComuni() || reach.getPotentialComuni() <= 0
                ? context.missing("Comuni potenzialmente coinvolgibili", reachOwner,
                        IssueCodes.REACH_NOT_QUANTIFIED)
                : Span.plain(reach.getPotentialComuni() + (model.getComuniTotal() > 0
                        ? " su " + model.getComuniTotal() + " Comuni della Provincia" : ""));
        blocks.add(Text.of(Span.bold("Comuni potenzialmente coinvolgibili: "), potential));
        List<String> others = reach == null ? List.of() : reach.getOtherBodies();
        blocks.add(Text.of(Span.bold("Altre tipologie di enti: "),
                others.isEmpty() ? Span.plain("nessuna indicata") : Span.plain(String.join("; ", others))));
        List<Span> demand = new ArrayList<>(List.of(Span.bold("Domanda attesa: ")));
        if (reach == null || !reach.isSetExpectedDemand() || reach.getExpectedDemand() <= 0) {
            demand.add(context.missing("domanda attesa", reachOwner,
                    IssueCodes.DEMAND_NOT_QUANTIFIED));
        } else {
            demand.add(Span.plain(reach.getExpectedDemand() + " "));
            demand.add(context.or(reach.getDemandUnit(), "unità di misura della domanda", reach,
                    IssueCodes.DEMAND_NOT_QUANTIFIED));
        }
        blocks.add(new Text(demand));
    }

    /**
     * The segment's description, then how the format segments users: type,
     * size and territory of the bodies, and how many they are. The table's
     * columns are the format's, so these go in its «Descrizione».
     */
    private static List<Span> description(UserSegment segment, ViewContext context) {
        List<Span> cell = new ArrayList<>(context.cell(segment.getDescription(), "descrizione del segmento", segment,
                IssueCodes.SEGMENT_INCOMPLETE));
        List<String> facts = new ArrayList<>();
        if (segment.isSetBodyType()) {
            facts.add("Tipo: " + Labels.bodyType(segment.getBodyType()));
        }
        if (segment.isSetSize()) {
            facts.add("Dimensione: " + Labels.size(segment.getSize()));
        }
        if (segment.getTerritory() != null && !segment.getTerritory().isBlank()) {
            facts.add("Territorio: " + segment.getTerritory());
        }
        if (segment.isSetCount()) {
            facts.add("Numero: " + segment.getCount());
        }
        if (!facts.isEmpty()) {
            cell.add(Span.italic(" (" + String.join("; ", facts) + ")"));
        }
        return cell;
    }

    private static void content(Objectives objectives, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_1 + " – " + Sezione2.CONTENUTO);
        blocks.add(new Heading(Sezione2.CONTENUTO + " – «" + Sezione2.CONTENUTO_QUESTION + "»"));
        List<Service> services = objectives == null ? List.of() : objectives.getServices();
        blocks.add(Text.of(Span.bold(Sezione2.CENTRAL_ELEMENT)));
        blocks.add(services(services.stream().filter(s -> s.getKind() == ServiceKind.CORE).toList(),
                "prestazione principale", objectives, IssueCodes.CORE_SERVICE_MISSING, context));
        blocks.add(Text.of(Span.bold(Sezione2.ACCESSORY_ELEMENTS)));
        blocks.add(services(services.stream().filter(s -> s.getKind() == ServiceKind.ACCESSORY).toList(),
                "prestazioni accessorie", objectives, IssueCodes.ACCESSORY_SERVICES_MISSING, context));
        List<String> essential = services.stream().filter(s -> s.isSetTiming() && s.getTiming() == ServiceTiming.ESSENTIAL)
                .map(Titles::of).toList();
        List<String> evolutive = services.stream().filter(s -> s.isSetTiming() && s.getTiming() == ServiceTiming.EVOLUTIVE)
                .map(Titles::of).toList();
        // With no service at all, the missing core service is what the checks say.
        blocks.add(Text.of(Span.bold("Prestazioni essenziali (" + Sezione2.FROM_THE_START + "): "), essential.isEmpty()
                ? context.missing(Sezione2.ESSENTIAL_SERVICES, objectives, services.isEmpty()
                        ? IssueCodes.CORE_SERVICE_MISSING : IssueCodes.ESSENTIAL_SERVICE_MISSING)
                : Span.plain(String.join("; ", essential))));
        blocks.add(Text.of(Span.bold("Prestazioni evolutive (" + Sezione2.OVER_TIME + "): "),
                Span.plain(evolutive.isEmpty() ? "nessuna" : String.join("; ", evolutive))));
    }

    private static Block services(List<Service> services, String what, Objectives objectives, String code,
            ViewContext context) {
        List<Item> items = new ArrayList<>();
        for (Service service : services) {
            List<Span> item = new ArrayList<>();
            item.add(ViewContext.bold(context.title(service)));
            if (service.getKind() == ServiceKind.ACCESSORY) {
                item.add(Span.plain(" ("));
                item.add(service.isSetCategory() ? Span.plain(Labels.category(service.getCategory()))
                        : context.missing("categoria", service, IssueCodes.ACCESSORY_CATEGORY_MISSING));
                item.add(Span.plain(")"));
            }
            if (service.getDescription() != null && !service.getDescription().isBlank()) {
                item.add(Span.plain(": " + service.getDescription()));
            }
            item.add(Span.plain(" – "));
            item.add(!service.isSetTiming()
                    ? context.missing("essenziale o evolutiva", service, IssueCodes.SERVICE_TIMING_MISSING)
                    : Span.italic(service.getTiming() == ServiceTiming.ESSENTIAL ? "essenziale, " + Sezione2.FROM_THE_START
                            : "evolutiva, " + Sezione2.OVER_TIME));
            if (!service.getSegments().isEmpty()) {
                item.add(Span.plain(". Per: " + String.join("; ", service.getSegments().stream()
                        .map(ObjectivesView::segment).toList())));
            }
            items.add(new Item(ElementId.of(service), item));
        }
        if (items.isEmpty()) {
            items.add(Item.of(context.missing(what, objectives, code)));
        }
        return new Bullets(items, false);
    }

    /** A segment as a reader knows it: its profile, or its identifier where it has none. */
    private static String segment(UserSegment segment) {
        return segment.getProfile() != null && !segment.getProfile().isBlank() ? segment.getProfile() : segment.getName();
    }

    private static void perimeter(Objectives objectives, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_1 + " – perimetro");
        blocks.add(new Heading("Perimetro del servizio"));
        List<PerimeterItem> items = objectives == null ? List.of() : objectives.getPerimeter();
        blocks.add(Text.of(Span.bold("Il servizio comprende:")));
        blocks.add(context.list(items.stream().filter(i -> i.getKind() == PerimeterKind.INCLUDED).map(PerimeterItem::getText)
                .toList(), "che cosa comprende il servizio", objectives, IssueCodes.PERIMETER_INCLUDED_MISSING));
        blocks.add(Text.of(Span.bold("Resta fuori, almeno in avvio:")));
        blocks.add(context.list(items.stream().filter(i -> i.getKind() == PerimeterKind.EXCLUDED).map(PerimeterItem::getText)
                .toList(), "che cosa resta fuori dal servizio", objectives, IssueCodes.PERIMETER_EXCLUDED_MISSING));
    }

    private static void addedValue(Objectives objectives, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_1 + " – valore aggiunto");
        blocks.add(new Heading("Il valore aggiunto per gli enti aderenti"));
        List<Item> items = new ArrayList<>();
        for (AddedValue value : objectives == null ? List.<AddedValue>of() : objectives.getAddedValues()) {
            List<Span> item = new ArrayList<>(List.of(Span.bold(Labels.addedValue(value.getKind()))));
            if (value.getDescription() != null && !value.getDescription().isBlank()) {
                item.add(Span.plain(": " + value.getDescription()));
            }
            List<String> examples = value.getExamples().stream().filter(e -> e != null && !e.isBlank()).toList();
            item.add(Span.plain(". Esempi: "));
            item.add(examples.isEmpty() ? context.missing("esempi concreti", value, IssueCodes.ADDED_VALUE_EXAMPLES_MISSING)
                    : Span.plain(String.join("; ", examples)));
            items.add(new Item(ElementId.of(value), item));
        }
        if (items.isEmpty()) {
            items.add(Item.of(context.missing("valore aggiunto atteso", objectives, IssueCodes.ADDED_VALUE_MISSING)));
        }
        blocks.add(new Bullets(items, false));
    }
}
