// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.PngWriter;
import it.tendere.diagram.SvgWriter;
import it.tendere.docgen.template.DocxTemplate;
import it.tendere.docgen.template.PageSetup;
import it.tendere.docgen.view.ColumnWidths;
import it.tendere.docgen.view.Section2View;
import it.tendere.docgen.view.Section2View.Block;
import it.tendere.docgen.view.Section2View.Bullets;
import it.tendere.docgen.view.Section2View.Cells;
import it.tendere.docgen.view.Section2View.Group;
import it.tendere.docgen.view.Section2View.Item;
import it.tendere.docgen.view.Section2View.Row;
import it.tendere.docgen.view.Section2View.Figure;
import it.tendere.docgen.view.Section2View.Heading;
import it.tendere.docgen.view.Section2View.ParagraphView;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Table;
import it.tendere.docgen.view.Section2View.Text;

/**
 * Writes the view of Section 2 as a Word document with Apache POI: real
 * heading styles (Word's navigation pane and table of contents find them),
 * tables whose header row repeats on every page, and diagrams as PNG
 * pictures with their text alternative.
 */
public final class DocxWriter {

    private DocxWriter() {
    }

    /**
     * Pixels per diagram unit of the PNG each picture carries as the fallback
     * of its SVG: 96 dpi at the size the page gives the picture, the
     * resolution of the screens the fallback is for. Word 2016 and later, and
     * the ODT and the PDF everywhere, draw the diagrams as vectors; LibreOffice
     * (7.4) shows a DOCX's fallback. At 192 dpi the PNGs were most of the
     * time and memory of a large model's DOCX (BENCHMARKS.md).
     */
    public static final double FALLBACK_SCALE = 1;

    /** A diagram's fallback picture, at {@link #FALLBACK_SCALE}. */
    public static byte[] fallback(Diagram diagram) {
        return PngWriter.write(diagram, FALLBACK_SCALE);
    }

