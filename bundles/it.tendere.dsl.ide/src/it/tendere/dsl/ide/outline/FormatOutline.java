// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import it.tendere.format.Sezione2;
import it.tendere.servicemodel.DeliveryBlock;
import it.tendere.servicemodel.Objectives;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ProcessesAndTools;
import it.tendere.servicemodel.ServiceModel;

/**
 * The outline of a model as the format is laid out, the same for the
 * studio's outline and the language server's document symbols: 2.1
 * (mission, segments, reach, services, perimeter, added value), 2.2 (roles,
 * competences, external parties, workload, positioning), 2.3 (processes
 * with their phases, tools, the delivery system's blocks with their
 * elements).
 */
public final class FormatOutline {

    /** A paragraph of Section 2 and the elements written under it, in the text's order. */
    public record Paragraph(String title, EObject section, List<EObject> elements) {
    }

    private FormatOutline() {
    }

    public static List<Paragraph> paragraphs(ServiceModel model) {
        Objectives objectives = model.getObjectives();
        Organisation organisation = model.getOrganisation();
        ProcessesAndTools processes = model.getProcessesAndTools();
        List<EObject> first = new ArrayList<>();
        if (objectives != null) {
            add(first, objectives.getMission());
            first.addAll(objectives.getSegments());
            add(first, objectives.getReach());
            first.addAll(objectives.getServices());
            first.addAll(objectives.getPerimeter());
            first.addAll(objectives.getAddedValues());
        }
        List<EObject> second = new ArrayList<>();
        if (organisation != null) {
            second.addAll(organisation.getRoles());
            second.addAll(organisation.getCompetences());
            second.addAll(organisation.getProviders());
            add(second, organisation.getWorkload());
            second.addAll(organisation.getPositioning());
        }
        List<EObject> third = new ArrayList<>();
        if (processes != null) {
            third.addAll(processes.getProcesses());
            third.addAll(processes.getTools());
            third.addAll(processes.getDeliveryBlocks());
        }
        return List.of(new Paragraph(Sezione2.PARAGRAPH_2_1, objectives, first),
                new Paragraph(Sezione2.PARAGRAPH_2_2, organisation, second),
                new Paragraph(Sezione2.PARAGRAPH_2_3, processes, third));
    }

    private static void add(List<EObject> elements, EObject element) {
        if (element != null) {
            elements.add(element);
        }
    }

    /** The elements shown under an element: a process's phases, a delivery block's elements. */
    public static List<? extends EObject> children(EObject element) {
        if (element instanceof Process process) {
            return process.getPhases();
        } else if (element instanceof DeliveryBlock block) {
            return block.getElements();
        }
        return List.of();
    }
}
