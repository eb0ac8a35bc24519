// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.Objectives;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ProcessesAndTools;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.TitledElement;

/**
 * The outline, organised as the format is: 2.1 (segments, services), 2.2
 * (roles, competences, providers), 2.3 (processes with their phases, tools).
 * Selecting an element selects its text.
 */
final class TendereOutlinePage extends ContentOutlinePage {

    /** A paragraph of Section 2 and the elements written under it. */
    record Paragraph(String title, List<EObject> elements) {
    }

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
                return input instanceof ServiceModel model ? paragraphs(model).toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                if (parent instanceof Paragraph paragraph) {
                    return paragraph.elements().toArray();
                }
                return parent instanceof Process process ? process.getPhases().toArray() : new Object[0];
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
        Set<String> open = Arrays.stream(viewer.getExpandedElements()).filter(Paragraph.class::isInstance)
                .map(paragraph -> ((Paragraph) paragraph).title()).collect(Collectors.toSet());
        boolean first = viewer.getInput() == null;
        viewer.setInput(analysis.model());
        if (first) {
            viewer.expandToLevel(2);
            return;
        }
        for (Object paragraph : ((ITreeContentProvider) viewer.getContentProvider()).getElements(analysis.model())) {
            viewer.setExpandedState(paragraph, open.contains(((Paragraph) paragraph).title()));
        }
    }

    static List<Paragraph> paragraphs(ServiceModel model) {
        Objectives objectives = model.getObjectives();
        Organisation organisation = model.getOrganisation();
        ProcessesAndTools processes = model.getProcessesAndTools();
        return List.of(
                paragraph("2.1 " + Sezione2.PARAGRAPH_2_1_TITLE,
                        objectives == null ? List.of() : List.of(objectives.getSegments(), objectives.getServices())),
                paragraph("2.2 " + Sezione2.PARAGRAPH_2_2_TITLE, organisation == null ? List.of()
                        : List.of(organisation.getRoles(), organisation.getCompetences(), organisation.getProviders())),
                paragraph("2.3 " + Sezione2.PARAGRAPH_2_3_TITLE,
                        processes == null ? List.of() : List.of(processes.getProcesses(), processes.getTools())));
    }

    private static Paragraph paragraph(String title, List<List<? extends EObject>> parts) {
        List<EObject> elements = new ArrayList<>();
        parts.forEach(elements::addAll);
        return new Paragraph(title, elements);
    }

    static String label(Object element) {
        if (element instanceof Paragraph paragraph) {
            return paragraph.title();
        }
        EObject object = (EObject) element;
        String kind = Kinds.of(object.eClass().getName());
        if (object instanceof TitledElement titled) {
            return kind + ": " + Titles.of(titled);
        }
        return object instanceof NamedElement named ? kind + ": " + named.getName() : kind;
    }

    @Override
    public void dispose() {
        editor.removeModelListener(refresh);
        super.dispose();
    }
}
