// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import it.tendere.studio.models.ModelFolders;

/** The studio's workbench: one window in the «Tendere» perspective, over the models of one folder. */
final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<String> arguments;

    StudioWorkbenchAdvisor(List<String> arguments) {
        this.arguments = arguments;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // The Problems view and the editors work on the workspace's resources.
        IDE.registerAdapters();
        configurer.setSaveAndRestore(false);
    }

    @Override
    public void preStartup() {
        // The language's services take a second or two to set up: they are
        // made while the window opens, not when the first model does.
        Thread warmUp = new Thread(() -> StudioPlugin.get().injector(), "tendere-language-services");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return TenderePerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new StudioWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        ModelFolders.openAtStart(getWorkbenchConfigurer().getWorkbench(), start(arguments));
    }

    /**
     * The model or folder to open: the first argument that is neither an
     * option nor an option's value, and names a .tendere file or a folder.
     */
    static Path start(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("-") || (i > 0 && arguments.get(i - 1).startsWith("-"))) {
                continue;
            }
            try {
                Path path = Path.of(argument).toAbsolutePath().normalize();
                if (Files.isDirectory(path) || (Files.isRegularFile(path) && argument.endsWith(".tendere"))) {
                    return path;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a path: not ours
            }
        }
        return null;
    }

    @Override
    public boolean preShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            StudioPlugin.log("workspace not saved", e);
        }
        return true;
    }
}
