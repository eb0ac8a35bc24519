// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.util.RecordFormatException;

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

    /**
     * What the user is told when pictures of its letterhead are left out of
     * the PDF, or null where none is, or where {@code formats} have no PDF.
     */
    default String letterheadNotice(Collection<DocumentFormat> formats) {
        return !formats.contains(DocumentFormat.PDF) || letterhead().leftOut().isEmpty() ? null
                : MESSAGES.get("template.picturesLeftOut", String.join(", ", letterhead().leftOut()), format());
    }

    /** The family of its body text, or null where it names none. */
    String fontFamily();

    /**
     * The colour of each of its headings 1 to 4 that has one (its own or a
     * style's it is based on), as six hexadecimal digits, which the PDF's
     * headings take too.
     */
    Map<Integer, String> headingColours();

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

    /**
     * The template's bytes, read whole, once its parts are known to unpack
     * within Apache POI's limits (a part may not grow more than a hundred
     * times past its first 100 KB, nor say it is larger than 100 MB): a «zip
     * bomb», a few hundred kilobytes that unpack to gigabytes, is refused for
     * what it is, before any library unpacks it whole. Either family is a zip
     * package.
     */
    static byte[] bytes(Path file) throws ModelFileException {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new ModelFileException(file, MESSAGES.get("template.unreadable"), e);
        }
        try (ZipInputStreamZipEntrySource parts = new ZipInputStreamZipEntrySource(
                new ZipArchiveThresholdInputStream(new ZipArchiveInputStream(new ByteArrayInputStream(bytes))))) {
            // read through POI's guard, part by part
        } catch (RecordFormatException e) { // a part that says it unpacks past POI's 100 MB
            throw new ModelFileException(file, MESSAGES.get("template.bomb"), e);
        } catch (IOException | RuntimeException e) {
            if (expandsTooMuch(e)) {
                throw new ModelFileException(file, MESSAGES.get("template.bomb"), e);
            }
            // not a zip package, or a damaged one (POI says so with runtime exceptions too): the family's
            // reader says what it is not
        }
        return bytes;
    }

    /** Whether POI refused a package for what it would expand to (its only sign is the message). */
    private static boolean expandsTooMuch(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }
}
