// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.diagram;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;

import it.tendere.diagram.Diagram;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ServiceModel;

/** The model element a diagram's box stands for. */
final class Elements {

    private Elements() {
    }

    /** The element of a box: a phase of the diagram's own process, or the named element of the box's subject. */
    static EObject find(ServiceModel model, Diagram diagram, Diagram.Shape shape) {
        if ("mission".equals(shape.id()) && model.getObjectives() != null) {
            return model.getObjectives().getMission();
        }
        if ("comuni".equals(shape.id())) {
            return model.getOrganisation();
        }
        if (diagram.kind() == Diagram.Kind.PROCESS && model.getProcessesAndTools() != null) {
            for (Process process : model.getProcessesAndTools().getProcesses()) {
                if (diagram.id().equals("processo-" + process.getName())
                        || diagram.id().startsWith("processo-" + process.getName() + "-")) {
                    for (Phase phase : process.getPhases()) {
                        if (phase.getName().equals(shape.subject())) {
                            return phase;
                        }
                    }
                }
            }
        }
        for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
            if (all.next() instanceof NamedElement named && !(named instanceof Phase)
                    && named.getName() != null && named.getName().equals(shape.subject())) {
                return named;
            }
        }
        return null;
    }
}
