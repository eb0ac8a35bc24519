// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

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
 * generate} does: the document's view built once, every file checked before
 * any is written, each written whole or not at all. Cancelled, it stops the
 * writers and writes nothing.
 */
public final class Generation {

    /** What a generation will write: the document's view, once, and the file of each format. */
    public record Plan(Section2View view, List<DocumentFormat> formats, List<Path> files) {
    }

    private Generation() {
    }

    /** Builds the document's view (every diagram laid out) and names the files it will be written to. */
    public static Plan plan(ServiceModel model, List<DocumentFormat> formats, Path folder) {
        Section2View view = DocumentGenerator.view(model);
        String base = DocumentGenerator.baseName(view);
        return new Plan(view, List.copyOf(formats),
                formats.stream().map(format -> folder.resolve(base + "." + format.extension())).toList());
    }

    /**
     * Writes the documents of a plan; answers the files written, in the order of the formats.
     *
     * @throws InterruptedException when the user cancelled: the writers were stopped and nothing was written
     */
    public static List<Path> run(Plan plan, boolean replace, IProgressMonitor monitor)
            throws InterruptedException, ModelFileException {
        List<DocumentFormat> formats = plan.formats();
        List<Path> files = plan.files();
        monitor.beginTask(StudioPlugin.MESSAGES.get("generate.progress"), formats.size() + 2);
        for (Path file : files) {
            AtomicFiles.checkWritable(file, replace);
        }
        monitor.worked(1);
        monitor.subTask(StudioPlugin.MESSAGES.get("generate.progress.writing", formats.size()));
        Map<DocumentFormat, byte[]> documents;
        try {
            documents = DocumentGenerator.write(plan.view(), formats, monitor::isCanceled);
        } catch (CancellationException e) {
            throw new InterruptedException(StudioPlugin.MESSAGES.get("generate.cancelled"));
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
