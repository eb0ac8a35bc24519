// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.snippets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks people write most, as snippets: the keywords in place, tab
 * stops where the user writes. Written in the LSP snippet syntax
 * ({@code ${1:nome}}, {@code $0} the final caret), which the language server
 * sends as it is and the studio turns into linked positions with
 * {@link #expand}.
 */
public final class Snippets {

    /** The snippet of each keyword that opens a block. */
    public static final Map<String, String> BY_KEYWORD = Map.of(
            "segmento", "segmento ${1:nome} ${2:diretta} {\n\tprofilo \"${3:profilo}\"\n\tdescrizione \"${4:descrizione}\"\n"
                    + "\ttipo ${5:comuni}\n\tnumero ${6:0}\n}$0",
            "prestazione", "prestazione ${1:principale} ${2:nome} \"${3:Titolo}\" {\n\t${4:essenziale}\n"
                    + "\tper ${5:nomeSegmento}\n\tdescrizione \"${6:descrizione}\"\n}$0",
            "ruolo", "ruolo ${1:nome} \"${2:Titolo}\" {\n\tpersone ${3:1}\n\tresponsabilità \"${4:responsabilità}\"\n"
                    + "\tcompetenze ${5:nomeCompetenza}\n}$0",
            "competenza", "competenza ${1:nome} \"${2:Titolo}\" {\n\tcategoria ${3:giuridico-amministrativa}\n"
                    + "\t${4:interna}\n}$0",
            "processo", "processo ${1:P1} \"${2:Titolo}\" {\n\tdescrizione \"${3:descrizione}\"\n"
                    + "\tfase ${4:nome} \"${5:Titolo}\" {\n\t\tsvolta da ${6:provincia}\n\t\truoli ${7:nomeRuolo}\n\t}\n}$0",
            "fase", "fase ${1:nome} \"${2:Titolo}\" {\n\tsvolta da ${3:provincia}\n\truoli ${4:nomeRuolo}\n"
                    + "\tstrumenti ${5:nomeStrumento}\n}$0",
            "strumento", "strumento ${1:nome} \"${2:Titolo}\" {\n\ttipo ${3:software}\n\t${4:esistente}\n"
                    + "\tdigitalizzazione ${5:parziale}\n\tdescrizione \"${6:descrizione}\"\n}$0");

    private static final Pattern TAB_STOP = Pattern.compile("\\$\\{(\\d+):([^}]*)\\}|\\$(\\d+)");

    private Snippets() {
    }

    /** The unit of indentation a text uses: a tab, or four spaces where its lines are indented with spaces. */
    public static String indentUnit(String text) {
        return text.contains("\n\t") || !text.contains("\n    ") ? "\t" : "    ";
    }

    /** A tab stop of an expanded snippet: where it is in the text, and its number (0: the final caret). */
    public record TabStop(int number, int offset, int length) {
    }

    /** A snippet as text to insert, with its tab stops in the order the user visits them. */
    public record Expansion(String text, List<TabStop> tabStops) {
    }

    /**
     * A snippet as plain text, each line after the first indented by
     * {@code indent} and each tab of the snippet written as {@code unit}.
     */
    public static Expansion expand(String snippet, String indent, String unit) {
        String laidOut = snippet.replace("\t", unit).replace("\n", "\n" + indent);
        StringBuilder text = new StringBuilder();
        List<TabStop> stops = new ArrayList<>();
        Matcher matcher = TAB_STOP.matcher(laidOut);
        int from = 0;
        while (matcher.find()) {
            text.append(laidOut, from, matcher.start());
            String placeholder = matcher.group(2) == null ? "" : matcher.group(2);
            int number = Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(3));
            stops.add(new TabStop(number, text.length(), placeholder.length()));
            text.append(placeholder);
            from = matcher.end();
        }
        text.append(laidOut.substring(from));
        stops.sort(Comparator.comparingInt((TabStop stop) -> stop.number() == 0 ? Integer.MAX_VALUE : stop.number()));
        return new Expansion(text.toString(), List.copyOf(stops));
    }
}
