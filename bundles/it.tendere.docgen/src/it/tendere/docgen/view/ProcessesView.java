// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.util.ArrayList;
import java.util.List;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.Diagrams;
import it.tendere.docgen.view.Section2View.Block;
import it.tendere.docgen.view.Section2View.Cells;
import it.tendere.docgen.view.Section2View.Group;
import it.tendere.docgen.view.Section2View.Heading;
import it.tendere.docgen.view.Section2View.Row;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Table;
import it.tendere.docgen.view.Section2View.Text;
import it.tendere.format.IssueCodes;
import it.tendere.format.Labels;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.DeliveryBlock;
import it.tendere.servicemodel.DeliveryBlockKind;
import it.tendere.servicemodel.DeliveryElement;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ProcessesAndTools;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.Tool;

/**
 * 2.3 «Processi e strumenti»: the «Mappatura dei processi» table, each
 * process's phases and map, the tools, and the four blocks of the delivery
 * system.
 */
final class ProcessesView {

    private ProcessesView() {
    }

    static List<Block> blocks(ServiceModel model, ViewContext context) {
        ProcessesAndTools section = model.getProcessesAndTools();
        List<Process> processes = section == null ? List.of() : section.getProcesses();
        List<Block> blocks = new ArrayList<>();
        context.at(Sezione2.PARAGRAPH_2_3);
        if (section == null) {
            context.absent(IssueCodes.PROCESSES_MISSING, model);
        }
        blocks.add(Text.of(Span.bold(Sezione2.KEY_QUESTIONS_LABEL + ": "),
                Span.italic(String.join(" ", Sezione2.KEY_QUESTIONS_2_3))));
        blocks.add(new Heading(Sezione2.DESIGN_QUESTIONS_LABEL));
        blocks.add(ViewContext.numbered(Sezione2.DESIGN_QUESTIONS_2_3));

        context.at(Sezione2.PARAGRAPH_2_3 + " – " + Sezione2.MAPPATURA);
        blocks.add(new Heading(Sezione2.MAPPATURA));
        List<Row> rows = new ArrayList<>();
        for (Process process : processes) {
            rows.add(new Cells(ElementId.of(process), List.of(List.of(Span.bold(process.getName())),
                    List.of(context.title(process)), part(process, Performer.PROVINCE, Performer.SHARED),
                    part(process, Performer.MUNICIPALITY, Performer.SHARED), part(process, Performer.EXTERNAL, null))));
        }
        if (rows.isEmpty()) {
            rows.add(new Cells(ElementId.of(section), List.of(List.of(context.missing("processi", section,
                    IssueCodes.PROCESSES_MISSING)), List.of(), List.of(), List.of(), List.of())));
        }
        blocks.add(new Table(Sezione2.MAPPATURA, List.of(Sezione2.COLUMN_ID, "Processo", "Fasi della Provincia",
                "Fasi dei Comuni", "Fasi di soggetti esterni"), rows, null));

        for (Process process : processes) {
            context.at(Sezione2.PARAGRAPH_2_3 + " – processo " + process.getName());
            blocks.add(new Heading(Titles.has(process) ? process.getName() + " – " + process.getTitle()
                    : process.getName(), ElementId.of(process)));
            if (process.getDescription() != null && !process.getDescription().isBlank()) {
                blocks.add(Text.of(Span.plain(process.getDescription())));
            }
            blocks.add(phases(process, context));
            for (Diagram map : Diagrams.process(process)) {
                blocks.add(context.figure(map, map.caption()));
            }
        }
        tools(section, blocks, context);
        delivery(section, blocks, context);
        context.present();
        return blocks;
    }

    private static List<Span> part(Process process, Performer performer, Performer shared) {
        List<String> names = new ArrayList<>();
        int number = 0;
        for (Phase phase : process.getPhases()) {
            number++;
            if (phase.isSetPerformer() && (phase.getPerformer() == performer || phase.getPerformer() == shared)) {
                names.add(number + ". " + Titles.of(phase) + (phase.getPerformer() == Performer.SHARED ? " (insieme)" : "")
                        + (phase.getParty() == null ? "" : " – " + Titles.of(phase.getParty())));
            }
        }
        return List.of(Span.plain(names.isEmpty() ? "—" : String.join("; ", names)));
    }

