// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.sourcemodelwatcher.SourceModelWatcher;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.utils.StatusActionUtil;

import com.google.inject.Inject;
import com.google.inject.name.Named;

import it.tendere.dsl.io.ModelFileException;

/**
 * Watches the model's file for changes made outside the editor (another
 * editor, a version control checkout): when its text is no longer the one
 * the diagram was drawn from, the diagram is drawn again from the file, the
 * undo history (which refers to the old text) is forgotten, and the user is
 * told. The editor's own writes leave the file as its text, so they are not
 * changes. Replacing the file (as editors and the editor itself save) counts
 * as much as writing into it.
 */
final class DiskWatcher implements SourceModelWatcher, ClientSessionListener {

    /** How long the file must be quiet before it is read again: one save is often several writes. */
    private static final long QUIET_MS = 150;

    @Inject
    private ActionDispatcher actionDispatcher;

    @Inject
    @Named(ModelStorage.FILE)
    private Path file;

    private Thread worker;
    private WatchService service;

    @Inject
    DiskWatcher(ClientSessionManager sessions, @ClientId String clientId) {
        sessions.addListener(this, clientId);
    }

    @Override
    public synchronized void startWatching() {
        if (worker != null) {
            return;
        }
        try {
            service = FileSystems.getDefault().newWatchService();
            Path directory = file.toAbsolutePath().getParent();
            directory.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        } catch (IOException e) {
            actionDispatcher.dispatch(StatusActionUtil.warn(GlspMessages.get("watch.failed", e.getMessage())));
            return;
        }
        worker = new Thread(this::watch, "tendere: " + file.getFileName());
        worker.setDaemon(true);
        worker.start();
    }

    private void watch() {
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
                    actionDispatcher.dispatch(new ReloadFromDisk());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stopWatching() {
        if (worker != null) {
            worker.interrupt();
            try {
                service.close();
            } catch (IOException e) {
                // closing: nothing to tell
            }
            worker = null;
        }
    }

    @Override
    public void pauseWatching() {
        // the editor's own writes are told apart by their text
    }

    @Override
    public void continueWatching() {
        // as above
    }

    @Override
    public void sessionDisposed(ClientSession session) {
        stopWatching();
    }

    /** The file may have changed on disk: read it again if it has. Only the server handles it. */
    public static final class ReloadFromDisk extends Action {
        public static final String KIND = "tendereReloadFromDisk";

        public ReloadFromDisk() {
            super(KIND);
        }
    }

    /** Reads the file again where it no longer holds the editor's text, and draws it. */
    static final class ReloadHandler extends AbstractActionHandler<ReloadFromDisk> {

        @Inject
        private TendereModelState state;

        @Inject
        private ModelSubmissionHandler submission;

        @Override
        protected List<Action> executeAction(ReloadFromDisk action) {
            ModelText text = state.text();
            if (text == null || text.unchangedOnDisk()) {
                return List.of();
            }
            List<Action> actions = new ArrayList<>();
            try {
                text.reload();
            } catch (ModelFileException e) {
                actions.add(StatusActionUtil.error(GlspMessages.get("reload.failed", e.getMessage())));
                return actions;
            }
            state.forgetHistory();
            actions.addAll(submission.submitModel());
            actions.add(StatusActionUtil.info(text.model() == null || !text.loaded().resource().getErrors().isEmpty()
                    ? GlspMessages.get("reload.invalid") : GlspMessages.get("reload.done"), 12_000));
            return actions;
        }
    }
}
