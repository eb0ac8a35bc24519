// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.diagram;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.Diagrams;
import it.tendere.diagram.PngWriter;
import it.tendere.diagram.SvgWriter;
import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.glsp.web.EditorServer;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.studio.StudioPlugin;
import it.tendere.studio.editor.ModelAnalysis;
import it.tendere.studio.editor.TendereEditor;

/**
 * «Diagrammi»: the graphical editor of the model in the active editor,
 * beside its text — the organisation, each process map and the overview, as
 * the document draws them, edited with the mouse and the keyboard. A view
 * rather than a tab of the model's editor, so that the text and the diagram
 * are seen together: a gesture shows its text at once, and the caret in the
 * text shows its element in the diagram.
 * <p>
 * Each open model has its own editor server (GLSP, in this process, on
 * 127.0.0.1, a random port and a secret token), whose source is the text
 * editor's document: a gesture is an edit of that document, to undo with
 * Ctrl+Z in either, saved when the user saves. The view shows it in the
 * platform's browser (WebKitGTK) and remembers, per model, which diagram was
 * shown.
 */
public class DiagramView extends ViewPart {

    public static final String ID = "it.tendere.studio.diagrams";

    /** With {@code -Dtendere.trace=true}, the first diagram drawn is told on standard output (for the benchmarks). */
    private static final boolean TRACE = Boolean.getBoolean("tendere.trace");

    private Label status;
    private Browser browser;

    private TendereEditor editor;
    /** Each model's editor server, and the page last shown of it. */
    private final Map<TendereEditor, EditorServer> servers = new HashMap<>();
    private final Map<TendereEditor, String> pages = new HashMap<>();
    /** Says above the diagram, in the view itself, when the text does not parse (the page says it too). */
    private final java.util.function.Consumer<ModelAnalysis> checked = analysis -> {
        String said = syntaxError(analysis);
        if (status != null && !status.isDisposed()) {
            status.getDisplay().asyncExec(() -> {
                if (!status.isDisposed() && editor != null && editor.latest() == analysis) {
                    setStatus(said == null ? "" : StudioPlugin.MESSAGES.get("diagram.frozen", said));
                }
            });
        }
    };

    /** The models whose server is starting. */
    private final java.util.Set<TendereEditor> starting = new java.util.HashSet<>();

