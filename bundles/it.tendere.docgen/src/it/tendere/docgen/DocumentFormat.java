// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen;

import java.util.Locale;
import java.util.Optional;

import it.tendere.docgen.docx.DocxWriter;

/**
 * The formats the deliverable is written in.
 */
public enum DocumentFormat {
    DOCX, ODT, PDF, HTML;

    /** The file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Pixels per diagram unit of the PNG pictures of the diagrams the format
     * carries, 0 where it carries none: the DOCX, as the fallback of its SVG
     * for readers without SVG. The PDF draws them as vectors; the ODT and the
     * HTML hold their SVG.
     */
    public double pictureScale() {
        return this == DOCX ? DocxWriter.FALLBACK_SCALE : 0;
    }

    /** The format a user names ("docx", "odt", "pdf", "html"), if it is one. */
    public static Optional<DocumentFormat> named(String name) {
        for (DocumentFormat format : values()) {
            if (format.extension().equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
