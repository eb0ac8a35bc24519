// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.template;

import java.nio.file.Path;
import java.util.Locale;

import it.tendere.docgen.DocumentFormat;
import it.tendere.dsl.i18n.Messages;
import it.tendere.dsl.io.ModelFileException;

/**
 * A Province's template: a Word one ({@code .docx}, {@code .dotx}) or an
 * OpenDocument one ({@code .odt}, {@code .ott}). The document of its own
 * family is written into a copy of it (its styles, page, header and footer);
 * the PDF follows its page, font, header and footer; the other family keeps Tendere's own
 * page and styles.
 */
public sealed interface DocumentTemplate permits DocxTemplate, OdfTemplate {

    /** Why a template is refused, in the user's language. */
    Messages MESSAGES = new Messages("it.tendere.docgen.template.messages", DocumentTemplate.class);

    /** Where it was read from. */
    Path file();

    /** Its page setup, which the PDF follows too. */
    PageSetup page();

    /** Its header and footer (letterhead, logo, page numbers), which the PDF repeats on every page. */
    Letterhead letterhead();

    /** What the user is told when pictures of its letterhead are left out of the PDF, or null where none is. */
    default String letterheadNotice() {
        return letterhead().leftOut().isEmpty() ? null
                : MESSAGES.get("template.picturesLeftOut", String.join(", ", letterhead().leftOut()), format());
    }

    /** The family of its body text, or null where it names none. */
    String fontFamily();

    /** The format whose document is written into a copy of it: DOCX for a Word template, ODT for an OpenDocument one. */
    DocumentFormat format();

    /** Whether the document of {@code format} is written into a copy of it. */
    default boolean shapes(DocumentFormat format) {
        return format() == format;
    }

    /**
     * Reads and checks a template, of either family by its extension.
     *
     * @throws ModelFileException when it cannot be read, has another
     *                            extension or is not a text document of its family
     */
    static DocumentTemplate read(Path file) throws ModelFileException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx") || name.endsWith(".dotx")) {
            return DocxTemplate.read(file);
        }
        if (name.endsWith(".odt") || name.endsWith(".ott")) {
            return OdfTemplate.read(file);
        }
        throw new ModelFileException(file, MESSAGES.get("template.extension"));
    }

    /** The template's bytes, read whole. */
    static byte[] bytes(Path file) throws ModelFileException {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException | SecurityException e) {
            throw new ModelFileException(file, MESSAGES.get("template.unreadable"), e);
        }
    }
}
