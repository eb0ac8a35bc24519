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
        Path start = arguments.stream().filter(argument -> !argument.startsWith("-")).findFirst()
                .map(Path::of).map(Path::toAbsolutePath).filter(Files::exists).orElse(null);
        ModelFolders.openAtStart(getWorkbenchConfigurer().getWorkbench(), start);
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
