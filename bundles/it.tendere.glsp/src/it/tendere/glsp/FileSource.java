// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelLoader;

/**
 * The model's file as the text's home: each gesture writes the file whole
 * and atomically, refused where the file changed on disk since it was read;
 * changes made outside the editor (another editor, a version control
 * checkout) are watched for, replacing the file counting as much as writing
 * into it.
 */
public final class FileSource implements ModelSource {

    /** How long the file must be quiet before it is read again: one save is often several writes. */
    private static final long QUIET_MS = 150;

    private final Path file;

    public FileSource(Path file) {
        this.file = file;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public LoadedModel load(ModelLoader loader) throws ModelFileException {
        return loader.load(file);
    }

    @Override
    public String text() throws ModelFileException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelFileException(file, String.valueOf(e.getMessage()), e);
        }
    }

    @Override
    public void replace(String expected, ModelText.Edit edit) throws ModelFileException {
        if (!expected.equals(text())) {
            throw new ModelFileException(file, GlspMessages.get("file.changed"));
        }
        AtomicFiles.write(file, edit.applyTo(expected).getBytes(StandardCharsets.UTF_8), true);
    }

    @Override
    public AutoCloseable watch(Runnable changed) throws ModelFileException {
        WatchService service;
        try {
            service = FileSystems.getDefault().newWatchService();
            file.toAbsolutePath().getParent().register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        } catch (IOException e) {
            throw new ModelFileException(file, GlspMessages.get("watch.failed", e.getMessage()), e);
        }
        Thread worker = new Thread(() -> watch(service, changed), "tendere: " + file.getFileName());
        worker.setDaemon(true);
        worker.start();
        return () -> {
            worker.interrupt();
            service.close();
        };
    }

    private void watch(WatchService service, Runnable changed) {
        Path name = file.getFileName();
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= event.kind() == OVERFLOW || name.equals(event.context());
                }
                key.reset();
                if (ours) {
                    // wait for the writes to end, taking what comes meanwhile
                    for (WatchKey more; (more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null;) {
                        more.pollEvents();
                        more.reset();
                    }
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }
}
