// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.DocumentFont;

import it.tendere.docgen.docx.DocxWriter;
import it.tendere.docgen.html.HtmlWriter;
import it.tendere.docgen.pdf.PdfWriter;
import it.tendere.docgen.odt.OdtWriter;
import it.tendere.docgen.template.DocumentTemplate;
import it.tendere.docgen.template.DocxTemplate;
import it.tendere.docgen.template.OdfTemplate;
import it.tendere.docgen.template.PrintStyle;
import it.tendere.docgen.view.Section2Builder;
import it.tendere.docgen.view.Section2View;
import it.tendere.format.FileNames;
import it.tendere.servicemodel.ServiceArea;
import it.tendere.servicemodel.ServiceModel;

/**
 * «Sezione 2 – Il modello di servizio a tendere» from a service model: the
 * view is built once, then written in each format asked for.
 */
public final class DocumentGenerator {

    static {
        // POI (and PDFBox, through commons-logging) log through the log4j 2
        // API. Inside OSGi, its first use activates its bundle, which holds a
        // start-up lock in that thread; two writer threads starting it at
        // once deadlock (seen: DOCX and PDF, one waiting for the other's
        // class initialisation). Starting it here, in the caller's thread,
        // before any writer runs, leaves nothing to race for.
        org.apache.logging.log4j.LogManager.getLogger(DocumentGenerator.class);
    }

    /** The name of the threads that write the formats, followed by a number. */
    public static final String WRITER_THREAD = "tendere-writer-";

    private DocumentGenerator() {
    }

    /**
     * The formats in the order they are started, the one that takes longest
     * first, so that it does not wait for a thread while the others finish
     * (1,000 processes, each format alone: PDF 50 s, DOCX 30 s, ODT 8 s, HTML
     * 6 s; BENCHMARKS.md).
     */
    private static final List<DocumentFormat> LONGEST_FIRST = List.of(DocumentFormat.PDF, DocumentFormat.DOCX,
            DocumentFormat.ODT, DocumentFormat.HTML);

    /** What the document shows, placeholders included. */
    public static Section2View view(ServiceModel model) {
        return Section2Builder.build(model);
    }

    /** The document in one format, in memory. */
    public static byte[] write(Section2View view, DocumentFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(view, format, DocxWriter::fallback, () -> { }, null, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory never fails to take bytes: a writer's own reading did
        }
        return out.toByteArray();
    }

    /** Where each format's document is written: opened by its writer when it starts, closed when it is done. */
    @FunctionalInterface
    public interface Destination {
        OutputStream open(DocumentFormat format) throws IOException;
    }

