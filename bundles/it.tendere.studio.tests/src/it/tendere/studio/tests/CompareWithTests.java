// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static it.tendere.studio.tests.Workbench.offsetOf;
import static it.tendere.studio.tests.Workbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.tendere.studio.editor.TendereEditor;
import it.tendere.studio.generate.PreviewView;
import it.tendere.studio.models.ModelFolders;

/**
 * «Confronta con…» as a user meets it: a phase moved to the Comune's lane in
 * the editor, not saved, compared with the saved version — the preview says
 * exactly that, and its link selects the phase in the text.
 */
class CompareWithTests {

    @AfterEach
    void closeWithoutSaving() {
        page().closeAllEditors(false);
    }

    @Test
    void theSavedVersionShowsTheChangeAndItsLinkSelectsTheElement() throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("tendere.work", "target/studio-work"))
                .resolve("confronto"));
        Path model = work.resolve("formazione.tendere");
        Files.copy(Path.of(System.getProperty("tendere.models", "../../models")).resolve("formazione.tendere"), model,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        TendereEditor editor = ModelFolders.open(page(), model);
        assertNotNull(editor);
        Ui.waitUntil("the model is checked", () -> editor.latest() != null);
        String moved = "fase richiesta \"Richiesta dei profili in uso\" {\n\t\t\t\tsvolta da ";
        int at = offsetOf(editor, moved) + moved.length();
        editor.document().replace(at, "provincia".length(), "comune");
        Ui.waitUntil("the edited text is checked", () -> editor.latest() != null
                && editor.latest().text().equals(editor.document().get()));

        List<String> asked = new ArrayList<>();
        Ui.whenShellOpens("Confronta con", question -> {
            asked.add(Ui.labels(question));
            Ui.screenshot("40-confronta-con");
            Ui.press(question, "Versione salvata");
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("it.tendere.studio.compareWith",
                null);
        Ui.rethrowDialogFailures();
        Ui.waitUntil("the question is answered", () -> !asked.isEmpty());
        assertTrue(asked.get(0).contains("«formazione.tendere»"), asked.get(0));

        PreviewView preview = (PreviewView) page().findView(PreviewView.ID);
        assertNotNull(preview, "the comparison is in the preview");
        Ui.waitUntil("the browser shows the changes", () -> {
            Object text = preview.browser().evaluate("return document.readyState === 'complete' && document.body"
                    + " ? document.body.innerText : '';");
            return text instanceof String shown && shown.contains("dalla corsia «Provincia» alla corsia «Comune»");
        });
        Object rows = preview.browser().evaluate("return document.querySelectorAll('tr.MOVED, tr.ADDED, tr.REMOVED,"
                + " tr.CHANGED').length;");
        assertEquals(1.0, ((Number) rows).doubleValue(), "one change, said once");
        Ui.screenshot("41-confronto-versione-salvata");

        editor.viewer().setSelectedRange(0, 0);
        preview.browser().execute("document.querySelector('tr.MOVED a').click();");
        int phase = offsetOf(editor, "fase richiesta");
        Ui.waitUntil("the link selects the phase in the text", () -> {
            int selected = editor.viewer().getSelectedRange().x;
            return selected >= phase && selected < phase + 40;
        });
        assertTrue(editor.isDirty(), "the comparison changes nothing in the editor");
    }
}
