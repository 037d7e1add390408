package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.sitrep.export.Format;
import org.sitrep.store.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sitrep HTTP server: the REST API under {@code /api}, its OpenAPI document at {@code /openapi.json}, and the
 * web UI at {@code /}, every asset from this jar (no CDN, no tile server).
 *
 * <pre>{@code
 * try (SitrepServer server = SitrepServer.start(store, ingestor, ServerOptions.defaults().withPort(8080))) {
 *     System.out.println("open " + server.uri());
 *     server.awaitStop();
 * }
 * }</pre>
 *
 * <p>Errors are JSON {@code {"error": message}} (plus {@code "fields"} for validation errors) with the right status;
 * unexpected failures are logged here and answered with a 500 that carries no stack trace.
 */
public final class SitrepServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SitrepServer.class);
    static final String UI_DIR = "/org/sitrep/server/ui";
    static final String OPENAPI = "/org/sitrep/server/openapi.json";
    private static final String ERROR_WRITTEN = "sitrep.error-written";

    private final Javalin app;
    private final List<String> endpoints;
    private final Object stopped = new Object();
    private boolean closed;

    private SitrepServer(Javalin app, List<String> endpoints) {
        this.app = app;
        this.endpoints = List.copyOf(endpoints);
    }

    /**
     * Starts serving {@code store} on {@code options.host():options.port()}.
     *
     * @param ingestor runs articles posted to {@code POST /api/articles}; {@link Ingestor#unavailable()} for a
     *                 read-only server (ingest also stays off while {@code options.token()} is empty)
     * @throws IllegalStateException when the port cannot be bound (the message names host and port)
     */
    public static SitrepServer start(EventStore store, Ingestor ingestor, ServerOptions options) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(ingestor, "ingestor");
        Objects.requireNonNull(options, "options");
        ReadApi read = new ReadApi(store, options);
        ExportApi export = new ExportApi(store);
        IngestApi ingest = new IngestApi(ingestor, options);
        byte[] openApi = resource(OPENAPI);
        List<String> endpoints = new ArrayList<>();

        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = options.maxBodyBytes();
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = UI_DIR;
                sf.location = Location.CLASSPATH;
                // assets change with the jar, not per request; a short cache keeps reloads cheap and updates visible
                sf.headers = Map.of("Cache-Control", "max-age=300");
            });
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new QuietErrorHandler()));
            var routes = cfg.routes;
            routes.before(SecurityHeaders::apply);
            Route r = (method, path, handler) -> {
                endpoints.add(method + " " + path);
                if (method.equals("GET")) routes.get(path, handler);
                else routes.post(path, handler);
            };
            r.add("GET", "/api/health", read::health);
            r.add("GET", "/api/events", read::events);
            r.add("GET", "/api/events/{id}", read::event);
            r.add("GET", "/api/articles", read::articles);
            r.add("GET", "/api/articles/{id}", read::article);
            r.add("POST", "/api/articles", ingest::ingest);
            r.add("GET", "/api/actors", read::actors);
            r.add("GET", "/api/claims", read::claims);
            r.add("GET", "/api/stats", read::stats);
            for (Format f : List.of(Format.CSV, Format.GEOJSON, Format.JSONL)) {
                r.add("GET", "/api/export." + f.extension(), ctx -> export.export(ctx, f));
            }
            r.add("GET", "/openapi.json", ctx -> ctx.contentType(Json.CONTENT_TYPE).result(openApi));

            routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.fields()));
            routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), httpMessage(e), Map.of()));
            routes.exception(UnsupportedOperationException.class, (e, ctx) -> error(ctx, 503, e.getMessage(), Map.of()));
            routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error while answering " + ctx.method() + " " + ctx.path()
                        + "; the server log has the details", Map.of());
            });
            routes.error(404, ctx -> {
                if (ctx.attribute(ERROR_WRITTEN) == null) error(ctx, 404, "nothing at " + ctx.method() + " " + ctx.path()
                        + "; the API is described at /openapi.json", Map.of());
            });
            routes.error(405, ctx -> {
                if (ctx.attribute(ERROR_WRITTEN) == null) error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path(), Map.of());
            });
            cfg.router.javaLangErrorHandler((res, error) -> {
                LOG.error("fatal error while answering a request", error);
                res.setStatus(500);
                res.setContentType(Json.CONTENT_TYPE);
                try {
                    res.getOutputStream().write("{\"error\":\"internal error; the server log has the details\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (IOException io) {
                    LOG.debug("could not write the error response: {}", io.getMessage());
                }
            });
        });
        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port() + " ("
                    + rootMessage(e) + "); is the port in use? choose another with --port", e);
        }
        return new SitrepServer(app, endpoints);
    }

    /** The port actually bound (differs from the requested one when that was 0). */
    public int port() { return app.port(); }

    /** Where the UI is, e.g. {@code http://127.0.0.1:7070/}. */
    public URI uri() {
        String host = app.jettyServer().server().getURI() == null ? "127.0.0.1" : app.jettyServer().server().getURI().getHost();
        return URI.create("http://" + (host == null || host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port() + "/");
    }

    /** "METHOD /path" of every API endpoint, in registration order (the OpenAPI test checks each is documented). */
    public List<String> endpoints() { return endpoints; }

    /** Blocks until {@link #close()} is called (e.g. by a shutdown hook). */
    public void awaitStop() throws InterruptedException {
        synchronized (stopped) {
            while (!closed) stopped.wait();
        }
    }

    /** Stops the server; the store stays open (it belongs to the caller). Calling it again does nothing. */
    @Override
    public void close() {
        synchronized (stopped) {
            if (closed) return;
            closed = true;
            stopped.notifyAll();
        }
        app.stop();
    }

    @FunctionalInterface
    private interface Route {
        void add(String method, String path, Handler handler);
    }

    private static void error(Context ctx, int status, String message, Map<String, String> fields) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        ctx.status(status);
        if (status == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
        ReadApi.send(ctx, Json.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("error", message == null ? "error " + status : message);
            if (!fields.isEmpty()) {
                g.writeObjectFieldStart("fields");
                for (Map.Entry<String, String> f : fields.entrySet()) g.writeStringField(f.getKey(), f.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
        }));
    }

    private static String httpMessage(HttpResponseException e) {
        if (e.getStatus() == 413) return "request body is too large; send fewer articles per request";
        return e.getMessage() == null || e.getMessage().isBlank() ? "error " + e.getStatus() : e.getMessage();
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SitrepServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the sitrep-server jar is incomplete: " + name + " is missing");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + " from the sitrep-server jar: " + e.getMessage(), e);
        }
    }

    /** Jetty's own errors (malformed requests that never reach Javalin): JSON-ish, no stack traces. */
    private static final class QuietErrorHandler extends ErrorHandler {
        QuietErrorHandler() {
            setShowStacks(false);
            setShowCauses(false);
            setShowMessageInTitle(false);
            setDefaultResponseMimeType("application/json");
        }
    }
}
