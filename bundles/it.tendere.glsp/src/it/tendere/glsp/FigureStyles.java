// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.Locale;

import it.tendere.diagram.Diagram;

/**
 * The boxes' colours as the client's stylesheet: made from the document's
 * figure styles ({@link Diagram.Style}), so that the editor and the document
 * draw a box alike and the colours are written down once.
 */
public final class FigureStyles {

    private FigureStyles() {
    }

    /** A rule per style, for a box whose group has the style's class ({@link DiagramGraph#styleClass}). */
    public static String css() {
        StringBuilder css = new StringBuilder("/* made from it.tendere.diagram.Diagram.Style */\n");
        for (Diagram.Style style : Diagram.Style.values()) {
            css.append(String.format(Locale.ROOT,
                    "#sprotty .%s > .sprotty-node { fill: %s; stroke: %s; stroke-width: %s;%s }%n",
                    DiagramGraph.styleClass(style), style.fill(), style.stroke(), style.bold() ? "2.2" : "1.2",
                    style.dashed() ? " stroke-dasharray: 5 3;" : ""));
        }
        return css.toString();
    }
}
