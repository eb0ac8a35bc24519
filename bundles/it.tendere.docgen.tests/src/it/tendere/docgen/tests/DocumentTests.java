// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import it.tendere.diagram.Diagrams;
import it.tendere.diagram.DocumentFont;
import it.tendere.docgen.DocumentFormat;
import it.tendere.docgen.DocumentGenerator;
import it.tendere.docgen.template.DocxTemplate;
import it.tendere.docgen.view.Section2View;
import it.tendere.dsl.tests.SampleModels;
import it.tendere.dsl.tests.TendereInjectorProvider;
import it.tendere.format.Placeholder;
import it.tendere.format.Sezione2;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.Service;
import it.tendere.servicemodel.ServiceModel;

/**
 * Each sample model's document, in every format, read back: the format's
 * headings verbatim and in order, its tables with their columns and one row
 * per model element, every name of the model, every diagram with its text
 * alternative, and placeholders exactly where the model is incomplete.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereInjectorProvider.class)
class DocumentTests {

    /** The format's headings, in order. */
    private static final List<String> HEADINGS = List.of(Sezione2.SECTION_2, Sezione2.PARAGRAPH_2_1,
            Sezione2.PARAGRAPH_2_2, Sezione2.PARAGRAPH_2_3);

    @Inject
    private ParseHelper<ServiceModel> parser;

    static Stream<String> models() {
        return Stream.of("formazione.tendere", "sua.tendere");
    }

    private ServiceModel model(String name) throws Exception {
        return parser.parse(SampleModels.read(name));
    }

    private static void save(String name, DocumentFormat format, byte[] content) throws Exception {
        Path out = Path.of(System.getProperty("tendere.documents.out", "target/documents"));
        Files.createDirectories(out);
        Files.write(out.resolve(name.replace(".tendere", "") + "." + format.extension()), content);
    }

    /** Every name the document must carry: processes, phases, roles, services, competences. */
    private static List<String> names(ServiceModel model) {
        List<String> names = new ArrayList<>();
        for (Process process : model.getProcessesAndTools().getProcesses()) {
            names.add(process.getTitle());
            process.getPhases().stream().map(Phase::getTitle).forEach(names::add);
        }
        model.getOrganisation().getRoles().stream().map(Role::getTitle).forEach(names::add);
        model.getOrganisation().getCompetences().stream().map(Competence::getTitle).forEach(names::add);
        model.getObjectives().getServices().stream().map(Service::getTitle).forEach(names::add);
        return names;
    }

    private static int diagrams(ServiceModel model) {
        return 2 + Diagrams.processes(model).size();
    }

    /** The document's figures, in order. */
    private static List<Section2View.Figure> figures(ServiceModel model) {
        return DocumentGenerator.view(model).figures();
    }

    /** «Figura 1 – …», «Figura 2 – …»: the captions every format prints, numbered from 1 in order. */
    private static List<String> figureCaptions(ServiceModel model) {
        List<Section2View.Figure> figures = figures(model);
        for (int i = 0; i < figures.size(); i++) {
            assertEquals(i + 1, figures.get(i).number());
        }
        assertEquals(diagrams(model), figures.size());
        return figures.stream().map(Section2View.Figure::numberedCaption).toList();
    }

    private static void assertInOrder(List<String> expected, List<String> actual) {
        int from = 0;
        for (String heading : expected) {
            int at = actual.subList(from, actual.size()).indexOf(heading);
            assertTrue(at >= 0, () -> "«" + heading + "» missing or out of order in " + actual);
            from += at + 1;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void html(String name) throws Exception {
        ServiceModel model = model(name);
        Section2View view = DocumentGenerator.view(model);
        byte[] bytes = DocumentGenerator.write(view, DocumentFormat.HTML);
        save(name, DocumentFormat.HTML, bytes);
        Document html = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        assertEquals("it", html.selectFirst("html").attr("lang"));
        assertNotNull(html.selectFirst("meta[name=viewport]"), "readable on a phone");
        assertInOrder(HEADINGS, html.select("h2, h3").eachText());
        Element utenza = html.select("table").stream().filter(t -> t.selectFirst("caption").text().equals(Sezione2.UTENZA))
                .findFirst().orElseThrow();
        assertEquals(List.of(Sezione2.COLUMN_TIPOLOGIA, Sezione2.COLUMN_PROFILO, Sezione2.COLUMN_DESCRIZIONE),
                utenza.select("thead th").eachText());
        assertEquals(model.getObjectives().getSegments().size(), utenza.select("tbody tr").size());
        Element positioning = html.select("table").stream()
                .filter(t -> t.selectFirst("caption").text().equals(Sezione2.BASE_VS_AVANZATO)).findFirst().orElseThrow();
        assertEquals(9, positioning.select("tbody tr").size());
        assertEquals(Sezione2.ASPECTS.stream().map(Sezione2.Aspect::name).toList(),
                positioning.select("tbody tr td:eq(1)").eachText());
        Element mapping = html.select("table").stream().filter(t -> t.selectFirst("caption").text().equals(Sezione2.MAPPATURA))
                .findFirst().orElseThrow();
        assertEquals(model.getProcessesAndTools().getProcesses().size(), mapping.select("tbody tr").size());
        Element delivery = html.select("table").stream()
                .filter(t -> t.selectFirst("caption").text().equals(Sezione2.ELEMENTI_EROGAZIONE)).findFirst().orElseThrow();
        assertEquals(List.of(Sezione2.DELIVERY_INTERNAL, Sezione2.DELIVERY_EXTERNAL, Sezione2.DELIVERY_INFRASTRUCTURES,
                Sezione2.DELIVERY_PROCEDURES), delivery.select("tr.gruppo").eachText());
        String text = html.body().text();
        for (String expected : names(model)) {
            assertTrue(text.contains(expected), () -> "the document lacks «" + expected + "»");
        }
        assertEquals(diagrams(model), html.select("figure svg").size());
        for (Element svg : html.select("figure svg")) {
            assertFalse(svg.selectFirst("title").text().isBlank());
            assertFalse(svg.selectFirst("desc").text().isBlank(), "text alternative");
        }
        assertEquals(figureCaptions(model), html.select("figure figcaption").eachText());
        assertEquals(0, html.select("mark.da-completare").size(), "a complete model has no placeholder");
        assertEquals(List.of(), view.placeholders());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void docx(String name) throws Exception {
        ServiceModel model = model(name);
        byte[] bytes = DocumentGenerator.write(DocumentGenerator.view(model), DocumentFormat.DOCX);
        save(name, DocumentFormat.DOCX, bytes);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> headings = docx.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).map(XWPFParagraph::getText).toList();
            assertInOrder(HEADINGS, headings);
            assertEquals("heading 1", docx.getStyles().getStyle("Heading1").getName(), "Word's own heading styles");
            XWPFTable utenza = table(docx, Sezione2.UTENZA);
            assertEquals(List.of(Sezione2.COLUMN_TIPOLOGIA, Sezione2.COLUMN_PROFILO, Sezione2.COLUMN_DESCRIZIONE),
                    utenza.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertTrue(utenza.getRow(0).isRepeatHeader(), "the header row repeats on every page");
            assertEquals(model.getObjectives().getSegments().size() + 1, utenza.getNumberOfRows());
            assertEquals(10, table(docx, Sezione2.BASE_VS_AVANZATO).getNumberOfRows());
            assertEquals(model.getProcessesAndTools().getProcesses().size() + 1, table(docx, Sezione2.MAPPATURA).getNumberOfRows());
            StringBuilder text = new StringBuilder();
            docx.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            docx.getTables().forEach(t -> text.append(t.getText()).append('\n'));
            for (String expected : names(model)) {
                assertTrue(text.toString().contains(expected), () -> "the document lacks «" + expected + "»");
            }
            var section = docx.getDocument().getBody().getSectPr();
            assertEquals(List.of("11906", "16838"), List.of(String.valueOf(section.getPgSz().getW()),
                    String.valueOf(section.getPgSz().getH())), "A4, as the PDF");
            assertEquals("1134", String.valueOf(section.getPgMar().getLeft()), "2 cm margins");
            assertEquals(1, docx.getFooterList().size());
            assertEquals("PAGE", docx.getFooterList().get(0).getParagraphs().get(0).getCTP().getFldSimpleArray(0)
                    .getInstr().strip(), "the page number, a field Word and LibreOffice fill in");
            List<XWPFParagraph> items = docx.getParagraphs().stream().filter(p -> "ListParagraph".equals(p.getStyle()))
                    .toList();
            assertTrue(items.size() > 20 && items.stream().allMatch(p -> p.getNumID() != null),
                    "every item is in a Word list");
            assertTrue(items.stream().noneMatch(p -> p.getText().startsWith("•") || p.getText().matches("\\d+\\..*")),
                    "the bullets and numbers are the list's, not typed");
            assertEquals(List.of("decimal", "bullet"), items.stream().map(XWPFParagraph::getNumFmt).distinct().toList());
            var properties = docx.getProperties().getCoreProperties();
            assertEquals("Sezione 2 – " + Sezione2.SECTION_2_TITLE + " – " + model.getProvince(), properties.getTitle());
            assertEquals(model.getProvince() + " – " + model.getTitle(), properties.getSubject());
            assertEquals(String.join(", ", model.getAuthors()), properties.getCreator());
            assertEquals("Tendere", docx.getProperties().getExtendedProperties().getApplication());
            var defaults = docx.getStyles().getDefaultRunStyle();
            assertEquals(DocumentFont.current().family(),
                    defaults.getRPr().getRFontsArray(0).getAscii(),
                    "the document font, as in the PDF and the ODT, not each reader's own");
            assertEquals(11, defaults.getFontSize(), "11 pt, as in the ODT");
            try (var cursor = defaults.getRPr().newCursor()) { // Word reads a run's properties in the schema's order
                List<String> order = new ArrayList<>();
                for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                    order.add(cursor.getName().getLocalPart());
                }
                assertEquals(List.of("rFonts", "sz", "lang"), order);
            }
            List<XWPFPicture> pictures = new ArrayList<>();
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    pictures.addAll(run.getEmbeddedPictures());
                }
            }
            assertEquals(diagrams(model), pictures.size());
            List<Section2View.Figure> figures = figures(model);
            for (int i = 0; i < pictures.size(); i++) {
                XWPFPicture picture = pictures.get(i);
                String id = figures.get(i).diagram().id();
                assertFalse(picture.getDescription().isBlank(), "alt text");
                assertEquals("image/png", picture.getPictureData().getPackagePart().getContentType(), "the fallback");
                // the fallback at a screen's resolution at least, at the size the page gives it
                var fallback = ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData()));
                double dpi = fallback.getWidth() / (picture.getWidth() / 72);
                assertTrue(dpi >= 95.5 && dpi < 200, () -> id + "'s fallback at " + dpi + " dpi");
                String svgText = svg(docx, picture);
                assertTrue(svgText.contains("<svg") && svgText.contains("id=\"" + id + "-title\""),
                        () -> "the SVG of the picture's own diagram, " + id);
            }
            List<String> captions = docx.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).filter(t -> t.startsWith("Figura ")).toList(); // tables' too
            assertEquals(figureCaptions(model), captions, "the figures numbered in order, as in every format");
        }
    }

    /**
     * The ODT as the ODF Toolkit reads it: the format's headings as headings
     * at their outline levels, in the heading styles; the tables with their
     * header rows (repeated on every page) and one row per element; every
     * name; every figure an SVG in the package with its caption as title and
     * its text alternative as description; lists as lists; A4 with a page
     * number; the properties.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void odt(String name) throws Exception {
        ServiceModel model = model(name);
        byte[] bytes = DocumentGenerator.write(DocumentGenerator.view(model), DocumentFormat.ODT);
        save(name, DocumentFormat.ODT, bytes);
        OdfTextDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(bytes));
        try {
            org.w3c.dom.Element text = odt.getContentRoot();
            List<org.w3c.dom.Element> headings = elements(text, TEXT, "h");
            assertInOrder(HEADINGS, headings.stream().map(DocumentTests::textOf).toList());
            for (org.w3c.dom.Element heading : headings) {
                String level = heading.getAttributeNS(TEXT, "outline-level");
                assertEquals("Heading_20_" + level, heading.getAttributeNS(TEXT, "style-name"), () -> textOf(heading));
            }
            assertEquals("1", headings.stream().filter(h -> textOf(h).equals(Sezione2.SECTION_2)).findFirst()
                    .orElseThrow().getAttributeNS(TEXT, "outline-level"));
            assertEquals("2", headings.stream().filter(h -> textOf(h).equals(Sezione2.PARAGRAPH_2_1))
                    .findFirst().orElseThrow().getAttributeNS(TEXT, "outline-level"));
            org.w3c.dom.Element utenza = odtTable(text, Sezione2.UTENZA);
            List<org.w3c.dom.Element> header = elements(elements(utenza, TABLE, "table-header-rows").get(0), TABLE, "table-cell");
            assertEquals(List.of(Sezione2.COLUMN_TIPOLOGIA, Sezione2.COLUMN_PROFILO, Sezione2.COLUMN_DESCRIZIONE),
                    header.stream().map(DocumentTests::textOf).toList(), "the header row, repeated on every page");
            assertEquals(3, elements(utenza, TABLE, "table-column").size());
            assertEquals(model.getObjectives().getSegments().size() + 1, elements(utenza, TABLE, "table-row").size());
            assertEquals(10, elements(odtTable(text, Sezione2.BASE_VS_AVANZATO), TABLE, "table-row").size());
            assertEquals(model.getProcessesAndTools().getProcesses().size() + 1,
                    elements(odtTable(text, Sezione2.MAPPATURA), TABLE, "table-row").size());
            String all = textOf(text);
            for (String expected : names(model)) {
                assertTrue(all.contains(expected), () -> "the document lacks «" + expected + "»");
            }
            List<org.w3c.dom.Element> items = elements(text, TEXT, "list-item");
            assertTrue(items.size() > 20, "the lists are lists");
            assertTrue(items.stream().noneMatch(i -> textOf(i).startsWith("•")
                    || textOf(i).matches("\\d+\\..*")), "the bullets and numbers are the list's, not typed");
            List<org.w3c.dom.Element> frames = elements(text, DRAW, "frame");
            List<Section2View.Figure> figures = figures(model);
            assertEquals(figures.size(), frames.size());
            for (int i = 0; i < frames.size(); i++) {
                org.w3c.dom.Element frame = frames.get(i);
                Section2View.Figure figure = figures.get(i);
                org.w3c.dom.Element image = elements(frame, DRAW, "image").get(0);
                String picture = image.getAttributeNS("http://www.w3.org/1999/xlink", "href");
                assertEquals("image/svg+xml", odt.getPackage().getFileEntry(picture).getMediaTypeString());
                String svg = new String(odt.getPackage().getBytes(picture), StandardCharsets.UTF_8);
                assertTrue(svg.contains("id=\"" + figure.diagram().id() + "-title\""), () -> "the SVG of " + picture);
                assertEquals(figure.caption(), textOf(elements(frame, SVG, "title").get(0)));
                assertEquals(figure.alternative(), textOf(elements(frame, SVG, "desc").get(0)));
                assertEquals(String.format(java.util.Locale.ROOT, "%.2fpt", figure.widthPt(481.9)),
                        frame.getAttributeNS(SVG, "width"), "one scale, the text's width at most");
            }
            List<String> captions = elements(text, TEXT, "p").stream().map(DocumentTests::textOf)
                    .filter(t -> t.startsWith("Figura ")).toList();
            assertEquals(figureCaptions(model), captions, "the figures numbered in order, as in every format");
            org.w3c.dom.Element layout = elements(odt.getStylesDom().getDocumentElement(), STYLE, "page-layout-properties").get(0);
            assertEquals(List.of("595.30pt", "841.90pt", "56.70pt"), List.of(layout.getAttributeNS(FO, "page-width"),
                    layout.getAttributeNS(FO, "page-height"), layout.getAttributeNS(FO, "margin-left")), "A4, 2 cm");
            assertEquals(1, elements(odt.getOfficeMasterStyles().getMasterPage("Standard"), TEXT, "page-number").size(),
                    "the page number in the footer");
            var meta = odt.getOfficeMetadata();
            assertEquals("Sezione 2 – " + Sezione2.SECTION_2_TITLE + " – " + model.getProvince(), meta.getTitle());
            assertEquals(model.getProvince() + " – " + model.getTitle(), meta.getSubject());
            assertEquals(String.join(", ", model.getAuthors()), meta.getInitialCreator());
            assertEquals("Tendere", meta.getGenerator());
            assertTrue(meta.getUserDefinedDataNames() == null || meta.getUserDefinedDataNames().isEmpty(),
                    () -> "no custom property of the ODF Toolkit's empty document: " + meta.getUserDefinedDataNames());
        } finally {
            odt.close();
        }
    }

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    /** The text of a node and all it holds (the ODF Toolkit's getTextContent leaves out a table cell's). */
    private static String textOf(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            return node.getNodeValue();
        }
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            text.append(textOf(child));
        }
        return text.toString();
    }

    private static List<org.w3c.dom.Element> elements(org.w3c.dom.Element root, String namespace, String name) {
        NodeList found = root.getElementsByTagNameNS(namespace, name);
        List<org.w3c.dom.Element> elements = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((org.w3c.dom.Element) found.item(i));
        }
        return elements;
    }

    /** The table whose caption is the paragraph just before it. */
    private static org.w3c.dom.Element odtTable(org.w3c.dom.Element text, String caption) {
        for (org.w3c.dom.Element table : elements(text, TABLE, "table")) {
            Node before = table.getPreviousSibling();
            if (before != null && caption.equals(textOf(before))) {
                return table;
            }
        }
        throw new AssertionError("no table captioned " + caption);
    }

    private static XWPFTable table(XWPFDocument docx, String caption) {
        List<Object> body = new ArrayList<>(docx.getBodyElements());
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && caption.equals(p.getText()) && body.get(i + 1) instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table captioned " + caption);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void pdf(String name) throws Exception {
        ServiceModel model = model(name);
        byte[] bytes = DocumentGenerator.write(DocumentGenerator.view(model), DocumentFormat.PDF);
        save(name, DocumentFormat.PDF, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String heading : HEADINGS) {
                assertTrue(text.contains(heading), () -> "heading «" + heading + "» missing");
            }
            assertTrue(text.indexOf(Sezione2.PARAGRAPH_2_1) < text.indexOf(Sezione2.PARAGRAPH_2_2)
                    && text.indexOf(Sezione2.PARAGRAPH_2_2) < text.indexOf(Sezione2.PARAGRAPH_2_3), "in order");
            for (String expected : names(model)) {
                assertTrue(text.contains(expected.replaceAll("\\s+", " ")), () -> "the PDF lacks «" + expected + "»");
            }
            // the text layer as poppler's pdftotext gives it: no ligature glyph (U+FB00–FB06) stands for letters
            String layer = pdftotext(bytes).replaceAll("\\s+", " ");
            assertTrue(layer.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06),
                    () -> "ligatures in the text layer: " + layer.replaceAll("[^\\uFB00-\\uFB06]", ""));
            for (String expected : names(model)) {
                assertTrue(layer.contains(expected.replaceAll("\\s+", " ")), () -> "pdftotext lacks «" + expected + "»");
            }
            assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), "tagged for accessibility");
            assertTrue(pdf.getDocumentCatalog().getMarkInfo() != null && pdf.getDocumentCatalog().getMarkInfo().isMarked());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part=\"2\"") || xmp.contains("<pdfaid:part>2</pdfaid:part>"), "PDF/A-2");
            for (PDPage page : pdf.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertTrue(font.isEmbedded(), () -> font.getName() + " is embedded");
                }
            }
            markedContent(pdf);
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild(); item != null;
                    item = item.getNextSibling()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(HEADINGS, bookmarks);
            int images = 0;
            int drawings = 0;
            for (PDPage page : pdf.getPages()) {
                for (var xobject : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(xobject) instanceof PDImageXObject) {
                        images++;
                    } else if (page.getResources().getXObject(xobject) instanceof PDFormXObject) {
                        drawings++;
                    }
                }
            }
            assertEquals(0, images, "no diagram is a picture");
            assertEquals(diagrams(model), drawings, "every diagram is a vector drawing");
            // vector, text as text: on each figure's page, pdftotext finds every line its boxes show
            String[] pages = pdftotext(bytes).split("\f");
            for (Section2View.Figure figure : figures(model)) {
                String caption = figure.numberedCaption();
                String page = java.util.Arrays.stream(pages).map(p -> p.replaceAll("\\s+", " "))
                        .filter(p -> p.contains(caption.replaceAll("\\s+", " "))).findFirst()
                        .orElseThrow(() -> new AssertionError("no page with «" + caption + "»"));
                for (var shape : figure.diagram().shapes()) {
                    for (var line : shape.lines()) {
                        // a word broken at a hyphen across two lines reads whole, as pdftotext joins it
                        String words = line.text().strip().replaceAll("\\s+", " ").replaceAll("-$", "");
                        assertTrue(page.contains(words), () -> "«" + words + "» is not text on the page of «" + caption
                                + "»");
                    }
                }
            }
            List<String> alternatives = new ArrayList<>();
            figures(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), alternatives);
            assertEquals(diagrams(model), alternatives.size(), "every diagram is a tagged figure");
            assertTrue(alternatives.stream().noneMatch(a -> a == null || a.isBlank()), "with its text alternative");
            for (String caption : figureCaptions(model)) {
                assertTrue(text.contains(caption), () -> "the PDF lacks the caption «" + caption + "»");
            }
        }
    }

    /**
     * Each page's marked content: every tagged sequence (its MCID) found by its structure element through the
     * parent tree; no artifact that marks nothing, no properties in the resources that no sequence names
     * (openhtmltopdf leaves one of each around every box it paints: {@code EmptyArtifacts}).
     */
    private static void markedContent(PDDocument pdf) throws IOException {
        var parents = pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree();
        int number = 0;
        for (PDPage page : pdf.getPages()) {
            int at = ++number;
            List<Object> tokens = new PDFStreamParser(page).parse();
            Set<COSName> named = new HashSet<>();
            COSBase tagged = parents.getValue(page.getStructParents()) instanceof COSObjectable o ? o.getCOSObject() : null;
            for (int i = 2; i < tokens.size(); i++) {
                if (!(tokens.get(i) instanceof Operator op && op.getName().equals(OperatorName.BEGIN_MARKED_CONTENT_SEQ))) {
                    continue;
                }
                Object properties = tokens.get(i - 1);
                assertFalse(COSName.ARTIFACT.equals(tokens.get(i - 2)) && i + 1 < tokens.size()
                        && tokens.get(i + 1) instanceof Operator end && end.getName().equals(OperatorName.END_MARKED_CONTENT),
                        () -> "an artifact that marks nothing on page " + at);
                if (properties instanceof COSName name) {
                    named.add(name);
                } else if (properties instanceof COSDictionary inline && inline.containsKey(COSName.MCID)) {
                    int mcid = inline.getInt(COSName.MCID);
                    assertTrue(tagged instanceof COSArray elements && mcid < elements.size()
                            && elements.getObject(mcid) instanceof COSDictionary,
                            () -> "page " + at + ": the content " + mcid + " has no structure element");
                }
            }
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                assertEquals(named, properties.keySet(), () -> "page " + at + ": properties no content names");
            }
        }
    }

    /** The PDF's text as poppler reads it (Debian's poppler-utils, installed by .ci/run). */
    private static String pdftotext(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("tendere", ".pdf");
        try {
            Files.write(file, pdf);
            java.lang.Process reader = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(reader.waitFor(1, java.util.concurrent.TimeUnit.MINUTES));
            assertEquals(0, reader.exitValue(), "pdftotext reads the PDF");
            return text;
        } finally {
            Files.delete(file);
        }
    }

    private static void figures(List<Object> kids, List<String> alternatives) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alternatives.add(element.getAlternateDescription());
                }
                figures(element.getKids(), alternatives);
            }
        }
    }

    /** The SVG a DOCX picture carries, as Word 2016+ and LibreOffice read it: through its blip's svgBlip extension. */
    private static String svg(XWPFDocument docx, XWPFPicture picture) throws IOException {
        var extensions = picture.getCTPicture().getBlipFill().getBlip().getExtLst().getExtArray();
        assertEquals("{96DAC541-7B7A-43D3-8B79-37D633B846F1}", extensions[0].getUri());
        String svgId;
        try (var cursor = extensions[0].newCursor()) {
            assertTrue(cursor.toFirstChild());
            assertEquals("svgBlip", cursor.getName().getLocalPart());
            svgId = cursor.getAttributeText(new javax.xml.namespace.QName(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "embed"));
        }
        var svg = docx.getRelationById(svgId);
        assertEquals("image/svg+xml", svg.getPackagePart().getContentType());
        return new String(svg.getPackagePart().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /**
     * A Province may take a document Tendere wrote as its template: its body goes, its parts stay in the
     * package, and the new document's pictures are its own diagrams' all the same.
     */
    @Test
    void aDocumentOfTendereAsTheTemplateOfAnother(@TempDir Path dir) throws Exception {
        ServiceModel model = model("formazione.tendere");
        Path template = Files.write(dir.resolve("carta.docx"), DocumentGenerator.write(DocumentGenerator.view(model),
                DocumentFormat.DOCX));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        DocumentGenerator.write(DocumentGenerator.view(model), List.of(DocumentFormat.DOCX), () -> false,
                DocxTemplate.read(template), format -> written);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(written.toByteArray()))) {
            List<XWPFPicture> pictures = new ArrayList<>();
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    pictures.addAll(run.getEmbeddedPictures());
                }
            }
            List<Section2View.Figure> figures = figures(model);
            assertEquals(figures.size(), pictures.size());
            for (int i = 0; i < pictures.size(); i++) {
                String id = figures.get(i).diagram().id();
                assertTrue(svg(docx, pictures.get(i)).contains("id=\"" + id + "-title\""), () -> "the SVG of " + id);
            }
        }
    }

    @Test
    void placeholdersStandExactlyWhereTheModelIsIncomplete() throws Exception {
        ServiceModel model = model("formazione.tendere");
        model.getObjectives().getMission().setStatement(null);
        model.getOrganisation().getWorkload().setIntakeCriteria(null);
        model.getProcessesAndTools().getTools().get(0).unsetStatus();
        model.getObjectives().getServices().get(2).unsetCategory();
        Section2View view = DocumentGenerator.view(model);
        assertEquals(List.of("2.1 Obiettivi e caratteristiche – Mission: dichiarazione di mission",
                "2.1 Obiettivi e caratteristiche – Contenuto: categoria – «Sportello di consulenza sulla formazione»",
                "2.1 Obiettivi e caratteristiche – figura «Il modello a tendere: una rappresentazione»: dichiarazione di "
                        + "mission",
                "2.2 Assetto organizzativo: criteri di presa in carico",
                "2.3 Processi e strumenti – strumenti: esistente o da sviluppare – «Scheda di rilevazione dei profili "
                        + "professionali»"), view.placeholders().stream().map(Placeholder::describe).toList());
        assertEquals(List.of("/objectives/mission", "Service:sportello", "/objectives/mission", "/organisation/workload",
                "Tool:schedaProfili"),
                view.placeholders().stream().map(Placeholder::element).toList());
        Document html = Jsoup.parse(new String(DocumentGenerator.write(view, DocumentFormat.HTML), StandardCharsets.UTF_8));
        assertEquals(List.of("[da completare: dichiarazione di mission]", "[da completare: categoria]",
                "[da completare: criteri di presa in carico]", "[da completare: esistente o da sviluppare]"),
                html.select("mark.da-completare").eachText());
        assertEquals(List.of("[da completare: dichiarazione di mission]"), diagramPlaceholders(html));
    }

    @Test
    void aModelWithoutItsParagraphsHasEachMissingPartSaid() throws Exception {
        ServiceModel model = parser.parse("servizio { provincia \"Provincia di Prova\" comuni 12 ambito formazione }");
        Section2View view = DocumentGenerator.view(model);
        List<String> listed = view.placeholders().stream().map(p -> p.code() + " " + p.what()).toList();
        assertEquals(List.of("service-title-missing titolo del servizio", "date-missing data", "version-missing versione",
                "authors-missing autori"), listed.subList(0, 4), "the front matter's");
        // every placeholder of 2.1, 2.2 and 2.3, diagrams included, is the one warning that the paragraph is missing
        assertEquals(java.util.Set.of("objectives-missing", "organisation-missing", "processes-missing"),
                view.placeholders().subList(4, view.placeholders().size()).stream().map(Placeholder::code)
                        .collect(java.util.stream.Collectors.toSet()));
        assertTrue(listed.contains("objectives-missing mission"), "the overview diagram's own: " + listed);
        assertTrue(listed.contains("organisation-missing assetto organizzativo"), "the organisation diagram's: " + listed);
        assertTrue(view.placeholders().stream().allMatch(p -> p.element().equals("/")), "all of the model itself");
        Document html = Jsoup.parse(new String(DocumentGenerator.write(view, DocumentFormat.HTML), StandardCharsets.UTF_8));
        List<String> marked = new ArrayList<>(html.select("mark.da-completare").eachText());
        marked.addAll(diagramPlaceholders(html));
        assertEquals(view.placeholders().stream().map(Placeholder::text).sorted().toList(), marked.stream().sorted().toList(),
                "the page shows exactly the placeholders listed, the diagrams' among them");
    }

    /** The placeholders the page's diagrams draw, each joined again from the lines it was wrapped into. */
    private static List<String> diagramPlaceholders(Document html) {
        List<String> found = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Element line : html.select("figure svg text tspan[fill]")) {
            current.append(current.isEmpty() ? "" : " ").append(line.text());
            if (line.text().endsWith("]")) {
                found.add(current.toString());
                current.setLength(0);
            }
        }
        assertEquals("", current.toString(), "a placeholder ends with «]»");
        return found;
    }

    @Test
    void aSkeletonGetsAPlaceholderForEveryMissingPart() throws Exception {
        ServiceModel model = parser.parse(SampleModels.read("templates/selezione.tendere")
                .replace("{{PROVINCIA}}", "Provincia di Prova").replace("{{DATA}}", "2026-11-26"));
        Section2View view = DocumentGenerator.view(model);
        List<String> listed = view.placeholders().stream().map(Placeholder::describe).toList();
        for (String expected : List.of("2.1 Obiettivi e caratteristiche – Mission: dichiarazione di mission",
                "2.1 Obiettivi e caratteristiche – Utenza: Comuni potenzialmente coinvolgibili",
                "2.1 Obiettivi e caratteristiche – figura «Il modello a tendere: una rappresentazione»: dichiarazione di "
                        + "mission",
                "2.2 Assetto organizzativo: responsabilità – «Responsabile del servizio»",
                "2.3 Processi e strumenti – processo P1: essenziale o no – «Programmazione dei fabbisogni di personale»",
                "2.3 Processi e strumenti – Elementi del sistema di erogazione del servizio: "
                        + Sezione2.DELIVERY_EXTERNAL)) {
            assertTrue(listed.contains(expected), () -> "«" + expected + "» not in " + listed);
        }
        Document html = Jsoup.parse(new String(DocumentGenerator.write(view, DocumentFormat.HTML), StandardCharsets.UTF_8));
        assertEquals(view.placeholders().size(), html.select("mark.da-completare").size()
                + diagramPlaceholders(html).size(), "each listed placeholder is on the page, once");
        assertInOrder(HEADINGS, html.select("h2, h3").eachText());
    }
}
