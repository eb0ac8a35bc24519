// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.glsp.server.websocket.WebsocketModule;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import com.google.inject.Guice;
import com.google.inject.Injector;

import it.tendere.glsp.FigureStyles;
import it.tendere.glsp.FileSource;
import it.tendere.glsp.ModelSource;
import it.tendere.glsp.TendereDiagramModule;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The graphical editor served to a browser: the client's page and the GLSP
 * server over a WebSocket, on 127.0.0.1 only, on a free port, for one model
 * file. Every request must carry the run's secret token (in the address the
 * user is given; the page keeps it in a same-site cookie for its own files)
 * and the WebSocket must come from the page's own origin, so that no other
 * program or web page on the machine can read or drive the editor.
 */
public final class EditorServer implements AutoCloseable {

    private static final String COOKIE = "tendere-token";
    private static final String CLIENT = "/it/tendere/glsp/client/";
    private static final Map<String, String> FILES = Map.of("index.html", "text/html; charset=utf-8", "app.js",
            "text/javascript; charset=utf-8", "app.css", "text/css; charset=utf-8");

    private final Server server;
    private final String token;

    private EditorServer(Server server, String token) {
        this.server = server;
        this.token = token;
    }

    /** Starts the editor of {@code file}; answers once it accepts connections. */
    public static EditorServer start(Path file) throws Exception {
        return start(new FileSource(file));
    }

    /** Starts the editor of a model's text wherever it lives; answers once it accepts connections. */
    public static EditorServer start(ModelSource source) throws Exception {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        EditorServer editor = new EditorServer(server, token);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addFilter(new FilterHolder(editor.new TokenFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ClientFiles()), "/");
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            // a diagram left alone for a while stays connected (Jetty closes idle sockets after 30 s otherwise, and
            // the page's new session would start from a fresh read of the model)
            container.setDefaultMaxSessionIdleTimeout(0);
            ServerEndpointConfig endpoint = ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, "/glsp")
                    .configurator(new GLSPConfigurator(() -> Guice.createInjector(diagrams(source), new WebsocketModule())) {
                        @Override
                        public boolean checkOrigin(String origin) {
                            return origin != null && origin.equals("http://127.0.0.1:" + connector.getLocalPort());
                        }
                    }).build();
            container.addEndpoint(endpoint);
        });
        server.setHandler(context);
        server.start();
        return editor;
    }

    /** GLSP's server with every diagram of the model file: organisation, process maps, overview. */
    public static ServerModule diagrams(Path file) {
        return diagrams(new FileSource(file));
    }

    /** GLSP's server with every diagram of the model: organisation, process maps, overview. */
    public static ServerModule diagrams(ModelSource source) {
        ServerModule server = new ServerModule();
        TendereDiagramModule.all(source).forEach(server::configureDiagramModule);
        return server;
    }

    /**
     * Makes the editor use the language's services the host has set up
     * already ({@code TendereIdeSetup}'s injector), rather than set up its own;
     * to call before the first editor starts.
     */
    public static void useLanguage(Injector language) {
        TendereDiagramModule.useLanguage(language);
    }

    /** The address to open, with the token. */
    public URI address() {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return URI.create("http://127.0.0.1:" + port + "/?token=" + token);
    }

    /** Runs until the process is stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private boolean carriesToken(HttpServletRequest request) {
        String given = request.getParameter("token");
        if (given == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    given = cookie.getValue();
                }
            }
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /** Refuses (403) any request without the token; gives the page the token as a same-site cookie. */
    private final class TokenFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse answer = (HttpServletResponse) response;
            if (!carriesToken(http)) {
                answer.sendError(HttpServletResponse.SC_FORBIDDEN, "token mancante o errato");
                return;
            }
            if (http.getParameter("token") != null) {
                answer.addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
            }
            chain.doFilter(request, response);
        }
    }

    /** The client's files, from the bundle: only those it has, by name. */
    private static final class ClientFiles extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getPathInfo() == null ? request.getServletPath() : request.getPathInfo();
            String name = path == null || path.equals("/") ? "index.html" : path.substring(1);
            if (name.equals("figure.css")) {
                response.setContentType("text/css; charset=utf-8");
                response.setHeader("Cache-Control", "no-store");
                response.getOutputStream().write(FigureStyles.css().getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = FILES.get(name);
            if (type == null && name.matches("codicon-[A-Z0-9]+\\.ttf")) {
                type = "font/ttf";
            }
            InputStream content = type == null ? null : EditorServer.class.getResourceAsStream(CLIENT + name);
            if (content == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "no-store");
            try (InputStream in = content) {
                in.transferTo(response.getOutputStream());
            }
        }
    }
}
