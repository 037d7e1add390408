package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.sqlite.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep demo}: the bundled example corpus into a fresh embedded store, and a readable summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Extract the bundled example corpus (82 FA-KES articles, CC BY 4.0) into a fresh store, summarise it,",
                "and serve the web UI on it (map, timeline, event detail) until Ctrl-C; --no-serve stops after the summary."})
public final class DemoCommand implements Callable<Integer> {
    static final String CORPUS = "/org/sitrep/cli/demo/fa-kes-sample.jsonl";

    @Option(names = "--store", paramLabel = "DB", description = "store file (default: ${DEFAULT-VALUE}); replaced on each run")
    Path store = Path.of("sitrep-data", "demo.db");

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--port", paramLabel = "N", description = "web UI port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = org.sitrep.server.ServerOptions.DEFAULT_PORT;

    @Option(names = "--no-serve", description = "print the summary and exit without starting the web UI")
    boolean noServe;

    @Override public Integer call() throws IOException {
        Path corpus = Files.createTempFile("sitrep-demo", ".jsonl");
        try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
            if (in == null) throw new IOException("the bundled example corpus is missing from the sitrep jar (" + CORPUS + ")");
            Files.copy(in, corpus, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            if (store.getParent() != null) Files.createDirectories(store.getParent());
            for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(store + suffix));
            ExtractionRun.Summary summary;
            try (EventStore db = SqliteEventStore.open(store)) {
                summary = ExtractionRun.standard(threads).run(List.of(corpus.toString()), ae -> {
                    db.putArticle(ae.article(), ae.article().text());
                    db.putEvents(ae.article().id(), ae.events());
                }, db::recordFailure);
                printSummary(db, System.out);
                ExtractionRun.report(summary, System.err);
                System.out.printf("%nStore: %s%n", store);
                if (!noServe) {
                    try {
                        org.sitrep.cli.serve.ServeCommand.serve(db, org.sitrep.server.ServerOptions.defaults().withPort(port), System.out);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            return summary.anyFailed() ? 1 : 0;
        } finally {
            Files.deleteIfExists(corpus);
        }
    }

    static void printSummary(EventStore db, PrintStream out) {
        EventQuery all = EventQuery.all();
        out.printf("sitrep demo — %d events from %d articles%n%n", db.countEvents(all), db.stats().articles());
        out.println("Events by type");
        printCounts(db.countByEventType(all), out);
        out.println();
        out.println("Events by governorate (admin1)");
        printCounts(db.countByAdmin1(all), out);
        out.println();
        out.println("Ten deadliest events");
        int i = 0;
        for (Event e : db.deadliest(10, all)) {
            out.printf("%2d. %s  %-3d dead  %s / %s  %s%s%n", ++i, e.eventDate() == null ? "????-??-??" : e.eventDate(),
                    e.fatalities(), e.eventType().label(), e.subEventType().label(),
                    e.location() == null ? "?" : e.location(), e.admin1() == null ? "" : " (" + e.admin1() + ")");
            out.printf("      %s vs %s — source: %s%n", e.actor1() == null ? "?" : e.actor1().name(),
                    e.actor2() == null ? "—" : e.actor2().name(), e.source());
            out.printf("      \"%s\"%n", abbreviate(e.evidence().getFirst().text(), 160));
        }
    }

    private static void printCounts(Map<String, Long> counts, PrintStream out) {
        counts.forEach((k, v) -> out.printf("  %-40s %5d%n", k, v));
    }

    private static String abbreviate(String s, int n) {
        String one = s.replace('\n', ' ');
        return one.length() <= n ? one : one.substring(0, n - 1) + "…";
    }
}
