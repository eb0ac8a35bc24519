// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * {@code tendere generate --template}: a Province's Word template with
 * another font, an Italian Word's heading style, a logo in the header, a
 * page number in the footer and 3 cm margins; the document takes all of it,
 * and keeps the format's structure, names and fixed texts exactly as without
 * a template. A template that is no Word file is one clear line, exit 2.
 */
class TemplateTests {

    private static final String DOCUMENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String TEMPLATE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    /** 3 cm, in twentieths of a point. */
    private static final int MARGIN = 1701;

    @TempDir
    Path dir;

    /** The Province's template: what its office's Word would save as a .dotx. */
    private Path template() throws Exception {
        try (XWPFDocument template = new XWPFDocument()) {
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii("DejaVu Serif");
            fonts.setHAnsi("DejaVu Serif");
            template.createStyles().setDefaultFonts(fonts);
            CTStyle heading = CTStyle.Factory.newInstance(); // as an Italian Word names «heading 1»
            heading.setStyleId("Titolo1");
            heading.addNewName().setVal("heading 1");
            heading.setType(STStyleType.PARAGRAPH);
            heading.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            heading.addNewRPr().addNewColor().setVal("C00000");
            template.getStyles().addStyle(new XWPFStyle(heading));
            CTSectPr section = template.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(BigInteger.valueOf(11906));
            section.getPgSz().setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            for (var set : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setRight,
                    margins::setBottom, margins::setLeft)) {
                set.accept(BigInteger.valueOf(MARGIN));
            }
            margins.setHeader(BigInteger.valueOf(709));
            margins.setFooter(BigInteger.valueOf(709));
            margins.setGutter(BigInteger.ZERO);
            XWPFHeader header = template.createHeader(HeaderFooterType.DEFAULT);
            XWPFRun letterhead = header.createParagraph().createRun();
            letterhead.addPicture(new java.io.ByteArrayInputStream(logo()), Document.PICTURE_TYPE_PNG, "logo.png",
                    Units.toEMU(60), Units.toEMU(20));
            letterhead.setText("Provincia di Valdaro – Ufficio associato");
            XWPFParagraph footer = template.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.getCTP().addNewFldSimple().setInstr(" PAGE ");
            template.createParagraph().createRun().setText("Testo di esempio del modello, da non riportare");
            template.getPackage().replaceContentType(DOCUMENT_TYPE, TEMPLATE_TYPE);
            Path file = dir.resolve("carta-intestata.dotx");
            try (var out = Files.newOutputStream(file)) {
                template.write(out);
            }
            return file;
        }
    }

    private static byte[] logo() throws Exception {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x274C72));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    @Test
    void theDocumentTakesTheTemplatesStylesPageHeaderAndFooterAndKeepsTheFormat() throws Exception {
        Path template = template();
        Path out = dir.resolve("nuova/cartella");
        Runner.Result result = Runner.JAR.run(dir, "generate", CommandLineTests.model("formazione.tendere").toString(),
                "--format", "docx,pdf,html", "--template", template.toString(), "--out", out.toString());
        assertEquals(0, result.exit(), result::toString);
        Path docx = out.resolve("sezione-2-provincia-di-valdaro-formazione.docx");
        Path pdf = out.resolve("sezione-2-provincia-di-valdaro-formazione.pdf");
        Runner.Result plain = Runner.JAR.run(dir, "generate", CommandLineTests.model("formazione.tendere").toString(),
                "--format", "docx", "--out", dir.resolve("senza").toString());
        assertEquals(0, plain.exit(), plain::toString);

        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
                XWPFDocument without = new XWPFDocument(Files.newInputStream(
                        dir.resolve("senza/sezione-2-provincia-di-valdaro-formazione.docx")))) {
            assertEquals(DOCUMENT_TYPE, document.getPackagePart().getContentType(), "a document, not a template");
            // the format as without a template: every paragraph's text, every table's cells, in order
            assertEquals(texts(without), texts(document));
            assertFalse(texts(document).contains("Testo di esempio del modello, da non riportare"));
            // the template's: heading style (by its name, whatever its id), font, margins, header with the logo, footer
            XWPFParagraph heading = document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("2 Il modello di servizio a tendere")).findFirst().orElseThrow();
            assertEquals("Titolo1", heading.getStyle());
            assertFalse(document.getStyles().styleExist("Heading1"), "no second «heading 1»");
            assertEquals("DejaVu Serif", document.getStyles().getDefaultRunStyle().getRPr().getRFontsArray(0).getAscii());
            CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(BigInteger.valueOf(MARGIN), margins.getLeft());
            assertEquals(BigInteger.valueOf(MARGIN), margins.getTop());
            assertTrue(document.getHeaderList().stream().anyMatch(h -> !h.getAllPictures().isEmpty()
                    && h.getText().contains("Provincia di Valdaro – Ufficio associato")), "the letterhead with its logo");
            assertTrue(document.getFooterList().stream().anyMatch(f -> f.getParagraphs().stream().anyMatch(
                    p -> p.getCTP().getFldSimpleList().stream().anyMatch(s -> s.getInstr().contains("PAGE")))),
                    "the template's page number");
        }
        String report = OoxmlValidator.check(docx);
        for (String part : List.of("document", "styles", "numbering", "settings", "footer1")) {
            assertTrue(report.contains("word/" + part + ".xml: 0 errors"), report);
        }
        // an independent reader: pandoc reads the headings as headings
        String html = Pandoc.html(docx);
        assertEquals(List.of("2 Il modello di servizio a tendere", "2.1 Obiettivi e caratteristiche",
                "2.2 Assetto organizzativo", "2.3 Processi e strumenti"), Jsoup.parse(html).select("h1, h2").eachText());

        // the PDF: the template's margins (the text starts 3 cm from the left edge) and its font, installed here
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            float[] left = { Float.MAX_VALUE };
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> left[0] = Math.min(left[0], p.getXDirAdj()));
                }
            };
            stripper.setStartPage(2);
            stripper.getText(document);
            assertTrue(left[0] >= MARGIN / 20f - 1 && left[0] < MARGIN / 20f + 10, () -> "text starts at " + left[0]);
            List<String> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(f -> f.contains("DejaVuSerif")), fonts::toString);
        }
    }

    /** The body's text: each paragraph's, each table's cells', in order. */
    private static List<String> texts(XWPFDocument document) {
        List<String> texts = new ArrayList<>();
        for (var element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                texts.add(paragraph.getText());
            } else if (element instanceof org.apache.poi.xwpf.usermodel.XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> texts.add(cell.getText())));
            }
        }
        return texts;
    }

    @Test
    void aTemplateThatIsNoWordFileIsOneClearLineAndNothingWritten() throws Exception {
        Path text = dir.resolve("modello.docx");
        Files.writeString(text, "non sono un documento Word");
        Path odt = dir.resolve("modello.ott");
        Files.writeString(odt, "…");
        for (var bad : List.of(List.of(text.toString(), "il modello di documento non è un documento Word leggibile"),
                List.of(odt.toString(), "i modelli di documento OpenDocument (.odt, .ott) non sono ancora supportati"),
                List.of(dir.resolve("assente.dotx").toString(), "il modello di documento non si può leggere"))) {
            Path out = dir.resolve("uscita");
            Runner.Result result = Runner.JAR.run(dir, "generate", CommandLineTests.model("sua.tendere").toString(),
                    "--template", bad.get(0), "--out", out.toString());
            assertEquals(2, result.exit(), result::toString);
            List<String> lines = result.err().lines().toList();
            assertEquals(1, lines.size(), result::toString);
            assertTrue(lines.get(0).contains(Path.of(bad.get(0)).getFileName().toString())
                    && lines.get(0).contains(bad.get(1)), lines::toString);
            assertFalse(Files.exists(out) && hasFiles(out), "nothing written");
        }
    }

    private static boolean hasFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        }
    }
}
