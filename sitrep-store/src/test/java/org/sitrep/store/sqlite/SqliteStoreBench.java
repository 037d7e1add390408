package org.sitrep.store.sqlite;

import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.EventQuery;
import org.sitrep.store.TestEvents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Insert and query rates of the SQLite store on synthetic events. A benchmark, not a test:
 * {@code java -cp <test classpath> org.sitrep.store.sqlite.SqliteStoreBench [documents] [eventsPerDocument] [threads]}.
 */
public final class SqliteStoreBench {
    private static final String[] ADMIN1 = {"Idlib", "Hama", "Aleppo", "Homs", "Damascus", "Deir ez-Zor", "Raqqa", "Daraa"};
    private static final SubEventType[] TYPES = SubEventType.values();

    private SqliteStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int perDoc = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path dir = Files.createTempDirectory("sitrep-bench");
        try {
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
            long events = (long) docs * perDoc;
            // warm-up: let the JIT compile the JSON and JDBC paths before measuring
            try (SqliteEventStore warm = SqliteEventStore.open(dir.resolve("warm/sitrep.db"))) {
                for (int round = 0; round < 3; round++) {
                    for (int d = 0; d < Math.min(docs, 1000); d++) warm.putEvents("doc-" + d, batches.get(d));
                }
            }
            try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("single/sitrep.db"))) {
                long t0 = System.nanoTime();
                for (int d = 0; d < docs; d++) store.putEvents("doc-" + d, batches.get(d));
                report("insert, 1 thread, one transaction per document", events, t0);
                t0 = System.nanoTime();
                for (int d = 0; d < docs; d++) store.putEvents("doc-" + d, batches.get(d));
                report("re-put (replace) same input, 1 thread", events, t0);
                t0 = System.nanoTime();
                for (int from = 0; from < docs; from += 100) {
                    java.util.Map<String, List<Event>> bulk = new java.util.LinkedHashMap<>();
                    for (int d = from; d < Math.min(docs, from + 100); d++) bulk.put("doc-" + d, batches.get(d));
                    store.putEvents(bulk);
                }
                report("re-put in bulk, 100 documents per call", events, t0);
                queries(store);
            }
            try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("bulk/sitrep.db"))) {
                long t0 = System.nanoTime();
                for (int from = 0; from < docs; from += 100) {
                    java.util.Map<String, List<Event>> bulk = new java.util.LinkedHashMap<>();
                    for (int d = from; d < Math.min(docs, from + 100); d++) bulk.put("doc-" + d, batches.get(d));
                    store.putEvents(bulk);
                }
                report("insert in bulk, 100 documents per call", events, t0);
            }
            try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("multi/sitrep.db"))) {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                long t0 = System.nanoTime();
                List<Future<?>> fs = new ArrayList<>();
                for (int d = 0; d < docs; d++) {
                    int doc = d;
                    fs.add(pool.submit(() -> store.putEvents("doc-" + doc, batches.get(doc))));
                }
                for (Future<?> f : fs) f.get();
                pool.shutdown();
                report("insert, " + threads + " threads", events, t0);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(SqliteStoreBench::delete);
            }
        }
    }

    private static void queries(SqliteEventStore store) {
        EventQuery page = EventQuery.all().withLimit(100);
        time("page of 100, no filter", () -> store.events(page).size());
        time("page of 100, type + admin1 + dates", () -> store.events(page.withEventType(EventType.EXPLOSIONS_REMOTE_VIOLENCE)
                .withAdmin1("Idlib").withDates(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 6, 30))).size());
        time("page of 100, bbox", () -> store.events(page.withBbox(new org.sitrep.store.BoundingBox(36, 33, 38, 35))).size());
        time("page of 100, full text 'village 42'", () -> store.events(page.withText("village 42")).size());
        time("count by type (all)", () -> store.countByEventType(EventQuery.all()).size());
        time("count by day x type (all)", () -> store.countByDayAndType(EventQuery.all()).size());
        time("deadliest 10", () -> store.deadliest(10, EventQuery.all()).size());
    }

    private static void time(String what, Supplier<Integer> q) {
        for (int i = 0; i < 20; i++) q.get(); // warm-up
        int runs = 200;
        long[] ns = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            size = q.get();
            ns[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(ns);
        System.out.printf("%-45s median %7.2f ms  p99 %7.2f ms  (%d rows)%n", what, ns[runs / 2] / 1e6, ns[runs * 99 / 100] / 1e6, size);
    }

    private static void report(String what, long events, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-45s %,9d events in %6.2f s = %,8.0f events/s%n", what, events, s, events / s);
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            System.err.println("could not delete " + p + ": " + e.getMessage());
        }
    }
}
