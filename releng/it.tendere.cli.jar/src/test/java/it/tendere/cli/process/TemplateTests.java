// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.util.Units;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * {@code tendere generate --template}: a Province's Word template with
 * another font, an Italian Word's heading style, a logo in the header, a
 * page number in the footer and 3 cm margins; the document takes all of it,
 * and keeps the format's structure, names and fixed texts exactly as without
 * a template. The same with an OpenDocument template for the ODT. A template
 * that cannot be read, is not a document of its kind or declares entities
 * (a hostile file) is one clear line, exit 2, and nothing written.
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
            // «Pagina N di M»: the page as a complex field (Word's own way, its last shown result a stale «7»),
            // the pages as a simple one (a stale «99»)
            XWPFParagraph footer = template.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.setAlignment(ParagraphAlignment.CENTER);
            footer.createRun().setText("Pagina ");
            footer.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            footer.createRun().getCTR().addNewInstrText().setStringValue(" PAGE \\* MERGEFORMAT ");
            footer.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            footer.createRun().setText("7");
            footer.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            footer.createRun().setText(" di ");
            var pages = footer.getCTP().addNewFldSimple();
            pages.setInstr(" NUMPAGES ");
            pages.addNewR().addNewT().setStringValue("99");
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
                    p -> p.getCTP().getFldSimpleList().stream().anyMatch(s -> s.getInstr().contains("NUMPAGES")))),
                    "the template's page count");
        }
        String report = OoxmlValidator.check(docx);
        for (String part : List.of("document", "styles", "numbering", "settings", "footer1")) {
            assertTrue(report.contains("word/" + part + ".xml: 0 errors"), report);
        }
        // an independent reader: pandoc reads the headings as headings
        String html = Pandoc.html(docx);
        assertEquals(List.of("2 Il modello di servizio a tendere", "2.1 Obiettivi e caratteristiche",
                "2.2 Assetto organizzativo", "2.3 Processi e strumenti"), Jsoup.parse(html).select("h1, h2").eachText());

        assertThePdfFollowsTheTemplate(pdf);
        // the letterhead in the margin above the text (the header 1.25 cm from the edge, the text at 3 cm), the footer
        // below it with the page's number and the number of pages, not the template's stale «7» and «99»
        assertTheLetterheadIsOnEveryPage(pdf, 35, MARGIN / 20.0,
                pageCount -> page -> "Pagina " + page + " di " + pageCount);
        // on the template's page, in its font, still what its metadata says (veraPDF)
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U), "PDF/A-2u");
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");

        // the template's 3 cm margins leave the six columns of the phase tables less room: LibreOffice prints
        // every word of the tables whole all the same (their text smaller, not their words broken)
        assertEquals(Set.of(), LibreOffice.brokenWords(docx, LibreOffice.text(LibreOffice.pdf(docx, dir), true)));
    }

    /** The PDF: the template's margins (the text starts 3 cm from the left edge) and its font, installed here. */
    private static void assertThePdfFollowsTheTemplate(Path pdf) throws Exception {
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
        // the template's «heading 1» is red: so is the PDF's; «heading 2» names no colour: Tendere's blue, as the
        // DOCX's and the ODT's «heading 2» that Tendere adds
        assertEquals(0xC00000, colourOf(pdf, "2 Il modello di servizio a tendere"));
        assertEquals(0x274C72, colourOf(pdf, "2.1 Obiettivi e caratteristiche"));
    }

    /** The colour the PDF draws the first line whose text is {@code line} in (its first letter's). */
    private static int colourOf(Path pdf, String line) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            java.util.Map<TextPosition, Integer> colours = new java.util.IdentityHashMap<>();
            List<Integer> found = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                { // a text stripper follows no colour unless told to
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    try {
                        colours.put(text, getGraphicsState().getNonStrokingColor().toRGB());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    super.processTextPosition(text);
                }

                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (found.isEmpty() && text.strip().equals(line)) {
                        found.add(colours.get(positions.get(0)));
                    }
                }
            };
            stripper.getText(document);
            assertFalse(found.isEmpty(), () -> "«" + line + "» is not in the PDF");
            return found.get(0);
        }
    }

    /**
     * On every page of the PDF: the template's letterhead first, its text's
     * baseline between {@code fromPt} and {@code toPt} from the top edge, its
     * logo drawn; the footer last, as {@code footer} says for the page, its
     * baseline as far from the bottom edge (the template's margins are the
     * same all round).
     */
    private static void assertTheLetterheadIsOnEveryPage(Path pdf, double fromPt, double toPt,
            java.util.function.IntFunction<java.util.function.IntFunction<String>> footer) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                List<String> lines = new ArrayList<>();
                List<Float> baselines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        lines.add(text);
                        baselines.add(positions.get(0).getYDirAdj());
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                int at = page;
                assertEquals("Provincia di Valdaro – Ufficio associato", lines.get(0),
                        () -> "page " + at + ": " + lines);
                float header = baselines.get(0);
                assertTrue(header > fromPt && header < toPt, () -> "page " + at + ": header at " + header);
                assertEquals(footer.apply(pages).apply(page), lines.get(lines.size() - 1), () -> "page " + at);
                float foot = document.getPage(page - 1).getMediaBox().getHeight() - baselines.get(baselines.size() - 1);
                assertTrue(foot > fromPt && foot < toPt, () -> "page " + at + ": footer at " + foot + " from the foot");
                var resources = document.getPage(page - 1).getResources();
                boolean logo = false;
                for (var name : resources.getXObjectNames()) {
                    logo |= resources.getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
                }
                assertTrue(logo, () -> "page " + at + ": the logo");
            }
        }
    }

    /**
     * The Province's OpenDocument template, as its office's LibreOffice would
     * save a .ott: DejaVu Serif in its «Standard» style, a red «Heading 1»,
     * 3 cm margins, the letterhead with a logo in the header, the page number
     * in the footer, and a paragraph of its own.
     */
    private Path odfTemplate() throws Exception {
        OdfTextDocument template = OdfTextDocument.newTextTemplateDocument();
        try {
            var styles = template.getStylesDom();
            Element faces = (Element) styles.getElementsByTagNameNS(OFFICE, "font-face-decls").item(0);
            Element face = (Element) faces.appendChild(styles.createElementNS(STYLE, "style:font-face"));
            face.setAttributeNS(STYLE, "style:name", "DejaVu Serif");
            face.setAttributeNS(SVG, "svg:font-family", "'DejaVu Serif'");
            Element officeStyles = template.getOrCreateDocumentStyles();
            Element standard = odfStyle(officeStyles, "Standard");
            Element text = (Element) standard.appendChild(styles.createElementNS(STYLE, "style:text-properties"));
            text.setAttributeNS(STYLE, "style:font-name", "DejaVu Serif");
            Element heading = odfStyle(officeStyles, "Heading_20_1");
            Element red = (Element) heading.getElementsByTagNameNS(STYLE, "text-properties").item(0);
            red.setAttributeNS(FO, "fo:color", "#c00000");
            Element layout = (Element) styles.getElementsByTagNameNS(STYLE, "page-layout-properties").item(0);
            for (String side : List.of("top", "right", "bottom", "left")) {
                layout.setAttributeNS(FO, "fo:margin-" + side, "3cm");
            }
            template.getPackage().insert(logo(), "Pictures/logo.png", "image/png");
            Element master = template.getOfficeMasterStyles().getMasterPage("Standard");
            Element letterhead = (Element) master.appendChild(styles.createElementNS(STYLE, "style:header"))
                    .appendChild(styles.createElementNS(TEXT, "text:p"));
            Element frame = (Element) letterhead.appendChild(styles.createElementNS(DRAW, "draw:frame"));
            frame.setAttributeNS(TEXT, "text:anchor-type", "as-char");
            frame.setAttributeNS(SVG, "svg:width", "3cm");
            frame.setAttributeNS(SVG, "svg:height", "1cm");
            Element image = (Element) frame.appendChild(styles.createElementNS(DRAW, "draw:image"));
            image.setAttributeNS(XLINK, "xlink:href", "Pictures/logo.png");
            image.setAttributeNS(XLINK, "xlink:type", "simple");
            letterhead.appendChild(styles.createTextNode("Provincia di Valdaro – Ufficio associato"));
            Element footer = (Element) master.appendChild(styles.createElementNS(STYLE, "style:footer"))
                    .appendChild(styles.createElementNS(TEXT, "text:p"));
            footer.appendChild(styles.createElementNS(TEXT, "text:page-number")).setTextContent("1");
            Element body = template.getContentRoot();
            body.appendChild(template.getContentDom().createElementNS(TEXT, "text:p"))
                    .setTextContent("Testo di esempio del modello, da non riportare");
            Path file = dir.resolve("carta-intestata.ott");
            template.save(file.toFile());
            return file;
        } finally {
            template.close();
        }
    }

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    /** The named paragraph style among the document's styles. */
    private static Element odfStyle(Element styles, String name) {
        NodeList all = styles.getElementsByTagNameNS(STYLE, "style");
        for (int i = 0; i < all.getLength(); i++) {
            Element style = (Element) all.item(i);
            if (name.equals(style.getAttributeNS(STYLE, "name"))) {
                return style;
            }
        }
        throw new AssertionError("no style " + name);
    }

    /** The text of the ODT's body: each heading's and paragraph's, each cell's, in order. */
    private static List<String> odtTexts(Path odt) throws Exception {
        OdfTextDocument document = OdfTextDocument.loadDocument(odt.toFile());
        try {
            List<String> texts = new ArrayList<>();
            NodeList all = document.getContentRoot().getElementsByTagNameNS(TEXT, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Node node = all.item(i);
                if (node.getLocalName().equals("p") || node.getLocalName().equals("h")) {
                    texts.add(OdfText.of(node));
                }
            }
            return texts;
        } finally {
            document.close();
        }
    }

    @Test
    void anOpenDocumentTemplateShapesTheOdtAndThePdf() throws Exception {
        Path template = odfTemplate();
        Path out = dir.resolve("nuova/cartella");
        Runner.Result result = Runner.JAR.run(dir, "generate", CommandLineTests.model("formazione.tendere").toString(),
                "--format", "docx,odt,pdf,html", "--template", template.toString(), "--out", out.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("Il formato DOCX usa pagina e stili di Tendere") || result.err().contains(
                "Il formato DOCX usa pagina e stili di Tendere"), () -> "the user is told the DOCX keeps Tendere's look: "
                        + result);
        Path odt = out.resolve("sezione-2-provincia-di-valdaro-formazione.odt");
        Runner.Result plain = Runner.JAR.run(dir, "generate", CommandLineTests.model("formazione.tendere").toString(),
                "--format", "odt", "--out", dir.resolve("senza").toString());
        assertEquals(0, plain.exit(), plain::toString);

        // the format as without a template: every heading's, paragraph's and cell's text, in order
        List<String> texts = odtTexts(odt);
        assertEquals(odtTexts(dir.resolve("senza/sezione-2-provincia-di-valdaro-formazione.odt")), texts);
        assertFalse(texts.contains("Testo di esempio del modello, da non riportare"));
        OdfTextDocument document = OdfTextDocument.loadDocument(odt.toFile());
        try {
            assertEquals("application/vnd.oasis.opendocument.text", document.getMediaTypeString(),
                    "a text, not a template");
            Element officeStyles = document.getDocumentStyles();
            assertEquals("DejaVu Serif", ((Element) odfStyle(officeStyles, "Standard")
                    .getElementsByTagNameNS(STYLE, "text-properties").item(0)).getAttributeNS(STYLE, "font-name"));
            assertEquals("#c00000", ((Element) odfStyle(officeStyles, "Heading_20_1")
                    .getElementsByTagNameNS(STYLE, "text-properties").item(0)).getAttributeNS(FO, "color"));
            Element layout = (Element) document.getStylesDom().getElementsByTagNameNS(STYLE, "page-layout-properties")
                    .item(0);
            assertEquals("3cm", layout.getAttributeNS(FO, "margin-left"));
            Element master = document.getOfficeMasterStyles().getMasterPage("Standard");
            Element header = (Element) master.getElementsByTagNameNS(STYLE, "header").item(0);
            assertTrue(OdfText.of(header).contains("Provincia di Valdaro – Ufficio associato"), () -> OdfText.of(header));
            String logo = ((Element) header.getElementsByTagNameNS(DRAW, "image").item(0)).getAttributeNS(XLINK, "href");
            assertTrue(document.getPackage().getBytes(logo).length > 0, "the logo is in the document");
            assertEquals(1, master.getElementsByTagNameNS(TEXT, "page-number").getLength(), "the template's footer");
        } finally {
            document.close();
        }
        String report = OdfValidator.check(odt);
        assertEquals(List.of(), OdfValidator.problems(report), report);
        Path pdf = out.resolve("sezione-2-provincia-di-valdaro-formazione.pdf");
        assertThePdfFollowsTheTemplate(pdf);
        // OpenDocument's margins hold the header and the footer: they are 3 cm from the edges, the text inside them
        assertTheLetterheadIsOnEveryPage(pdf, MARGIN / 20.0, MARGIN / 20.0 + 30, pageCount -> page -> "" + page);
        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            float[] top = { Float.MAX_VALUE };
            PDFTextStripper body = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.startsWith("2 Il modello di servizio a tendere")) {
                        top[0] = positions.get(0).getYDirAdj() - positions.get(0).getHeightDir();
                    }
                }
            };
            body.setStartPage(2);
            body.setEndPage(2);
            body.getText(printed);
            assertTrue(top[0] > MARGIN / 20.0 + 28.3, () -> "the text starts below the letterhead, at " + top[0]);
        }
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }

    /**
     * A template saved from a new LibreOffice document, as an office would
     * make one: it holds only the styles LibreOffice wrote («Standard»,
     * «Heading»…), no «Heading 1». The ODT's headings still look like
     * headings when LibreOffice prints it: in the template's «Heading» font,
     * bold, larger than the text.
     */
    @Test
    void aNewLibreOfficeTemplateStillGivesHeadingsTheirLook() throws Exception {
        Path text = Files.writeString(dir.resolve("nuovo.txt"), "Testo del modello\n");
        Path template = LibreOffice.convert(text, "ott:writer8_template", "ott", dir);
        Path out = dir.resolve("uscita");
        Runner.Result result = Runner.JAR.run(dir, "generate", CommandLineTests.model("formazione.tendere").toString(),
                "--format", "odt", "--template", template.toString(), "--out", out.toString());
        assertEquals(0, result.exit(), result::toString);
        Path printed = LibreOffice.pdf(out.resolve("sezione-2-provincia-di-valdaro-formazione.odt"), dir);
        java.util.Map<String, TextPosition> first = new java.util.HashMap<>();
        try (PDDocument document = Loader.loadPDF(printed.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> positions) {
                    first.putIfAbsent(line.strip(), positions.get(0));
                }
            };
            stripper.getText(document);
        }
        TextPosition heading = first.get("2 Il modello di servizio a tendere");
        TextPosition body = first.keySet().stream().filter(line -> line.startsWith("Il servizio accompagna"))
                .map(first::get).findFirst().orElseThrow(() -> new AssertionError(first.keySet()));
        assertTrue(heading.getFontSizeInPt() > 1.2 * body.getFontSizeInPt(),
                () -> heading.getFontSizeInPt() + " pt against " + body.getFontSizeInPt());
        assertTrue(heading.getFont().getName().contains("Bold"), heading.getFont()::getName);
        assertFalse(body.getFont().getName().contains("Bold"), body.getFont()::getName);
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

    /**
     * A letterhead whose logo is a Windows metafile (as old Word letterheads
     * have): the PDF cannot draw it, so it repeats the letterhead's text
     * without it and the user is told; the DOCX keeps it.
     */
    @Test
    void aLetterheadPictureThePdfCannotDrawIsSaidAndLeftOutOfThePdfOnly() throws Exception {
        Runner.Result result;
        try (XWPFDocument word = new XWPFDocument()) {
            XWPFRun letterhead = word.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun();
            letterhead.addPicture(new java.io.ByteArrayInputStream(new byte[] { 1, 0, 0, 0, 108, 0, 0, 0 }),
                    org.apache.poi.common.usermodel.PictureType.EMF, "logo.emf", Units.toEMU(60), Units.toEMU(20));
            letterhead.setText("Provincia di Valdaro – Ufficio associato");
            result = generateWith(word, "carta-con-metafile.docx", "docx,pdf");
        }
        Path out = dir.resolve("uscita");
        assertTrue((result.out() + result.err()).contains(
                "Il PDF riporta intestazione e piè di pagina del modello di documento senza le immagini in un formato "
                        + "che non sa disegnare (image/x-emf): il DOCX le ha."), result::toString);
        assertTheLetterheadIsThereWithoutItsPicture(out.resolve("sezione-2-provincia-di-valdaro-formazione.pdf"));
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(
                out.resolve("sezione-2-provincia-di-valdaro-formazione.docx")))) {
            assertTrue(document.getHeaderList().stream().anyMatch(h -> !h.getAllPictures().isEmpty()),
                    "the DOCX's logo");
        }
    }

    /**
     * A letterhead whose logo is a four-channel (CMYK) JPEG, as print shops
     * make them: PDFBox would embed it as DeviceCMYK, which a PDF/A with sRGB
     * colours does not allow. The PDF leaves it out and stays PDF/A (veraPDF),
     * the user is told, and the DOCX keeps it.
     */
    @Test
    void aCmykLogoIsLeftOutOfThePdfWhichStaysPdfA() throws Exception {
        WritableRaster cmyk = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 240,
                80, 4, null);
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 240; x++) {
                cmyk.setPixel(x, y, new int[] { x < 120 ? 255 : 0, 120, 0, y < 40 ? 0 : 60 });
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var stream = ImageIO.createImageOutputStream(jpeg)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(cmyk, null, null), null);
        } finally {
            writer.dispose();
        }
        Runner.Result result;
        try (XWPFDocument word = new XWPFDocument()) {
            XWPFRun letterhead = word.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun();
            letterhead.addPicture(new java.io.ByteArrayInputStream(jpeg.toByteArray()), Document.PICTURE_TYPE_JPEG,
                    "logo.jpg", Units.toEMU(90), Units.toEMU(30));
            letterhead.setText("Provincia di Valdaro – Ufficio associato");
            result = generateWith(word, "carta-cmyk.docx", "docx,pdf");
        }
        assertTrue((result.out() + result.err()).contains("(image/jpeg in CMYK): il DOCX le ha."), result::toString);
        Path out = dir.resolve("uscita");
        Path pdf = out.resolve("sezione-2-provincia-di-valdaro-formazione.pdf");
        assertTheLetterheadIsThereWithoutItsPicture(pdf);
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U), "PDF/A-2u");
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(
                out.resolve("sezione-2-provincia-di-valdaro-formazione.docx")))) {
            assertTrue(document.getHeaderList().stream().anyMatch(h -> !h.getAllPictures().isEmpty()),
                    "the DOCX's logo");
        }
    }

    /** The PDF starts with the letterhead's text, and no page draws a picture. */
    private static void assertTheLetterheadIsThereWithoutItsPicture(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(1);
            assertTrue(stripper.getText(document).startsWith("Provincia di Valdaro – Ufficio associato"));
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertFalse(page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject, "no picture");
                }
            }
        }
    }

    /** {@code word} saved as the template {@code name}, and the sample generated with it into «uscita». */
    private Runner.Result generateWith(XWPFDocument word, String name, String formats) throws Exception {
        Path template = dir.resolve(name);
        try (var out = Files.newOutputStream(template)) {
            word.write(out);
        }
        Runner.Result result = Runner.JAR.run(dir, "generate", CommandLineTests.model("formazione.tendere").toString(),
                "--format", formats, "--template", template.toString(), "--out", dir.resolve("uscita").toString());
        assertEquals(0, result.exit(), result::toString);
        return result;
    }

    /**
     * A Word letterhead whose first page has its own header («Different first
     * page»), and no footer of its own: the PDF's first page has that header
     * and no page number, the others the template's header and footer.
     */
    @Test
    void aFirstPageOfItsOwnHasItsOwnLetterheadInThePdf() throws Exception {
        try (XWPFDocument word = new XWPFDocument()) {
            word.getDocument().getBody().addNewSectPr().addNewTitlePg();
            word.createHeader(HeaderFooterType.FIRST).createParagraph().createRun()
                    .setText("Carta intestata della prima pagina");
            word.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("Provincia di Valdaro – Ufficio associato");
            word.createFooter(HeaderFooterType.DEFAULT).createParagraph().getCTP().addNewFldSimple()
                    .setInstr(" PAGE ");
            generateWith(word, "prima-pagina.docx", "pdf");
        }
        Path out = dir.resolve("uscita");
        try (PDDocument document = Loader.loadPDF(out.resolve("sezione-2-provincia-di-valdaro-formazione.pdf")
                .toFile())) {
            for (int page = 1; page <= 2; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(document).lines().filter(line -> !line.isBlank()).toList();
                if (page == 1) {
                    assertEquals("Carta intestata della prima pagina", lines.get(0), lines::toString);
                    assertTrue(lines.get(lines.size() - 1).startsWith("Autori: "), lines::toString);
                } else {
                    assertEquals("Provincia di Valdaro – Ufficio associato", lines.get(0), lines::toString);
                    assertEquals("2", lines.get(lines.size() - 1), lines::toString);
                }
            }
        }
    }

    /**
     * An OpenDocument template whose footer is one empty paragraph (what
     * LibreOffice leaves when the footer's text is deleted): a footer that
     * says nothing, so the PDF numbers its pages as without a template.
     */
    @Test
    void anEmptyFooterLeavesThePdfItsPageNumbers() throws Exception {
        OdfTextDocument template = OdfTextDocument.newTextTemplateDocument();
        Path file = dir.resolve("piede-vuoto.ott");
        try {
            Element master = template.getOfficeMasterStyles().getMasterPage("Standard");
            var styles = template.getStylesDom();
            master.appendChild(styles.createElementNS(STYLE, "style:footer"))
                    .appendChild(styles.createElementNS(TEXT, "text:p"));
            template.save(file.toFile());
        } finally {
            template.close();
        }
        Runner.Result result = Runner.JAR.run(dir, "generate", CommandLineTests.model("formazione.tendere").toString(),
                "--format", "pdf", "--template", file.toString(), "--out", dir.resolve("uscita").toString());
        assertEquals(0, result.exit(), result::toString);
        try (PDDocument document = Loader.loadPDF(dir.resolve("uscita/sezione-2-provincia-di-valdaro-formazione.pdf")
                .toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            List<String> lines = stripper.getText(document).lines().filter(line -> !line.isBlank()).toList();
            assertEquals("2", lines.get(lines.size() - 1), lines::toString);
        }
    }

    @Test
    void aBadTemplateIsOneClearLineAndNothingWritten() throws Exception {
        Path text = dir.resolve("modello.docx");
        Files.writeString(text, "non sono un documento Word");
        Path odt = dir.resolve("modello.ott");
        Files.writeString(odt, "…");
        for (var bad : List.of(List.of(text.toString(), "il modello di documento non è un documento Word leggibile"),
                List.of(odt.toString(), "il modello di documento non è un testo OpenDocument leggibile"),
                List.of(hostile().toString(), "il modello di documento non è un testo OpenDocument leggibile"),
                List.of(bomb("bomba.docx", "word/document.xml").toString(), "una «zip bomb»"),
                List.of(bomb("bomba.ott", "content.xml").toString(), "una «zip bomb»"),
                List.of(bombSaysItsSize().toString(), "una «zip bomb»"),
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

    /**
     * An .odt whose content declares an external entity (the file a hostile
     * template would read into the document): the ODF Toolkit refuses any
     * document type declaration, so the template is refused.
     */
    private Path hostile() throws Exception {
        Path secret = Files.writeString(dir.resolve("segreto.txt"), "SEGRETO");
        Path file = dir.resolve("ostile.odt");
        rewritten(newOdt(dir.resolve("ostile-vuoto.odt")), file, "content.xml", (bytes, out) -> {
            String content = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            content = content.replaceFirst("\\?>", "?><!DOCTYPE office:document-content [<!ENTITY e SYSTEM \""
                    + secret.toUri() + "\">]>").replace("</office:text>", "<text:p>&e;</text:p></office:text>");
            out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        return file;
    }

    /**
     * A template of the family of {@code name} (a new, empty one, as POI or
     * the ODF Toolkit writes it) whose {@code part} is padded with 40 MB of
     * spaces: 40 KB on disk, which POI's own guard finds a thousand times
     * smaller than what it unpacks to. Written as Java's zip writer writes,
     * with the sizes after each part's data.
     */
    private Path bomb(String name, String part) throws Exception {
        Path empty = dir.resolve("vuoto-" + name);
        if (name.endsWith(".docx")) {
            try (XWPFDocument document = new XWPFDocument(); var out = Files.newOutputStream(empty)) {
                document.createParagraph().createRun().setText("Provincia di Valdaro");
                document.write(out);
            }
        } else {
            newOdt(empty);
        }
        Path file = dir.resolve(name);
        rewritten(empty, file, part, (bytes, out) -> {
            int declaration = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).indexOf("?>") + 2;
            out.write(bytes, 0, declaration);
            for (int i = 0; i < 40; i++) {
                out.write(MEGABYTE_OF_SPACES);
            }
            out.write(bytes, declaration, bytes.length - declaration);
        });
        assertTrue(Files.size(file) < 200_000, () -> file + " is not small");
        return file;
    }

    private static final byte[] MEGABYTE_OF_SPACES = " ".repeat(1 << 20).getBytes(
            java.nio.charset.StandardCharsets.US_ASCII);

    /** A new, empty OpenDocument text at {@code file}, as the ODF Toolkit saves it. */
    private static Path newOdt(Path file) throws Exception {
        OdfTextDocument document = OdfTextDocument.newTextDocument();
        try {
            document.save(file.toFile());
        } finally {
            document.close();
        }
        return file;
    }

    /** How {@link #rewritten} writes the part it rewrites, from the part's bytes. */
    @FunctionalInterface
    private interface PartWriter {
        void write(byte[] bytes, java.io.OutputStream out) throws java.io.IOException;
    }

    /**
     * The zip {@code source} copied to {@code target}, part by part as Java's
     * zip writer writes them (the sizes after the data), {@code part} written
     * by {@code writer}.
     */
    private static void rewritten(Path source, Path target, String part, PartWriter writer) throws Exception {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(source));
                var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    writer.write(bytes, zip);
                } else {
                    zip.write(bytes);
                }
            }
        }
    }

    /**
     * An OpenDocument template whose content says, before its data, that it
     * unpacks to 120 MB (as most zip writers but Java's say it): POI refuses
     * to make room for more than 100 MB, which is a bomb all the same.
     */
    private Path bombSaysItsSize() throws Exception {
        byte[] spaces = MEGABYTE_OF_SPACES;
        int megabytes = 120;
        var crc = new java.util.zip.CRC32();
        var deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
        long compressed = 0;
        byte[] buffer = new byte[1 << 16];
        for (int i = 0; i < megabytes; i++) {
            crc.update(spaces);
            deflater.setInput(spaces);
            while (!deflater.needsInput()) {
                compressed += deflater.deflate(buffer);
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed += deflater.deflate(buffer);
        }
        deflater.end();
        Path file = dir.resolve("bomba-dichiarata.odt");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            var mimetype = new java.util.zip.ZipEntry("mimetype");
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            var typeCrc = new java.util.zip.CRC32();
            typeCrc.update(type);
            mimetype.setMethod(java.util.zip.ZipEntry.STORED);
            mimetype.setSize(type.length);
            mimetype.setCrc(typeCrc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            var content = new java.util.zip.ZipEntry("content.xml");
            content.setSize((long) megabytes << 20);
            content.setCompressedSize(compressed);
            content.setCrc(crc.getValue());
            zip.putNextEntry(content); // sizes known: written before the data
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(Files.size(file) < 1_000_000, () -> file + " is not small");
        return file;
    }

    private static boolean hasFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        }
    }
}