    private final IPartListener2 editors = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof TendereEditor active) {
                follow(active);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof TendereEditor closed) {
                if (closed == editor) {
                    follow(null);
                }
                stop(closed);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Action export = new Action(StudioPlugin.MESSAGES.get("diagram.export")) {
            @Override
            public void run() {
                exportAsked();
            }
        };
        export.setToolTipText(StudioPlugin.MESSAGES.get("diagram.export.tip"));
        getViewSite().getActionBars().getToolBarManager().add(export);
        // Ctrl+Z and Ctrl+Maiusc+Z in the view: the text editor's one history
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(),
                history(ITextOperationTarget.UNDO));
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(),
                history(ITextOperationTarget.REDO));
        // the browser engine (WebKitGTK) takes a while to start: once the window is up, not before
        parent.getDisplay().asyncExec(() -> {
            if (parent.isDisposed()) {
                return;
            }
            browser = new Browser(parent, SWT.NONE);
            browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            parent.layout();
            getSite().getPage().addPartListener(editors);
            IEditorPart active = getSite().getPage().getActiveEditor();
            follow(active instanceof TendereEditor tendere ? tendere : null);
        });
    }

    /**
     * Undo or redo in the text editor's history. WebKitGTK hands a key the
     * page does not take back to SWT, so the workbench may see one Ctrl+Z up
     * to three times, with the same time stamp: a key press is one step.
     */
    private Action history(int operation) {
        return new Action() {
            private int lastKey;

            @Override
            public void runWithEvent(Event event) {
                if (event != null && event.type == SWT.KeyDown) {
                    if (event.time == lastKey) {
                        return;
                    }
                    lastKey = event.time;
                }
                run();
            }

            @Override
            public void run() {
                if (editor != null) {
                    EditorSource.operate(editor, operation);
                }
            }
        };
    }

    private void follow(TendereEditor next) {
        if (editor == next || browser == null || browser.isDisposed()) {
            return;
        }
        if (editor != null && servers.containsKey(editor)) {
            pages.put(editor, browser.getUrl());
        }
        if (editor != null) {
            editor.removeCheckListener(checked);
        }
        editor = next;
        if (editor != null) {
            editor.addCheckListener(checked);
        }
        if (editor == null) {
            browser.setUrl("about:blank");
            setStatus(StudioPlugin.MESSAGES.get("diagram.noEditor"));
            return;
        }
        EditorServer server = servers.get(editor);
        if (server != null) {
            show(editor, server);
            return;
        }
        setStatus(StudioPlugin.MESSAGES.get("diagram.starting"));
        if (!starting.add(editor)) {
            return; // on its way
        }
        // the server starts in the background (Jetty, GLSP's injector): the editor is usable meanwhile
        TendereEditor owner = editor;
        EditorSource source = new EditorSource(owner);
        Display display = browser.getDisplay();
        Job.create(StudioPlugin.MESSAGES.get("diagram.starting"), monitor -> {
            try {
                // one injector of the language in the studio: the editor's
                EditorServer.useLanguage(StudioPlugin.get().injector());
                EditorServer started = EditorServer.start(source);
                if (display.isDisposed()) {
                    close(started);
                } else {
                    display.asyncExec(() -> started(owner, started));
                }
            } catch (Exception e) {
                StudioPlugin.log("the diagram editor did not start", e);
                if (!display.isDisposed()) {
                    display.asyncExec(() -> failed(owner, e));
                }
            }
        }).schedule();
    }

    /** A model's server has started: kept while its editor is open, shown if its editor is the one followed. */
    private void started(TendereEditor owner, EditorServer server) {
        if (!starting.remove(owner) || browser.isDisposed()) {
            close(server); // its editor was closed meanwhile, or the view
            return;
        }
        servers.put(owner, server);
        if (editor == owner) {
            show(owner, server);
        }
    }

    private void failed(TendereEditor owner, Exception e) {
        starting.remove(owner);
        if (!browser.isDisposed() && editor == owner) {
            browser.setUrl("about:blank");
            setStatus(StudioPlugin.MESSAGES.get("diagram.failed", String.valueOf(e.getMessage())));
        }
    }

    private void show(TendereEditor shown, EditorServer server) {
        setStatus("");
        // WebKitGTK takes the keyboard when it loads a page: while it loads, the browser cannot have it, so
        // whoever has it (the user typing in the text, a list of proposals open) keeps it
        Control typing = browser.getDisplay().getFocusControl();
        if (typing != null && typing != browser) {
            browser.setEnabled(false);
            browser.addProgressListener(new ProgressAdapter() {
                @Override
                public void completed(ProgressEvent event) {
                    browser.removeProgressListener(this);
                    browser.getDisplay().timerExec(300, () -> {
                        if (!browser.isDisposed()) {
                            browser.setEnabled(true);
                        }
                    });
                }
            });
        }
        // (the page leaves Ctrl+Z to the studio: see the global undo and redo above)
        browser.setUrl(pages.getOrDefault(shown, server.address() + "&studio=1"));
        if (TRACE) {
            traceFirstDrawing(System.currentTimeMillis());
        }
    }

    private void stop(TendereEditor closed) {
        starting.remove(closed);
        pages.remove(closed);
        EditorServer server = servers.remove(closed);
        if (server != null) {
            close(server);
        }
    }

    private static void close(EditorServer server) {
        try {
            server.close();
        } catch (Exception e) {
            StudioPlugin.log("the diagram editor did not stop", e);
        }
    }

    /** The first syntax error of a check, with its line, or null where the text parses. */
    private static String syntaxError(ModelAnalysis analysis) {
        var parsed = analysis.resource().getParseResult();
        if (parsed != null && !parsed.hasSyntaxErrors()) {
            return null;
        }
        return analysis.resource().getErrors().stream().findFirst()
                .map(error -> StudioPlugin.MESSAGES.get("diagram.line", error.getLine(), error.getMessage()))
                .orElse("");
    }

    /** What the view says above the diagram, or "" (for the studio's tests). */
    public String status() {
        return status.isVisible() ? status.getText() : "";
    }

    private void setStatus(String text) {
        status.setText(text);
        ((GridData) status.getLayoutData()).exclude = text.isEmpty();
        status.setVisible(!text.isEmpty());
        status.getParent().layout();
    }

    /** The page that shows the diagram editor (for the studio's tests); null until the window is up. */
    public Browser browser() {
        return browser;
    }

    /** How many times the page shown has drawn a diagram (a model read, a gesture, a change of the text). */
    public int drawings() {
        if (browser == null) {
            return 0;
        }
        return browser.evaluate("return window.tendereDrawings || 0;") instanceof Number count ? count.intValue() : 0;
    }

    /** With {@link #TRACE}: tells on standard output when the page has drawn its first diagram. */
    private void traceFirstDrawing(long since) {
        browser.getDisplay().timerExec(20, () -> {
            if (browser.isDisposed()) {
                return;
            }
            if (drawings() > 0) {
                System.out.println("tendere-trace: primo diagramma disegnato " + (System.currentTimeMillis() - since));
            } else {
                traceFirstDrawing(since);
            }
        });
    }

    /** The editor whose model is shown, or null. */
    public TendereEditor editor() {
        return editor;
    }

    /** The address of the diagram editor of the model shown, or null. */
    public URI address() {
        EditorServer server = editor == null ? null : servers.get(editor);
        return server == null ? null : URI.create(server.address() + "&studio=1");
    }

    /**
     * The figures of the diagram shown, as the document draws them: one, or
     * the parts a large organisation or map is split into. Empty where no
     * model is shown or its text has not parsed yet.
     */
    public List<Diagram> shownFigures() {
        ModelAnalysis parsed = editor == null ? null : editor.lastParsed();
        if (parsed == null || browser == null || browser.isDisposed()) {
            return List.of();
        }
        ServiceModel model = parsed.model();
        Map<String, String> page = query(browser.getUrl());
        String shown = page.getOrDefault("diagramma", "tendere-organizzazione");
        if (shown.equals("tendere-panoramica")) {
            return List.of(Diagrams.overview(model));
        }
        if (shown.equals("tendere-processo")) {
            if (ElementId.find(model, page.get("processo")) instanceof Process process) {
                return Diagrams.process(process);
            }
            return model.getProcessesAndTools() == null || model.getProcessesAndTools().getProcesses().isEmpty()
                    ? List.of() : Diagrams.process(model.getProcessesAndTools().getProcesses().get(0));
        }
        return Diagrams.organisation(model);
    }

    private static Map<String, String> query(String address) {
        Map<String, String> values = new LinkedHashMap<>();
        String query = address == null ? null : URI.create(address).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    /** «Esporta diagramma…»: the diagram shown, as SVG or PNG, where the user says. */
    private void exportAsked() {
        List<Diagram> figures = shownFigures();
        if (figures.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), StudioPlugin.MESSAGES.get("diagram.export"),
                    StudioPlugin.MESSAGES.get("diagram.export.nothing"));
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(StudioPlugin.MESSAGES.get("diagram.export"));
        dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
        dialog.setFilterNames(new String[] { StudioPlugin.MESSAGES.get("diagram.export.svg"),
                StudioPlugin.MESSAGES.get("diagram.export.png") });
        dialog.setFileName(figures.get(0).id() + ".svg");
        if (editor.file() != null && editor.file().getLocation() != null) {
            dialog.setFilterPath(editor.file().getLocation().toFile().getParent());
        }
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen);
        if (!target.getFileName().toString().matches("(?i).*\\.(svg|png)")) {
            target = target.resolveSibling(target.getFileName() + (dialog.getFilterIndex() == 1 ? ".png" : ".svg"));
        }
        List<Path> parts = partFiles(target, figures.size());
        List<Path> existing = parts.stream().filter(part -> !part.equals(Path.of(chosen)) && Files.exists(part))
                .toList();
        if (!existing.isEmpty() && !MessageDialog.openQuestion(getSite().getShell(),
                StudioPlugin.MESSAGES.get("diagram.export"),
                StudioPlugin.MESSAGES.get("diagram.export.replace", existing.size(), existing.get(0)))) {
            return;
        }
        try {
            export(figures, target);
        } catch (ModelFileException e) {
            MessageDialog.openError(getSite().getShell(), StudioPlugin.MESSAGES.get("diagram.export"),
                    e.getPath() + ": " + e.getMessage());
        }
    }

    /**
     * Writes figures to {@code target}, as SVG or PNG by its extension: one
     * figure to that file, the parts of a split one to {@code name-1.svg},
     * {@code name-2.svg}…; answers the files written.
     */
    public static List<Path> export(List<Diagram> figures, Path target) throws ModelFileException {
        boolean png = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<Path> names = partFiles(target, figures.size());
        for (int i = 0; i < figures.size(); i++) {
            files.put(names.get(i), png ? PngWriter.write(figures.get(i)) : SvgWriter.document(figures.get(i)));
        }
        AtomicFiles.writeAll(files, true);
        return names;
    }

    private static List<Path> partFiles(Path target, int count) {
        if (count == 1) {
            return List.of(target);
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        List<Path> parts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            parts.add(target.resolveSibling(name.substring(0, dot) + "-" + i + name.substring(dot)));
        }
        return parts;
    }

    @Override
    public void setFocus() {
        if (browser != null) {
            browser.setFocus();
        } else {
            status.setFocus();
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editors);
        if (editor != null) {
            editor.removeCheckListener(checked);
        }
        for (TendereEditor open : new ArrayList<>(servers.keySet())) {
            stop(open);
        }
        super.dispose();
    }
}
