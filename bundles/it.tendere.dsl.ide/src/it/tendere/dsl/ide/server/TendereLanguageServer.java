// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import it.tendere.dsl.ide.TendereIdeSetup;

/**
 * The language server of {@code .tendere} files.
 *
 * <p>Xtext's own launcher finds languages with {@link java.util.ServiceLoader},
 * which sees nothing inside OSGi; the language is registered here directly,
 * so the server works the same in the Equinox product and in the plain jar.
 */
public final class TendereLanguageServer {

    private TendereLanguageServer() {
    }

    /** A language server for the Tendere language, not yet connected to a client. */
    public static LanguageServerImpl create() {
        Injector language = new TendereIdeSetup().createInjectorAndDoEMFRegistration();
        IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
        registry.getExtensionToFactoryMap().put("tendere", language.getInstance(IResourceServiceProvider.class));
        Injector server = Guice.createInjector(Modules.override(new ServerModule())
                .with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
        return server.getInstance(LanguageServerImpl.class);
    }

    /** Serves one client over the given streams until it exits. */
    public static void run(InputStream in, OutputStream out) throws InterruptedException, ExecutionException {
        LanguageServerImpl server = create();
        Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
                .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
                .setExceptionHandler(TendereLanguageServer::error).create();
        server.connect(launcher.getRemoteProxy());
        launcher.startListening().get();
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
