// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.diff;

/**
 * One difference between two versions of a model: what happened to which
 * element, in which paragraph of the format, said in the user's language.
 *
 * @param paragraph where the format puts the element
 * @param kind      added, removed, changed or moved
 * @param element   the element's identity ({@link it.tendere.identity.ElementId}) in the version that has it
 * @param label     the element as a reader knows it («fase «Analisi» (processo P1)»)
 * @param detail    what changed («persone: 1 → 2»), empty for an added or removed element
 */
public record Change(Paragraph paragraph, Kind kind, String element, String label, String detail) {

    /** What happened to the element. */
    public enum Kind {
        ADDED, REMOVED, CHANGED, MOVED
    }

    /** The parts of the format a change is grouped by, in the document's order. */
    public enum Paragraph {
        FRONT, OBJECTIVES, ORGANISATION, PROCESSES
    }
}
