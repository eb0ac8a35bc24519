// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats the deliverable is written in.
 */
public enum DocumentFormat {
    DOCX, PDF, HTML;

    /** The file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the format shows the diagrams as pictures (PNG), not as vector drawings. */
    public boolean pictures() {
        return this != HTML;
    }

    /** The format a user names ("docx", "pdf", "html"), if it is one. */
    public static Optional<DocumentFormat> named(String name) {
        for (DocumentFormat format : values()) {
            if (format.extension().equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
