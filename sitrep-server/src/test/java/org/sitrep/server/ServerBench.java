package org.sitrep.server;

import org.sitrep.store.EventStore;
import org.sitrep.store.sqlite.SqliteEventStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for the event endpoints (a benchmark, not a test): a fixed number of client threads on loopback
 * send a mix of UI-like event queries for a bounded time and the bench reports requests/s and latency
 * percentiles. The server runs in the same JVM, as `sitrep serve` would, on a copy of the store.
 *
 * <pre>
 * java -cp … org.sitrep.server.ServerBench [--store sitrep-data/demo.db] [--seconds 20] [--clients 8] [--warmup 5]
 * </pre>
 * Without --store (or when the file is missing) it builds a demo-like store of 2,000 events.
 */
public final class ServerBench {
    static final List<String> QUERIES = List.of(
            "/api/events?limit=50",
            "/api/events?limit=50&offset=50",
            "/api/events?event_type=Battles&limit=50",
            "/api/events?event_type=Explosions%2FRemote%20violence&limit=20&order=fatalities_desc",
            "/api/events?admin1=Aleppo&limit=50",
            "/api/events?q=air%20strike&limit=20",
            "/api/events?bbox=35.5,32.3,42.4,37.4&limit=50",
            "/api/events?disputed=false&from=2015-10-01&to=2016-12-31&limit=50",
            "/api/events?actor=Military%20Forces%20of%20Russia&limit=20",
            "/api/events?source=observatory&limit=20");

    private ServerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path storeArg = null;
        int seconds = 20;
        int clients = 8;
        int warmup = 5;
        for (int i = 0; i < args.length; i += 2) {
            String v = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--store" -> storeArg = Path.of(v);
                case "--seconds" -> seconds = Integer.parseInt(v);
                case "--clients" -> clients = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --store DB --seconds N --clients N --warmup N");
            }
        }
        Path tmp = Files.createTempDirectory("sitrep-bench");
        Path db = tmp.resolve("bench.db");
        String what;
        if (storeArg != null && Files.isRegularFile(storeArg)) {
            Files.copy(storeArg, db, StandardCopyOption.REPLACE_EXISTING);
            what = storeArg.toString();
        } else {
            try (EventStore s = SqliteEventStore.open(db)) {
                DemoLikeStore.fill(s, 2000);
            }
            what = "demo-like store, 2000 events";
        }
        try (EventStore store = SqliteEventStore.open(db);
             SitrepServer server = SitrepServer.start(store, Ingestor.unavailable(), ServerOptions.defaults().withPort(0))) {
            System.out.printf("store: %s (%d events)%nclients: %d, warm-up %d s, measured %d s, %d query shapes%n",
                    what, store.stats().events(), clients, warmup, seconds, QUERIES.size());
            run(server.uri(), clients, warmup, false);
            Result r = run(server.uri(), clients, seconds, true);
            System.out.printf("requests: %d ok, %d failed%nthroughput: %.0f req/s%nlatency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                    r.ok, r.failed, r.ok / (double) seconds, r.pct(50), r.pct(90), r.pct(99), r.pct(100));
        } finally {
            try (var files = Files.list(tmp)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(tmp);
        }
    }

    record Result(long ok, long failed, long[] nanos) {
        double pct(double p) {
            if (nanos.length == 0) return Double.NaN;
            int i = (int) Math.min(nanos.length - 1, Math.ceil(p / 100.0 * nanos.length) - 1);
            return nanos[Math.max(0, i)] / 1e6;
        }
    }

    private static Result run(URI base, int clients, int seconds, boolean measure) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                for (int i = offset; System.nanoTime() < end; i++) {
                    HttpRequest req = HttpRequest.newBuilder(base.resolve(QUERIES.get(i % QUERIES.size()))).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long t = System.nanoTime() - t0;
                        if (res.statusCode() != 200) {
                            failed.incrementAndGet();
                            continue;
                        }
                        if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                        lat[n++] = t;
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) all.add(f.get());
        pool.shutdown();
        http.close();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(merged.length, failed.get(), measure ? merged : new long[0]);
    }
}
