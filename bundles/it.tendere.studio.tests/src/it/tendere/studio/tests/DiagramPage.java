// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import it.tendere.studio.diagram.DiagramView;

/**
 * The graphical editor's page in the «Diagrammi» view, as the UI tests
 * drive it: through the client's own action dispatcher (what its gestures
 * send), the links above the diagram, and what the page draws and says.
 */
final class DiagramPage {

    private final DiagramView view;

    DiagramPage(DiagramView view) {
        this.view = view;
    }

    /** The ids of what the page draws (boxes, their labels, links). */
    List<String> drawn() {
        if (view.browser() == null) {
            return List.of(); // the view makes its browser once the window is up
        }
        Object ids = view.browser().evaluate("""
                return Array.from(document.querySelectorAll('#sprotty g[id^="sprotty_"]'))
                    .map(g => g.id.replace(/^sprotty_/, '')).join('\\n');""");
        return ids instanceof String text && !text.isEmpty() ? List.of(text.split("\n")) : List.of();
    }

    /**
     * Dispatches an action in the page as a gesture does, once the page's
     * script is up: after a new address the old page's drawing may still be
     * read while the new page has not yet defined window.tendere.
     */
    void dispatch(String action) {
        Ui.waitUntil("the page's script is up", () -> Boolean.TRUE.equals(view.browser().evaluate(
                "return !!(window.tendere && window.tendere.dispatch);")));
        Object answer = view.browser().evaluate("window.tendere.dispatch(" + action + "); return 'ok';");
        assertEquals("ok", answer, "the page took " + action);
    }

    /** What the diagram selects. */
    List<String> selection() {
        Object ids = view.browser().evaluate("return window.tendere.selection().join('\\n');");
        return ids instanceof String text && !text.isEmpty() ? List.of(text.split("\n")) : List.of();
    }

    /** What the diagram's status line says. */
    String status() {
        return String.valueOf(view.browser().evaluate(
                "return document.querySelector('.sprotty-status-message')?.textContent ?? '';"));
    }

    /** All the page's text. */
    String text() {
        if (view.browser() == null) {
            return "";
        }
        return String.valueOf(view.browser().evaluate("return document.body.textContent;"));
    }

    /** Clicks the link above the diagram whose address holds {@code fragment}. */
    void open(String fragment) {
        view.browser().evaluate("document.querySelector('#viste a[href*=\"" + fragment + "\"]').click(); return 1;");
    }

    /** Gives the diagram the keyboard, as a click on it does. */
    void focus() {
        Ui.focus(view.browser());
        view.browser().evaluate("document.querySelector('#sprotty svg').focus(); return 1;");
    }
}