    /**
     * The document in several formats, each written as it is made to its
     * {@code destination} (a large model's documents are never whole in
     * memory), the one of the template's family (DOCX for a Word template,
     * ODT for an OpenDocument one) written into a copy of {@code template}
     * and the PDF on its page, where one is given (null: Tendere's own page
     * and styles). The formats are written side by side, one thread each up
     * to the processors there are, in the caller's document font (its work's,
     * {@link DocumentFont#with}). When {@code cancelled} says so (or the
     * calling thread is interrupted), the writers stop at their next diagram
     * and a {@link CancellationException} is thrown.
     *
     * @throws UncheckedIOException when a destination cannot be opened or written
     */
    public static void write(Section2View view, List<DocumentFormat> formats, BooleanSupplier cancelled,
            DocumentTemplate template, Destination destination) {
        Runnable check = () -> {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("cancelled");
            }
        };
        AtomicInteger threads = new AtomicInteger();
        int processors = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(formats.size(), processors)),
                task -> new Thread(DocumentFont.carried(task), WRITER_THREAD + threads.incrementAndGet()));
        // Only the DOCX draws PNGs (its pictures' fallbacks), the largest part of its work: they are drawn
        // ahead, in the document's order, by threads of their own, a few pictures ahead of the DOCX, which
        // takes each when it reaches it.
        ExecutorService drawing = formats.contains(DocumentFormat.DOCX)
                ? Executors.newFixedThreadPool(processors, task -> new Thread(DocumentFont.carried(task),
                        WRITER_THREAD + "png-" + threads.incrementAndGet()))
                : null;
        Function<Diagram, byte[]> png = drawing == null ? null
                : new DrawnAhead(view.figures().stream().map(Section2View.Figure::diagram).toList(), drawing,
                        2 * processors, check);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (DocumentFormat format : LONGEST_FIRST) {
                if (formats.contains(format)) {
                    running.add(pool.submit(() -> {
                        try (OutputStream out = new BufferedOutputStream(destination.open(format))) {
                            write(view, format, png, check, template, out);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> format : running) {
                await(format, cancelled);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled while writing the documents");
        } catch (ExecutionException e) {
            throw failure(e);
        } finally {
            stop(pool);
            if (drawing != null) {
                stop(drawing); // a writer waiting for a picture no thread will draw is not left waiting
            }
            // a writer stops at its next check, or on the interruption: none runs on once this returns (the
            // caller then removes what they wrote)
            awaitEnd(pool);
            if (drawing != null) {
                awaitEnd(drawing);
            }
        }
    }

    /** Interrupts {@code pool}'s running tasks and cancels those that had not started. */
    private static void stop(ExecutorService pool) {
        for (Runnable waiting : pool.shutdownNow()) {
            if (waiting instanceof Future<?> task) {
                task.cancel(false);
            }
        }
    }

    /** Waits until every task of {@code pool} has ended, even when interrupted (the flag is kept). */
    private static void awaitEnd(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The PNG of each diagram, drawn by {@code drawing} at most {@code ahead}
     * diagrams ahead of the one asked for (so that the pictures waiting take
     * little memory); asked in the document's order, each is drawn once. A
     * drawing's failure (a cancellation, above all) is the asker's.
     */
    private static final class DrawnAhead implements Function<Diagram, byte[]> {
        private final List<Diagram> diagrams;
        private final ExecutorService drawing;
        private final int ahead;
        private final Runnable check;
        private final Map<Diagram, Integer> order = new IdentityHashMap<>();
        private final Map<Diagram, Future<byte[]>> drawn = new IdentityHashMap<>();
        private int submitted;

        DrawnAhead(List<Diagram> diagrams, ExecutorService drawing, int ahead, Runnable check) {
            this.diagrams = diagrams;
            for (int i = 0; i < diagrams.size(); i++) {
                order.putIfAbsent(diagrams.get(i), i);
            }
            this.drawing = drawing;
            this.ahead = ahead;
            this.check = check;
        }

        @Override
        public synchronized byte[] apply(Diagram diagram) {
            int at = order.getOrDefault(diagram, -1);
            while (submitted < diagrams.size() && submitted <= at + ahead) {
                Diagram next = diagrams.get(submitted++);
                drawn.computeIfAbsent(next, d -> drawing.submit(() -> {
                    check.run();
                    return DocxWriter.fallback(d);
                }));
            }
            Future<byte[]> picture = drawn.remove(diagram);
            try {
                if (picture == null) { // not one of the view's figures: drawn here
                    check.run();
                    return DocxWriter.fallback(diagram);
                }
                return picture.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("cancelled while drawing the pictures");
            } catch (ExecutionException e) {
                throw failure(e);
            }
        }
    }

    /** What a writer's or a drawing's failure is to the caller: an error (out of memory, above all) as it is. */
    private static RuntimeException failure(ExecutionException e) {
        if (e.getCause() instanceof Error error) {
            throw error; // the caller tells the user
        }
        if (e.getCause() instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    }

    /** Waits for a writer, looking at {@code cancelled} every tenth of a second while it writes. */
    private static void await(Future<?> writing, BooleanSupplier cancelled)
            throws InterruptedException, ExecutionException {
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled while writing the documents");
            }
            try {
                writing.get(100, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // still writing
            }
        }
    }

    private static void write(Section2View view, DocumentFormat format, Function<Diagram, byte[]> png,
            Runnable check, DocumentTemplate template, OutputStream out) throws IOException {
        switch (format) {
            case DOCX -> DocxWriter.write(view, png, template instanceof DocxTemplate docx ? docx : null, out);
            case ODT -> OdtWriter.write(view, template instanceof OdfTemplate odf ? odf : null, check, out);
            case PDF -> PdfWriter.write(view, check, PrintStyle.of(template), out);
            case HTML -> out.write(HtmlWriter.write(view, HtmlWriter.Medium.SCREEN).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The file name of the document for a model, without extension: the
     * Province and the service area, so that one Province's documents of
     * two services never take each other's place
     * ({@code sezione-2-provincia-di-valdaro-formazione}).
     */
    public static String baseName(Section2View view, ServiceArea area) {
        StringBuilder name = new StringBuilder("sezione-2");
        String province = view.front().province().isPlaceholder() ? "" : FileNames.word(view.front().province().text());
        if (!province.isEmpty()) {
            name.append('-').append(province);
        }
        if (area != null) {
            name.append('-').append(FileNames.word(area.getLiteral()));
        }
        return name.toString();
    }
}
