// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import org.eclipse.glsp.server.operations.Operation;

/**
 * A gesture the command palette offers (Ctrl+Spazio) for the selected
 * element: what to do ({@code gesture}, one of the constants here), to which
 * element, with which other element or value. Everything a box's palette and
 * mouse gestures do not reach — and all of it from the keyboard.
 */
public class GestureOperation extends Operation {

    public static final String KIND = "tendereGesture";

    public static final String COORDINATION = "coordinamento";
    public static final String NON_NEGOTIABLE = "non-negoziabile";
    public static final String NEEDS = "richiede";
    public static final String NO_LONGER_NEEDS = "non-richiede";
    public static final String PROVIDED_BY = "fornita-da";
    public static final String PERFORMER = "svolta-da";
    public static final String BEFORE = "sposta-prima";
    public static final String AFTER = "sposta-dopo";
    public static final String ESSENTIAL = "essenziale";
    public static final String TOOL = "strumento";
    public static final String NEW_TOOL = "nuovo-strumento";
    public static final String ROLE = "ruolo";
    public static final String PARTY = "soggetto";
    public static final String NEW_PHASE = "nuova-fase";
    public static final String NEW_PROCESS = "nuovo-processo";

    private String gesture;
    private String elementId;
    private String argument;
    private String label;

    public GestureOperation() {
        super(KIND);
    }

    public GestureOperation(String gesture, String elementId, String argument, String label) {
        this();
        this.gesture = gesture;
        this.elementId = elementId;
        this.argument = argument;
        this.label = label;
    }

    public String getGesture() {
        return gesture;
    }

    public String getElementId() {
        return elementId;
    }

    public String getArgument() {
        return argument;
    }

    /** What the user chose, as the palette said it: the name of the step in the undo history. */
    public String getLabel() {
        return label;
    }
}
