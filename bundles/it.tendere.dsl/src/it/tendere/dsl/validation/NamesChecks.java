// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.validation;

import static it.tendere.servicemodel.ServicemodelPackage.Literals.NAMED_ELEMENT__NAME;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import it.tendere.dsl.io.LocatingXmiResource;
import it.tendere.format.IssueCodes;
import it.tendere.format.Printable;
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

    /** The grammar's terminal ID, without the ^ that only text needs. */
    private static final Pattern IDENTIFIER = Pattern
            .compile("[a-zA-Z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF][a-zA-Z_0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF]*");

    /** Whether a name is one the grammar's identifiers can write (without the ^ that only text needs). */
    public static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /**
     * The elements a name must differ from: those of the list the element is
     * in, which holds one kind (phases: within their process). The element
     * itself is among them.
     */
    public static List<NamedElement> ofSameKind(NamedElement element) {
        Object list = element.eContainer() == null ? List.of(element)
                : element.eContainer().eGet(element.eContainingFeature());
        return list instanceof List<?> all ? all.stream().filter(NamedElement.class::isInstance)
                .map(NamedElement.class::cast).toList() : List.of(element);
    }

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

    /**
     * A name is one the language's identifiers can write: text guarantees
     * it, XMI does not. Names become file names and anchors; one such as
     * {@code ../../x} or {@code a"b} never reaches them.
     */
    @Check
    public void checkNameIsIdentifier(NamedElement element) {
        String name = element.getName();
        if (name != null && !name.isEmpty() && !isIdentifier(name)) {
            error(IssueCodes.NAME_INVALID, Sezione2.SECTION_2, element, NAMED_ELEMENT__NAME, Printable.of(name, 60));
        }
    }

    /**
     * Every text the model holds can be printed: DOCX (XML 1.0) cannot hold
     * a control character other than tab and new line, no format holds a
     * lone surrogate, and C1 controls start a terminal's escape sequences.
     * Text escapes (\\u0000) and XMI (&#127;) could carry them.
     */
    @Check
    public void checkTextIsPrintable(EObject element) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.getEAttributeType().getInstanceClass() != String.class || attribute.isDerived()) {
                continue;
            }
            Object value = element.eGet(attribute);
            for (Object text : value instanceof List<?> list ? list : List.of(value == null ? "" : value)) {
                if (((String) text).length() > MAX_TEXT) {
                    error(IssueCodes.TEXT_TOO_LONG, Sezione2.SECTION_2, element, attribute,
                            String.format(java.util.Locale.ITALIAN, "%,d", ((String) text).length()),
                            String.format(java.util.Locale.ITALIAN, "%,d", MAX_TEXT));
                    return;
                }
                int bad = unprintable((String) text);
                if (bad >= 0) {
                    int c = ((String) text).codePointAt(bad);
                    error(IssueCodes.TEXT_UNPRINTABLE, Sezione2.SECTION_2, element, attribute,
                            String.format("U+%04X", c), String.valueOf(bad + 1));
                    return;
                }
            }
        }
    }

    /**
     * The longest text: about three pages. Sezione 2 is a synthesis; and the
     * PDF's line breaking grows faster than a text's length (20,000
     * characters in a table cell: under a second more; 100,000: ten).
     */
    static final int MAX_TEXT = 20_000;

    /** The index of the first character no document can hold, or -1. */
    static int unprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
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
