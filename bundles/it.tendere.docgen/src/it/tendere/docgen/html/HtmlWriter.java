// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.html;

import java.util.List;

import it.tendere.diagram.DocumentFont;
import it.tendere.diagram.SvgWriter;
import it.tendere.docgen.view.Section2View;
import it.tendere.docgen.view.Section2View.Block;
import it.tendere.docgen.view.Section2View.Bullets;
import it.tendere.docgen.view.Section2View.Cells;
import it.tendere.docgen.view.Section2View.Figure;
import it.tendere.docgen.view.Section2View.Group;
import it.tendere.docgen.view.Section2View.Heading;
import it.tendere.docgen.view.Section2View.ParagraphView;
import it.tendere.docgen.view.Section2View.Row;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Table;
import it.tendere.docgen.view.Section2View.Text;

/**
 * Writes the view of Section 2 as one self-contained, well-formed HTML file:
 * semantic headings and tables, the diagrams inline as SVG for screens (or
 * as PNG for print, where the PDF is made from this same page), and a layout
 * that reads on a phone.
 */
public final class HtmlWriter {

    /** What the page is for. */
    public enum Medium {
        /** A browser: inline SVG, responsive. */
        SCREEN,
        /** The PDF renderer: PNG figures by reference ({@link #PICTURE_SCHEME}), A4 pages, bookmarks. */
        PRINT
    }

    /**
     * How the print page refers to a diagram's picture, {@code diagram:<id>}: the
     * PDF renderer fetches it when it lays the page out, so the page itself
     * does not carry megabytes of base64.
     */
    public static final String PICTURE_SCHEME = "diagram";

    private static final String SCREEN_CSS = """
            body{font-family:FONT_FAMILY;line-height:1.45;color:#1a1a1a;margin:0 auto;\
            max-width:52rem;padding:1rem}
            h1{font-size:1.6rem}h2{font-size:1.35rem;border-bottom:2px solid #274c72;padding-bottom:.2rem}
            h3{font-size:1.15rem}h4{font-size:1rem;margin-bottom:.3rem}
            .frontespizio{border:1px solid #ccc;padding:1rem;margin-bottom:2rem}.frontespizio p{margin:.2rem 0}
            .tabella{overflow-x:auto;margin:1rem 0}table{border-collapse:collapse;width:100%;font-size:.9rem}
            th,td{border:1px solid #999;padding:.35rem .5rem;vertical-align:top;text-align:left}th{background:#dcebfa}
            tr.gruppo td{background:#f0f0f0;font-weight:bold}caption{font-weight:bold;text-align:left;padding:.3rem 0}
            .fonte{font-size:.8rem;color:#444}figure{margin:1.5rem 0;overflow-x:auto}figure svg{max-width:100%;height:auto}
            figcaption{font-style:italic;font-size:.9rem}mark.da-completare{background:#fff3a0;color:#7a4d00;padding:0 .15rem}
            """;

    private static final String PRINT_CSS = """
            @page{size:A4;margin:20mm 20mm 22mm 20mm;@bottom-center{content:counter(page);font-family:FONT_FAMILY;font-size:9pt}}
            html,body{font-family:FONT_FAMILY;font-size:10pt;line-height:1.35;color:#1a1a1a}
            h1{font-size:17pt}h2{font-size:14pt;border-bottom:1.5pt solid #274c72;page-break-after:avoid}
            h3{font-size:12pt;page-break-after:avoid}h4{font-size:10.5pt;page-break-after:avoid}
            .frontespizio{page-break-after:always;padding-top:40mm}.frontespizio p{margin:2mm 0}
            table{border-collapse:collapse;width:100%;font-size:8.5pt;-fs-table-paginate:paginate}
            thead{display:table-header-group}tr{page-break-inside:avoid}.breve{page-break-inside:avoid}
            th,td{border:0.5pt solid #777;padding:2pt 4pt;vertical-align:top;text-align:left}th{background:#dcebfa}
            tr.gruppo td{background:#eeeeee;font-weight:bold}caption{font-weight:bold;text-align:left;padding:2pt 0}
            .fonte{font-size:8pt;color:#444}figure{margin:4mm 0;page-break-inside:avoid}
            figure img{width:100%;height:auto}figcaption{font-style:italic;font-size:9pt}
            mark.da-completare{background:#fff3a0;color:#7a4d00}
            """;

    private HtmlWriter() {
    }

