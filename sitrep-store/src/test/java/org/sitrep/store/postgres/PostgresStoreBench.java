package org.sitrep.store.postgres;

import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.TestEvents;
import org.sitrep.store.sqlite.SqliteEventStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Insert rates and query latencies of the PostgreSQL store next to the SQLite store, on the same synthetic events
 * (those of SqliteStoreBench). A benchmark, not a test:
 * <pre>{@code java -cp <test classpath> org.sitrep.store.postgres.PostgresStoreBench <postgres-url> [documents] [eventsPerDocument] [threads]}</pre>
 * The URL's database is emptied first (give a throwaway one, e.g. from {@code scripts/pg-test-server start}).
 */
public final class PostgresStoreBench {
    private static final String[] ADMIN1 = {"Idlib", "Hama", "Aleppo", "Homs", "Damascus", "Deir ez-Zor", "Raqqa", "Daraa"};
    private static final SubEventType[] TYPES = SubEventType.values();

    private PostgresStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: PostgresStoreBench <postgres-url> [documents] [eventsPerDocument] [threads]");
            System.exit(2);
        }
        String url = args[0];
        int docs = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int perDoc = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<List<Event>> batches = synthetic(docs, perDoc);
        long events = (long) docs * perDoc;
        Path dir = Files.createTempDirectory("sitrep-bench");
        try {
            Map<String, Function<String, EventStore>> stores = new LinkedHashMap<>();
            stores.put("sqlite", name -> SqliteEventStore.open(dir.resolve(name + "/sitrep.db")));
            stores.put("postgres", name -> {
                empty(url);
                return PostgresEventStore.open(url);
            });
            Map<String, Map<String, String>> results = new LinkedHashMap<>();
            for (var s : stores.entrySet()) {
                Map<String, String> r = new LinkedHashMap<>();
                results.put(s.getKey(), r);
                try (EventStore warm = s.getValue().apply("warm")) { // JIT warm-up of JSON and JDBC paths
                    for (int round = 0; round < 2; round++) {
                        for (int d = 0; d < Math.min(docs, 1000); d++) warm.putEvents("doc-" + d, batches.get(d));
                    }
                }
                try (EventStore store = s.getValue().apply("single")) {
                    long t0 = System.nanoTime();
                    for (int d = 0; d < docs; d++) store.putEvents("doc-" + d, batches.get(d));
                    r.put("insert, 1 thread, 1 document per call", rate(events, t0));
                    t0 = System.nanoTime();
                    for (int d = 0; d < docs; d++) store.putEvents("doc-" + d, batches.get(d));
                    r.put("re-put same input, 1 thread", rate(events, t0));
                    queries(store, r);
                }
                try (EventStore store = s.getValue().apply("bulk")) {
                    long t0 = System.nanoTime();
                    for (int from = 0; from < docs; from += 100) {
                        Map<String, List<Event>> bulk = new LinkedHashMap<>();
                        for (int d = from; d < Math.min(docs, from + 100); d++) bulk.put("doc-" + d, batches.get(d));
                        store.putEvents(bulk);
                    }
                    r.put("insert in bulk, 100 documents per call", rate(events, t0));
                }
                try (EventStore store = s.getValue().apply("multi")) {
                    ExecutorService pool = Executors.newFixedThreadPool(threads);
                    long t0 = System.nanoTime();
                    List<Future<?>> fs = new ArrayList<>();
                    for (int d = 0; d < docs; d++) {
                        int doc = d;
                        fs.add(pool.submit(() -> store.putEvents("doc-" + doc, batches.get(doc))));
                    }
                    for (Future<?> f : fs) f.get();
                    pool.shutdown();
                    r.put("insert, " + threads + " threads, 1 document per call", rate(events, t0));
                }
            }
            System.out.printf("%,d synthetic events (%,d documents x %d)%n%-52s %26s %26s%n", events, docs, perDoc, "", "sqlite", "postgres");
            for (String key : results.get("sqlite").keySet()) {
                System.out.printf("%-52s %26s %26s%n", key, results.get("sqlite").get(key), results.get("postgres").get(key));
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(PostgresStoreBench::delete);
            }
        }
    }

    /** The same events as SqliteStoreBench generates. */
    static List<List<Event>> synthetic(int docs, int perDoc) {
        List<List<Event>> batches = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            List<Event> evs = new ArrayList<>();
            for (int i = 0; i < perDoc; i++) {
                int k = d * perDoc + i;
                evs.add(TestEvents.event("ev-" + d + "-" + i).doc("doc-" + d)
                        .date(LocalDate.of(2015, 1, 1).plusDays(k % 365).toString())
                        .type(TYPES[k % TYPES.length]).admin1(ADMIN1[k % ADMIN1.length])
                        .at(32 + (k % 500) / 100.0, 35.5 + (k % 700) / 100.0).fatalities(k % 17)
                        .notes("On day " + (k % 365) + " forces struck positions near village " + (k % 997)
                                + " in " + ADMIN1[k % ADMIN1.length] + ", killing " + (k % 17) + " people.")
                        .build());
            }
            batches.add(evs);
        }
        return batches;
    }

    private static void queries(EventStore store, Map<String, String> r) {
        EventQuery page = EventQuery.all().withLimit(100);
        time(r, "page of 100, no filter", () -> store.events(page).size());
        time(r, "page of 100, type + admin1 + dates", () -> store.events(page.withEventType(EventType.EXPLOSIONS_REMOTE_VIOLENCE)
                .withAdmin1("Idlib").withDates(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 6, 30))).size());
        time(r, "page of 100, bbox", () -> store.events(page.withBbox(new BoundingBox(36, 33, 38, 35))).size());
        time(r, "page of 100, full text 'village 42'", () -> store.events(page.withText("village 42")).size());
        time(r, "count, full text 'idlib'", () -> (int) store.countEvents(EventQuery.all().withText("idlib")));
        time(r, "one event by id", () -> store.event("ev-1234-1").isPresent() ? 1 : 0);
        time(r, "count by type (all)", () -> store.countByEventType(EventQuery.all()).size());
        time(r, "count by day x type (all)", () -> store.countByDayAndType(EventQuery.all()).size());
        time(r, "deadliest 10", () -> store.deadliest(10, EventQuery.all()).size());
        if (store instanceof PostgresEventStore pg) {
            time(r, "events within 20 km (postgres only)", () -> pg.eventsNear(35.0, 37.0, 20_000, page).size());
        }
    }

    private static void time(Map<String, String> r, String what, Supplier<Integer> q) {
        for (int i = 0; i < 20; i++) q.get(); // warm-up
        int runs = 200;
        long[] ns = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            size = q.get();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        r.put(what + " (" + size + ")", String.format("%7.2f / %7.2f ms", ns[runs / 2] / 1e6, ns[runs * 99 / 100] / 1e6));
    }

    private static String rate(long events, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        return String.format("%,8.0f events/s", events / s);
    }

    /** Drops the store's tables so each run starts from an empty database. */
    private static void empty(String url) {
        PgUrl u = PgUrl.parse(url);
        java.util.Properties p = new java.util.Properties();
        u.user().ifPresent(x -> p.setProperty("user", x));
        u.password().ifPresent(x -> p.setProperty("password", x));
        try (Connection c = DriverManager.getConnection(u.jdbcUrl(), p); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS events, articles, raw_input, failures, sitrep_schema_history");
            s.execute("DROP FUNCTION IF EXISTS sitrep_fold(text)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty " + u.location() + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            System.err.println("could not delete " + p + ": " + e.getMessage());
        }
    }
}
