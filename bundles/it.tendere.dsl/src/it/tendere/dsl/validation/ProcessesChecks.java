// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.validation;

import static it.tendere.servicemodel.ServicemodelPackage.Literals.*;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;

import it.tendere.format.IssueCodes;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.servicemodel.DeliveryBlock;
import it.tendere.servicemodel.DeliveryBlockKind;
import it.tendere.servicemodel.DeliveryElement;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ProcessesAndTools;
import it.tendere.servicemodel.Tool;

/**
 * The guidance of 2.3 «Processi e strumenti»: every phase with its performer
 * and so the boundary between Province and Comuni, the essential phases
 * named, which tools exist and which must be developed, and the four blocks
 * of the delivery system.
 */
public class ProcessesChecks extends SectionChecks {

    private static final String PARAGRAPH = Sezione2.PARAGRAPH_2_3;
    private static final String MAPPATURA = Sezione2.PARAGRAPH_2_3 + " – " + Sezione2.MAPPATURA;
    private static final String EROGAZIONE = Sezione2.PARAGRAPH_2_3 + " – " + Sezione2.ELEMENTI_EROGAZIONE;

    @Check
    public void checkProcessesPresent(ProcessesAndTools section) {
        if (section.getProcesses().isEmpty()) {
            warning(IssueCodes.PROCESSES_MISSING, MAPPATURA, section, PROCESSES_AND_TOOLS__PROCESSES);
        }
        if (section.getTools().isEmpty()) {
            warning(IssueCodes.TOOLS_MISSING, PARAGRAPH, section, PROCESSES_AND_TOOLS__TOOLS);
        }
    }

    @Check
    public void checkProcess(Process process) {
        String name = Titles.of(process);
        if (process.getPhases().isEmpty()) {
            error(IssueCodes.PROCESS_PHASES_MISSING, MAPPATURA, process, NAMED_ELEMENT__NAME, name);
        } else if (process.getPhases().stream().noneMatch(Phase::isEssential)) {
            warning(IssueCodes.ESSENTIAL_PHASE_MISSING, MAPPATURA, process, NAMED_ELEMENT__NAME, name);
        }
    }

    @Check
    public void checkPhase(Phase phase) {
        String name = Titles.of(phase);
        if (!phase.isSetPerformer()) {
            error(IssueCodes.PHASE_PERFORMER_MISSING, MAPPATURA, phase, NAMED_ELEMENT__NAME, name);
            return;
        }
        Performer performer = phase.getPerformer();
        if (performer == Performer.EXTERNAL && phase.getParty() == null) {
            error(IssueCodes.EXTERNAL_PARTY_MISSING, MAPPATURA, phase, PHASE__PERFORMER, name);
        }
        if (performer != Performer.EXTERNAL && phase.getParty() != null) {
            error(IssueCodes.PARTY_NOT_EXTERNAL, MAPPATURA, phase, PHASE__PARTY, name,
                    Titles.of(phase.getParty()));
        }
        if (performer == Performer.SHARED && isBlank(phase.getBoundary())) {
            warning(IssueCodes.SHARED_BOUNDARY_MISSING, MAPPATURA, phase, PHASE__PERFORMER, name);
        }
    }

    @Check
    public void checkTool(Tool tool) {
        String name = Titles.of(tool);
        if (!tool.isSetKind()) {
            warning(IssueCodes.TOOL_KIND_MISSING, PARAGRAPH, tool, NAMED_ELEMENT__NAME, name);
        }
        if (!tool.isSetStatus()) {
            warning(IssueCodes.TOOL_STATUS_MISSING, PARAGRAPH, tool, NAMED_ELEMENT__NAME, name);
        }
        if (!tool.isSetDigital()) {
            warning(IssueCodes.TOOL_DIGITAL_MISSING, PARAGRAPH, tool, NAMED_ELEMENT__NAME, name);
        }
    }

    @Check
    public void checkToolsUsed(ProcessesAndTools section) {
        Set<Tool> used = new HashSet<>();
        section.getProcesses().forEach(p -> p.getPhases().forEach(f -> used.addAll(f.getTools())));
        for (Tool tool : section.getTools()) {
            if (!used.contains(tool)) {
                warning(IssueCodes.TOOL_UNUSED, PARAGRAPH, tool, NAMED_ELEMENT__NAME, Titles.of(tool));
            }
        }
    }

    @Check
    public void checkDeliveryBlocks(ProcessesAndTools section) {
        Set<DeliveryBlockKind> seen = EnumSet.noneOf(DeliveryBlockKind.class);
        Set<DeliveryBlockKind> filled = EnumSet.noneOf(DeliveryBlockKind.class);
        for (DeliveryBlock block : section.getDeliveryBlocks()) {
            if (!seen.add(block.getKind())) {
                error(IssueCodes.DELIVERY_BLOCK_DUPLICATE, EROGAZIONE, block, DELIVERY_BLOCK__KIND,
                        text("block." + block.getKind().getName()));
            }
            if (!block.getElements().isEmpty()) {
                filled.add(block.getKind());
            }
            for (DeliveryElement element : block.getElements()) {
                if (isBlank(element.getElement())) {
                    warning(IssueCodes.DELIVERY_ELEMENT_MISSING, EROGAZIONE, element, DELIVERY_ELEMENT__ELEMENT,
                            text("block." + block.getKind().getName()));
                }
            }
        }
        // A block with no element says no more than a missing one: the document shows the same placeholder.
        for (DeliveryBlockKind kind : DeliveryBlockKind.VALUES) {
            if (!filled.contains(kind)) {
                warning(IssueCodes.DELIVERY_BLOCK_MISSING, EROGAZIONE, section, PROCESSES_AND_TOOLS__DELIVERY_BLOCKS,
                        text("block." + kind.getName()));
            }
        }
    }
}
