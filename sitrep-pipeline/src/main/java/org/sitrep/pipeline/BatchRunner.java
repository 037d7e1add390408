package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.model.Article;

/**
 * Runs a pipeline over many articles on several threads and hands results back in input order, so output files
 * are the same on every run whatever the thread count. Memory stays bounded: at most {@code window} articles are
 * in flight.
 */
public final class BatchRunner {
    private final Pipeline pipeline;
    private final int threads;
    private final int window;

    public BatchRunner(Pipeline pipeline, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        this.pipeline = pipeline;
        this.threads = threads;
        this.window = threads * 16;
    }

    /** Processes every article; {@code sink} sees results in input order, on the calling thread. */
    public void run(Iterator<Article> articles, Consumer<Pipeline.Result> sink) {
        if (threads == 1) {
            while (articles.hasNext()) sink.accept(pipeline.process(articles.next()));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Pipeline.Result>> inFlight = new ArrayDeque<>();
            while (articles.hasNext()) {
                Article a = articles.next();
                inFlight.add(pool.submit(() -> pipeline.process(a)));
                if (inFlight.size() >= window) sink.accept(take(inFlight.removeFirst()));
            }
            while (!inFlight.isEmpty()) sink.accept(take(inFlight.removeFirst()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Pipeline.Result take(Future<Pipeline.Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pipeline", e);
        } catch (ExecutionException e) {
            // Pipeline.process turns stage failures into results; anything here is a bug in the runner itself
            throw new IllegalStateException("pipeline worker failed: " + e.getCause(), e.getCause());
        }
    }
}
