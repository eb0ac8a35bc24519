// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.diff;

import java.util.List;

import it.tendere.compare.diff.Change.Paragraph;
import it.tendere.compare.html.HtmlPage;
import it.tendere.dsl.i18n.Messages;

/**
 * The changes between two versions as a reader gets them: plain text, a line
 * a change under the paragraph's heading, or an HTML page with a table per
 * paragraph.
 */
public final class DiffReport {

    private static final String SYMBOLS = "+-~>";
    private static final String CSS = "body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.3rem;"
            + "text-align:left;vertical-align:top}th{background:#dcebfa}.ADDED{color:#1b5e20}"
            + ".REMOVED{color:#b71c1c}.MOVED{color:#0d47a1}";

    private DiffReport() {
    }

    public static String text(List<Change> changes, String before, String after) {
        StringBuilder text = new StringBuilder(DiffTexts.get("report.title", before, after)).append(": ")
                .append(changes.isEmpty() ? DiffTexts.get("report.equal") : DiffTexts.get("report.count", changes.size()))
                .append('\n');
        Paragraph current = null;
        for (Change change : changes) {
            if (change.paragraph() != current) {
                current = change.paragraph();
                text.append('\n').append(DiffTexts.heading(current)).append('\n');
            }
            text.append("  ").append(SYMBOLS.charAt(change.kind().ordinal())).append(' ')
                    .append(DiffTexts.get("change." + change.kind())).append(": ").append(change.label());
            if (!change.detail().isEmpty()) {
                text.append(": ").append(change.detail());
            }
            text.append('\n');
        }
        return text.toString();
    }

    public static String html(List<Change> changes, String before, String after) {
        return html(changes, before, after, null);
    }

    /**
     * The page, where {@code links} is not null each element a link to
     * {@code links + its identity} (the studio follows them to the text).
     */
    public static String html(List<Change> changes, String before, String after, String links) {
        return HtmlPage.write(Messages.language(), DiffTexts.get("report.title", before, after), CSS, html -> {
            HtmlPage.text(html, "p", changes.isEmpty() ? DiffTexts.get("report.equal")
                    : DiffTexts.get("report.count", changes.size()));
            for (Paragraph paragraph : Paragraph.values()) {
                List<Change> here = changes.stream().filter(c -> c.paragraph() == paragraph).toList();
                if (here.isEmpty()) {
                    continue;
                }
                HtmlPage.text(html, "h2", DiffTexts.heading(paragraph));
                html.writeStartElement("table");
                html.writeStartElement("tr");
                for (String column : List.of("report.columnChange", "report.columnElement", "report.columnDetail")) {
                    HtmlPage.text(html, "th", DiffTexts.get(column));
                }
                html.writeEndElement();
                for (Change change : here) {
                    html.writeStartElement("tr");
                    html.writeAttribute("class", change.kind().name());
                    html.writeAttribute("data-element", change.element());
                    HtmlPage.text(html, "td", DiffTexts.get("change." + change.kind()));
                    if (links == null || change.kind() == Change.Kind.REMOVED) {
                        HtmlPage.text(html, "td", change.label());
                    } else {
                        html.writeStartElement("td");
                        html.writeStartElement("a");
                        html.writeAttribute("href", links + change.element());
                        html.writeCharacters(change.label());
                        html.writeEndElement();
                        html.writeEndElement();
                    }
                    HtmlPage.text(html, "td", change.detail());
                    html.writeEndElement();
                }
                html.writeEndElement();
            }
        });
    }
}
