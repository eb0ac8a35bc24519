// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.template;

import it.tendere.diagram.DocumentFont;

/**
 * The font a generation with a template writes the PDF, the HTML and the
 * diagrams in, the same for the command line and the studio: the template's
 * own where it names one that is installed; none (the configured font stays)
 * where it names none or the configured one, or one that is not installed,
 * and then the sentence the user is told.
 *
 * @param font   the template's font, or null for the configured one
 * @param notice what the user is told, or null for nothing
 */
public record TemplateFont(DocumentFont font, String notice) {

    /** The font for {@code template} (null: none, as for no template). */
    public static TemplateFont of(DocumentTemplate template) {
        String family = template == null ? null : template.fontFamily();
        if (family == null || family.equals(DocumentFont.configuredFamily())) {
            return new TemplateFont(null, null);
        }
        try {
            return new TemplateFont(DocumentFont.find(family), null);
        } catch (DocumentFont.NotFoundException e) {
            return new TemplateFont(null, DocumentTemplate.MESSAGES.get("template.fontMissing", family,
                    DocumentFont.configuredFamily(), template.format()));
        }
    }
}
