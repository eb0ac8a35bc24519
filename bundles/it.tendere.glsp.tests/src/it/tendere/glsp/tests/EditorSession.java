// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.protocol.DefaultGLSPServer;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;

import com.google.inject.Guice;

import it.tendere.glsp.FileSource;
import it.tendere.glsp.ModelSource;
import it.tendere.glsp.web.EditorServer;

/**
 * One diagram of a model file as a browser client meets it: GLSP's own
 * server (every diagram of the model, as {@code tendere edit} starts it),
 * session and action dispatch, in OSGi; what the server sends is queued and
 * read back in order.
 */
final class EditorSession implements AutoCloseable {

    private static final String SESSION = "sessione-1";

    private final Path file;
    private final String diagramType;
    private final GLSPServer server;
    private final BlockingQueue<Action> received = new LinkedBlockingQueue<>();

    EditorSession(Path file, String diagramType) throws Exception {
        this(new FileSource(file), diagramType);
    }

    /** A diagram of a model's text wherever it lives (the studio's: an editor's document). */
    EditorSession(ModelSource source, String diagramType) throws Exception {
        this.file = source.file();
        this.diagramType = diagramType;
        server = Guice.createInjector(EditorServer.diagrams(source)).getInstance(GLSPServer.class);
        ((DefaultGLSPServer) server).connect(message -> received.add(message.getAction()));
        InitializeParameters initialize = new InitializeParameters();
        initialize.setApplicationId("tendere-test");
        initialize.setProtocolVersion(DefaultGLSPServer.PROTOCOL_VERSION);
        server.initialize(initialize).get(1, TimeUnit.MINUTES);
        // the actions a browser client handles, which the server then sends it
        server.initializeClientSession(new InitializeClientSessionParameters(SESSION, diagramType,
                List.of(SetModelAction.KIND, UpdateModelAction.KIND, SetMarkersAction.KIND, MessageAction.KIND,
                        "setDirtyState", "status", "setTypeHints", "setEditMode", "setContextActions", SelectAction.KIND)))
                .get(1, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        server.shutdown();
    }

    void send(Action action) {
        server.process(new ActionMessage(SESSION, action));
    }

    /** The next action of this type the server sends, within a minute; a server error fails the test. */
    <A extends Action> A next(Class<A> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        List<Action> other = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            Action action = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (type.isInstance(action)) {
                return type.cast(action);
            }
            if (action instanceof MessageAction message && "ERROR".equals(message.getSeverity())) {
                throw new AssertionError("the server failed: " + message.getMessage() + " "
                        + message.getDetails().orElse(""));
            }
            other.add(action);
        }
        throw new AssertionError("no " + type.getSimpleName() + "; came: " + other);
    }

    /** The next action within {@code seconds} that is of this type, or null. */
    <A extends Action> A within(Class<A> type, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Action action = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (type.isInstance(action)) {
                return type.cast(action);
            }
        }
        return null;
    }

    /** Opens the diagram (with the request's options besides the file); answers the graph. */
    GModelRoot load(Map<String, String> options) throws InterruptedException {
        Map<String, String> all = new HashMap<>(options);
        all.put("sourceUri", file.toUri().toString());
        all.put("diagramType", diagramType);
        send(new RequestModelAction(all));
        return next(SetModelAction.class).getNewRoot();
    }

    GModelRoot load() throws InterruptedException {
        return load(Map.of());
    }

    /** Sends a gesture and answers the graph drawn after it. */
    GModelRoot gesture(Action operation) throws InterruptedException {
        send(operation);
        return next(UpdateModelAction.class).getNewRoot();
    }

    static List<String> ids(GModelRoot root, Class<? extends GModelElement> type) {
        return root.getChildren().stream().filter(type::isInstance).map(GModelElement::getId).toList();
    }

    /** The lines that differ between two texts, as «-old» and «+new», in order. */
    static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int end = 0;
        while (end < a.size() - start && end < b.size() - start
                && a.get(a.size() - 1 - end).equals(b.get(b.size() - 1 - end))) {
            end++;
        }
        List<String> changed = new ArrayList<>();
        a.subList(start, a.size() - end).forEach(line -> changed.add("-" + line.strip()));
        b.subList(start, b.size() - end).forEach(line -> changed.add("+" + line.strip()));
        return changed;
    }
}
