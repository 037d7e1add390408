package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.Results.all;
import static org.sitrep.ingest.Results.articles;
import static org.sitrep.ingest.Results.assertReason;
import static org.sitrep.ingest.Results.onlyFailure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;

/** Feed URLs against a local server on 127.0.0.1: success, error statuses, a server that never answers. */
class FeedUrlTest {
    private HttpServer server;
    private ExecutorService executor;
    private final CountDownLatch release = new CountDownLatch(1);
    private String base;

    /** A short read timeout, only for the test that waits on a silent server (connecting to 127.0.0.1 is instant). */
    private static final IngestOptions FAST = IngestOptions.defaults()
            .withConnectTimeout(Duration.ofSeconds(5)).withReadTimeout(Duration.ofMillis(700));
    /** Generous timeouts for everything else, so a loaded CI machine does not turn answers into timeouts. */
    private static final IngestOptions PATIENT = IngestOptions.defaults()
            .withConnectTimeout(Duration.ofSeconds(10)).withReadTimeout(Duration.ofSeconds(20));

    @BeforeEach void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/feed.xml", ex -> respond(ex, 200, "application/rss+xml; charset=utf-8", FeedReaderTest.RSS));
        server.createContext("/missing.xml", ex -> respond(ex, 404, "text/html", "<h1>Not found</h1>"));
        server.createContext("/error.xml", ex -> respond(ex, 503, "text/plain", "busy"));
        server.createContext("/page.html", ex -> respond(ex, 200, "text/html", "<html><body><p>not a feed</p></body></html>"));
        server.createContext("/hang.xml", ex -> {
            try {
                release.await(30, TimeUnit.SECONDS); // never answers within the client's timeout
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.createContext("/huge.xml", ex -> respond(ex, 200, "application/rss+xml", FeedReaderTest.RSS.repeat(50)));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach void stop() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test void readsAFeedUrl() {
        String url = base + "/feed.xml";
        List<IngestResult> results = all(ArticleSource.create(PATIENT).read(List.of(url)));
        List<Article> articles = articles(results);
        assertEquals(2, articles.size(), results.toString());
        assertEquals("Example Wire", articles.get(0).source());
        assertEquals(url + ":8", articles.get(0).origin());
        assertEquals(articles, articles(all(ArticleSource.create(PATIENT).readFeed(URI.create(url)))), "re-fetch is identical");
    }

    @Test void errorStatusesAreRejected() {
        Failure notFound = onlyFailure(all(ArticleSource.create(PATIENT).read(List.of(base + "/missing.xml"))));
        assertReason(notFound, "HTTP status 404");
        assertEquals(base + "/missing.xml", notFound.origin());
        assertReason(onlyFailure(all(ArticleSource.create(PATIENT).read(List.of(base + "/error.xml")))), "HTTP status 503");
    }

    @Test void aPageThatIsNotAFeedIsRejected() {
        assertReason(onlyFailure(all(ArticleSource.create(PATIENT).read(List.of(base + "/page.html")))), "not an RSS or Atom feed");
    }

    @Test void aServerThatNeverAnswersTimesOutInBoundedTime() {
        long started = System.nanoTime();
        Failure f = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> onlyFailure(all(ArticleSource.create(FAST).read(List.of(base + "/hang.xml")))));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(f.reason().contains("700 ms") && f.reason().contains("readTimeout"), f.reason());
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }

    @Test void aBodyOverTheLimitIsRejected() {
        Failure f = onlyFailure(all(ArticleSource.create(PATIENT.withMaxBytes(4096)).read(List.of(base + "/huge.xml"))));
        assertReason(f, "the response is");
        assertReason(f, "over the limit");
    }

    @Test void aRefusedConnectionIsRejectedAndTheBatchGoesOn() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        List<IngestResult> results = all(ArticleSource.create(PATIENT)
                .read(List.of("http://127.0.0.1:" + closedPort + "/feed.xml", base + "/feed.xml")));
        assertEquals(3, results.size(), results.toString());
        assertTrue(results.get(0) instanceof IngestResult.Rejected r && r.reason().contains("connect"), results.get(0).toString());
        assertEquals(2, articles(results).size());
    }

    @Test void nonHttpSchemesAreRejected() {
        assertReason(onlyFailure(all(ArticleSource.create(PATIENT).read(List.of("ftp://example.org/feed.xml")))),
                "only http:// and https://");
    }

    @Test void nothingIsFetchedUntilTheStreamIsConsumed() {
        try (var stream = ArticleSource.create(PATIENT).read(List.of(base + "/hang.xml"))) {
            assertTimeoutPreemptively(Duration.ofMillis(300), () -> stream.iterator());
        }
    }
}
