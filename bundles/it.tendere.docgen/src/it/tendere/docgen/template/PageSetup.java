// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.template;

/**
 * A page's size and margins, in points: Tendere's own (A4, 2 cm, 2.2 cm at
 * the bottom for the page number) or a template's.
 */
public record PageSetup(double widthPt, double heightPt, double topPt, double rightPt, double bottomPt,
        double leftPt) {

    /** A4 with Tendere's margins. */
    public static final PageSetup A4 = new PageSetup(595.3, 841.9, 56.7, 56.7, 62.35, 56.7);

    /** The width of the text between the margins. */
    public double textWidthPt() {
        return widthPt - leftPt - rightPt;
    }
}
