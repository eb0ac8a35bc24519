// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.template;

import java.util.Map;

/**
 * What the PDF takes of a Province's template: its paper, its letterhead and
 * its headings' colours (the font is the document font, chosen before).
 *
 * @param paper          the page's size and margins
 * @param letterhead     the header and footer every page repeats
 * @param headingColours the colour of each heading level (1 to 4) the template gives one, as six hexadecimal
 *                       digits
 */
public record PrintStyle(PageSetup paper, Letterhead letterhead, Map<Integer, String> headingColours) {

    /** Tendere's own: A4, the page number centred in the footer, its headings' colours. */
    public static final PrintStyle TENDERE = new PrintStyle(PageSetup.A4, Letterhead.NONE, Map.of());

    public PrintStyle {
        headingColours = Map.copyOf(headingColours);
    }

    /** The PDF's style with {@code template}, or Tendere's own where it is null. */
    public static PrintStyle of(DocumentTemplate template) {
        return template == null ? TENDERE
                : new PrintStyle(template.page(), template.letterhead(), template.headingColours());
    }
}
