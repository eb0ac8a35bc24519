// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen;

/**
 * What Tendere's own look is made of, the same in every format: where a
 * template gives none of its own, a document's title and headings are in
 * this colour (bold, in the document font), whether it is a DOCX, an ODT, a
 * PDF or an HTML page.
 */
public final class TendereLook {

    /** The colour of the title and the headings, as six hexadecimal digits. */
    public static final String HEADING_COLOUR = "274C72";

    private TendereLook() {
    }
}
