package org.sitrep.cli.serve;

import org.sitrep.server.ServerOptions;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventStore;
import org.sitrep.store.sqlite.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code sitrep serve}: the REST API and the web UI over a store, until interrupted (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API (/api, described at /openapi.json) and the web UI over a store.",
                "Everything is read-only except POST /api/articles, which needs --token (or SITREP_TOKEN)."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = ServerOptions.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDR", description = "interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface)")
    String host = ServerOptions.DEFAULT_HOST;

    @Option(names = "--store", paramLabel = "DB", description = "an SQLite store file, or a postgresql:// URL (default: ${DEFAULT-VALUE})")
    String store = SqliteEventStore.DEFAULT_PATH.toString();

    @Option(names = "--token", paramLabel = "TOKEN", description = "bearer token that POST /api/articles requires (default: the "
            + ServerOptions.TOKEN_ENV + " environment variable; without either, ingest is disabled)")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "largest request body accepted (default: ${DEFAULT-VALUE})")
    long maxBody = ServerOptions.DEFAULT_MAX_BODY_BYTES;

    @Override
    public Integer call() throws InterruptedException {
        boolean url = store.contains("://") || store.startsWith("jdbc:");
        if (!url && !Files.isRegularFile(Path.of(store))) {
            throw new IllegalArgumentException("no store at " + store + "; create one with `sitrep demo` or `sitrep extract … --store "
                    + store + "`, or name another with --store");
        }
        String t = token != null ? token : System.getenv(ServerOptions.TOKEN_ENV);
        ServerOptions options = ServerOptions.defaults().withHost(host).withPort(port).withToken(t).withMaxBodyBytes(maxBody);
        try (EventStore db = org.sitrep.store.EventStores.open(store)) {
            serve(db, options, System.out);
        }
        return 0;
    }

    /**
     * Serves {@code store} with the real pipeline behind ingest, prints where, and blocks until the JVM is
     * interrupted (Ctrl-C); `sitrep demo --port N` calls this after loading the corpus. The store stays open.
     */
    public static void serve(EventStore store, ServerOptions options, PrintStream out) throws InterruptedException {
        SitrepServer server = SitrepServer.start(store, PipelineIngestor.standard(store), options);
        Thread hook = new Thread(server::close, "sitrep-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.printf("sitrep: serving %s at %s  (API: %sopenapi.json; ingest %s; Ctrl-C stops)%n", store.stats().location(),
                server.uri(), server.uri(), options.token().isPresent() ? "on, bearer token required" : "off (no --token)");
        out.flush();
        server.awaitStop();
    }
}
