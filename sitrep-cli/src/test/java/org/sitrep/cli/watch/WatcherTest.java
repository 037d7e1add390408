package org.sitrep.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.StandardPipeline;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventQuery;
import org.sitrep.store.sqlite.SqliteEventStore;

class WatcherTest {
    static final String ARTICLE = """
            {"id":"watch-1","published":"2015-10-12","title":"Shelling in Idlib","text":"Government forces shelled the town of Maarat al-Numan in Idlib province on Monday, killing three civilians, the Syrian Observatory for Human Rights said. Rebels fired rockets at the village of Fuaa in response."}
            """;

    static Pipeline pipeline;

    @BeforeAll static void load() {
        pipeline = StandardPipeline.create(StandardPipeline.Resources.loadDefault());
    }

    @AfterAll static void release() {
        pipeline = null;
    }

    @TempDir Path dir;

    /** Writes a file the way a well-behaved feeder does: a hidden temp name, then an atomic rename. */
    private static void drop(Path folder, String name, String content) throws IOException {
        Path tmp = folder.resolve("." + name + ".part");
        Files.writeString(tmp, content);
        Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test void aDroppedArticleHasItsEventsInTheStoreWithinTwoSeconds() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("watch.db"))) {
            Watcher w = new Watcher(pipeline, store, List.of(inbox.toString()), new Watcher.Options(50, 20, 60_000, 2));
            AtomicBoolean stop = new AtomicBoolean();
            Thread t = Thread.ofPlatform().name("watch-test").start(() -> w.run(stop));
            try {
                Thread.sleep(300); // the watcher is polling an empty folder
                assertEquals(0, w.stats().articles());
                long t0 = System.nanoTime();
                drop(inbox, "news.jsonl", ARTICLE);
                long deadline = t0 + 2_000_000_000L;
                long found = 0;
                while (System.nanoTime() < deadline) {
                    found = store.countEvents(EventQuery.all());
                    if (found > 0) break;
                    Thread.sleep(10);
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(found > 0, "no events in the store 2 s after the file was dropped (waited " + ms + " ms)");
                assertTrue(store.article("watch-1").isPresent(), "the article is stored too");
                assertTrue(w.stats().maxFreshnessMs() < 2000, "freshness measured by the watcher: " + w.stats());
            } finally {
                stop.set(true);
                t.join(10_000);
            }
            assertFalse(t.isAlive(), "the watcher stops when asked");
        }
    }

    @Test void eachArticleIsProcessedOnceAcrossPollsAndRestarts() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path db = dir.resolve("watch.db");
        drop(inbox, "a.jsonl", ARTICLE);
        Watcher.Options opts = new Watcher.Options(50, 0, 60_000, 1);
        try (SqliteEventStore store = SqliteEventStore.open(db)) {
            Watcher w = new Watcher(pipeline, store, List.of(inbox.toString()), opts);
            assertEquals(1, w.poll());
            assertEquals(0, w.poll(), "an unchanged folder gives nothing new");
            // the same article again under another file name: same content hash, skipped
            drop(inbox, "copy.jsonl", ARTICLE);
            assertEquals(0, w.poll());
            assertEquals(1, w.stats().skipped());
            // a line appended to a watched file: only the new article is processed
            Files.writeString(inbox.resolve("a.jsonl"), ARTICLE.replace("watch-1", "watch-2").replace("Monday", "Tuesday"),
                    java.nio.file.StandardOpenOption.APPEND);
            assertEquals(1, w.poll());
            assertEquals(2, w.stats().articles());
        }
        try (SqliteEventStore store = SqliteEventStore.open(db)) {
            Watcher restarted = new Watcher(pipeline, store, List.of(inbox.toString()), opts);
            assertEquals(0, restarted.poll(), "after a restart, articles already in the store are not processed again");
            assertEquals(3, restarted.stats().skipped());
        }
    }

    @Test void filesStillBeingWrittenWaitUntilTheySettle() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("watch.db"))) {
            Watcher w = new Watcher(pipeline, store, List.of(inbox.toString()), new Watcher.Options(50, 400, 60_000, 1));
            Files.writeString(inbox.resolve("fresh.jsonl"), ARTICLE);
            assertEquals(0, w.poll(), "a file changed just now is left for a later poll");
            Thread.sleep(600);
            assertEquals(1, w.poll(), "once unchanged for the settle time, it is read");
        }
    }

    @Test void badInputIsRecordedAndTheWatchGoesOn() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("watch.db"))) {
            Watcher w = new Watcher(pipeline, store, List.of(inbox.toString()), new Watcher.Options(50, 0, 60_000, 1));
            drop(inbox, "bad.jsonl", "{not json\n" + ARTICLE);
            assertEquals(1, w.poll());
            assertEquals(1, w.stats().failed());
            assertEquals(1, store.failures().size());
        }
    }
}
