// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.DocumentFont;
import it.tendere.docgen.template.DocumentTemplate;
import it.tendere.docgen.view.Section2View;
import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.servicemodel.ServiceModel;

/**
 * One generation of «Sezione 2», the same for the command line and the
 * studio: the document's view built once (every diagram laid out once), the
 * files named from it, every file checked before any work is written, the
 * formats written, then the whole set put in place at once — all the files
 * or none.
 *
 * @param view     what the document shows, placeholders included
 * @param files    the file of each format asked for, in the order asked
 * @param template the Province's template (Word or OpenDocument), or null for Tendere's page and styles
 * @param font     the font the view was laid out in and the documents are written in, or null for the
 *                 configured one ({@link DocumentFont#current()})
 */
public record DocumentSet(Section2View view, Map<DocumentFormat, Path> files, DocumentTemplate template,
        DocumentFont font) {

    public DocumentSet {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** Builds the document's view of a model and names its files in {@code folder}. */
    public static DocumentSet plan(ServiceModel model, List<DocumentFormat> formats, Path folder) {
        return plan(model, formats, folder, null);
    }

    /** Builds the document's view of a model and names its files; the document of its family and the PDF follow {@code template}. */
    public static DocumentSet plan(ServiceModel model, List<DocumentFormat> formats, Path folder,
            DocumentTemplate template) {
        return plan(model, formats, folder, template, null);
    }

    /**
     * Builds the document's view of a model in {@code font} (null: the
     * configured one) and names its files; the document of its family and
     * the PDF follow {@code template}.
     */
    public static DocumentSet plan(ServiceModel model, List<DocumentFormat> formats, Path folder,
            DocumentTemplate template, DocumentFont font) {
        Section2View view = DocumentFont.with(font, () -> DocumentGenerator.view(model));
        String base = DocumentGenerator.baseName(view, model.isSetArea() ? model.getArea() : null);
        Map<DocumentFormat, Path> files = new LinkedHashMap<>();
        for (DocumentFormat format : formats) {
            files.put(format, folder.resolve(base + "." + format.extension()));
        }
        return new DocumentSet(view, files, template, font);
    }

    /** The document's diagrams, in its order. */
    public List<Diagram> diagrams() {
        return view.figures().stream().map(Section2View.Figure::diagram).toList();
    }

    /** The formats, in the order asked. */
    public List<DocumentFormat> formats() {
        return List.copyOf(files.keySet());
    }

    /** The files that exist already, which only {@code replace} lets {@link #write} replace. */
    public List<Path> existing() {
        return files.values().stream().filter(java.nio.file.Files::exists).toList();
    }

    /**
     * Writes the documents and puts them in place together; answers the files,
     * in the order of the formats.
     *
     * @throws CancellationException when {@code cancelled} said so: nothing was written
     * @throws ModelFileException    when a file could not be written: none was
     */
    public List<Path> write(boolean replace, BooleanSupplier cancelled) throws ModelFileException {
        try (AtomicFiles.Staging staging = new AtomicFiles.Staging(replace)) {
            write(staging, cancelled);
            staging.commit();
        }
        return new ArrayList<>(files.values());
    }

    /**
     * Writes the documents, each straight into the temporary file
     * {@code staging} gives it beside its file, never whole in memory: every
     * file is staged (checked that it can be written) before any work, and
     * none is in place before the staging is committed (by who puts several
     * sets in place at once).
     *
     * @throws CancellationException when {@code cancelled} said so
     * @throws ModelFileException    when a file could not be written
     */
    public void write(AtomicFiles.Staging staging, BooleanSupplier cancelled) throws ModelFileException {
        for (Path file : files.values()) {
            staging.stage(file);
        }
        try {
            DocumentFont.with(font, () -> {
                DocumentGenerator.write(view, formats(), cancelled, template, format -> staging.output(files.get(format)));
                return null;
            });
        } catch (RuntimeException e) {
            ModelFileException failure = staging.failure();
            if (failure != null) {
                throw failure;
            }
            throw e;
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled before the documents were put in place");
        }
    }
}
