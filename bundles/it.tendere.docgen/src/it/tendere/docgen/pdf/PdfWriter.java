// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.PngWriter;
import it.tendere.docgen.html.HtmlWriter;
import it.tendere.docgen.view.Section2View;

/**
 * Writes the view of Section 2 as PDF/A-2u, tagged for accessibility (PDF/UA),
 * fonts embedded, with bookmarks for the headings: openhtmltopdf renders the
 * print version of the HTML page, so both formats show the same content.
 */
public final class PdfWriter {

    /** The fonts embedded in every PDF: DejaVu, Debian's default, which covers Italian. */
    private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");

    private PdfWriter() {
    }

    static {
        // openhtmltopdf reports its progress through java.util.logging: not the user's business.
        XRLog.setLoggingEnabled(false);
    }

    public static byte[] write(Section2View view) {
        return write(view, PngWriter::write);
    }

    /** The document, with the diagrams' pictures drawn by {@code png} (which may cache them). */
    public static byte[] write(Section2View view, Function<Diagram, byte[]> png) {
        Path regular = FONTS.resolve("DejaVuSans.ttf");
        Path bold = FONTS.resolve("DejaVuSans-Bold.ttf");
        Path italic = FONTS.resolve("DejaVuSans-Oblique.ttf");
        Path boldItalic = FONTS.resolve("DejaVuSans-BoldOblique.ttf");
        for (Path font : new Path[] { regular, bold }) {
            if (!Files.isRegularFile(font)) {
                throw new IllegalStateException("font not found: " + font + " (Debian package fonts-dejavu-core)");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.useFont(regular.toFile(), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(bold.toFile(), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            if (Files.isRegularFile(italic)) {
                builder.useFont(italic.toFile(), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.ITALIC, true);
            }
            if (Files.isRegularFile(boldItalic)) {
                builder.useFont(boldItalic.toFile(), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.ITALIC, true);
            }
            Map<String, Diagram> diagrams = new HashMap<>();
            for (var paragraph : view.paragraphs()) {
                for (var block : paragraph.blocks()) {
                    if (block instanceof Section2View.Figure figure) {
                        diagrams.put(HtmlWriter.PICTURE_SCHEME + ":" + figure.diagram().id(), figure.diagram());
                    }
                }
            }
            builder.useProtocolsStreamImplementation(url -> new FSStream() {
                @Override
                public InputStream getStream() {
                    Diagram diagram = diagrams.get(url);
                    return diagram == null ? null : new ByteArrayInputStream(png.apply(diagram));
                }

                @Override
                public Reader getReader() {
                    return null;
                }
            }, HtmlWriter.PICTURE_SCHEME);
            builder.withHtmlContent(HtmlWriter.write(view, HtmlWriter.Medium.PRINT), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
