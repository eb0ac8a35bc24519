// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.DocumentFont;
import it.tendere.docgen.html.HtmlWriter;
import it.tendere.docgen.template.PrintStyle;
import it.tendere.docgen.view.Section2View;

/**
 * Writes the view of Section 2 as PDF/A-2u, tagged for accessibility (PDF/UA),
 * fonts embedded, with bookmarks for the headings: openhtmltopdf renders the
 * print version of the HTML page, so both formats show the same content; the
 * diagrams are vector drawings ({@link DiagramDrawer}).
 */
public final class PdfWriter {

    private PdfWriter() {
    }

    /** Where PDFBox keeps its list of the system's fonts (by default the home, else the shared temporary folder). */
    private static final String FONT_CACHE = "pdfbox.fontcache";

    static {
        // openhtmltopdf reports its progress through java.util.logging: not the user's business.
        XRLog.setLoggingEnabled(false);
        if (System.getProperty(FONT_CACHE) == null) {
            Path folder = fontCacheFolder();
            if (folder != null) {
                System.setProperty(FONT_CACHE, folder.toString());
            }
        }
    }

    /**
     * The user's cache folder (~/.cache/tendere), or else a temporary folder
     * of this run's own, removed at its end: never a shared folder, where a
     * link planted at PDFBox's file name would lead its writing elsewhere.
     */
    private static Path fontCacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path folder = base.resolve("tendere");
        try {
            Files.createDirectories(folder);
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && Files.isWritable(folder)
                    && !Files.isSymbolicLink(folder.resolve(".pdfbox.cache"))) {
                return folder;
            }
        } catch (IOException | SecurityException | java.nio.file.InvalidPathException e) {
            // no home to write in: a folder of our own
        }
        try {
            Path own = Files.createTempDirectory("tendere-fonts"); // rwx------
            own.toFile().deleteOnExit();
            own.resolve(".pdfbox.cache").toFile().deleteOnExit(); // registered last, removed first
            return own;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The document to {@code out} in {@code style} (Tendere's A4, or a
     * template's page size and margins, header and footer on every page, and
     * headings' colours), the diagrams drawn as vectors (text as text, in the
     * document font); {@code beforeEachDiagram} runs before each is drawn (it
     * throws to cancel).
     */
    public static void write(Section2View view, Runnable beforeEachDiagram, PrintStyle style, OutputStream out) {
        // Every face of the document font is embedded: the family the HTML's stylesheet names.
        DocumentFont font = DocumentFont.current();
        List<TrueTypeFont> faces = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            face(builder, document, faces, font.regular(), font.cssName(), 400, BaseRendererBuilder.FontStyle.NORMAL);
            face(builder, document, faces, font.bold(), font.cssName(), 700, BaseRendererBuilder.FontStyle.NORMAL);
            if (font.italic().isPresent()) {
                face(builder, document, faces, font.italic().get(), font.cssName(), 400,
                        BaseRendererBuilder.FontStyle.ITALIC);
            }
            if (font.boldItalic().isPresent()) {
                face(builder, document, faces, font.boldItalic().get(), font.cssName(), 700,
                        BaseRendererBuilder.FontStyle.ITALIC);
            }
            Map<String, Diagram> diagrams = new HashMap<>();
            view.figures().forEach(figure -> diagrams.put(figure.diagram().id(), figure.diagram()));
            DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
            drawers.registerDrawer(HtmlWriter.DIAGRAM_TYPE, new DiagramDrawer(diagrams, beforeEachDiagram));
            builder.useObjectDrawerFactory(drawers);
            builder.withHtmlContent(HtmlWriter.write(view, HtmlWriter.Medium.PRINT, style), null);
            EmptyArtifacts pages = new EmptyArtifacts();
            builder.usePageSupplier(pages);
            // Laid out, drawn, then the layout let go before the document is saved: a large model's layout is
            // as large as its PDF once drawn (1,000 processes: 410 MB of 650 MB).
            PdfBoxRenderer renderer = builder.buildPdfRenderer();
            try (renderer) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            pages.finish(document);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (TrueTypeFont face : faces) {
                try {
                    face.close();
                } catch (IOException e) {
                    // read-only font file: nothing to lose
                }
            }
        }
    }

    /**
     * A face of the document font, embedded as a subset, without its glyph
     * substitutions: PDFBox would otherwise draw «fi», «ff», «ffi» as
     * ligature glyphs whose text is U+FB01… («deﬁnite»), which searching and
     * copying the PDF then miss. Italian text needs none of them. The face is
     * read when the layout first asks for it (openhtmltopdf asks once): a
     * document without bold italic text, like the sample, never reads that
     * face (reading the four faces was a fifth of the sample's PDF work).
     */
    private static void face(PdfRendererBuilder builder, PDDocument document, List<TrueTypeFont> faces, Path file,
            String family, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(new PDFontSupplier(null) {
            @Override
            public PDFont supply() {
                try {
                    TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                    faces.add(face);
                    face.setEnableGsub(false);
                    return PDType0Font.load(document, face, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }, family, weight, style, true);
    }
}
