package org.sitrep.cli.watch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.extract.StandardPipeline;
import org.sitrep.store.sqlite.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep watch DIR|FEED...}: keeps the store up to date with folders and RSS/Atom feeds until Ctrl-C. On a
 * terminal one status line shows count, rate and freshness; in logs and CI ({@code CI} set or no console) it
 * prints one line per batch that found something, and nothing while idle.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch folders and RSS/Atom feeds; extract events from each new article once and write them to the store.",
                "Freshness (file written -> events in the store, where `sitrep serve` sees them) is logged per batch.",
                "Write files under a hidden or .part/.tmp name and rename them when complete, or they are read once settled.",
                "Stops cleanly on Ctrl-C (the batch under way is finished and committed)."})
public final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR|FEED", description = "folders (watched recursively), files, or http(s) feed URLs")
    List<String> inputs;

    @Option(names = "--store", paramLabel = "DB", description = "store file (default: ${DEFAULT-VALUE})")
    Path store = SqliteEventStore.DEFAULT_PATH;

    @Option(names = "--poll", paramLabel = "MS", description = "folder poll interval in ms (default: ${DEFAULT-VALUE})")
    long pollMillis = 250;

    @Option(names = "--settle", paramLabel = "MS", description = "a file is read once unchanged for this long, in ms (default: ${DEFAULT-VALUE})")
    long settleMillis = 100;

    @Option(names = "--feed-interval", paramLabel = "S", description = "seconds between fetches of each feed (default: ${DEFAULT-VALUE})")
    long feedSeconds = 60;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", description = "passes over the bundled sample before watching, so the first articles are not slowed by a cold JIT (default: ${DEFAULT-VALUE})")
    int warmup = 2;

    @Option(names = "--once", description = "poll once, process what is there, and exit (for cron jobs and scripts)")
    boolean once;

    /** Runs the command on its own (the {@code sitrep} launcher registers it as {@code sitrep watch}). */
    public static void main(String[] args) {
        picocli.CommandLine cl = new picocli.CommandLine(new WatchCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sitrep watch: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        System.exit(cl.execute(args));
    }

    @Override public Integer call() {
        Watcher.Options opts = new Watcher.Options(pollMillis, settleMillis, feedSeconds * 1000, threads);
        PrintStream err = System.err;
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        err.println("sitrep watch: loading the pipeline…");
        var pipeline = StandardPipeline.create(StandardPipeline.Resources.loadDefault());
        if (warmup > 0 && !once) WarmUp.run(pipeline, warmup, threads, err);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            // Ctrl-C: let the batch under way commit, then close the store; never wait forever
            stop.set(true);
            try {
                if (!finished.await(30, TimeUnit.SECONDS)) main.interrupt();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-watch-shutdown");
        if (!once) Runtime.getRuntime().addShutdownHook(hook);
        try (SqliteEventStore db = SqliteEventStore.open(store)) {
            Watcher w = new Watcher(pipeline, db, inputs, opts)
                    .onFailure(f -> {
                        if (terminal) err.print("\r\033[K");
                        err.println("  failed: " + f);
                    })
                    .onBatch(s -> {
                        if (terminal) {
                            err.printf(Locale.ROOT, "\r\033[K%d articles, %d events, %.1f articles/s, freshness %d ms (worst %d ms), %d seen before",
                                    s.articles(), s.events(), s.articlesPerSecond(), s.lastFreshnessMs(), s.maxFreshnessMs(), s.skipped());
                            err.flush();
                        } else {
                            err.printf(Locale.ROOT, "sitrep watch: %d articles, %d events so far; last batch freshness %d ms%n",
                                    s.articles(), s.events(), s.lastFreshnessMs());
                        }
                    });
            err.printf("sitrep watch: watching %s, store %s (Ctrl-C stops)%n", String.join(", ", inputs), db.path());
            if (once) w.poll();
            else w.run(stop);
            WatchStats s = w.stats();
            if (terminal) err.println();
            err.printf(Locale.ROOT, "sitrep watch: stopped after %.0f s: %d articles, %d events, %d seen before, %d failed; worst freshness %d ms%n",
                    s.seconds(), s.articles(), s.events(), s.skipped(), s.failed(), s.maxFreshnessMs());
            return s.failed() > 0 && once ? 1 : 0;
        } finally {
            finished.countDown();
        }
    }
}
