// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.validation;

import static it.tendere.servicemodel.ServicemodelPackage.Literals.NAMED_ELEMENT__NAME;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import it.tendere.dsl.io.LocatingXmiResource;
import it.tendere.format.IssueCodes;
import it.tendere.format.Sezione2;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.Objectives;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ProcessesAndTools;
import it.tendere.servicemodel.ServiceModel;

/**
 * Names are identities: every element that can be referred to has a name of
 * its own within its kind (phases within their process), and a name is
 * never one of the language's words unless written with {@code ^}.
 */
public class NamesChecks extends SectionChecks {

    /** The parser says it: a name written as one of the language's words was read through that keyword. */
    @Check
    public void checkReservedName(NamedElement element) {
        for (INode node : NodeModelUtils.findNodesForFeature(element, NAMED_ELEMENT__NAME)) {
            for (ILeafNode leaf : node.getLeafNodes()) {
                if (leaf.getGrammarElement() instanceof Keyword) {
                    error(IssueCodes.RESERVED_NAME, Sezione2.SECTION_2, element, NAMED_ELEMENT__NAME, element.getName());
                    return;
                }
            }
        }
    }

    @Check
    public void checkUniqueNames(ServiceModel model) {
        Objectives objectives = model.getObjectives();
        if (objectives != null) {
            unique(objectives.getSegments(), "type.UserSegment");
            unique(objectives.getServices(), "type.Service");
        }
        Organisation organisation = model.getOrganisation();
        if (organisation != null) {
            unique(organisation.getRoles(), "type.Role");
            unique(organisation.getCompetences(), "type.Competence");
            unique(organisation.getProviders(), "type.ExternalProvider");
        }
        ProcessesAndTools processes = model.getProcessesAndTools();
        if (processes != null) {
            unique(processes.getProcesses(), "type.Process");
            unique(processes.getTools(), "type.Tool");
            for (Process process : processes.getProcesses()) {
                unique(process.getPhases(), "type.Phase");
            }
        }
    }

    /** Reports every declaration after the first of a name, with the first one's line. */
    private void unique(List<? extends NamedElement> elements, String kind) {
        Map<String, NamedElement> first = new HashMap<>();
        for (NamedElement element : elements) {
            if (element.getName() == null || element.getName().isBlank()) {
                continue;
            }
            NamedElement earlier = first.putIfAbsent(element.getName(), element);
            if (earlier != null) {
                error(IssueCodes.DUPLICATE_NAME, Sezione2.SECTION_2, element, NAMED_ELEMENT__NAME, text(kind),
                        element.getName(), line(earlier));
            }
        }
    }

    /** The line where an element is declared, in text or XMI; 0 when unknown. */
    static int line(EObject element) {
        if (element.eResource() instanceof LocatingXmiResource xmi) {
            return xmi.position(element)[0];
        }
        ICompositeNode node = NodeModelUtils.getNode(element);
        return node == null ? 0 : node.getStartLine();
    }
}
