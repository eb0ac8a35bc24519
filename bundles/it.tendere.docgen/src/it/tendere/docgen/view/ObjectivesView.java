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
        mission(objectives == null ? null : objectives.getMission(), blocks, context);
        users(model, blocks, context);
        content(objectives, blocks, context);
        perimeter(objectives, blocks, context);
        addedValue(objectives, blocks, context);
        Diagram overview = Diagrams.overview(model);
        blocks.add(new Figure(overview, Sezione2.OVERVIEW_DIAGRAM, overview.description()));
        return blocks;
    }

    private static void mission(Mission mission, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_1 + " – " + Sezione2.MISSION);
        blocks.add(new Heading(Sezione2.MISSION + " – «" + Sezione2.MISSION_QUESTION + "»"));
        blocks.add(Text.of(context.or(mission == null ? null : mission.getStatement(), "dichiarazione di mission")));
        blocks.add(Text.of(Span.bold(Sezione2.NEEDS)));
        blocks.add(context.list(mission == null ? List.of() : mission.getNeeds(), "bisogni concreti"));
        blocks.add(Text.of(Span.bold("I " + Sezione2.RESULTS)));
        blocks.add(context.list(mission == null ? List.of() : mission.getResults(), "principali risultati"));
        blocks.add(Text.of(Span.bold("Gli " + Sezione2.STAKEHOLDERS)));
        blocks.add(context.list(mission == null ? List.of() : mission.getStakeholders(), "stakeholder finali"));
        blocks.add(Text.of(Span.bold(Sezione2.PRINCIPLES)));
        blocks.add(context.list(mission == null ? List.of() : mission.getPrinciples(), "principi"));
    }

    private static void users(ServiceModel model, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_1 + " – " + Sezione2.UTENZA);
        Objectives objectives = model.getObjectives();
        blocks.add(new Heading(Sezione2.UTENZA + " – «" + Sezione2.UTENZA_QUESTION + "»"));
        List<List<List<Span>>> rows = new ArrayList<>();
        for (UserSegment segment : objectives == null ? List.<UserSegment>of() : objectives.getSegments()) {
            rows.add(List.of(List.of(Span.plain(segment.getKind() == SegmentKind.DIRECT ? Sezione2.DIRECT_USERS
                    : Sezione2.EXTENDED_USERS)), context.cell(segment.getProfile(), "profilo di utenza"),
                    context.cell(segment.getDescription(), "descrizione del segmento")));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(List.of(context.missing("tipologia di utenza")), List.of(Span.plain("")),
                    List.of(Span.plain(""))));
        }
        blocks.add(new Table(Sezione2.UTENZA, List.of(Sezione2.COLUMN_TIPOLOGIA, Sezione2.COLUMN_PROFILO,
                Sezione2.COLUMN_DESCRIZIONE), rows, null));
        Reach reach = objectives == null ? null : objectives.getReach();
        Span potential = reach == null || !reach.isSetPotentialComuni() || reach.getPotentialComuni() <= 0
                ? context.missing("Comuni potenzialmente coinvolgibili")
                : Span.plain(reach.getPotentialComuni() + (model.getComuniTotal() > 0
                        ? " su " + model.getComuniTotal() + " Comuni della Provincia" : ""));
        blocks.add(Text.of(Span.bold("Comuni potenzialmente coinvolgibili: "), potential));
        List<String> others = reach == null ? List.of() : reach.getOtherBodies();
        blocks.add(Text.of(Span.bold("Altre tipologie di enti: "),
                others.isEmpty() ? Span.plain("nessuna indicata") : Span.plain(String.join("; ", others))));
        Span demand = reach == null || !reach.isSetExpectedDemand() || reach.getExpectedDemand() <= 0
                ? context.missing("domanda attesa")
                : Span.plain(reach.getExpectedDemand() + (reach.getDemandUnit() == null ? "" : " " + reach.getDemandUnit()));
        blocks.add(Text.of(Span.bold("Domanda attesa: "), demand));
    }

    private static void content(Objectives objectives, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_1 + " – " + Sezione2.CONTENUTO);
        blocks.add(new Heading(Sezione2.CONTENUTO + " – «" + Sezione2.CONTENUTO_QUESTION + "»"));
        List<Service> services = objectives == null ? List.of() : objectives.getServices();
        blocks.add(Text.of(Span.bold(Sezione2.CENTRAL_ELEMENT)));
        blocks.add(services(services.stream().filter(s -> s.getKind() == ServiceKind.CORE).toList(), "prestazione principale",
                context));
        blocks.add(Text.of(Span.bold(Sezione2.ACCESSORY_ELEMENTS)));
        blocks.add(services(services.stream().filter(s -> s.getKind() == ServiceKind.ACCESSORY).toList(),
                "prestazioni accessorie", context));
        List<String> essential = services.stream().filter(s -> s.isSetTiming() && s.getTiming() == ServiceTiming.ESSENTIAL)
                .map(Titles::of).toList();
        List<String> evolutive = services.stream().filter(s -> s.isSetTiming() && s.getTiming() == ServiceTiming.EVOLUTIVE)
                .map(Titles::of).toList();
        blocks.add(Text.of(Span.bold("Prestazioni essenziali (" + Sezione2.FROM_THE_START + "): "),
                essential.isEmpty() ? context.missing(Sezione2.ESSENTIAL_SERVICES) : Span.plain(String.join("; ", essential))));
        blocks.add(Text.of(Span.bold("Prestazioni evolutive (" + Sezione2.OVER_TIME + "): "),
                Span.plain(evolutive.isEmpty() ? "nessuna" : String.join("; ", evolutive))));
    }

    private static Block services(List<Service> services, String what, ViewContext context) {
        List<List<Span>> items = new ArrayList<>();
        for (Service service : services) {
            List<Span> item = new ArrayList<>();
            item.add(Span.bold(Titles.of(service)));
            if (service.getKind() == ServiceKind.ACCESSORY) {
                item.add(Span.plain(" ("));
                item.add(service.isSetCategory() ? Span.plain(Labels.category(service.getCategory()))
                        : context.missing("categoria"));
                item.add(Span.plain(")"));
            }
            if (service.getDescription() != null && !service.getDescription().isBlank()) {
                item.add(Span.plain(": " + service.getDescription()));
            }
            item.add(Span.italic(" – " + (!service.isSetTiming() ? "essenziale o evolutiva da indicare"
                    : service.getTiming() == ServiceTiming.ESSENTIAL ? "essenziale, " + Sezione2.FROM_THE_START
                            : "evolutiva, " + Sezione2.OVER_TIME)));
            items.add(item);
        }
        if (items.isEmpty()) {
            items.add(List.of(context.missing(what)));
        }
        return new Bullets(items, false);
    }

    private static void perimeter(Objectives objectives, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_1 + " – perimetro");
        blocks.add(new Heading("Perimetro del servizio"));
        List<PerimeterItem> items = objectives == null ? List.of() : objectives.getPerimeter();
        blocks.add(Text.of(Span.bold("Il servizio comprende:")));
        blocks.add(context.list(items.stream().filter(i -> i.getKind() == PerimeterKind.INCLUDED).map(PerimeterItem::getText)
                .toList(), "che cosa comprende il servizio"));
        blocks.add(Text.of(Span.bold("Resta fuori, almeno in avvio:")));
        blocks.add(context.list(items.stream().filter(i -> i.getKind() == PerimeterKind.EXCLUDED).map(PerimeterItem::getText)
                .toList(), "che cosa resta fuori dal servizio"));
    }

    private static void addedValue(Objectives objectives, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_1 + " – valore aggiunto");
        blocks.add(new Heading("Il valore aggiunto per gli enti aderenti"));
        List<List<Span>> items = new ArrayList<>();
        for (AddedValue value : objectives == null ? List.<AddedValue>of() : objectives.getAddedValues()) {
            List<Span> item = new ArrayList<>(List.of(Span.bold(Labels.addedValue(value.getKind()) + ": "),
                    Span.plain(value.getDescription() == null ? "" : value.getDescription())));
            List<String> examples = value.getExamples().stream().filter(e -> e != null && !e.isBlank()).toList();
            item.add(Span.plain(". Esempi: "));
            item.add(examples.isEmpty() ? context.missing("esempi concreti") : Span.plain(String.join("; ", examples)));
            items.add(item);
        }
        if (items.isEmpty()) {
            items.add(List.of(context.missing("valore aggiunto atteso")));
        }
        blocks.add(new Bullets(items, false));
    }
}