    private static Table phases(Process process, ViewContext context) {
        List<Row> rows = new ArrayList<>();
        // Where no phase of the process is marked essential, the process does not say which are: not «No».
        boolean essentialStated = process.getPhases().stream().anyMatch(Phase::isEssential);
        int number = 0;
        for (Phase phase : process.getPhases()) {
            number++;
            String who = !phase.isSetPerformer() ? null : Labels.performer(phase.getPerformer())
                    + (phase.getParty() == null ? "" : " – " + Titles.of(phase.getParty()))
                    + (phase.getRoles().isEmpty() ? "" : " (" + String.join(", ", phase.getRoles().stream()
                            .map(Titles::of).toList()) + ")");
            String boundary = phase.getBoundary() != null && !phase.getBoundary().isBlank() ? phase.getBoundary()
                    : !phase.isSetPerformer() || phase.getPerformer() == Performer.SHARED ? null
                    : "Interamente in capo a: " + Labels.performer(phase.getPerformer());
            rows.add(new Cells(ElementId.of(phase), List.of(List.of(Span.plain(String.valueOf(number))),
                    title(phase, context),
                    context.cell(who, "chi svolge la fase", phase, IssueCodes.PHASE_PERFORMER_MISSING),
                    List.of(Span.plain(String.join(", ", phase.getTools().stream().map(Titles::of).toList()))),
                    List.of(essentialStated ? Span.plain(phase.isEssential() ? "Sì" : "No")
                            : context.missing("essenziale o no", process, IssueCodes.ESSENTIAL_PHASE_MISSING)),
                    context.cell(boundary, "confine di responsabilità", phase, phase.isSetPerformer()
                            ? IssueCodes.SHARED_BOUNDARY_MISSING : IssueCodes.PHASE_PERFORMER_MISSING))));
        }
        if (rows.isEmpty()) {
            rows.add(new Cells(ElementId.of(process), List.of(List.of(), List.of(context.missing("fasi del processo",
                    process, IssueCodes.PROCESS_PHASES_MISSING)), List.of(), List.of(), List.of(), List.of())));
        }
        return new Table("Fasi del processo " + process.getName(), List.of("N.", "Fase", "Chi la svolge", "Strumenti",
                "Essenziale", "Confine di responsabilità"), rows, null);
    }

    /** A phase's title, and what it consists of where the model says. */
    private static List<Span> title(Phase phase, ViewContext context) {
        List<Span> cell = new ArrayList<>(List.of(context.title(phase)));
        if (phase.getDescription() != null && !phase.getDescription().isBlank()) {
            cell.add(Span.italic(": " + phase.getDescription()));
        }
        return cell;
    }

    private static void tools(ProcessesAndTools section, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_3 + " – strumenti");
        blocks.add(new Heading("Strumenti e piattaforme"));
        List<Row> rows = new ArrayList<>();
        for (Tool tool : section == null ? List.<Tool>of() : section.getTools()) {
            rows.add(new Cells(ElementId.of(tool), List.of(List.of(context.title(tool)),
                    List.of(tool.isSetKind() ? Span.plain(Labels.tool(tool.getKind()))
                            : context.missing("tipo", tool, IssueCodes.TOOL_KIND_MISSING)),
                    List.of(tool.isSetStatus()
                            ? Span.plain(Labels.status(tool.getStatus()))
                            : context.missing("esistente o da sviluppare", tool, IssueCodes.TOOL_STATUS_MISSING)),
                    List.of(tool.isSetDigital() ? Span.plain(Labels.digital(tool.getDigital()))
                            : context.missing("grado di digitalizzazione", tool, IssueCodes.TOOL_DIGITAL_MISSING)),
                    List.of(Span.plain(tool.getDescription() == null ? "" : tool.getDescription())))));
        }
        if (rows.isEmpty()) {
            rows.add(new Cells(ElementId.of(section), List.of(List.of(context.missing("strumenti", section,
                    IssueCodes.TOOLS_MISSING)), List.of(), List.of(), List.of(), List.of())));
        }
        blocks.add(new Table("Strumenti", List.of("Strumento", "Tipo", "Stato", "Digitalizzazione",
                "Descrizione"), rows, null));
    }

    private static void delivery(ProcessesAndTools section, List<Block> blocks, ViewContext context) {
        context.at(Sezione2.PARAGRAPH_2_3 + " – " + Sezione2.ELEMENTI_EROGAZIONE);
        blocks.add(new Heading(Sezione2.ELEMENTI_EROGAZIONE));
        List<Row> rows = new ArrayList<>();
        for (DeliveryBlockKind kind : DeliveryBlockKind.VALUES) {
            rows.add(new Group(Labels.deliveryBlock(kind)));
            List<DeliveryElement> elements = section == null ? List.of() : section.getDeliveryBlocks().stream()
                    .filter(b -> b.getKind() == kind).map(DeliveryBlock::getElements).flatMap(List::stream).toList();
            for (DeliveryElement element : elements) {
                rows.add(new Cells(ElementId.of(element), List.of(context.cell(element.getElement(), "elemento", element,
                        IssueCodes.DELIVERY_ELEMENT_MISSING),
                        List.of(Span.plain(element.getDetail() == null ? "" : element.getDetail())))));
            }
            if (elements.isEmpty()) {
                rows.add(new Cells(ElementId.of(section), List.of(List.of(context.missing(Labels.deliveryBlock(kind), section,
                        IssueCodes.DELIVERY_BLOCK_MISSING)), List.of(Span.plain("")))));
            }
        }
        blocks.add(new Table(Sezione2.ELEMENTI_EROGAZIONE, List.of("Elemento", "Dettaglio"), rows, null));
    }
}
