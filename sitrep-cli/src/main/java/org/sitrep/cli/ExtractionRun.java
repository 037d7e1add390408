package org.sitrep.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.sitrep.extract.StandardPipeline;
import org.sitrep.geo.OutletLocales;
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
 *
 * <p>Two passes: the first finds where each outlet of the batch is at home (tokens and places only, see
 * {@link OutletLocales}), the second runs the whole pipeline with that knowledge. Files are read twice; feeds
 * (http inputs) are fetched once and the batch is then held in memory, so the passes see the same articles.
 */
final class ExtractionRun {
    /** What a run did: counts and every failure with its origin. */
    record Summary(long articles, long events, List<Failure> failures, double seconds) {
        boolean anyFailed() { return !failures.isEmpty(); }
    }

    /** Everything one processed article produced. */
    record ArticleEvents(Article article, List<Event> events) {}

    private final StandardPipeline.Resources resources;
    private final int threads;
    private Consumer<Failure> onWarning = w -> { };

    ExtractionRun(StandardPipeline.Resources resources, int threads) {
        this.resources = resources;
        this.threads = threads;
    }

    static ExtractionRun standard(int threads) {
        return new ExtractionRun(StandardPipeline.Resources.loadDefault(), threads);
    }

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
        ArticleSource source = ArticleSource.create();
        // feeds are fetched once: a second fetch may differ or fail
        List<IngestResult> held = inputs.stream().anyMatch(ArticleSource::isUrl) ? readAll(source, inputs) : null;
        Supplier<Stream<IngestResult>> read = () -> held != null ? held.stream() : source.read(inputs);
        OutletLocales outlets;
        long surveyStart = System.nanoTime();
        try (Stream<IngestResult> results = read.get()) {
            Iterator<Article> articles = results.<Article>mapMulti((r, down) -> {
                if (r instanceof IngestResult.Ingested ok) down.accept(ok.article());
            }).iterator();
            outlets = StandardPipeline.surveyOutlets(resources, articles, threads).result();
        }
        double surveySeconds = (System.nanoTime() - surveyStart) / 1e9;
        if (!outlets.homes().isEmpty()) System.err.println("sitrep: " + OutletLocales.describe(outlets, 3));
        Pipeline pipeline = StandardPipeline.create(resources, outlets);
        Progress progress = Progress.onStderr(-1);
        long[] events = {0};
        try (Stream<IngestResult> results = read.get()) {
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
        // (the run's time includes the first pass, so articles/s is what the whole job does)
        return new Summary(progress.done(), events[0], failures, surveySeconds + progress.seconds());
    }

    private static List<IngestResult> readAll(ArticleSource source, List<String> inputs) {
        try (Stream<IngestResult> results = source.read(inputs)) {
            return results.toList();
        }
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
