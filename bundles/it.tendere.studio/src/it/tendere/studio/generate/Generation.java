// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;

import it.tendere.docgen.DocumentFormat;
import it.tendere.docgen.DocumentGenerator;
import it.tendere.docgen.view.Section2View;
import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.studio.StudioPlugin;

/**
 * Writes the document of a model in the formats chosen, as {@code tendere
 * generate} does: every file checked before any is written, each written
 * whole or not at all. Cancelled before the writing starts, nothing is
 * written.
 */
public final class Generation {

    private Generation() {
    }

    /** The files a generation would write. */
    public static List<Path> files(ServiceModel model, List<DocumentFormat> formats, Path folder) {
        return files(DocumentGenerator.view(model), formats, folder);
    }

    private static List<Path> files(Section2View view, List<DocumentFormat> formats, Path folder) {
        String base = DocumentGenerator.baseName(view);
        return formats.stream().map(format -> folder.resolve(base + "." + format.extension())).toList();
    }

    /**
     * Writes the documents; answers the files written, in the order of the formats.
     *
     * @throws InterruptedException when the user cancelled: nothing was written
     */
    public static List<Path> run(ServiceModel model, List<DocumentFormat> formats, Path folder, boolean replace,
            IProgressMonitor monitor) throws InterruptedException, ModelFileException {
        monitor.beginTask(StudioPlugin.MESSAGES.get("generate.progress"), formats.size() + 2);
        Section2View view = DocumentGenerator.view(model);
        List<Path> files = files(view, formats, folder);
        for (Path file : files) {
            AtomicFiles.checkWritable(file, replace);
        }
        monitor.worked(1);
        monitor.subTask(StudioPlugin.MESSAGES.get("generate.progress.writing", formats.size()));
        CompletableFuture<Map<DocumentFormat, byte[]>> writing =
                CompletableFuture.supplyAsync(() -> DocumentGenerator.write(view, formats));
        Map<DocumentFormat, byte[]> documents = null;
        while (documents == null) {
            if (monitor.isCanceled()) {
                writing.cancel(true);
                throw new InterruptedException(StudioPlugin.MESSAGES.get("generate.cancelled"));
            }
            try {
                documents = writing.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still writing: look at the cancel button again
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            }
        }
        monitor.worked(1);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < formats.size(); i++) {
            monitor.subTask(files.get(i).getFileName().toString());
            AtomicFiles.write(files.get(i), documents.get(formats.get(i)), replace);
            written.add(files.get(i));
            monitor.worked(1);
        }
        monitor.done();
        return written;
    }
}
