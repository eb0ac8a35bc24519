// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.Diagrams;
import it.tendere.docgen.view.Section2View.Block;
import it.tendere.docgen.view.Section2View.Figure;
import it.tendere.docgen.view.Section2View.Heading;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Table;
import it.tendere.docgen.view.Section2View.Text;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.servicemodel.DeliveryBlock;
import it.tendere.servicemodel.DeliveryBlockKind;
import it.tendere.servicemodel.DeliveryElement;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ProcessesAndTools;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.Tool;
import it.tendere.servicemodel.ToolStatus;

/**
 * 2.3 «Processi e strumenti»: the «Mappatura dei processi» table, each
 * process's phases and map, the tools, and the four blocks of the delivery
 * system.
 */
final class ProcessesView {

    private static final Map<DeliveryBlockKind, String> BLOCKS = Map.of(
            DeliveryBlockKind.INTERNAL_COMPETENCES, Sezione2.DELIVERY_INTERNAL,
            DeliveryBlockKind.EXTERNAL_COMPETENCES, Sezione2.DELIVERY_EXTERNAL,
            DeliveryBlockKind.INFRASTRUCTURES, Sezione2.DELIVERY_INFRASTRUCTURES,
            DeliveryBlockKind.PROCEDURES, Sezione2.DELIVERY_PROCEDURES);

    private ProcessesView() {
    }

