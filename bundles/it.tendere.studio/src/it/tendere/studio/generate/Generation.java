// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;

import it.tendere.docgen.DocumentSet;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.studio.StudioPlugin;

/**
 * The studio's side of a generation: {@link DocumentSet}, the flow {@code
 * tendere generate} runs too, with the progress dialog's monitor. Cancelled,
 * it stops the writers and writes nothing.
 */
public final class Generation {

    private Generation() {
    }

    /**
     * Writes the documents of a set; answers the files written, in the order of the formats.
     *
     * @throws InterruptedException when the user cancelled: the writers were stopped and nothing was written
     */
    public static List<Path> run(DocumentSet set, boolean replace, IProgressMonitor monitor)
            throws InterruptedException, ModelFileException {
        monitor.beginTask(StudioPlugin.MESSAGES.get("generate.progress"), IProgressMonitor.UNKNOWN);
        monitor.subTask(StudioPlugin.MESSAGES.get("generate.progress.writing", set.files().size()));
        try {
            return set.write(replace, monitor::isCanceled);
        } catch (CancellationException e) {
            throw new InterruptedException(StudioPlugin.MESSAGES.get("generate.cancelled"));
        } finally {
            monitor.done();
        }
    }
}
