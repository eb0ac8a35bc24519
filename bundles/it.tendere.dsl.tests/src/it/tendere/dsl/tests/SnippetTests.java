// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import it.tendere.dsl.ide.snippets.Snippets;
import it.tendere.dsl.ide.snippets.Snippets.Expansion;
import it.tendere.dsl.ide.snippets.Snippets.TabStop;
import it.tendere.servicemodel.ServiceModel;

/** Each snippet, expanded with its placeholders, is what the grammar reads where its keyword goes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereIdeInjectorProvider.class)
class SnippetTests {

    /** Where each snippet's block goes, %s the block. */
    private static final Map<String, String> PLACES = Map.of(
            "segmento", "obiettivi {\nutenza {\n%s\n}\n}",
            "prestazione", "obiettivi {\n%s\n}",
            "ruolo", "organizzazione {\n%s\n}",
            "competenza", "organizzazione {\n%s\n}",
            "processo", "processi {\n%s\n}",
            "fase", "processi {\nprocesso P1 {\n%s\n}\n}",
            "strumento", "processi {\n%s\n}");

    @Inject
    private ParseHelper<ServiceModel> parser;

    @Test
    void everySnippetParsesWhereItsKeywordGoes() throws Exception {
        assertEquals(PLACES.keySet(), Snippets.BY_KEYWORD.keySet());
        for (Map.Entry<String, String> snippet : Snippets.BY_KEYWORD.entrySet()) {
            Expansion expansion = Snippets.expand(snippet.getValue(), "\t\t", "\t");
            String model = "servizio {\n" + PLACES.get(snippet.getKey()).formatted(expansion.text()) + "\n}\n";
            ServiceModel parsed = parser.parse(model);
            assertEquals(List.of(), parsed.eResource().getErrors().stream()
                    .filter(e -> !(e instanceof org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic)).toList(),
                    () -> snippet.getKey() + ":\n" + model);
            assertTrue(expansion.text().startsWith(snippet.getKey() + " "));
        }
    }

    @Test
    void tabStopsAreVisitedInOrderAndTheCaretEndsAfterTheBlock() {
        Expansion role = Snippets.expand(Snippets.BY_KEYWORD.get("ruolo"), "\t\t", "    ");
        List<TabStop> stops = role.tabStops();
        assertEquals(List.of(1, 2, 3, 4, 5, 0), stops.stream().map(TabStop::number).toList());
        assertEquals("nome", role.text().substring(stops.get(0).offset(), stops.get(0).offset() + stops.get(0).length()));
        assertEquals(role.text().length(), stops.get(5).offset(), "$0 after the closing brace");
        assertTrue(role.text().contains("\n\t\t    persone 1\n"), "lines indented as the caret's, one unit in");
        assertTrue(role.text().endsWith("\n\t\t}"));
    }
}
