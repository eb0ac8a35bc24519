// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

import com.openhtmltopdf.pdfboxout.PageSupplier;

/**
 * Gives openhtmltopdf its pages, and takes out of each page, once drawn, the
 * artifacts that mark nothing.
 * <p>
 * Tagging the PDF, openhtmltopdf opens an {@code /Artifact} marked-content
 * sequence around the background of every box it paints, and most boxes have
 * none: the sequence closes at once, empty, and its properties (a dictionary
 * with a bounding box of four numbers) stay in the page's resources. That is
 * 146 a page in the model of 100 processes, 465,000 in that of 1,000:
 * more than half the objects of the PDF, 200 MB of its memory while it is
 * drawn, and most of the time it takes to save. They mark no content, so
 * nothing a reader shows or reads aloud changes without them; the marked
 * content that is tagged (its MCIDs) is left as it is.
 * <p>
 * A page is cleaned when the next one is asked for (openhtmltopdf has then
 * closed its content stream), and the last one by {@link #finish(PDDocument)}.
 * The content is filtered as PDFBox's {@code PDPageContentStream} writes it,
 * one operator to a line: {@code /Artifact /PropN BDC} then at once
 * {@code EMC}, each line whole. Parsing each page into PDFBox's tokens and
 * writing them back did the same at 1.7 ms a page, 11% of the whole run's
 * time at 1,000 processes; the lines cannot be part of a string (PDFBox
 * writes a string with a line break as hexadecimal), and openhtmltopdf
 * draws no inline image.
 */
final class EmptyArtifacts implements PageSupplier {

    /** An empty artifact sequence, as a line of its own: its properties' name is group 1. */
    private static final Pattern EMPTY = Pattern.compile("(?m)^/Artifact /(\\S+) BDC\nEMC\n");

    /** A marked-content sequence with properties from the resources: their name is group 1. */
    private static final Pattern NAMED = Pattern.compile("(?m)^/\\S+ /(\\S+) BDC$");

    /** The page drawn last, cleaned when the next is asked for. */
    private PDPage last;

    @Override
    public PDPage requestPage(PDDocument document, float width, float height, int pageNumber, int shadowPageNumber) {
        finish(document);
        // as openhtmltopdf's own supplier: a page of the size asked, at the end of the document
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        last = page;
        return page;
    }

    /** Cleans the last page, once the document is drawn. */
    void finish(PDDocument document) {
        if (last != null) {
            clean(document, last);
            last = null;
        }
    }

    /** Takes the empty artifacts out of the page's content and their properties out of its resources. */
    static void clean(PDDocument document, PDPage page) {
        try {
            String content;
            try (InputStream in = page.getContents()) {
                content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1); // byte for byte
            }
            Set<String> emptied = new HashSet<>();
            Matcher empty = EMPTY.matcher(content);
            StringBuilder kept = new StringBuilder(content.length());
            while (empty.find()) {
                emptied.add(empty.group(1));
                empty.appendReplacement(kept, "");
            }
            if (emptied.isEmpty()) {
                return;
            }
            empty.appendTail(kept);
            Matcher named = NAMED.matcher(kept);
            while (named.find()) {
                emptied.remove(named.group(1)); // properties a kept sequence names stay
            }
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                emptied.forEach(name -> properties.removeItem(COSName.getPDFName(name)));
            }
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(kept.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
