// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.models;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import it.tendere.studio.StudioPlugin;
import it.tendere.studio.editor.ModelAnalysis;

/**
 * The checks' findings as problem markers on the model files: the editors'
 * rulers and the Problems view show them.
 */
public final class ModelProblems {

    /** The studio's marker type (a problem marker and a text marker). */
    public static final String MARKER = "it.tendere.studio.problem";

    /** The marker attribute holding the check's issue code. */
    public static final String CODE = "code";

    private ModelProblems() {
    }

    /** Replaces a file's markers with the findings of its last check. */
    public static void update(IFile file, List<Issue> issues) {
        if (!file.exists()) {
            return;
        }
        try {
            IWorkspace workspace = ResourcesPlugin.getWorkspace();
            workspace.run(monitor -> {
                file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
                for (Issue issue : issues) {
                    file.createMarker(MARKER, attributes(issue));
                }
            }, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
            StudioPlugin.log("markers not updated on " + file.getFullPath(), e);
        }
    }

    private static Map<String, Object> attributes(Issue issue) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, issue.getMessage());
        attributes.put(IMarker.SEVERITY, issue.getSeverity() == Severity.ERROR ? IMarker.SEVERITY_ERROR
                : issue.getSeverity() == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
        if (issue.getLineNumber() != null) {
            attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
            attributes.put(IMarker.LOCATION, StudioPlugin.MESSAGES.get("marker.location", issue.getLineNumber(),
                    issue.getColumn() == null ? 1 : issue.getColumn()));
        }
        if (issue.getOffset() != null && issue.getLength() != null) {
            attributes.put(IMarker.CHAR_START, issue.getOffset());
            attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
        }
        if (issue.getCode() != null) {
            attributes.put(CODE, issue.getCode());
        }
        attributes.put(IMarker.SOURCE_ID, StudioPlugin.ID);
        return attributes;
    }

    /** A background job checking models that no editor holds, so the Problems view covers the whole folder. */
    public static Job checkJob(List<IFile> files) {
        Job job = Job.create(StudioPlugin.MESSAGES.get("job.check"), (IProgressMonitor monitor) -> {
            monitor.beginTask(StudioPlugin.MESSAGES.get("job.check"), files.size());
            for (IFile file : files) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                try {
                    byte[] bytes = file.getContents(true).readAllBytes();
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    update(file, ModelAnalysis.of(text, file.getLocation().toPath()).issues());
                } catch (CoreException | java.io.IOException e) {
                    StudioPlugin.log("not checked: " + file.getFullPath(), e);
                }
                monitor.worked(1);
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.DECORATE);
        job.setSystem(false);
        return job;
    }
}