    /**
     * The document to {@code out}, written into a copy of a template (its
     * styles, page, header and footer) where one is given, else on Tendere's
     * A4 page; the diagrams' pictures drawn by {@code png} (which may draw
     * them ahead).
     */
    public static void write(Section2View view, Function<Diagram, byte[]> png, DocxTemplate template,
            OutputStream out) {
        try (XWPFDocument document = template == null ? new XWPFDocument() : template.document()) {
            if (template == null) {
                DocxPage.a4(document, false);
                DocxPage.text(document); // before the styles' language: the run defaults in the schema's order
            }
            DocxPage.styles(document);
            properties(document, view.front());
            double textWidth = (template == null ? PageSetup.A4 : template.page()).textWidthPt();
            ColumnWidths.Layout tables = ColumnWidths.of(view.tables(), textWidth);
            Lists lists = new Lists(document);
            front(view.front(), document);
            for (ParagraphView paragraph : view.paragraphs()) {
                paragraph(document, "Heading" + paragraph.level(), paragraph.heading());
                for (Block block : paragraph.blocks()) {
                    block(document, block, paragraph.level() + 1, png, lists, textWidth, tables);
                }
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(XWPFDocument document, Block block, int headingLevel, Function<Diagram, byte[]> png,
            Lists lists, double textWidth, ColumnWidths.Layout tables) {
        if (block instanceof Heading heading) {
            paragraph(document, "Heading" + Math.min(headingLevel, 4), heading.text());
        } else if (block instanceof Text text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingAfter(120);
            spans(paragraph, text.spans());
        } else if (block instanceof Bullets bullets) {
            BigInteger list = bullets.numbered() ? lists.numbered() : lists.bullets();
            int number = 0;
            for (Item item : bullets.items()) {
                number++;
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setStyle(DocxPage.styleId(document, "ListParagraph"));
                paragraph.setNumID(list);
                paragraph.setNumILvl(BigInteger.ZERO);
                paragraph.setSpacingAfter(number == bullets.items().size() ? 120 : 40);
                spans(paragraph, item.spans());
            }
        } else if (block instanceof Table table) {
            table(document, table, tables);
        } else if (block instanceof Figure figure) {
            figure(document, figure, png, textWidth);
        }
    }

    private static void table(XWPFDocument document, Table table, ColumnWidths.Layout tables) {
        XWPFParagraph caption = paragraph(document, "Caption", table.caption());
        caption.setKeepNext(true);
        int columns = table.headers().size();
        XWPFTable grid = document.createTable(table.rows().size() + 1, columns);
        CTTblWidth width = grid.getCTTbl().getTblPr().isSetTblW() ? grid.getCTTbl().getTblPr().getTblW()
                : grid.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.PCT);
        width.setW(BigInteger.valueOf(5000));
        long[] widths = java.util.Arrays.stream(tables.widths(table)).mapToLong(w -> Math.round(w * 20)).toArray();
        CTTblGrid columnsGrid = grid.getCTTbl().addNewTblGrid();
        for (long w : widths) {
            columnsGrid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : grid.getRows()) {
            for (int c = 0; c < columns; c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor("DCEBFA");
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(table.headers().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            XWPFTableRow line = grid.getRow(r + 1);
            line.setCantSplitRow(true);
            if (row instanceof Group group) {
                // the first cell spans the whole table
                XWPFTableCell first = line.getCell(0);
                first.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
                first.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
                first.setColor("EEEEEE");
                for (int c = columns - 1; c > 0; c--) {
                    line.removeCell(c);
                }
                spans(first.getParagraphs().get(0), List.of(Span.bold(group.label())));
            } else if (row instanceof Cells cells) {
                for (int c = 0; c < columns; c++) {
                    spans(line.getCell(c).getParagraphs().get(0), c < cells.cells().size() ? cells.cells().get(c) : List.of());
                }
            }
        }
        if (tables.textPt() > 0) { // smaller, for the words to fit their columns
            for (XWPFTableRow row : grid.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph paragraph : cell.getParagraphs()) {
                        paragraph.getRuns().forEach(run -> run.setFontSize(tables.textPt()));
                    }
                }
            }
        }
        if (table.source() != null) {
            XWPFParagraph source = document.createParagraph();
            XWPFRun run = source.createRun();
            run.setFontSize(8);
            run.setText(table.source());
        } else {
            document.createParagraph();
        }
    }

    /**
     * A diagram as a picture Word 2016+ and LibreOffice show as SVG (vector,
     * sharp at any zoom), with the PNG as the fallback every other reader
     * shows: the PNG is the picture's blip, the SVG its svgBlip extension.
     */
    private static void figure(XWPFDocument document, Figure figure, Function<Diagram, byte[]> pictures,
            double textWidth) {
        byte[] png = pictures.apply(figure.diagram());
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setKeepNext(true);
        XWPFRun run = paragraph.createRun();
        try {
            XWPFPicture picture = run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                    figure.diagram().id() + ".png", Units.toEMU(figure.widthPt(textWidth)),
                    Units.toEMU(figure.heightPt(textWidth)));
            String svg = svgPart(document, SvgWriter.document(figure.diagram()));
            CTOfficeArtExtension extension = picture.getCTPicture().getBlipFill().getBlip().addNewExtLst().addNewExt();
            extension.setUri(SVG_BLIP_EXTENSION);
            try (XmlCursor cursor = extension.newCursor()) {
                cursor.toEndToken();
                cursor.beginElement(new QName(SVG_NAMESPACE, "svgBlip", "asvg"));
                cursor.insertAttributeWithValue(new QName(RELATIONSHIPS_NAMESPACE, "embed", "r"), svg);
            }
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot add the diagram " + figure.diagram().id(), e);
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(figure.alternative());
        inline.getDocPr().setTitle(figure.caption());
        paragraph(document, "Caption", figure.numberedCaption());
    }

    /**
     * Adds the SVG of the figure in the document's last paragraph to the
     * package ({@code /word/media/figura-N.svg}, N from the paragraph's
     * number, past any name the package holds already, a template's own
     * included: two figures may share a PNG, which POI stores once, never an
     * SVG, whose title is the figure's), related to the document; answers
     * the relation's id. (POI's {@code addPictureData} first looks through
     * every picture already added, for a free name and for the relation's id:
     * at 2,000 figures, 8% of the whole run, and as many pictures again to
     * look through for each PNG.)
     */
    private static String svgPart(XWPFDocument document, byte[] svg) throws InvalidFormatException, IOException {
        PackagePartName name;
        int number = document.getParagraphs().size();
        do {
            name = PackagingURIHelper.createPartName("/word/media/figura-" + number++ + ".svg");
        } while (document.getPackage().containPart(name));
        PackagePart part = document.getPackage().createPart(name, XWPFRelation.IMAGE_SVG.getContentType());
        try (OutputStream out = part.getOutputStream()) {
            out.write(svg);
        }
        return document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.IMAGE_SVG.getRelation())
                .getId();
    }

    /** The extension of a picture's blip that holds its SVG (Office 2016). */
    private static final String SVG_BLIP_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    private static final String SVG_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    private static final String RELATIONSHIPS_NAMESPACE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Title, subject and authors in the document's properties (never a placeholder), and who wrote the file. */
    private static void properties(XWPFDocument document, Section2View.FrontMatter front) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(front.documentTitle());
        core.setSubjectProperty(front.subject());
        core.setCreator(front.authorNames());
        document.getProperties().getExtendedProperties().setApplication("Tendere");
    }

