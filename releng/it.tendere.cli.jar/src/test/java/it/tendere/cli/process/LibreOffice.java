// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Node;

/**
 * LibreOffice (Debian's, headless, installed by .ci/run): the office suite a
 * Province's staff opens the document with, and poppler's pdftotext to read
 * back the PDF it prints.
 */
final class LibreOffice {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LibreOffice() {
    }

    /** The document (DOCX or ODT) printed to PDF by LibreOffice, in a folder of its own under {@code dir}. */
    static Path pdf(Path document, Path dir) throws Exception {
        Path pdf = convert(document, "pdf", "pdf", dir);
        assertTrue(Files.size(pdf) > 10_000, pdf::toString);
        return pdf;
    }

    /**
     * The document saved by LibreOffice with {@code filter} (as
     * {@code --convert-to} names it), in a folder of its own under
     * {@code dir}; the file ends in {@code extension}.
     */
    static Path convert(Path document, String filter, String extension, Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve(extension + "-" + document.getFileName()));
        Process office = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profilo").toUri(),
                "--headless", "--convert-to", filter, "--outdir", out.toString(), document.toString())
                .redirectErrorStream(true).start();
        String log = new String(office.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(office.waitFor(3, TimeUnit.MINUTES), "LibreOffice ends");
        assertEquals(0, office.exitValue(), log);
        String name = document.getFileName().toString();
        Path converted = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
        assertTrue(Files.isRegularFile(converted), log);
        return converted;
    }

    /** The PDF's text as pdftotext reads it ({@code -layout}: the columns of a table side by side). */
    static String text(Path pdf, boolean layout) throws Exception {
        List<String> command = new ArrayList<>(List.of("pdftotext"));
        if (layout) {
            command.add("-layout");
        }
        command.addAll(List.of(pdf.toString(), "-"));
        Process text = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String read = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, text.exitValue(), "pdftotext reads " + pdf);
        return read;
    }

    /**
     * The words of the printed text that the document does not hold: the
     * pieces of a word LibreOffice broke in the middle because its column
     * was too narrow («Compilazion», «responsabil»). The document's words
     * are those of the text of every XML part and SVG picture of its package.
     * {@code printed} is read with {@code -layout}: without it, pdftotext
     * joins the halves of a word hyphenated at a line's end («e-learning»
     * becomes «elearning»).
     */
    static Set<String> brokenWords(Path document, String printed) throws Exception {
        Set<String> words = new HashSet<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(document))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".svg")) {
                    byte[] part = zip.readAllBytes();
                    Node root = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(part))
                            .getDocumentElement();
                    words(root.getTextContent(), words);
                    words(textOfEachNode(root), words); // a word may end where an element does (a run, a span)
                }
            }
        }
        Set<String> broken = new java.util.TreeSet<>();
        Matcher word = WORD.matcher(printed);
        while (word.find()) {
            if (!words.contains(word.group())) {
                broken.add(word.group());
            }
        }
        return broken;
    }

    private static void words(String text, Set<String> words) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
    }

    /** The text of each text node, with a space between them. */
    private static String textOfEachNode(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue()).append(' ');
            } else {
                text.append(textOfEachNode(child));
            }
        }
        return text.toString();
    }
}
