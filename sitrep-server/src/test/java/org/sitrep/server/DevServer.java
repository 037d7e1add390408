package org.sitrep.server;

import org.sitrep.store.EventStore;
import org.sitrep.store.sqlite.SqliteEventStore;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves an existing store read-only, for looking at the UI while developing it (not a test):
 * {@code java -cp … org.sitrep.server.DevServer sitrep-data/demo.db [port]}.
 */
public final class DevServer {
    private DevServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: DevServer STORE.db [PORT]");
            System.exit(2);
        }
        Path db = Path.of(args[0]);
        if (!Files.isRegularFile(db)) {
            System.err.println("no store at " + db + "; run ./sitrep demo first");
            System.exit(2);
        }
        int port = args.length > 1 ? Integer.parseInt(args[1]) : ServerOptions.DEFAULT_PORT;
        EventStore store = SqliteEventStore.open(db);
        SitrepServer server = SitrepServer.start(store, Ingestor.unavailable(), ServerOptions.defaults().withPort(port));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
        System.out.println("serving " + db + " at " + server.uri());
        server.awaitStop();
    }
}
