// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import it.tendere.diagram.DocumentFont;
import picocli.CommandLine.Option;

/**
 * The option of the commands that draw: the font family the documents and
 * diagrams are written in, found among the installed fonts before any work.
 */
final class FontOption {

    @Option(names = "--font", paramLabel = "FAMILY", descriptionKey = "option.font")
    String family;

    /**
     * Makes the family the one drawn with and finds it.
     *
     * @throws DocumentFont.NotFoundException when it is not installed
     */
    void apply() {
        if (family != null) {
            System.setProperty(DocumentFont.PROPERTY, family);
        }
        DocumentFont.current();
    }
}
