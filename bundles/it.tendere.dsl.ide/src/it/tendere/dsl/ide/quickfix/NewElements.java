// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.quickfix;

import static it.tendere.servicemodel.ServicemodelPackage.Literals.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;

import it.tendere.dsl.i18n.Messages;
import it.tendere.servicemodel.CompetenceCategory;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.Objectives;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.ProcessesAndTools;
import it.tendere.servicemodel.ServiceModel;

/**
 * Elements a quick fix declares, where the grammar wants them: after the
 * last one of their kind, else after the kinds the grammar puts before
 * theirs, else first in their section. A new element says only what the
 * fix knows; the checks then say what the user is to complete.
 */
final class NewElements {

    private static final Messages MESSAGES = new Messages("it.tendere.dsl.ide.quickfix.messages", NewElements.class);

    private NewElements() {
    }

    /** A new element of a kind a reference looks for, or null where the kind has no certain place. */
    static QuickFix create(TextLayout layout, ServiceModel model, EClass type, String name) {
        TextChange change = null;
        if (type == ROLE || type == COMPETENCE || type == EXTERNAL_PROVIDER) {
            Organisation organisation = model.getOrganisation();
            if (organisation != null) {
                List<List<? extends EObject>> before = new ArrayList<>();
                if (type == EXTERNAL_PROVIDER) {
                    before.add(organisation.getProviders());
                }
                if (type != ROLE) {
                    before.add(organisation.getCompetences());
                }
                before.add(organisation.getRoles());
                String text = type == EXTERNAL_PROVIDER ? "soggetto " + name
                        : (type == ROLE ? "ruolo " : "competenza ") + name + " {\n}";
                change = inOrganisation(layout, organisation, before, text);
            }
        } else if (type == TOOL) {
            ProcessesAndTools processes = model.getProcessesAndTools();
            if (processes != null) {
                change = after(layout, List.of(processes.getTools(), processes.getProcesses()),
                        "strumento " + name + " {\n}");
                if (change == null) {
                    change = layout.firstInside(processes, "strumento " + name + " {\n}");
                }
            }
        } else if (type == USER_SEGMENT) {
            Objectives objectives = model.getObjectives();
            String text = "segmento " + name + " diretta {\n}";
            if (objectives != null && !objectives.getSegments().isEmpty()) {
                change = after(layout, List.of(objectives.getSegments()), text);
            } else if (objectives != null && TextLayout.hasKeyword(objectives, "utenza")) {
                change = layout.firstInside(objectives, "utenza", text);
            }
        }
        return change == null ? null
                : new QuickFix(MESSAGES.get("fix.create", MESSAGES.get("new." + type.getName()), name), change);
    }

    /** A competence of a non-negotiable area, internal, non-negotiable: what the check asks for. */
    static QuickFix competence(TextLayout layout, Organisation organisation, CompetenceCategory category) {
        // «competenzaDigitale»: the category's own word (digitale) is a keyword
        StringBuilder name = new StringBuilder("competenza");
        for (String word : category.getLiteral().split("-")) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        String free = freeName(name.toString(), organisation.getCompetences().stream().map(NamedElement::getName).toList());
        String title = MESSAGES.get("competence.title." + category.getName());
        String text = "competenza " + free + " \"" + title + "\" {\n\tcategoria " + category.getLiteral()
                + "\n\tinterna\n\tnon negoziabile\n}";
        return new QuickFix(MESSAGES.get("fix.addCompetence", title),
                inOrganisation(layout, organisation, List.of(organisation.getCompetences(), organisation.getRoles()), text));
    }

    /** A name not among the taken ones: the name itself, else with the first free number from 2. */
    static String freeName(String name, Collection<String> taken) {
        if (!taken.contains(name)) {
            return name;
        }
        int number = 2;
        while (taken.contains(name + number)) {
            number++;
        }
        return name + number;
    }

    private static TextChange inOrganisation(TextLayout layout, Organisation organisation,
            List<List<? extends EObject>> before, String text) {
        TextChange change = after(layout, before, text);
        if (change != null) {
            return change;
        }
        for (INode value : new INode[] { TextLayout.node(organisation, ORGANISATION__FORM_NOTE),
                TextLayout.node(organisation, ORGANISATION__FORM) }) {
            if (value != null) {
                return layout.after(value, text);
            }
        }
        return layout.firstInside(organisation, text);
    }

    /** After the last element of the first non-empty list, or null when all are empty. */
    private static TextChange after(TextLayout layout, List<List<? extends EObject>> lists, String text) {
        for (List<? extends EObject> list : lists) {
            if (!list.isEmpty()) {
                return layout.after(list.get(list.size() - 1), text);
            }
        }
        return null;
    }
}
