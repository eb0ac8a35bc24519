// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.template;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * A template's header and footer as the PDF repeats them on every page: the
 * letterhead's paragraphs and tables, their text (bold, italic, colour,
 * size), pictures (the logo) and page-number fields. The DOCX and the ODT
 * take the template's own header and footer; this is what the PDF can draw
 * of them. Pictures the PDF cannot draw (a Word letterhead's EMF or WMF
 * logo, a JPEG in CMYK) are left out and named in {@link #leftOut()}.
 *
 * @param header      the header's blocks, in order; empty where the template has none
 * @param footer      the footer's blocks, in order; empty where it has none (the PDF then numbers its pages as
 *                    Tendere's)
 * @param firstHeader the first page's own header (often the full letterhead), empty for none; null where the
 *                    first page has the others'
 * @param firstFooter the first page's own footer, empty for none; null where it has the others'
 * @param headerPt    the distance from the page's top edge to the header
 * @param footerPt    the distance from the page's bottom edge to the footer
 * @param leftOut     the pictures left out, as the user is told of them ({@link #whyLeftOut})
 */
public record Letterhead(List<Block> header, List<Block> footer, List<Block> firstHeader, List<Block> firstFooter,
        double headerPt, double footerPt, Set<String> leftOut) {

    /** Tendere's own page: no header, the page number centred in the footer. */
    public static final Letterhead NONE = new Letterhead(List.of(), List.of(), null, null, 0, 0, Set.of());

    /** The media types of pictures the PDF draws. */
    private static final Set<String> DRAWN = Set.of("image/png", "image/jpeg", "image/gif");

    /**
     * Why the PDF leaves a picture of a letterhead out, as the user is told,
     * or null where it draws it: a type it cannot draw (its media type), or a
     * JPEG in CMYK, which PDFBox would embed as it is (DeviceCMYK), which a
     * PDF/A whose colours are sRGB does not allow. A print shop's logo often
     * is one; the DOCX and the ODT keep it.
     */
    public static String whyLeftOut(String mediaType, byte[] data) {
        if (!DRAWN.contains(mediaType)) {
            return mediaType;
        }
        if (mediaType.equals("image/jpeg")) {
            try (PDDocument scratch = new PDDocument()) {
                if (JPEGFactory.createFromByteArray(scratch, data).getColorSpace() instanceof PDDeviceCMYK) {
                    return "image/jpeg in CMYK";
                }
            } catch (IOException | RuntimeException e) {
                return mediaType; // a JPEG PDFBox cannot read, nor draw
            }
        }
        return null;
    }

    /** A header or footer that is only empty paragraphs (what Word and LibreOffice leave) is none. */
    public Letterhead {
        header = meaningful(header);
        footer = meaningful(footer);
        firstHeader = firstHeader == null ? null : meaningful(firstHeader);
        firstFooter = firstFooter == null ? null : meaningful(firstFooter);
        leftOut = Set.copyOf(leftOut);
    }

    private static List<Block> meaningful(List<Block> blocks) {
        return blocks.stream().allMatch(block -> block instanceof Paragraph paragraph && paragraph.pieces().isEmpty())
                ? List.of() : List.copyOf(blocks);
    }

    /** A paragraph or a table of the header or the footer. */
    public sealed interface Block permits Paragraph, Table {
    }

    /** How a paragraph's lines are aligned. */
    public enum Alignment {
        LEFT, CENTER, RIGHT, JUSTIFY
    }

    /** A paragraph: its alignment and what it holds, in order. */
    public record Paragraph(Alignment alignment, List<Piece> pieces) implements Block {
        public Paragraph {
            pieces = List.copyOf(pieces);
        }
    }

    /**
     * A table (a letterhead's logo beside its text): rows of cells, each cell
     * its paragraphs; {@code ruled} where the template draws its borders.
     */
    public record Table(List<List<List<Paragraph>>> rows, boolean ruled) implements Block {
        public Table {
            rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
        }
    }

    /** Something a paragraph holds. */
    public sealed interface Piece permits Text, Picture, Field {
    }

    /**
     * Text in one formatting.
     *
     * @param colour its colour as six hexadecimal digits, or null for the paragraph's
     * @param sizePt its size, or 0 for the letterhead's
     */
    public record Text(String text, boolean bold, boolean italic, String colour, double sizePt) implements Piece {
    }

    /**
     * A picture, at its size on the page.
     *
     * @param mediaType   a type {@link Letterhead#whyLeftOut} lets through (PNG, JPEG, GIF)
     * @param description its alternative text, or empty
     */
    public record Picture(byte[] data, String mediaType, double widthPt, double heightPt, String description)
            implements Piece {
    }

    /** A field the page fills in. */
    public enum Field implements Piece {
        /** The page's number. */
        PAGE,
        /** The number of pages. */
        PAGES
    }
}