    static List<Block> blocks(ServiceModel model, ViewContext context) {
        ProcessesAndTools section = model.getProcessesAndTools();
        List<Process> processes = section == null ? List.of() : section.getProcesses();
        List<Block> blocks = new ArrayList<>();
        context.at(Sezione2.PARAGRAPH_2_3);
        blocks.add(Text.of(Span.bold(Sezione2.KEY_QUESTIONS_LABEL + ": "),
                Span.italic(String.join(" ", Sezione2.KEY_QUESTIONS_2_3))));
        blocks.add(new Heading(Sezione2.DESIGN_QUESTIONS_LABEL));
        blocks.add(ViewContext.numbered(Sezione2.DESIGN_QUESTIONS_2_3));

        context.at(Sezione2.PARAGRAPH_2_3 + " – " + Sezione2.MAPPATURA);
        blocks.add(new Heading(Sezione2.MAPPATURA));
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Process process : processes) {
            rows.add(List.of(List.of(Span.bold(process.getName())), List.of(Span.plain(Titles.of(process))),
                    part(process, Performer.PROVINCE, Performer.SHARED), part(process, Performer.MUNICIPALITY, Performer.SHARED),
                    part(process, Performer.EXTERNAL, null)));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(List.of(context.missing("processi")), List.of(), List.of(), List.of(), List.of()));
        }
        blocks.add(new Table(Sezione2.MAPPATURA, List.of(Sezione2.COLUMN_ID, "Processo", "Fasi della Provincia",
                "Fasi dei Comuni", "Fasi di soggetti esterni"), rows, null));

        for (Process process : processes) {
            context.at(Sezione2.PARAGRAPH_2_3 + " – processo " + process.getName());
            blocks.add(new Heading(process.getName() + " – " + Titles.of(process)));
            if (process.getDescription() != null && !process.getDescription().isBlank()) {
                blocks.add(Text.of(Span.plain(process.getDescription())));
            }
            blocks.add(phases(process, context));
            for (Diagram map : Diagrams.process(process)) {
                blocks.add(new Figure(map, map.caption(), map.description()));
            }
        }
        tools(section, blocks, context);
        delivery(section, blocks, context);
        return blocks;
    }

    private static List<Span> part(Process process, Performer performer, Performer shared) {
        List<String> names = new ArrayList<>();
        int number = 0;
        for (Phase phase : process.getPhases()) {
            number++;
            if (phase.isSetPerformer() && (phase.getPerformer() == performer || phase.getPerformer() == shared)) {
                names.add(number + ". " + Titles.of(phase) + (phase.getPerformer() == Performer.SHARED ? " (insieme)" : ""));
            }
        }
        return List.of(Span.plain(names.isEmpty() ? "—" : String.join("; ", names)));
    }

    private static Table phases(Process process, ViewContext context) {
        List<List<List<Span>>> rows = new ArrayList<>();
        int number = 0;
        for (Phase phase : process.getPhases()) {
            number++;
            String who = !phase.isSetPerformer() ? null : Labels.performer(phase.getPerformer())
                    + (phase.getParty() == null ? "" : " – " + Titles.of(phase.getParty()));
            String boundary = phase.getBoundary() != null && !phase.getBoundary().isBlank() ? phase.getBoundary()
                    : !phase.isSetPerformer() ? null
                    : phase.getPerformer() == Performer.SHARED ? null : "Interamente in capo a: " + Labels.performer(phase.getPerformer());
            rows.add(List.of(List.of(Span.plain(String.valueOf(number))), List.of(Span.plain(Titles.of(phase))),
                    context.cell(who, "chi svolge la fase «" + Titles.of(phase) + "»"),
                    List.of(Span.plain(String.join(", ", phase.getTools().stream().map(Titles::of).toList()))),
                    List.of(Span.plain(phase.isEssential() ? "Sì" : "No")),
                    context.cell(boundary, "confine di responsabilità della fase «" + Titles.of(phase) + "»")));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(List.of(), List.of(context.missing("fasi del processo")), List.of(), List.of(), List.of(), List.of()));
        }
        return new Table("Fasi del processo " + process.getName(), List.of("N.", "Fase", "Chi la svolge", "Strumenti",
                "Essenziale", "Confine di responsabilità"), rows, null);
    }

    private static void tools(ProcessesAndTools section, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_3 + " – strumenti");
        blocks.add(new Heading("Strumenti e piattaforme"));
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Tool tool : section == null ? List.<Tool>of() : section.getTools()) {
            rows.add(List.of(List.of(Span.plain(Titles.of(tool))),
                    tool.isSetKind() ? List.of(Span.plain(Labels.tool(tool.getKind()))) : List.of(context.missing("tipo")),
                    tool.isSetStatus() ? List.of(Span.plain(tool.getStatus() == ToolStatus.EXISTING ? "Esistente" : "Da sviluppare"))
                            : List.of(context.missing("esistente o da sviluppare")),
                    tool.isSetDigital() ? List.of(Span.plain(Labels.digital(tool.getDigital())))
                            : List.of(context.missing("grado di digitalizzazione"))));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(List.of(context.missing("strumenti")), List.of(), List.of(), List.of()));
        }
        blocks.add(new Table("Strumenti", List.of("Strumento", "Tipo", "Stato", "Digitalizzazione"), rows, null));
    }

    private static void delivery(ProcessesAndTools section, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_3 + " – " + Sezione2.ELEMENTI_EROGAZIONE);
        blocks.add(new Heading(Sezione2.ELEMENTI_EROGAZIONE));
        List<List<List<Span>>> rows = new ArrayList<>();
        for (DeliveryBlockKind kind : DeliveryBlockKind.VALUES) {
            rows.add(List.of(List.of(Span.bold(BLOCKS.get(kind)))));
            List<DeliveryElement> elements = section == null ? List.of() : section.getDeliveryBlocks().stream()
                    .filter(b -> b.getKind() == kind).map(DeliveryBlock::getElements).flatMap(List::stream).toList();
            for (DeliveryElement element : elements) {
                rows.add(List.of(context.cell(element.getElement(), "elemento"),
                        List.of(Span.plain(element.getDetail() == null ? "" : element.getDetail()))));
            }
            if (elements.isEmpty()) {
                rows.add(List.of(List.of(context.missing(BLOCKS.get(kind))), List.of(Span.plain(""))));
            }
        }
        blocks.add(new Table(Sezione2.ELEMENTI_EROGAZIONE, List.of("Elemento", "Dettaglio"), rows, null));
    }
}
