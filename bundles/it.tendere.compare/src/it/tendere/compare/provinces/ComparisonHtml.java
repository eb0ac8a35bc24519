// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.provinces;

import static it.tendere.compare.html.HtmlPage.text;

import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import it.tendere.compare.html.HtmlPage;
import it.tendere.compare.provinces.Comparison.Cell;
import it.tendere.compare.provinces.Comparison.Kind;
import it.tendere.compare.provinces.Comparison.Part;
import it.tendere.compare.provinces.Comparison.Row;

/**
 * The comparison as one HTML page: a table per part, a column per Province;
 * where a reader would rather look than read, a picture drawn in the cell
 * (SVG): bars for numbers and shares, the Base/Avanzato grid as a heat map,
 * each process's phases as a bar split by performer.
 */
public final class ComparisonHtml {

    public static final String TITLE = "Confronto tra le Province – Sezione 2";
    /** The performers' colours, in the order of {@link Comparison#PERFORMERS}: the diagrams' lanes. */
    static final List<String> PERFORMER_COLOURS = List.of("#2f6db5", "#3c9a5f", "#8a63b8", "#d08a2e");

    private static final String CSS = """
            body{font-family:"DejaVu Sans",sans-serif;margin:1rem auto;max-width:90rem;padding:0 1rem;color:#1a1a1a}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-size:.9rem}
            th,td{border:1px solid #c8c8c8;padding:.3rem .45rem;text-align:left;vertical-align:top}
            thead th{background:#dcebfa;position:sticky;top:0}
            td.numero{text-align:right;white-space:nowrap}td svg{display:block;margin-top:.2rem}
            td.livello-base{background:#fbe3c4}td.livello-crescita{background:#fff3b0}
            td.livello-avanzato{background:#c9e8cf}td.livello-ignoto{background:#eeeeee}
            .legenda span{display:inline-block;margin-right:1rem}.legenda i{display:inline-block;width:.9rem;
            height:.9rem;margin-right:.3rem;vertical-align:middle}
            """;

    private ComparisonHtml() {
    }

    public static String write(Comparison comparison) {
        return HtmlPage.write("it", TITLE, CSS, html -> {
            text(html, "p", "Province a confronto: " + String.join(", ", comparison.provinces()) + ".");
            for (Part part : comparison.parts()) {
                part(html, comparison, part);
            }
        });
    }

    private static void part(XMLStreamWriter html, Comparison comparison, Part part) throws XMLStreamException {
        text(html, "h2", part.title());
        if (part.rows().stream().anyMatch(r -> r.kind() == Kind.MATURITY)) {
            legend(html, List.of("Base → Base", "Base → Avanzato", "Avanzato → Avanzato"),
                    List.of("#fbe3c4", "#fff3b0", "#c9e8cf"));
        }
        if (part.rows().stream().anyMatch(r -> r.kind() == Kind.PERFORMERS)) {
            legend(html, Comparison.PERFORMERS, PERFORMER_COLOURS);
        }
        html.writeStartElement("table");
        text(html, "caption", part.title());
        html.writeStartElement("thead");
        html.writeStartElement("tr");
        text(html, "th", "Voce");
        for (String province : comparison.provinces()) {
            text(html, "th", province);
        }
        html.writeEndElement();
        html.writeEndElement();
        html.writeStartElement("tbody");
        for (Row row : part.rows()) {
            double max = row.cells().stream().filter(c -> c.number() != null).mapToDouble(Cell::number).max().orElse(0);
            html.writeStartElement("tr");
            text(html, "th", row.label());
            for (Cell cell : row.cells()) {
                cell(html, row.kind(), cell, row.kind() == Kind.SHARE ? 1 : max);
            }
            html.writeEndElement();
        }
        html.writeEndElement();
        html.writeEndElement();
    }

    private static void legend(XMLStreamWriter html, List<String> labels, List<String> colours)
            throws XMLStreamException {
        html.writeStartElement("p");
        html.writeAttribute("class", "legenda");
        for (int i = 0; i < labels.size(); i++) {
            html.writeStartElement("span");
            html.writeStartElement("i");
            html.writeAttribute("style", "background:" + colours.get(i));
            html.writeEndElement();
            html.writeCharacters(labels.get(i));
            html.writeEndElement();
        }
        html.writeEndElement();
    }

    private static void cell(XMLStreamWriter html, Kind kind, Cell cell, double max) throws XMLStreamException {
        html.writeStartElement("td");
        if (kind == Kind.MATURITY) {
            html.writeAttribute("class", "livello-" + (cell.current() < 0 || cell.target() < 0 ? "ignoto"
                    : cell.current() == 0 && cell.target() == 0 ? "base" : cell.current() == 1 ? "avanzato" : "crescita"));
        } else if (cell.number() != null) {
            html.writeAttribute("class", "numero");
            html.writeAttribute("data-valore", String.format(Locale.ROOT, "%s", cell.number()));
        }
        html.writeCharacters(cell.text());
        if (cell.number() != null && max > 0) {
            bars(html, List.of(cell.number()), max, List.of("#7aa6d6"), cell.text());
        } else if (!cell.performers().isEmpty()) {
            bars(html, cell.performers().stream().map(Integer::doubleValue).toList(),
                    cell.performers().stream().mapToInt(Integer::intValue).sum(), PERFORMER_COLOURS, cell.text());
        }
        html.writeEndElement();
    }

    /** A bar 120 px long at {@code max}, split into the parts given, with its text for screen readers. */
    private static void bars(XMLStreamWriter html, List<Double> parts, double max, List<String> colours, String said)
            throws XMLStreamException {
        double width = 120;
        html.writeStartElement("svg");
        html.writeDefaultNamespace("http://www.w3.org/2000/svg");
        html.writeAttribute("width", "120");
        html.writeAttribute("height", "8");
        html.writeAttribute("role", "img");
        html.writeAttribute("aria-label", said);
        double x = 0;
        for (int i = 0; i < parts.size(); i++) {
            double length = max <= 0 ? 0 : width * parts.get(i) / max;
            if (length > 0) {
                html.writeEmptyElement("rect");
                html.writeAttribute("x", String.format(Locale.ROOT, "%.1f", x));
                html.writeAttribute("y", "0");
                html.writeAttribute("width", String.format(Locale.ROOT, "%.1f", length));
                html.writeAttribute("height", "8");
                html.writeAttribute("fill", colours.get(i % colours.size()));
            }
            x += length;
        }
        html.writeEndElement();
    }
}
