// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.diagram;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import it.tendere.diagram.Diagram;
import it.tendere.identity.ElementId;
import it.tendere.diagram.Diagrams;
import it.tendere.diagram.PngWriter;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.studio.StudioPlugin;
import it.tendere.studio.editor.ModelAnalysis;
import it.tendere.studio.editor.TendereEditor;

/**
 * «Diagrammi»: the organisation, each process map and the overview of the
 * model in the active editor, drawn by it.tendere.diagram as in the
 * document, redrawn each time the text parses again. A click on a box
 * selects its element's text; zoom in, out, to fit.
 */
public class DiagramView extends ViewPart {

    public static final String ID = "it.tendere.studio.diagrams";

    private static final double MIN_ZOOM = 0.2;
    private static final double MAX_ZOOM = 4;

    private Combo chooser;
    private Label status;
    private ScrolledComposite scroller;
    private Canvas canvas;

    private TendereEditor editor;
    private ModelAnalysis analysis;
    private List<Diagram> diagrams = List.of();
    private Diagram shown;
    private Image image;
    private double zoom = 1;
    private boolean fit = true;
    private Job layout;

    private final Consumer<ModelAnalysis> modelChanged = this::show;

    private final IPartListener2 editors = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof TendereEditor active) {
                follow(active);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                follow(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText(StudioPlugin.MESSAGES.get("diagram.choose"));
        chooser = new Combo(parent, SWT.READ_ONLY);
        chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chooser.addListener(SWT.Selection, event -> select(chooser.getSelectionIndex()));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        scroller.setContent(canvas);
        canvas.addPaintListener(event -> {
            if (image != null && shown != null) {
                Rectangle source = image.getBounds();
                event.gc.setInterpolation(SWT.HIGH);
                event.gc.drawImage(image, 0, 0, source.width, source.height, 0, 0,
                        (int) Math.round(shown.width() * zoom), (int) Math.round(shown.height() * zoom));
            }
        });
        canvas.addListener(SWT.MouseDown, event -> clicked(event.x, event.y));
        scroller.addListener(SWT.Resize, event -> {
            if (fit) {
                fit();
            }
        });
        contributeActions(getViewSite().getActionBars().getToolBarManager());
        getSite().getPage().addPartListener(editors);
        IEditorPart active = getSite().getPage().getActiveEditor();
        follow(active instanceof TendereEditor tendere ? tendere : null);
    }

    private void contributeActions(IToolBarManager toolbar) {
        toolbar.add(action("diagram.zoomIn", () -> setZoom(zoom * 1.25)));
        toolbar.add(action("diagram.zoomOut", () -> setZoom(zoom / 1.25)));
        toolbar.add(action("diagram.actualSize", () -> setZoom(1)));
        toolbar.add(action("diagram.fit", this::fit));
    }

    private static Action action(String key, Runnable run) {
        Action action = new Action(StudioPlugin.MESSAGES.get(key)) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(StudioPlugin.MESSAGES.get(key + ".tip"));
        return action;
    }

    private void follow(TendereEditor next) {
        if (editor == next) {
            return;
        }
        if (editor != null) {
            editor.removeModelListener(modelChanged);
        }
        editor = next;
        if (editor != null) {
            editor.addModelListener(modelChanged);
            if (editor.lastParsed() != null) {
                show(editor.lastParsed());
            } else {
                setStatus(StudioPlugin.MESSAGES.get("diagram.waiting"));
            }
        } else {
            analysis = null;
            diagrams = List.of();
            chooser.removeAll();
            setImage(null, null);
            setStatus(StudioPlugin.MESSAGES.get("diagram.noEditor"));
        }
    }

    /** Lays out the model's diagrams in the background, then shows the one chosen. */
    private void show(ModelAnalysis next) {
        if (layout != null) {
            layout.cancel();
        }
        String chosen = shown == null ? null : shown.id();
        ServiceModel model = next.model();
        layout = Job.create(StudioPlugin.MESSAGES.get("diagram.job"), (IProgressMonitor monitor) -> {
            List<Diagram> laid = new ArrayList<>();
            laid.addAll(Diagrams.organisation(model));
            laid.addAll(Diagrams.processes(model));
            laid.add(Diagrams.overview(model));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            int index = 0;
            for (int i = 0; i < laid.size(); i++) {
                if (laid.get(i).id().equals(chosen)) {
                    index = i;
                }
            }
            Diagram selected = laid.get(index);
            ImageData picture = picture(selected);
            if (!monitor.isCanceled() && !canvas.isDisposed()) {
                canvas.getDisplay().asyncExec(() -> shown(next, laid, selected, picture));
            }
            return Status.OK_STATUS;
        });
        layout.setSystem(true);
        layout.schedule();
    }

    private void shown(ModelAnalysis next, List<Diagram> laid, Diagram selected, ImageData picture) {
        if (canvas.isDisposed()) {
            return;
        }
        analysis = next;
        diagrams = laid;
        chooser.setItems(laid.stream().map(Diagram::caption).toArray(String[]::new));
        chooser.select(laid.indexOf(selected));
        setImage(selected, picture);
        setStatus("");
    }

    private void select(int index) {
        if (index < 0 || index >= diagrams.size()) {
            return;
        }
        Diagram selected = diagrams.get(index);
        setImage(selected, picture(selected));
    }

    /** The diagram drawn as in the document (a PNG at twice the size, scaled when shown). */
    private static ImageData picture(Diagram diagram) {
        return new ImageData(new ByteArrayInputStream(PngWriter.write(diagram)));
    }

    private void setImage(Diagram diagram, ImageData picture) {
        if (image != null) {
            image.dispose();
        }
        shown = diagram;
        image = picture == null ? null : new Image(canvas.getDisplay(), picture);
        // what the diagram shows, in words (the document's alt text)
        canvas.setToolTipText(diagram == null ? null : diagram.description());
        if (fit) {
            fit();
        } else {
            resize();
        }
    }

    private void setStatus(String text) {
        status.setText(text);
        ((GridData) status.getLayoutData()).exclude = text.isEmpty();
        status.setVisible(!text.isEmpty());
        status.getParent().layout();
    }

    /** Zooms so that the whole diagram shows. */
    public void fit() {
        fit = true;
        if (shown != null) {
            Rectangle area = scroller.getClientArea();
            double fitted = Math.min(area.width / shown.width(), area.height / shown.height());
            zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, fitted > 0 ? fitted : 1));
        }
        resize();
    }

    /** Zooms to a factor of the diagram's size at 96 dpi. */
    public void setZoom(double factor) {
        fit = false;
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor));
        resize();
    }

    public double zoom() {
        return zoom;
    }

    private void resize() {
        Point size = shown == null ? new Point(0, 0)
                : new Point((int) Math.ceil(shown.width() * zoom), (int) Math.ceil(shown.height() * zoom));
        canvas.setSize(size);
        canvas.redraw();
    }

    /** The diagrams of the model shown, in the chooser's order. */
    public List<Diagram> diagrams() {
        return diagrams;
    }

    /** The diagram shown, or null. */
    public Diagram shown() {
        return shown;
    }

    /** Shows the diagram with an id. */
    public void show(String id) {
        for (int i = 0; i < diagrams.size(); i++) {
            if (diagrams.get(i).id().equals(id)) {
                chooser.select(i);
                select(i);
            }
        }
    }

    /** A click at a point of the canvas: the box there, if any, has its text selected in the editor. */
    public void clicked(int x, int y) {
        if (shown == null || analysis == null || editor == null) {
            return;
        }
        double dx = x / zoom;
        double dy = y / zoom;
        // the boxes of a diagram never overlap: the one under the point, if it stands for an element
        shown.shapes().stream()
                .filter(shape -> dx >= shape.x() && dx <= shape.right() && dy >= shape.y() && dy <= shape.bottom())
                .map(shape -> ElementId.find(analysis.model(), shape.element()))
                .filter(Objects::nonNull)
                .findFirst()
                .ifPresent(element -> {
                    editor.select(element);
                    getSite().getPage().activate(editor);
                });
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editors);
        if (editor != null) {
            editor.removeModelListener(modelChanged);
        }
        if (layout != null) {
            layout.cancel();
        }
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }
}
