// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static it.tendere.studio.tests.Workbench.markers;
import static it.tendere.studio.tests.Workbench.offsetOf;
import static it.tendere.studio.tests.Workbench.page;
import static it.tendere.studio.tests.Workbench.problemsView;
import static it.tendere.studio.tests.Workbench.selectAfter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import it.tendere.diagram.DocumentFont;
import it.tendere.servicemodel.Role;
import it.tendere.studio.editor.TendereEditor;
import it.tendere.studio.generate.GenerateDialog;
import it.tendere.studio.generate.PreviewView;
import it.tendere.studio.models.ModelFolders;
import it.tendere.studio.models.ModelsView;

/**
 * The studio, driven through its window as a user works: open the sample
 * model, make a mistake, ask for help, look at a process map, generate the
 * document, close without saving. Each test starts from the sample model
 * open as saved and waits for what it needs, never for a fixed time; they
 * run in a random order, so none can lean on another. Each step leaves a
 * screenshot in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.Random.class)
class StudioTests {

    private static Path models;
    private static Path formazione;
    private static byte[] original;

    @BeforeAll
    static void copySamples() throws IOException {
        // The tests edit copies: models/ is never touched.
        Path work = Path.of(System.getProperty("tendere.work", "target/studio-work"));
        models = emptyFolder(work.resolve("models"));
        Path samples = Path.of(System.getProperty("tendere.models", "../../models"));
        for (String name : List.of("formazione.tendere", "sua.tendere")) {
            Files.copy(samples.resolve(name), models.resolve(name));
        }
        formazione = models.resolve("formazione.tendere");
        original = Files.readAllBytes(formazione);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1600, 1000);
    }

    private TendereEditor editor;

    /** A folder of the tests' own, made if missing, emptied of what an earlier run left. */
    private static Path emptyFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        return folder;
    }

    /** Every test starts here: no editor but the sample model's, opened from the file as the samples have it. */
    @BeforeEach
    void openTheSampleAsSaved() throws Exception {
        page().closeAllEditors(false);
        if (!Arrays.equals(original, Files.readAllBytes(formazione))) {
            Files.write(formazione, original);
        }
        editor = openFormazione();
        Ui.waitUntil("the model is checked clean", () -> markers(editor.file()).isEmpty());
    }

    @AfterEach
    void closeWithoutSaving() {
        page().closeAllEditors(false);
    }

    private static TendereEditor openFormazione() throws CoreException {
        TendereEditor editor = ModelFolders.open(page(), formazione);
        assertNotNull(editor, "the model opens in the Tendere editor");
        Ui.waitUntil("the model is checked", () -> editor.latest() != null && editor.lastParsed() != null);
        return editor;
    }

    @Test
    void theSampleModelOpensWithItsModelsOutlineAndNoProblem() throws CoreException {
        assertEquals("formazione.tendere", editor.getTitle());
        assertTrue(editor.document().get().contains("Università di Valdaro – Dipartimento"),
                "the model is read as UTF-8, whatever the system's encoding");
        assertTrue(editor.getSite().getShell().getText().startsWith("formazione.tendere"),
                "the window's title names the model");
        ModelsView models = (ModelsView) page().findView(ModelsView.ID);
        assertEquals(List.of("formazione.tendere", "sua.tendere"),
                models.models().stream().map(IFile::getName).toList());
        Ui.waitUntil("the folder's models are checked", () -> markers(editor.file()).isEmpty());
        Ui.screenshot("01-modello-aperto");
    }

    @Test
    void aMistakeTypedIsMarkedWithTheChecksItalianMessage() throws Exception {
        selectAfter(editor, "comuni ", "47");
        Ui.type('4'); // 47 Comuni become 4: fewer than the 40 the service may reach
        assertTrue(editor.isDirty());
        Ui.waitUntil("the mistake is marked", () -> markers(editor.file()).stream().anyMatch(m -> m
                .getAttribute(IMarker.MESSAGE, "")
                .contains("i Comuni potenzialmente coinvolgibili (40) sono più dei Comuni della Provincia (4)")));
        IMarker marker = markers(editor.file()).stream()
                .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("coinvolgibili")).findFirst().orElseThrow();
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(editor.document().getLineOfOffset(offsetOf(editor, "coinvolgibili 40")) + 1,
                marker.getAttribute(IMarker.LINE_NUMBER, -1), "the marker is on the line of the reach");
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("2.1 Obiettivi e caratteristiche"));
        IAnnotationModel ruler = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        Ui.waitUntil("the ruler shows it", () -> {
            for (Iterator<Annotation> all = ruler.getAnnotationIterator(); all.hasNext();) {
                if (all.next() instanceof MarkerAnnotation annotation && annotation.getMarker().equals(marker)) {
                    return true;
                }
            }
            return false;
        });
        Ui.waitUntil("the Problems view lists it", () -> problemsView().contains("coinvolgibili (40)"));
        Ui.screenshot("02-errore-segnalato");

        // What the Problems view does on a double click: the editor shows the marker's place.
        editor.selectAndReveal(0, 0);
        IDE.openEditor(page(), marker);
        assertEquals(marker.getAttribute(IMarker.CHAR_START, -1), editor.viewer().getSelectedRange().x,
                "the caret goes to the problem");

        Ui.chord(SWT.CTRL, 'z');
        assertFalse(editor.isDirty(), "undo brings the saved text back");
        Ui.waitUntil("the mark goes with the mistake", () -> markers(editor.file()).isEmpty());
        Ui.waitUntil("the Problems view empties", () -> !problemsView().contains("coinvolgibili"));
    }

    @Test
    void contentAssistOnARoleReferenceOffersTheModelsRoles() throws Exception {
        int reference = selectAfter(editor, "ruoli ", "progettista");
        Ui.type(SWT.BS);
        Ui.chord(SWT.CTRL, ' ');
        Table[] popup = { proposals() };
        Set<String> proposed = new TreeSet<>();
        for (TableItem item : popup[0].getItems()) {
            proposed.add(item.getText().split(" ")[0]);
        }
        Set<String> roles = new TreeSet<>();
        editor.lastParsed().model().getOrganisation().getRoles().stream().map(Role::getName).forEach(roles::add);
        assertEquals(Set.of("amministrativo", "progettista", "responsabile", "tutor"), roles);
        assertEquals(roles, proposed, "the proposals are the model's roles");
        Ui.screenshot("03-suggerimenti-ruoli");

        String first = popup[0].getItem(0).getText().split(" ")[0];
        // Under Xvfb, with no window manager, neither Enter nor the mouse
        // reaches the list of proposals (the key goes to the popup's shell,
        // the click closes it): the list is told it was chosen, as SWT tells
        // it on a double click.
        popup[0].setSelection(0);
        popup[0].notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.waitUntil("the proposal is written", () -> editor.document().get()
                .startsWith("ruoli " + first + "\n", reference - "ruoli ".length()));
        editor.doRevertToSaved();
        assertFalse(editor.isDirty());
    }

    /** The list of a popup of proposals (content assist, quick fixes), once it shows some. */
    private Table proposals() {
        Table[] popup = new Table[1];
        Ui.waitUntil("the proposals show", () -> {
            for (Shell shell : Ui.display().getShells()) {
                if (shell != editor.getSite().getShell() && shell.isVisible()) {
                    for (Table table : Ui.find(shell, Table.class)) {
                        if (table.getItemCount() > 0) {
                            popup[0] = table;
                            return true;
                        }
                    }
                }
            }
            return false;
        });
        return popup[0];
    }

    @Test
    void ctrl1OnAProblemsLineOffersItsQuickFixesAndAppliesTheChosenOne() throws Exception {
        String saved = editor.document().get();
        int coordination = saved.indexOf("\t\t\tcoordinamento\n");
        editor.document().replace(coordination, "\t\t\tcoordinamento\n".length(), "");
        Ui.waitUntil("the lost coordination point is marked", () -> markers(editor.file()).stream()
                .anyMatch(m -> "coordination-missing".equals(m.getAttribute("code", ""))));
        editor.selectAndReveal(offsetOf(editor, "ruolo responsabile") + 3, 0);
        Ui.focus(editor.viewer().getTextWidget());
        Ui.chord(SWT.CTRL, '1');
        Table popup = proposals();
        List<String> fixes = Arrays.stream(popup.getItems()).map(TableItem::getText).toList();
        assertEquals(List.of("Fai del ruolo «Responsabile del servizio associato» il punto di responsabilità (coordinamento)",
                "Fai del ruolo «Progettista della formazione» il punto di responsabilità (coordinamento)",
                "Fai del ruolo «Istruttore amministrativo» il punto di responsabilità (coordinamento)",
                "Fai del ruolo «Tutor d'aula e della piattaforma» il punto di responsabilità (coordinamento)"), fixes);
        Ui.screenshot("036-correzione-rapida");
        popup.setSelection(0);
        popup.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.waitUntil("the fix is written", () -> editor.document().get().equals(saved));
        Ui.waitUntil("the warning goes", () -> markers(editor.file()).isEmpty());
    }

    @Test
    void theProblemsViewOffersTheSameFixesAndMakesThemInTheEditor() throws Exception {
        String saved = editor.document().get();
        editor.document().replace(saved.indexOf("\t\t\tcoordinamento\n"), "\t\t\tcoordinamento\n".length(), "");
        Ui.waitUntil("the lost coordination point is marked", () -> markers(editor.file()).stream()
                .anyMatch(m -> "coordination-missing".equals(m.getAttribute("code", ""))));
        IMarker marker = markers(editor.file()).stream()
                .filter(m -> "coordination-missing".equals(m.getAttribute("code", ""))).findFirst().orElseThrow();
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
        org.eclipse.ui.IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals("Fai del ruolo «Progettista della formazione» il punto di responsabilità (coordinamento)",
                resolutions[1].getLabel());
        resolutions[1].run(marker);
        Ui.waitUntil("the fix is made in the editor", () -> editor.document().get()
                .contains("ruolo progettista \"Progettista della formazione\" {\n\t\t\tcoordinamento\n"));
        Ui.waitUntil("the warning goes", () -> markers(editor.file()).isEmpty());
    }

    @Test
    void aSnippetWritesTheBlockAndSelectsItsFirstPlaceholder() throws Exception {
        int at = offsetOf(editor, "\t\truolo tutor");
        editor.document().replace(at, 0, "\t\t\n");
        editor.selectAndReveal(at + 2, 0);
        Ui.focus(editor.viewer().getTextWidget());
        Ui.chord(SWT.CTRL, ' ');
        Table popup = proposals();
        int snippet = -1;
        for (int i = 0; i < popup.getItemCount(); i++) {
            if (popup.getItem(i).getText().startsWith("ruolo { … }")) {
                snippet = i;
            }
        }
        assertTrue(snippet >= 0, () -> Arrays.stream(popup.getItems()).map(TableItem::getText).toList().toString());
        Ui.screenshot("038-modello-ruolo");
        popup.setSelection(snippet);
        popup.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        String block = "\t\truolo nome \"Titolo\" {\n\t\t\tpersone 1\n\t\t\tresponsabilità \"responsabilità\"\n"
                + "\t\t\tcompetenze nomeCompetenza\n\t\t}\n";
        Ui.waitUntil("the block is written", () -> editor.document().get().startsWith(block, at));
        assertEquals(new org.eclipse.swt.graphics.Point(at + "\t\truolo ".length(), "nome".length()),
                editor.viewer().getSelectedRange(), "the first placeholder is selected, to type over");
    }

    @Test
    void altShiftRRenamesEverywhereRefusesATakenNameAndUndoesAsOne() throws Exception {
        String saved = editor.document().get();
        editor.selectAndReveal(offsetOf(editor, "ruoli progettista") + "ruoli pro".length(), 0);
        Ui.focus(editor.viewer().getTextWidget());
        String[] refused = new String[1];
        Ui.whenShellOpens("Rinomina", shell -> {
            assertTrue(Ui.labels(shell).contains("Ruolo «progettista»: nuovo nome"), Ui.labels(shell));
            List<Text> texts = Ui.find(shell, Text.class);
            texts.get(0).setText("tutor");
            Ui.spin(100);
            refused[0] = texts.get(1).getText();
            Ui.screenshot("037-rinomina-rifiutata");
            texts.get(0).setText("ideatore");
            Ui.spin(100);
            Ui.press(shell, "OK");
        });
        Ui.chord(SWT.ALT | SWT.SHIFT, 'r');
        Ui.waitUntil("the name is changed", () -> editor.document().get().contains("ruolo ideatore"));
        Ui.rethrowDialogFailures();
        assertTrue(refused[0].startsWith("«tutor» è già il nome di un altro elemento di tipo ruolo (riga "), refused[0]);
        assertEquals(saved.replaceAll("\\bprogettista\\b", "ideatore"), editor.document().get(),
                "the declaration and every reference, and nothing else");
        Ui.waitUntil("the renamed model is clean", () -> editor.latest() != null
                && editor.latest().text().equals(editor.document().get()) && editor.latest().issues().isEmpty());
        Ui.chord(SWT.CTRL, 'z');
        assertEquals(saved, editor.document().get(), "one undo takes the whole rename back");
    }

    @Test
    void formatHoverAndOutlineWorkOnTheText() throws Exception {
        String saved = editor.document().get();
        // the outline is the format's: 2.1, 2.2, 2.3 (filled in the background: waited for)
        java.util.function.Supplier<java.util.Optional<Tree>> paragraphs = () -> Ui.find(editor.getSite().getShell(),
                Tree.class).stream().filter(tree -> tree.getItemCount() == 3
                        && tree.getItem(0).getText().equals("2.1 Obiettivi e caratteristiche")).findFirst();
        Ui.waitUntil("the outline shows the three paragraphs", () -> paragraphs.get().isPresent());
        Tree outline = paragraphs.get().orElseThrow();
        assertEquals(List.of("2.1 Obiettivi e caratteristiche", "2.2 Assetto organizzativo", "2.3 Processi e strumenti"),
                Arrays.stream(outline.getItems()).map(TreeItem::getText).toList());
        assertTrue(Arrays.stream(outline.getItem(1).getItems()).anyMatch(item -> item.getText()
                .equals("Ruolo: Progettista della formazione")));

        // hover on a reference says what it refers to
        String hover = editor.hoverAt(offsetOf(editor, "ruoli progettista") + "ruoli ".length() + 2);
        assertTrue(hover.startsWith("Ruolo «Progettista della formazione» (progettista)"), hover);

        // Ctrl+Maiusc+F puts the indentation back, as one change to undo
        int tab = offsetOf(editor, "\n\tprovincia") + 1;
        editor.selectAndReveal(tab, 1);
        Ui.focus(editor.viewer().getTextWidget());
        Ui.type(SWT.BS); // the line loses its indentation
        assertTrue(editor.document().get().contains("\nprovincia \"Provincia di Valdaro\""));
        Ui.chord(SWT.CTRL | SWT.SHIFT, 'f');
        Ui.waitUntil("the text is formatted",
                () -> editor.document().get().contains("\n\tprovincia \"Provincia di Valdaro\""));
        Ui.waitUntil("the formatted text is checked", () -> editor.latest() != null
                && editor.latest().text().equals(editor.document().get()));
        assertEquals(List.of(), editor.latest().errors().stream().map(issue -> issue.getLineNumber() + ": "
                + issue.getMessage()).toList(), "formatting keeps the model as it was");
        Ui.screenshot("035-formattato");
        Ui.chord(SWT.CTRL, 'z');
        assertTrue(editor.document().get().contains("\nprovincia \"Provincia di Valdaro\""),
                "one undo takes the format back");
        editor.doRevertToSaved();
        assertEquals(saved, editor.document().get());
    }

    @Test
    void generateDocumentWritesTheFourFilesAndShowsThePreview() throws Exception {
        page().activate(editor);
        Path out = emptyFolder(models.resolveSibling("documento"));
        List<String> said = new ArrayList<>();
        Ui.whenShellOpens("Genera documento", dialog -> {
            Text destination = Ui.find(dialog, Text.class).stream()
                    .filter(t -> t.getData(GenerateDialog.DESTINATION) != null).findFirst().orElseThrow();
            destination.setText(out.toString());
            Ui.screenshot("05-genera-documento");
            Ui.press(dialog, "Genera");
            Ui.whenShellOpens("Genera documento", done -> {
                said.add(Ui.labels(done));
                Ui.screenshot("06-documento-scritto");
                Ui.press(done, "Chiudi");
            });
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("it.tendere.studio.generate", null);
        Ui.rethrowDialogFailures();
        Ui.waitUntil("the last dialog is answered", () -> !said.isEmpty());

        List<String> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("sezione-2-provincia-di-valdaro-formazione.docx", "sezione-2-provincia-di-valdaro-formazione.html",
                "sezione-2-provincia-di-valdaro-formazione.odt", "sezione-2-provincia-di-valdaro-formazione.pdf"), written);
        byte[] pdf = Files.readAllBytes(out.resolve("sezione-2-provincia-di-valdaro-formazione.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        byte[] docx = Files.readAllBytes(out.resolve("sezione-2-provincia-di-valdaro-formazione.docx"));
        assertArrayEquals(new byte[] { 'P', 'K' }, Arrays.copyOf(docx, 2));
        try (java.util.zip.ZipFile odt = new java.util.zip.ZipFile(
                out.resolve("sezione-2-provincia-di-valdaro-formazione.odt").toFile())) {
            assertEquals("application/vnd.oasis.opendocument.text", new String(odt.getInputStream(
                    odt.getEntry("mimetype")).readAllBytes(), StandardCharsets.US_ASCII), "an OpenDocument text");
        }
        String html = Files.readString(out.resolve("sezione-2-provincia-di-valdaro-formazione.html"));
        assertTrue(html.contains("Il modello di servizio a tendere"));
        assertTrue(said.get(0).contains("sezione-2-provincia-di-valdaro-formazione.pdf"), said.get(0));
        assertTrue(said.get(0).contains(out.toString()), said.get(0));

        PreviewView preview = (PreviewView) page().findView(PreviewView.ID);
        assertNotNull(preview, "the preview shows");
        assertEquals(out.resolve("sezione-2-provincia-di-valdaro-formazione.html"), preview.shown());
        assertNotNull(preview.browser(), "WebKitGTK is installed here: the preview is a browser");
        Ui.waitUntil("the browser shows the document", () -> {
            Object text = preview.browser().evaluate("return document.readyState === 'complete' && document.body"
                    + " ? document.body.innerText : '';");
            return text instanceof String shown && shown.contains("2.3 Processi e strumenti");
        });
        Ui.screenshot("07-anteprima-html");
    }

    @Test
    void aTemplateIsCheckedInTheDialogUsedAndRememberedForTheModelsFolder() throws Exception {
        page().activate(editor);
        Path out = emptyFolder(models.resolveSibling("documento-modello"));
        // a template: a Word document of another Province, in DejaVu Serif (its body must not reach ours, its
        // font must); and a file that is none
        Path template = models.resolveSibling("carta-intestata.docx");
        DocumentFont serif = DocumentFont.find("DejaVu Serif");
        Files.write(template, DocumentFont.with(serif, () -> it.tendere.docgen.DocumentGenerator.write(
                it.tendere.docgen.DocumentGenerator.view(it.tendere.studio.editor.ModelAnalysis.of(
                        Files.readString(models.resolve("sua.tendere")), models.resolve("sua.tendere")).model()),
                it.tendere.docgen.DocumentFormat.DOCX)));
        Path bad = models.resolveSibling("non-word.docx");
        Files.writeString(bad, "non sono un documento Word");
        List<String> said = new ArrayList<>();
        boolean[] refused = new boolean[1];
        Ui.whenShellOpens("Genera documento", dialog -> {
            Text destination = Ui.find(dialog, Text.class).stream()
                    .filter(t -> t.getData(GenerateDialog.DESTINATION) != null).findFirst().orElseThrow();
            Text templateField = Ui.find(dialog, Text.class).stream()
                    .filter(t -> t.getData(GenerateDialog.TEMPLATE) != null).findFirst().orElseThrow();
            destination.setText(out.toString());
            templateField.setText(bad.toString());
            Ui.spin(100);
            org.eclipse.swt.widgets.Button generate = Ui.find(dialog, org.eclipse.swt.widgets.Button.class).stream()
                    .filter(b -> b.getText().replace("&", "").equals("Genera")).findFirst().orElseThrow();
            refused[0] = !generate.isEnabled() && Ui.labels(dialog).contains("non è un documento Word leggibile")
                    || !generate.isEnabled() && Ui.find(dialog, Text.class).stream()
                            .anyMatch(t -> t.getText().contains("non è un documento Word leggibile"));
            Ui.screenshot("051-modello-di-documento-rifiutato");
            templateField.setText(template.toString());
            Ui.spin(100);
            Ui.press(dialog, "Genera");
            Ui.whenShellOpens("Genera documento", done -> {
                said.add(Ui.labels(done));
                Ui.press(done, "Chiudi");
            });
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("it.tendere.studio.generate", null);
        Ui.rethrowDialogFailures();
        Ui.waitUntil("the last dialog is answered", () -> !said.isEmpty());
        assertTrue(refused[0], "a template that is no Word file is refused in the dialog, with the reason");
        String body;
        try (java.util.zip.ZipFile docx = new java.util.zip.ZipFile(
                out.resolve("sezione-2-provincia-di-valdaro-formazione.docx").toFile())) {
            body = new String(docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        assertTrue(body.contains("Valdaro") && !body.contains("Colleverde"), "our document in the template, not its body");
        // the PDF in the template's font (poppler's list of the fonts it embeds), the studio's editors still in theirs
        String fonts = pdffonts(out.resolve("sezione-2-provincia-di-valdaro-formazione.pdf"));
        assertTrue(fonts.contains("DejaVuSerif") && !fonts.contains("DejaVuSans"), fonts);
        assertTrue(Files.readString(out.resolve("sezione-2-provincia-di-valdaro-formazione.html"))
                .contains("'DejaVu Serif'"), "the HTML in the template's font");
        assertEquals("DejaVu Sans", DocumentFont.current().family(), "the studio's own font is unchanged");
        assertFalse(said.get(0).contains("non è installato"), said.get(0));

        // the next time, for a model of the same folder, the template is already there
        page().activate(editor);
        String[] remembered = new String[1];
        Ui.whenShellOpens("Genera documento", dialog -> {
            remembered[0] = Ui.find(dialog, Text.class).stream().filter(t -> t.getData(GenerateDialog.TEMPLATE) != null)
                    .findFirst().orElseThrow().getText();
            Ui.press(dialog, "Annulla");
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("it.tendere.studio.generate", null);
        Ui.rethrowDialogFailures();
        Ui.waitUntil("the dialog was read", () -> remembered[0] != null);
        // the other tests generate without a template
        it.tendere.studio.StudioPlugin.get().getPreferenceStore().setToDefault(GenerateDialog.TEMPLATE_PREFERENCE
                + editor.path().toAbsolutePath().getParent());
        assertEquals(template.toString(), remembered[0]);
    }

    /**
     * A Word template whose font this machine lacks and whose letterhead's
     * logo is a Windows metafile: the closing dialog says what the PDF
     * does without (the font, the logo), each in one sentence.
     */
    @Test
    void whatATemplateLosesInThePdfIsSaidInTheClosingDialog() throws Exception {
        page().activate(editor);
        Path out = emptyFolder(models.resolveSibling("documento-carattere"));
        // a Word template whose text is in a family this machine does not have
        byte[] docx = it.tendere.docgen.DocumentGenerator.write(it.tendere.docgen.DocumentGenerator.view(
                it.tendere.studio.editor.ModelAnalysis.of(Files.readString(models.resolve("sua.tendere")),
                        models.resolve("sua.tendere")).model()), it.tendere.docgen.DocumentFormat.DOCX);
        Path template = models.resolveSibling("carattere-assente.docx");
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
                var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(template))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("word/styles.xml")) {
                    part = new String(part, StandardCharsets.UTF_8).replace("DejaVu Sans", "Tendere Carattere Assente")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(part);
                zip.closeEntry();
            }
        }
        // and a letterhead whose logo is a Windows metafile (what an old Word letterhead has)
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(template))) {
            var letterhead = word.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph()
                    .createRun();
            letterhead.addPicture(new java.io.ByteArrayInputStream(new byte[] { 1, 0, 0, 0, 108, 0, 0, 0 }),
                    org.apache.poi.common.usermodel.PictureType.EMF, "logo.emf",
                    org.apache.poi.util.Units.toEMU(60), org.apache.poi.util.Units.toEMU(20));
            letterhead.setText("Provincia di Valdaro – Ufficio associato");
            var bytes = new java.io.ByteArrayOutputStream();
            word.write(bytes);
            Files.write(template, bytes.toByteArray());
        }
        List<String> said = new ArrayList<>();
        Ui.whenShellOpens("Genera documento", dialog -> {
            Ui.find(dialog, Text.class).stream().filter(t -> t.getData(GenerateDialog.DESTINATION) != null).findFirst()
                    .orElseThrow().setText(out.toString());
            Ui.find(dialog, Text.class).stream().filter(t -> t.getData(GenerateDialog.TEMPLATE) != null).findFirst()
                    .orElseThrow().setText(template.toString());
            Ui.spin(100);
            Ui.press(dialog, "Genera");
            Ui.whenShellOpens("Genera documento", done -> {
                said.add(Ui.labels(done));
                Ui.screenshot("052-carattere-del-modello-assente");
                Ui.press(done, "Chiudi");
            });
        });
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("it.tendere.studio.generate",
                    null);
            Ui.rethrowDialogFailures();
            Ui.waitUntil("the closing dialog is answered", () -> !said.isEmpty());
        } finally {
            it.tendere.studio.StudioPlugin.get().getPreferenceStore().setToDefault(GenerateDialog.TEMPLATE_PREFERENCE
                    + editor.path().toAbsolutePath().getParent());
        }
        assertTrue(said.get(0).contains("Il PDF e i diagrammi usano DejaVu Sans")
                && said.get(0).contains("«Tendere Carattere Assente», non è installato"), said.get(0));
        assertTrue(said.get(0).contains("Il PDF riporta intestazione e piè di pagina del modello di documento senza le "
                + "immagini in un formato che non sa disegnare (image/x-emf): il DOCX le ha."), said.get(0));
        String fonts = pdffonts(out.resolve("sezione-2-provincia-di-valdaro-formazione.pdf"));
        assertTrue(fonts.contains("DejaVuSans"), fonts);
    }

    /** The fonts a PDF embeds, as poppler's pdffonts lists them. */
    private static String pdffonts(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdffonts", pdf.toString()).redirectErrorStream(true).start();
        String listed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), listed);
        return listed;
    }

    @Test
    void aModelWithErrorsIsRefusedWithItsErrorsListed() throws Exception {
        page().activate(editor);
        selectAfter(editor, "comuni ", "47");
        Ui.type('4');
        List<String> said = new ArrayList<>();
        Ui.whenShellOpens("Genera documento", refusal -> {
            said.add(Ui.labels(refusal));
            Ui.screenshot("08-modello-con-errori");
            Ui.press(refusal, IDialogConstants.OK_LABEL);
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("it.tendere.studio.generate", null);
        Ui.rethrowDialogFailures();
        Ui.waitUntil("the refusal is answered", () -> !said.isEmpty());
        int errors = editor.latest().errors().size();
        assertTrue(errors > 0);
        assertTrue(said.get(0).contains("Il modello ha " + errors + (errors == 1 ? " errore" : " errori")),
                said.get(0));
        int line = editor.document().getLineOfOffset(offsetOf(editor, "coinvolgibili 40")) + 1;
        assertTrue(said.get(0).contains("riga " + line + ": 2.1 Obiettivi e caratteristiche"), said.get(0));
    }

    @Test
    void closingADirtyEditorAsksAndDiscardsOnlyWhenTold() throws Exception {
        selectAfter(editor, "comuni ", "47");
        Ui.type('4');
        assertTrue(editor.isDirty(), "a change not saved");
        List<String> asked = new ArrayList<>();
        Ui.whenShellOpens("Modifiche non salvate", prompt -> {
            asked.add(Ui.labels(prompt));
            Ui.screenshot("09-chiudere-senza-salvare");
            Ui.press(prompt, "Annulla");
        });
        page().closeEditor(editor, true);
        Ui.rethrowDialogFailures();
        assertEquals(1, asked.size(), "closing asked");
        assertTrue(asked.get(0).contains("«formazione.tendere» ha modifiche non salvate"), asked.get(0));
        assertTrue(page().getEditorReferences().length == 1 && editor.isDirty(), "cancel keeps the editor and the change");

        Ui.whenShellOpens("Modifiche non salvate", prompt -> Ui.press(prompt, "Non salvare"));
        page().closeEditor(editor, true);
        Ui.rethrowDialogFailures();
        assertEquals(0, page().getEditorReferences().length);
        assertArrayEquals(original, Files.readAllBytes(formazione), "the file is as it was");
    }
}