    /**
     * The document's lists as Word lists (numbering.xml): every bulleted
     * list shares one definition; each numbered list starts again from 1.
     */
    private static final class Lists {
        private final XWPFNumbering numbering;
        private final BigInteger bulleted;
        private final BigInteger decimal;
        private BigInteger bullets;

        Lists(XWPFDocument document) {
            numbering = document.createNumbering();
            bulleted = numbering.addAbstractNum(new XWPFAbstractNum(definition(0, STNumberFormat.BULLET, "•")));
            decimal = numbering.addAbstractNum(new XWPFAbstractNum(definition(1, STNumberFormat.DECIMAL, "%1.")));
        }

        private static CTAbstractNum definition(int id, STNumberFormat.Enum format, String text) {
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(BigInteger.valueOf(id));
            CTLvl level = list.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(format);
            level.addNewLvlText().setVal(text);
            level.addNewLvlJc().setVal(STJc.LEFT);
            CTInd indent = level.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(360));
            indent.setHanging(BigInteger.valueOf(360));
            return list;
        }

        BigInteger bullets() {
            if (bullets == null) {
                bullets = numbering.addNum(bulleted);
            }
            return bullets;
        }

        BigInteger numbered() {
            BigInteger list = numbering.addNum(decimal);
            CTNumLvl restart = numbering.getNum(list).getCTNum().addNewLvlOverride();
            restart.setIlvl(BigInteger.ZERO);
            restart.addNewStartOverride().setVal(BigInteger.ONE);
            return list;
        }
    }

    private static void front(Section2View.FrontMatter front, XWPFDocument document) {
        for (String line : front.programme()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.createRun().setText(line);
        }
        XWPFParagraph format = document.createParagraph();
        format.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = format.createRun();
        run.setBold(true);
        run.setText(front.formatName());
        XWPFParagraph title = document.createParagraph();
        title.setStyle(DocxPage.styleId(document, "Title"));
        spans(title, List.of(front.province()));
        title.setAlignment(ParagraphAlignment.CENTER);
        List<Span> authors = new ArrayList<>(List.of(Span.plain("Autori: ")));
        authors.addAll(front.authorLine());
        for (List<Span> line : List.of(List.of(front.title()), List.of(Span.plain("Data: "), front.date(),
                Span.plain(" – Versione: "), front.version()), authors)) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            spans(paragraph, line);
        }
        document.createParagraph().setPageBreak(true);
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(DocxPage.styleId(document, style));
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static void spans(XWPFParagraph paragraph, List<Span> spans) {
        for (Span span : spans) {
            XWPFRun run = paragraph.createRun();
            run.setText(span.text());
            switch (span.emphasis()) {
                case BOLD -> run.setBold(true);
                case ITALIC -> run.setItalic(true);
                default -> {
                    // plain text
                }
            }
            if (span.isPlaceholder()) {
                run.setTextHighlightColor("yellow");
            }
        }
    }
}