    public static String write(Section2View view, Medium medium) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"it\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(title(view))).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(escape(authors(view)))
                .append("\"/>\n<meta name=\"subject\" content=\"").append(escape(view.front().formatName())).append("\"/>\n")
                .append("<style>\n").append((medium == Medium.PRINT ? PRINT_CSS : SCREEN_CSS)
                        .replace("FONT_FAMILY", DocumentFont.current().cssFamily())).append("</style>\n");
        if (medium == Medium.PRINT) {
            html.append("<bookmarks>\n");
            for (ParagraphView paragraph : view.paragraphs()) {
                html.append("<bookmark name=\"").append(escape(paragraph.heading())).append("\" href=\"#")
                        .append(anchor(paragraph)).append("\"/>\n");
            }
            html.append("</bookmarks>\n");
        }
        html.append("</head>\n<body>\n");
        front(view.front(), html);
        html.append("<main>\n");
        for (ParagraphView paragraph : view.paragraphs()) {
            int level = paragraph.level() + 1;
            html.append("<section>\n<h").append(level).append(" id=\"").append(anchor(paragraph)).append("\">")
                    .append(escape(paragraph.heading())).append("</h").append(level).append(">\n");
            for (Block block : paragraph.blocks()) {
                block(block, Math.min(level + 1, 6), medium, html);
            }
            html.append("</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The document's title: the section's name and the Province, where the model names it. */
    public static String title(Section2View view) {
        Span province = view.front().province();
        return "Sezione 2 – Il modello di servizio a tendere" + (province.isPlaceholder() ? "" : " – " + province.text());
    }

    /** The authors for the document's properties, which never hold a placeholder. */
    public static String authors(Section2View view) {
        return String.join(", ", view.front().authors().stream().filter(a -> !a.isPlaceholder()).map(Span::text).toList());
    }

    private static void front(Section2View.FrontMatter front, StringBuilder html) {
        html.append("<header class=\"frontespizio\">\n");
        for (String line : front.programme()) {
            html.append("<p>").append(escape(line)).append("</p>\n");
        }
        html.append("<p><strong>").append(escape(front.formatName())).append("</strong></p>\n");
        html.append("<h1>").append(spans(List.of(front.province()))).append("</h1>\n");
        html.append("<p>").append(spans(List.of(front.title()))).append("</p>\n");
        html.append("<p>Data: ").append(spans(List.of(front.date()))).append(" – Versione: ")
                .append(spans(List.of(front.version()))).append("</p>\n<p>Autori: ").append(spans(front.authorLine()))
                .append("</p>\n</header>\n");
    }

    private static void block(Block block, int headingLevel, Medium medium, StringBuilder html) {
        if (block instanceof Heading heading) {
            html.append("<h").append(headingLevel).append(">").append(escape(heading.text())).append("</h")
                    .append(headingLevel).append(">\n");
        } else if (block instanceof Text text) {
            html.append("<p>").append(spans(text.spans())).append("</p>\n");
        } else if (block instanceof Bullets bullets) {
            String tag = bullets.numbered() ? "ol" : "ul";
            html.append("<").append(tag).append(">\n");
            bullets.items().forEach(item -> html.append("<li>").append(spans(item.spans())).append("</li>\n"));
            html.append("</").append(tag).append(">\n");
        } else if (block instanceof Table table) {
            table(table, html);
        } else if (block instanceof Figure figure) {
            figure(figure, medium, html);
        }
    }

    private static void table(Table table, StringBuilder html) {
        // A short table stays on one page with its caption; a long one breaks, its header repeating.
        html.append(table.rows().size() <= 12 ? "<div class=\"tabella breve\">" : "<div class=\"tabella\">")
                .append("\n<table>\n<caption>").append(escape(table.caption())).append("</caption>\n")
                .append("<thead>\n<tr>");
        table.headers().forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (Row row : table.rows()) {
            if (row instanceof Group group) {
                html.append("<tr class=\"gruppo\"><td colspan=\"").append(table.headers().size()).append("\">")
                        .append(escape(group.label())).append("</td></tr>\n");
            } else if (row instanceof Cells cells) {
                html.append("<tr>");
                cells.cells().forEach(cell -> html.append("<td>").append(spans(cell)).append("</td>"));
                html.append("</tr>\n");
            }
        }
        html.append("</tbody>\n</table>\n");
        if (table.source() != null) {
            html.append("<p class=\"fonte\">").append(escape(table.source())).append("</p>\n");
        }
        html.append("</div>\n");
    }

    private static void figure(Figure figure, Medium medium, StringBuilder html) {
        html.append("<figure>\n");
        if (medium == Medium.SCREEN) {
            html.append(SvgWriter.write(figure.diagram()));
        } else {
            html.append("<img src=\"").append(PICTURE_SCHEME).append(':').append(figure.diagram().id())
                    .append("\" alt=\"").append(escape(figure.alternative())).append("\"/>\n");
        }
        html.append("<figcaption>").append(escape(figure.caption())).append("</figcaption>\n</figure>\n");
    }

    private static String spans(List<Span> spans) {
        StringBuilder html = new StringBuilder();
        for (Span span : spans) {
            String text = escape(span.text());
            if (span.isPlaceholder()) {
                html.append("<mark class=\"da-completare\">").append(text).append("</mark>");
                continue;
            }
            switch (span.emphasis()) {
                case BOLD -> html.append("<strong>").append(text).append("</strong>");
                case ITALIC -> html.append("<em>").append(text).append("</em>");
                default -> html.append(text);
            }
        }
        return html.toString();
    }

    private static String anchor(ParagraphView paragraph) {
        return "par-" + paragraph.number().replace('.', '-');
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
