// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.quickfix;

import java.util.Comparator;
import java.util.List;

/**
 * One way to resolve a problem: what the user reads, and the changes to the
 * text that make it (they never overlap).
 */
public record QuickFix(String label, List<TextChange> changes) {

    public QuickFix(String label, TextChange... changes) {
        this(label, List.of(changes));
    }

    /** The text with the changes made. */
    public String applyTo(String text) {
        StringBuilder result = new StringBuilder(text);
        changes.stream().sorted(Comparator.comparingInt(TextChange::offset).reversed())
                .forEach(change -> result.replace(change.offset(), change.offset() + change.length(), change.text()));
        return result.toString();
    }
}
