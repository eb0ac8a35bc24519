// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import it.tendere.dsl.ide.hover.HoverText;
import it.tendere.dsl.ide.outline.FormatOutline;
import it.tendere.format.Titles;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.TitledElement;

/**
 * The outline, organised as the format is ({@link FormatOutline}, the same
 * tree as the language server's document symbols): 2.1, 2.2, 2.3 and what
 * each holds, processes with their phases.
 * Selecting an element selects its text.
 */
final class TendereOutlinePage extends ContentOutlinePage {

    private final TendereEditor editor;
    private final Consumer<ModelAnalysis> refresh = this::show;

    TendereOutlinePage(TendereEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof ServiceModel model ? FormatOutline.paragraphs(model).toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                if (parent instanceof FormatOutline.Paragraph paragraph) {
                    return paragraph.elements().toArray();
                }
                return parent instanceof EObject element ? FormatOutline.children(element).toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label(element);
            }
        });
        viewer.addSelectionChangedListener(event -> {
            Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (selected instanceof EObject element && viewer.getControl().isFocusControl()) {
                editor.select(element);
            }
        });
        editor.addModelListener(refresh);
        if (editor.lastParsed() != null) {
            show(editor.lastParsed());
        }
    }

    private void show(ModelAnalysis analysis) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        // the new model's paragraphs are new objects: the open ones are known by their titles
        Set<String> open = Arrays.stream(viewer.getExpandedElements()).filter(FormatOutline.Paragraph.class::isInstance)
                .map(paragraph -> ((FormatOutline.Paragraph) paragraph).title()).collect(Collectors.toSet());
        boolean first = viewer.getInput() == null;
        viewer.setInput(analysis.model());
        if (first) {
            viewer.expandToLevel(2);
            return;
        }
        for (Object paragraph : ((ITreeContentProvider) viewer.getContentProvider()).getElements(analysis.model())) {
            viewer.setExpandedState(paragraph, open.contains(((FormatOutline.Paragraph) paragraph).title()));
        }
    }

    static String label(Object element) {
        if (element instanceof FormatOutline.Paragraph paragraph) {
            return paragraph.title();
        }
        EObject object = (EObject) element;
        String kind = HoverText.kind(object.eClass().getName());
        if (object instanceof TitledElement titled) {
            return kind + ": " + Titles.of(titled);
        }
        if (object instanceof NamedElement named) {
            return kind + ": " + named.getName();
        }
        String about = Titles.about(object);
        return about == null || about.isBlank() ? kind : kind + ": " + about;
    }

    @Override
    public void dispose() {
        editor.removeModelListener(refresh);
        super.dispose();
    }
}
