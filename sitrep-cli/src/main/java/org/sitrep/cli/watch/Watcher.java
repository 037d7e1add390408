package org.sitrep.cli.watch;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventStore;

/**
 * Watches folders and RSS/Atom feeds and keeps a store up to date: every poll, new or changed files (and, less
 * often, the feeds) are read with the normal ingest code; articles whose content hash the store already holds are
 * skipped, so each article is processed once across polls and restarts; the rest go through the pipeline on all
 * workers and their events are committed to the store, where the REST API sees them at once.
 *
 * <p>One thread drives it ({@link #run} or {@link #poll}); the store may be read by others meanwhile.
 */
public final class Watcher {
    /** How often folders and feeds are looked at. */
    public record Options(long pollMillis, long settleMillis, long feedIntervalMillis, int threads) {
        public Options {
            if (pollMillis < 10) throw new IllegalArgumentException("poll interval must be at least 10 ms, was " + pollMillis);
            if (settleMillis < 0) throw new IllegalArgumentException("settle time must not be negative, was " + settleMillis);
            if (feedIntervalMillis < 1000) throw new IllegalArgumentException("feed interval must be at least 1 s, was " + feedIntervalMillis + " ms");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }

        public static Options defaults() {
            return new Options(250, 100, 60_000, Runtime.getRuntime().availableProcessors());
        }
    }

    private record Feed(String url, long[] nextDue) {}

    private record Pending(Article article, long arrivalMillis) {}

    private final Pipeline pipeline;
    private final EventStore store;
    private final Options options;
    private final ArticleSource source = ArticleSource.create();
    private final List<FolderScanner> folders = new ArrayList<>();
    private final List<Feed> feeds = new ArrayList<>();
    private Consumer<WatchStats> onBatch = s -> { };
    private Consumer<Failure> onFailure = f -> { };
    private final long startNanos = System.nanoTime();
    private long articles;
    private long skipped;
    private long events;
    private long failed;
    private long lastFreshness;
    private long maxFreshness;

    /**
     * @param inputs folders or files (watched recursively) and http(s) RSS/Atom feed URLs
     * @throws IllegalArgumentException when a feed URL is not valid
     */
    public Watcher(Pipeline pipeline, EventStore store, List<String> inputs, Options options) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        if (inputs.isEmpty()) throw new IllegalArgumentException("nothing to watch: give at least one folder or feed URL");
        for (String in : inputs) {
            if (ArticleSource.isUrl(in)) {
                URI.create(in.strip()); // fails now, with the URL in the message, rather than at every poll
                feeds.add(new Feed(in.strip(), new long[] {0}));
            } else {
                folders.add(new FolderScanner(Path.of(in), options.settleMillis()));
            }
        }
    }

    /** Called after each batch that processed or rejected something, with the totals so far. */
    public Watcher onBatch(Consumer<WatchStats> listener) {
        this.onBatch = Objects.requireNonNull(listener);
        return this;
    }

    /** Called for each rejected input and failed article (they are also recorded in the store). */
    public Watcher onFailure(Consumer<Failure> listener) {
        this.onFailure = Objects.requireNonNull(listener);
        return this;
    }

    public WatchStats stats() {
        return new WatchStats(articles, skipped, events, failed, lastFreshness, maxFreshness, (System.nanoTime() - startNanos) / 1e9);
    }

    /** Polls until {@code stop} is set (or the thread is interrupted); the batch under way is finished first. */
    public void run(AtomicBoolean stop) {
        while (!stop.get() && !Thread.currentThread().isInterrupted()) {
            poll();
            try {
                Thread.sleep(options.pollMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One look at every folder (and every feed that is due); processes what is new. Returns articles processed. */
    public int poll() {
        long now = System.currentTimeMillis();
        List<Pending> batch = new ArrayList<>();
        Set<String> hashesInBatch = new HashSet<>();
        long failedBefore = failed;
        for (FolderScanner folder : folders) {
            List<FolderScanner.Change> changes;
            try {
                changes = folder.scan(now);
            } catch (UncheckedIOException e) {
                fail(new Failure(folder.root().toString(), "watch", e.getMessage()));
                continue;
            }
            for (FolderScanner.Change c : changes) {
                try (Stream<IngestResult> rs = source.read(c.file())) {
                    collect(rs, c.modifiedMillis(), batch, hashesInBatch);
                }
            }
        }
        for (Feed f : feeds) {
            if (now < f.nextDue()[0]) continue;
            f.nextDue()[0] = now + options.feedIntervalMillis();
            long fetched = System.currentTimeMillis();
            try (Stream<IngestResult> rs = source.read(List.of(f.url()))) {
                collect(rs, fetched, batch, hashesInBatch);
            }
        }
        if (batch.isEmpty()) {
            if (failed > failedBefore) onBatch.accept(stats());
            return 0;
        }
        process(batch);
        onBatch.accept(stats());
        return batch.size();
    }

    private void collect(Stream<IngestResult> results, long arrival, List<Pending> batch, Set<String> hashesInBatch) {
        results.forEach(r -> {
            switch (r) {
                case IngestResult.Rejected bad -> fail(bad.failure());
                case IngestResult.Ingested ok -> {
                    String hash = ok.article().contentHash();
                    if (hash != null && (!hashesInBatch.add(hash) || store.hasContentHash(hash))) {
                        skipped++;
                    } else {
                        batch.add(new Pending(ok.article(), arrival));
                    }
                }
            }
        });
    }

    private void process(List<Pending> batch) {
        List<Article> arts = batch.stream().map(Pending::article).toList();
        long[] worstSeen = {0};
        int[] index = {0};
        new BatchRunner(pipeline, options.threads()).run(arts.iterator(), result -> {
            Pending p = batch.get(index[0]++);
            if (!result.ok()) {
                fail(result.failure());
                return;
            }
            Article a = result.document().article();
            List<Event> evs = result.document().events();
            store.putArticle(a, a.text());
            store.putEvents(a.id(), evs);
            articles++;
            events += evs.size();
            worstSeen[0] = Math.max(worstSeen[0], System.currentTimeMillis() - p.arrivalMillis());
        });
        lastFreshness = worstSeen[0];
        maxFreshness = Math.max(maxFreshness, worstSeen[0]);
    }

    private void fail(Failure f) {
        failed++;
        store.recordFailure(f);
        onFailure.accept(f);
    }
}
