// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.sourcemodelwatcher.SourceModelWatcher;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.utils.StatusActionUtil;

import com.google.inject.Inject;

import it.tendere.dsl.io.ModelFileException;

/**
 * Follows the model's source for changes the diagram did not make (another
 * editor, a version control checkout, the studio's text editor): when its
 * text is no longer the one the diagram was drawn from, the diagram is drawn
 * again from it, and the user is told what happened. Where the source
 * selects elements (the caret in the studio's text), the diagram selects
 * them too.
 */
final class SourceWatcher implements SourceModelWatcher, ClientSessionListener {

    /** Why the markers are sent again: the source checked the text the diagram shows. */
    private static final String CHECKED = "source";

    @Inject
    private ActionDispatcher actionDispatcher;

    @Inject
    private ModelSource source;

    @Inject
    private TendereModelState state;

    private AutoCloseable watching;
    private AutoCloseable selecting;

    @Inject
    SourceWatcher(ClientSessionManager sessions, @ClientId String clientId) {
        sessions.addListener(this, clientId);
    }

    @Override
    public synchronized void startWatching() {
        if (watching != null) {
            return;
        }
        try {
            watching = source.watch(() -> actionDispatcher.dispatch(new Reload()));
        } catch (ModelFileException e) {
            actionDispatcher.dispatch(StatusActionUtil.warn(e.getMessage()));
            watching = () -> {
            };
        }
        // the nearest of the elements around the caret that the diagram draws
        selecting = source.watchSelection(ids -> ids.stream()
                .filter(id -> state.getRoot() != null && state.getIndex().get(id).isPresent()).findFirst()
                .ifPresent(id -> actionDispatcher.dispatch(new ShowSelection(List.of(id)))));
    }

    @Override
    public synchronized void stopWatching() {
        for (AutoCloseable each : new AutoCloseable[] { watching, selecting }) {
            if (each != null) {
                try {
                    each.close();
                } catch (Exception e) {
                    // closing: nothing to tell
                }
            }
        }
        watching = null;
        selecting = null;
    }

    @Override
    public void pauseWatching() {
        // the diagram's own edits are told apart by their text
    }

    @Override
    public void continueWatching() {
        // as above
    }

    @Override
    public void sessionDisposed(ClientSession session) {
        stopWatching();
    }

    /** The source may have changed: read it again if it has. Only the server handles it. */
    public static final class Reload extends Action {
        public static final String KIND = "tendereReload";

        public Reload() {
            super(KIND);
        }
    }

    /** The source's selection shown in the diagram: a selection the client makes, not the user's. */
    static final class ShowSelection extends SelectAction {
        ShowSelection(List<String> ids) {
            super(ids, true);
        }
    }

    /**
     * The user's selection in the diagram, given to the source (the studio
     * selects the element's text); what the diagram selects because the
     * source asked is not given back.
     */
    static final class SelectionHandler extends AbstractActionHandler<SelectAction> {

        @Inject
        private ModelSource source;

        @Override
        protected List<Action> executeAction(SelectAction action) {
            if (!(action instanceof ShowSelection) && !action.getSelectedElementsIDs().isEmpty()) {
                source.selected(List.copyOf(action.getSelectedElementsIDs()));
            }
            return none();
        }
    }

    /** Reads the source again where it no longer holds the diagram's text, and draws it. */
    static final class ReloadHandler extends AbstractActionHandler<Reload> {

        @Inject
        private TendereModelState state;

        @Inject
        private ModelSubmissionHandler submission;

        @Inject
        private ModelValidator validator;

        @Override
        protected List<Action> executeAction(Reload action) {
            ModelText text = state.text();
            if (text == null) {
                return none();
            }
            ModelSource source = text.source();
            if (text.unchanged()) {
                // the same text: where the source checks it, its findings may be new
                return source.issues(text.text()) == null || state.getRoot() == null ? none()
                        : List.of(new SetMarkersAction(validator.validate(List.of(state.getRoot()), CHECKED)));
            }
            String wasFrozen = text.frozen();
            List<Action> actions = new ArrayList<>();
            try {
                text.reload();
            } catch (ModelFileException e) {
                actions.add(StatusActionUtil.error(GlspMessages.get("reload.failed", e.getMessage())));
                return actions;
            }
            if (!source.keepsHistory()) {
                state.forgetHistory(); // its edits refer to the text before
            }
            if (text.frozen() != null) {
                actions.add(StatusActionUtil.warn(GlspMessages.get("text.frozen", text.frozen())));
                return actions; // the last good model stays drawn
            }
            actions.addAll(submission.submitModel());
            if (!source.keepsHistory()) {
                actions.add(StatusActionUtil.info(GlspMessages.get("reload.done"), 12_000));
            } else if (wasFrozen != null) {
                actions.add(StatusActionUtil.clear());
            }
            return actions;
        }
    }
}
