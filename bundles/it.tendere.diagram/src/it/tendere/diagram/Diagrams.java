// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.util.ArrayList;
import java.util.List;

import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ServiceModel;

/**
 * The diagrams of Section 2, laid out from a service model.
 */
public final class Diagrams {

    private Diagrams() {
    }

    /** «Assetto organizzativo»: one diagram, or several where the roles are too many for one page. */
    public static List<Diagram> organisation(ServiceModel model) {
        return OrganisationDiagram.build(model);
    }

    /** «Il modello a tendere: una rappresentazione». */
    public static Diagram overview(ServiceModel model) {
        return OverviewDiagram.build(model);
    }

    /** The process maps: one per process, or several where a process is too long for one page. */
    public static List<Diagram> processes(ServiceModel model) {
        List<Diagram> diagrams = new ArrayList<>();
        if (model.getProcessesAndTools() != null) {
            for (Process process : model.getProcessesAndTools().getProcesses()) {
                diagrams.addAll(ProcessMapDiagram.build(process));
            }
        }
        return diagrams;
    }

    /** The process maps of one process. */
    public static List<Diagram> process(Process process) {
        return ProcessMapDiagram.build(process);
    }

    /** How many roles an organisation diagram holds before it is split. */
    public static int rolesPerDiagram() {
        return OrganisationDiagram.ROLES_PER_PART;
    }

    /** How many phases a process map holds before the process is split. */
    public static int phasesPerDiagram() {
        return ProcessMapDiagram.COLUMNS;
    }
}
