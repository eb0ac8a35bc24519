// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
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
 * drawn, and most of the time it takes to save. Readers, assistive technology
 * and checkers see no difference without them: they mark no content, and the
 * marked content that is tagged (its MCIDs) is left as it is.
 * <p>
 * A page is cleaned when the next one is asked for (openhtmltopdf has then
 * closed its content stream), and the last one by {@link #finish(PDDocument)}.
 */
final class EmptyArtifacts implements PageSupplier {

    @Override
    public PDPage requestPage(PDDocument document, float width, float height, int pageNumber, int shadowPageNumber) {
        int drawn = document.getNumberOfPages();
        if (drawn > 0) {
            clean(document, document.getPage(drawn - 1));
        }
        // as openhtmltopdf's own supplier: a page of the size asked, at the end of the document
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        return page;
    }

    /** Cleans the last page, once the document is drawn. */
    void finish(PDDocument document) {
        int drawn = document.getNumberOfPages();
        if (drawn > 0) {
            clean(document, document.getPage(drawn - 1));
        }
    }

    /** Takes the empty artifacts out of the page's content and their properties out of its resources. */
    static void clean(PDDocument document, PDPage page) {
        try {
            List<Object> tokens = new PDFStreamParser(page).parse();
            List<Object> kept = new ArrayList<>(tokens.size());
            Set<COSName> emptied = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                Object token = tokens.get(i);
                int size = kept.size();
                // «/Artifact /PropN BDC» then at once «EMC»
                if (is(token, OperatorName.BEGIN_MARKED_CONTENT_SEQ) && i + 1 < tokens.size()
                        && is(tokens.get(i + 1), OperatorName.END_MARKED_CONTENT) && size >= 2
                        && COSName.ARTIFACT.equals(kept.get(size - 2)) && kept.get(size - 1) instanceof COSName properties) {
                    kept.subList(size - 2, size).clear();
                    emptied.add(properties);
                    i++;
                } else {
                    kept.add(token);
                }
            }
            if (emptied.isEmpty()) {
                return;
            }
            COSDictionary resources = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            if (resources != null) {
                for (int i = 1; i < kept.size(); i++) { // properties a kept sequence names stay
                    if (is(kept.get(i), OperatorName.BEGIN_MARKED_CONTENT_SEQ)) {
                        emptied.remove(kept.get(i - 1));
                    }
                }
                emptied.forEach(resources::removeItem);
            }
            PDStream content = new PDStream(document);
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(kept);
            }
            page.setContents(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean is(Object token, String operator) {
        return token instanceof Operator op && op.getName().equals(operator);
    }
}
