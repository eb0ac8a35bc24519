// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.models;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import it.tendere.studio.StudioPlugin;

/**
 * «Modelli»: the models of the folder the user opened, with how many errors
 * and warnings the checks found in each. A double click opens one.
 */
public class ModelsView extends ViewPart {

    public static final String ID = "it.tendere.studio.models";

    private IFolder folder;
    private Label heading;
    private TableViewer viewer;

    private final IResourceChangeListener changes = event -> {
        if (folder != null && event.getDelta() != null && event.getDelta().findMember(folder.getFullPath()) != null) {
            refreshLater();
        }
    };

    /** Shows a folder in the view, opening the view if need be. */
    public static void showFolder(IWorkbenchPage page, IFolder folder) throws PartInitException {
        ModelsView view = (ModelsView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
        view.setFolder(folder);
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                IFile file = (IFile) element;
                int errors = count(file, IMarker.SEVERITY_ERROR);
                int warnings = count(file, IMarker.SEVERITY_WARNING);
                return errors + warnings == 0 ? file.getName()
                        : StudioPlugin.MESSAGES.get("models.counts", file.getName(), errors, warnings);
            }

            @Override
            public Image getImage(Object element) {
                int worst;
                try {
                    worst = ((IFile) element).findMaxProblemSeverity(ModelProblems.MARKER, false, IResource.DEPTH_ZERO);
                } catch (CoreException e) {
                    worst = -1;
                }
                String image = worst == IMarker.SEVERITY_ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
                        : worst == IMarker.SEVERITY_WARNING ? ISharedImages.IMG_OBJS_WARN_TSK
                                : ISharedImages.IMG_OBJ_FILE;
                return PlatformUI.getWorkbench().getSharedImages().getImage(image);
            }
        });
        viewer.addDoubleClickListener(event -> {
            Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (selected instanceof IFile file) {
                try {
                    ModelFolders.open(getSite().getPage(), file);
                } catch (PartInitException e) {
                    StudioPlugin.log("editor not opened on " + file.getFullPath(), e);
                }
            }
        });
        getSite().setSelectionProvider(viewer);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
        refresh();
    }

    /** Shows the models of a folder and checks them in the background. */
    public void setFolder(IFolder folder) {
        this.folder = folder;
        refresh();
        ModelProblems.checkJob(ModelFolders.models(folder)).schedule();
    }

    /** The folder shown, or null. */
    public IFolder folder() {
        return folder;
    }

    /** The models listed. */
    public List<IFile> models() {
        return ModelFolders.models(folder);
    }

    private void refreshLater() {
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        heading.setText(folder == null ? StudioPlugin.MESSAGES.get("models.none")
                : StudioPlugin.MESSAGES.get("models.folder", folder.getLocation().toOSString()));
        viewer.setInput(ModelFolders.models(folder));
        heading.getParent().layout();
    }

    private static int count(IFile file, int severity) {
        try {
            int count = 0;
            for (IMarker marker : file.findMarkers(ModelProblems.MARKER, false, IResource.DEPTH_ZERO)) {
                if (marker.getAttribute(IMarker.SEVERITY, -1) == severity) {
                    count++;
                }
            }
            return count;
        } catch (CoreException e) {
            return 0;
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(changes);
        super.dispose();
    }
}
