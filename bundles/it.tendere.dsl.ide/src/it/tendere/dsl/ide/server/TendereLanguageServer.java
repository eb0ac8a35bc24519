// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;

import it.tendere.dsl.ide.TendereIdeSetup;
import it.tendere.format.Printable;

/**
 * The language server of {@code .tendere} files.
 *
 * <p>Xtext's own launcher finds languages with {@link java.util.ServiceLoader},
 * which sees nothing inside OSGi; the language is registered here directly,
 * so the server works the same in the Equinox product and in the plain jar.
 */
public final class TendereLanguageServer {

    /** Held here: java.util.logging keeps its loggers only while someone else does. */
    private static final Logger LIBRARY_LOG = Logger.getLogger("org.eclipse.lsp4j");

    private TendereLanguageServer() {
    }

    /** A language server for the Tendere language, not yet connected to a client. */
    public static LanguageServerImpl create() {
        Injector language = new TendereIdeSetup().createInjectorAndDoEMFRegistration();
        IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
        registry.getExtensionToFactoryMap().put("tendere", language.getInstance(IResourceServiceProvider.class));
        Injector server = Guice.createInjector(Modules.override(new ServerModule())
                .with(binder -> {
                    binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
                    // a client that names no folder gets an empty workspace, not a failed initialize
                    binder.bind(WorkspaceManager.class).to(RootlessWorkspaceManager.class).in(Singleton.class);
                    // only what answers is announced
                    binder.bind(LanguageServerImpl.class).to(TendereLanguageServerImpl.class);
                }));
        return server.getInstance(LanguageServerImpl.class);
    }

    /**
     * Serves one client over the given streams until it exits; what goes
     * wrong with the client's messages is said on {@code log}, one line each,
     * without their text.
     */
    public static void run(InputStream in, OutputStream out, Consumer<String> log)
            throws InterruptedException, ExecutionException {
        quietLibraryLog(log);
        LanguageServerImpl server = create();
        Launcher<LanguageClient> launcher = new Builder(log).setLocalService(server)
                .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
                .setExceptionHandler(TendereLanguageServer::error).create();
        server.connect(launcher.getRemoteProxy());
        launcher.startListening().get();
    }

    /** LSP4J's launcher, reading with a {@link FramedMessageReader}. */
    private static final class Builder extends Launcher.Builder<LanguageClient> {

        private final Consumer<String> log;
        private MessageJsonHandler json;
        private RemoteEndpoint endpoint;

        Builder(Consumer<String> log) {
            this.log = log;
        }

        @Override
        protected MessageJsonHandler createJsonHandler() {
            json = super.createJsonHandler();
            return json;
        }

        @Override
        protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
            endpoint = super.createRemoteEndpoint(handler);
            return endpoint;
        }

        @Override
        protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer,
                LanguageClient client) {
            return super.createMessageProcessor(new FramedMessageReader(input, json, endpoint, log), consumer, client);
        }
    }

    /**
     * LSP4J's own log (java.util.logging) as one line a record, its first,
     * at most 200 characters, without stack traces.
     */
    private static void quietLibraryLog(Consumer<String> log) {
        Logger library = LIBRARY_LOG;
        library.setUseParentHandlers(false);
        for (Handler handler : library.getHandlers()) {
            library.removeHandler(handler);
        }
        library.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() < Level.WARNING.intValue()) {
                    return;
                }
                String message = record.getMessage() == null ? "" : record.getMessage().lines().findFirst().orElse("");
                log.accept("tendere lsp: " + Printable.of(message, 200));
            }

            @Override
            public void flush() {
                // each line is the caller's to flush
            }

            @Override
            public void close() {
                // the stream is the caller's
            }
        });
    }

    /**
     * What the client is told when a request fails: the reason, never the
     * server's stack trace (LSP4J's default puts it in the answer); a method
     * the server does not have is «method not found» (-32601).
     */
    static ResponseError error(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof ExecutionException
                || cause instanceof java.lang.reflect.InvocationTargetException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ResponseErrorException answered) {
            return answered.getResponseError();
        }
        if (cause instanceof UnsupportedOperationException) {
            return new ResponseError(ResponseErrorCode.MethodNotFound, "metodo non disponibile", null);
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ResponseError(ResponseErrorCode.InternalError, "errore interno del server: "
                + reason.lines().findFirst().orElse(""), null);
    }
}
