// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import it.tendere.studio.StudioPlugin;
import it.tendere.studio.editor.TendereEditor;

/**
 * The folder of models the studio works on. The user's folder is linked into
 * a project of the studio's own workspace, so the editors, markers and the
 * Problems view work on it, and nothing (no .project file) is written into
 * the user's folder.
 */
public final class ModelFolders {

    /** The models' file extension. */
    public static final String EXTENSION = "tendere";

    private static final String PROJECT = "tendere";
    private static final String LAST_FOLDER = "lastFolder";

    private ModelFolders() {
    }

    /**
     * Links a folder of the file system (once: a folder linked before is
     * refreshed) and makes it the current one; answers the linked folder.
     */
    public static IFolder link(Path folder) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IProject project = root.getProject(PROJECT);
        NullProgressMonitor monitor = new NullProgressMonitor();
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        IPath location = IPath.fromPath(folder.toAbsolutePath().normalize());
        IFolder known = linked(project, location);
        if (known != null) {
            known.refreshLocal(IResource.DEPTH_INFINITE, monitor);
            remember(folder);
            return known;
        }
        String name = folder.getFileName() == null ? "modelli" : folder.getFileName().toString();
        IFolder linked = project.getFolder(name);
        for (int n = 2; linked.exists(); n++) {
            linked = project.getFolder(name + "-" + n);
        }
        linked.createLink(location, IResource.NONE, monitor);
        remember(folder);
        return linked;
    }

    /** The linked folder the models view shows, or null. */
    public static IFolder current() {
        String last = preferences().getString(LAST_FOLDER);
        if (last.isEmpty()) {
            return null;
        }
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.isOpen()) {
            return null;
        }
        try {
            return linked(project, IPath.fromOSString(last));
        } catch (CoreException e) {
            StudioPlugin.log("models folder not readable", e);
            return null;
        }
    }

    /** The folder of the project linked to a location, or null. */
    private static IFolder linked(IProject project, IPath location) throws CoreException {
        for (IResource member : project.members()) {
            if (member instanceof IFolder folder && folder.isLinked() && location.equals(folder.getLocation())) {
                return folder;
            }
        }
        return null;
    }

    /** The models of a folder, by name. */
    public static List<IFile> models(IFolder folder) {
        List<IFile> models = new ArrayList<>();
        if (folder == null || !folder.exists()) {
            return models;
        }
        try {
            for (IResource member : folder.members()) {
                if (member instanceof IFile file && EXTENSION.equals(file.getFileExtension())) {
                    models.add(file);
                }
            }
        } catch (CoreException e) {
            StudioPlugin.log("models folder not readable", e);
        }
        models.sort(Comparator.comparing(IFile::getName, String.CASE_INSENSITIVE_ORDER));
        return models;
    }

    /** Opens a model file of the file system in an editor, linking its folder first. */
    public static TendereEditor open(IWorkbenchPage page, Path file) throws CoreException {
        IFolder folder = link(file.toAbsolutePath().getParent());
        ModelsView.showFolder(page, folder);
        return open(page, folder.getFile(file.getFileName().toString()));
    }

    /** Opens a model in an editor; null where the editor could not open it (the platform shows why). */
    public static TendereEditor open(IWorkbenchPage page, IFile file) throws PartInitException {
        return IDE.openEditor(page, file, TendereEditor.ID, true) instanceof TendereEditor editor ? editor : null;
    }

    /**
     * At start: the folder or model named on the command line, else the
     * folder of the last session.
     */
    public static void openAtStart(IWorkbench workbench, Path start) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            if (start != null && Files.isDirectory(start)) {
                ModelsView.showFolder(page, link(start));
            } else if (start != null) {
                open(page, start);
            } else {
                IFolder last = current();
                if (last != null) {
                    last.refreshLocal(IResource.DEPTH_ONE, null);
                    ModelsView.showFolder(page, last);
                }
            }
        } catch (CoreException e) {
            ErrorDialog.openError(window.getShell(), StudioPlugin.MESSAGES.get("open.failed.title"),
                    StudioPlugin.MESSAGES.get("open.failed", start), e.getStatus());
        }
    }

    private static void remember(Path folder) {
        preferences().setValue(LAST_FOLDER, folder.toAbsolutePath().normalize().toString());
    }

    private static IPreferenceStore preferences() {
        return StudioPlugin.get().getPreferenceStore();
    }
}
