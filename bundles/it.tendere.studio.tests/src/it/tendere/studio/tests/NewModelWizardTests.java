// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static it.tendere.studio.tests.Workbench.page;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.Test;

import it.tendere.studio.editor.TendereEditor;
import it.tendere.studio.models.ModelFolders;
import it.tendere.studio.models.ModelsView;

/** «Nuovo modello», filled in as a user fills it, into a folder of its own. */
class NewModelWizardTests {

    @Test
    void theWizardStartsFromTheFormatsSkeleton() throws Exception {
        Path folder = Files.createDirectories(
                Path.of(System.getProperty("tendere.work", "target/studio-work")).resolve("nuovi"));
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        ModelsView.showFolder(page(), ModelFolders.link(folder)); // the wizard proposes the folder shown

        // «Selezione del personale», the second of the formats
        Workbench.newModel("Provincia di Montelupo", "selezione-montelupo.tendere", 23, 1, "00-nuovo-modello");

        Path created = folder.resolve("selezione-montelupo.tendere");
        assertTrue(Files.exists(created));
        String text = Files.readString(created);
        assertTrue(text.contains("provincia \"Provincia di Montelupo\""), text);
        assertTrue(text.contains("comuni 23"), text);
        assertTrue(text.contains("ambito selezione"), text);
        Ui.waitUntil("it opens", () -> page().getActiveEditor() instanceof TendereEditor editor
                && editor.getTitle().equals("selezione-montelupo.tendere"));
        ModelsView view = (ModelsView) page().findView(ModelsView.ID);
        Ui.waitUntil("it is listed", () -> view.models().stream().map(IFile::getName).collect(Collectors.toSet())
                .contains("selezione-montelupo.tendere"));
    }
}
