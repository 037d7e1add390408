package org.sitrep.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.sitrep.extract.StandardPipeline;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Progress;

/**
 * Reads inputs, runs the pipeline over them on all cores, and hands each article's events to a sink in input
 * order. Rejected inputs and failed articles are collected, never fatal.
 */
final class ExtractionRun {
    /** What a run did: counts and every failure with its origin. */
    record Summary(long articles, long events, List<Failure> failures, double seconds) {
        boolean anyFailed() { return !failures.isEmpty(); }
    }

    /** Everything one processed article produced. */
    record ArticleEvents(Article article, List<Event> events) {}

    private final Pipeline pipeline;
    private final int threads;
    private Consumer<Failure> onWarning = w -> { };

    ExtractionRun(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = threads;
    }

    static ExtractionRun standard(int threads) {
        return new ExtractionRun(StandardPipeline.create(StandardPipeline.Resources.loadDefault()), threads);
    }

    Pipeline pipeline() { return pipeline; }

    /** Receives the stages' notes on what they dropped and why (for --debug). */
    ExtractionRun onWarning(Consumer<Failure> sink) {
        this.onWarning = sink;
        return this;
    }

    Summary run(List<String> inputs, Consumer<ArticleEvents> sink, Consumer<Failure> onFailure) {
        List<Failure> failures = new ArrayList<>();
        Consumer<Failure> fail = f -> {
            failures.add(f);
            onFailure.accept(f);
        };
        Progress progress = Progress.onStderr(-1);
        long[] events = {0};
        try (Stream<IngestResult> results = ArticleSource.create().read(inputs)) {
            Iterator<Article> articles = results.<Article>mapMulti((r, down) -> {
                switch (r) {
                    case IngestResult.Ingested ok -> down.accept(ok.article());
                    case IngestResult.Rejected bad -> fail.accept(bad.failure());
                }
            }).iterator();
            new BatchRunner(pipeline, threads).run(articles, result -> {
                progress.step();
                result.warnings().forEach(onWarning);
                if (!result.ok()) {
                    fail.accept(result.failure());
                    return;
                }
                events[0] += result.document().events().size();
                sink.accept(new ArticleEvents(result.document().article(), result.document().events()));
            });
        }
        progress.finish();
        return new Summary(progress.done(), events[0], failures, progress.seconds());
    }

    static void report(Summary s, PrintStream err) {
        err.printf("sitrep: %d articles, %d events in %.1f s (%.0f articles/s)%s%n", s.articles(), s.events(), s.seconds(),
                s.articles() / Math.max(s.seconds(), 1e-9), s.anyFailed() ? ", " + s.failures().size() + " failed inputs" : "");
        int shown = 0;
        for (Failure f : s.failures()) {
            if (shown++ == 20) {
                err.printf("  … and %d more (all are in the store's failure list)%n", s.failures().size() - 20);
                break;
            }
            err.println("  failed: " + f);
        }
    }
}
