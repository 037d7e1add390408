package org.sitrep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.StandardPipeline;
import org.sitrep.merge.EventMerger;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.sqlite.SqliteEventStore;

/**
 * What {@code sitrep extract --store} does, timed: the first pass over the batch that learns where each outlet is at
 * home (tokens and places, its time reported as the stage "outlets.survey"), then the standard pipeline on
 * {@code threads} workers (BatchRunner, results in input order), each article and its events written to a fresh SQLite store on the consumer thread,
 * and each event added to an incremental merger, as a live feed would. Resources are loaded once and shared by
 * every pass.
 */
final class FullPipeline {
    /** Figures of one pass. Stage times are summed over worker threads (CPU-like), store and merge are wall. */
    record Pass(int articles, long tokens, long events, long failed, double wallSeconds, double cpuSeconds,
                double load, Map<String, Double> stageSeconds, double storeSeconds, double mergeSeconds,
                long mergedEvents) {
        double articlesPerSecond() { return articles / wallSeconds; }

        double tokensPerSecond() { return tokens / wallSeconds; }

        double articlesPerCpuSecond() { return articles / cpuSeconds; }
    }

    private final StandardPipeline.Resources resources;
    private final int threads;
    private final boolean store;
    private final boolean merge;
    private final double loadSeconds;

    FullPipeline(int threads, boolean store, boolean merge) {
        long t0 = System.nanoTime();
        this.resources = StandardPipeline.Resources.loadDefault();
        this.loadSeconds = (System.nanoTime() - t0) / 1e9;
        this.threads = threads;
        this.store = store;
        this.merge = merge;
    }

    /** The same loaded pipeline with merging switched on or off. */
    FullPipeline(FullPipeline other, boolean merge) {
        this.resources = other.resources;
        this.loadSeconds = other.loadSeconds;
        this.threads = other.threads;
        this.store = other.store;
        this.merge = merge;
    }

    double loadSeconds() { return loadSeconds; }

    Pass run(List<Article> articles) {
        Path dir = null;
        try {
            dir = store ? Files.createTempDirectory("sitrep-bench-store") : null;
            return run(articles, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store directory: " + e.getMessage(), e);
        } finally {
            if (dir != null) deleteTree(dir);
        }
    }

    private Pass run(List<Article> articles, Path dir) {
        long[] tokens = {0};
        long[] events = {0};
        long[] failed = {0};
        long[] storeNanos = {0};
        long[] mergeNanos = {0};
        EventMerger merger = merge ? new EventMerger() : null;
        Machine.Clock clock = Machine.Clock.start();
        long s0 = System.nanoTime();
        Pipeline pipeline = StandardPipeline.create(resources,
                StandardPipeline.surveyOutlets(resources, articles.iterator(), threads).result());
        double surveySeconds = (System.nanoTime() - s0) / 1e9;
        try (SqliteEventStore db = dir == null ? null : SqliteEventStore.open(dir.resolve("bench.db"))) {
            new BatchRunner(pipeline, threads).run(articles.iterator(), result -> {
                if (!result.ok()) {
                    failed[0]++;
                    return;
                }
                Article a = result.document().article();
                List<Event> evs = result.document().events();
                tokens[0] += result.document().tokens().size();
                events[0] += evs.size();
                if (db != null) {
                    long t0 = System.nanoTime();
                    db.putArticle(a, a.text());
                    db.putEvents(a.id(), evs);
                    storeNanos[0] += System.nanoTime() - t0;
                }
                if (merger != null) {
                    long t0 = System.nanoTime();
                    evs.forEach(merger::add);
                    mergeNanos[0] += System.nanoTime() - t0;
                }
            });
        }
        long merged = 0;
        if (merger != null) {
            long t0 = System.nanoTime();
            merged = merger.mergedEvents().size();
            mergeNanos[0] += System.nanoTime() - t0;
        }
        double wall = clock.wallSeconds();
        double cpu = clock.cpuSeconds();
        Map<String, Double> stages = new LinkedHashMap<>();
        // (the survey's time is wall time on all workers; the stages' times are summed over workers)
        stages.put("outlets.survey", surveySeconds * threads);
        pipeline.metrics().millisByStage().forEach((k, v) -> stages.put(k, v / 1000.0));
        return new Pass(articles.size(), tokens[0], events[0], failed[0], wall, cpu, clock.meanLoad(), stages,
                storeNanos[0] / 1e9, mergeNanos[0] / 1e9, merged);
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete temporary " + p + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary " + dir + ": " + e.getMessage(), e);
        }
    }
}
