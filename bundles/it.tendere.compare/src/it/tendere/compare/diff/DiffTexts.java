// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.diff;

import java.util.Collection;
import java.util.MissingResourceException;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import it.tendere.compare.diff.Change.Paragraph;
import it.tendere.dsl.i18n.Messages;
import it.tendere.format.Labels;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.servicemodel.Objectives;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ProcessesAndTools;
import it.tendere.servicemodel.TitledElement;
import it.tendere.servicemodel.UserSegment;

/**
 * How a difference is said: the element's kind and name, the value's words
 * (the document's, {@link Labels}), the feature's name, in Italian or in
 * English ({@code messages.properties}, {@code messages_en.properties}).
 */
public final class DiffTexts {

    private static final Messages MESSAGES = new Messages("it.tendere.compare.diff.messages", DiffTexts.class);

    private DiffTexts() {
    }

    public static String get(String key, Object... arguments) {
        return MESSAGES.get(key, arguments);
    }

    /** The paragraph's heading as the format has it (the front matter by its own name). */
    public static String heading(Paragraph paragraph) {
        return switch (paragraph) {
            case FRONT -> get("paragraph.front");
            case OBJECTIVES -> Sezione2.PARAGRAPH_2_1;
            case ORGANISATION -> Sezione2.PARAGRAPH_2_2;
            case PROCESSES -> Sezione2.PARAGRAPH_2_3;
        };
    }

    static Paragraph paragraph(EObject element) {
        for (EObject at = element; at != null; at = at.eContainer()) {
            if (at instanceof Objectives) {
                return Paragraph.OBJECTIVES;
            } else if (at instanceof Organisation) {
                return Paragraph.ORGANISATION;
            } else if (at instanceof ProcessesAndTools) {
                return Paragraph.PROCESSES;
            }
        }
        return Paragraph.FRONT;
    }

    /** The element as a reader knows it: its kind, and its name where it has one. */
    static String label(EObject element) {
        String kind = get("kind." + element.eClass().getName());
        String name = name(element);
        String label = name.isEmpty() ? kind : kind + " «" + name + "»";
        if (element instanceof Phase && element.eContainer() instanceof Process process) {
            label += " " + get("diff.ofProcess", process.getName());
        }
        return label;
    }

    /** An element's name for a reader: its title (or identifier), or what it is about. */
    static String name(EObject element) {
        if (element instanceof TitledElement titled) {
            return Titles.of(titled);
        } else if (element instanceof UserSegment segment) {
            return segment.getProfile() != null && !segment.getProfile().isBlank() ? segment.getProfile()
                    : segment.getName();
        }
        String about = Titles.about(element);
        return about == null ? "" : about;
    }

    /** A value in the document's words: an enumeration's label, yes or no, a number, a text. */
    static String value(Object value) {
        if (value instanceof Enumerator literal) {
            return Labels.of(literal);
        } else if (value instanceof Boolean yes) {
            return get(yes ? "value.yes" : "value.no");
        }
        return String.valueOf(value);
    }

    public static String feature(EStructuralFeature feature) {
        try {
            return get("feature." + feature.getEContainingClass().getName() + "." + feature.getName());
        } catch (MissingResourceException e) {
            return get("feature." + feature.getName());
        }
    }

    static String valueChange(EStructuralFeature feature, String from, String to) {
        return get("diff.value", feature(feature), quoted(from), quoted(to));
    }

    static String listChange(EStructuralFeature feature, Collection<String> added, Collection<String> removed) {
        StringBuilder detail = new StringBuilder(feature(feature)).append(": ");
        if (!added.isEmpty()) {
            detail.append(get("diff.listAdded", String.join(", ", added.stream().map(DiffTexts::quoted).toList())));
        }
        if (!removed.isEmpty()) {
            detail.append(added.isEmpty() ? "" : "; ")
                    .append(get("diff.listRemoved", String.join(", ", removed.stream().map(DiffTexts::quoted).toList())));
        }
        return detail.toString();
    }

    private static String quoted(String value) {
        return value == null ? "—" : "«" + value + "»";
    }
}
