package org.sitrep.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench}: the whole pipeline (extraction, geocoding, storing, merging) after warm-up, a Stanford CoreNLP
 * baseline on the same articles in the same run, the ratio, peak heap, and the cost curve over replicated corpora.
 *
 * <p>The baseline runs in a child JVM between two groups of sitrep passes, so both see the same machine load and
 * CoreNLP's models never count against sitrep's heap. Every rate is given per wall second and per CPU second of the
 * process: on a shared machine the second one is the steadier.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the whole sitrep pipeline against a Stanford CoreNLP baseline on the same articles.",
                "Run with -Xmx1500m (scripts/bench does): the heap figures are checked against that limit."})
public final class BenchMain implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "JSONL",
            description = "articles (default: ../shared/eval/fa-kes-dev/articles.jsonl, else examples/fa-kes-sample.jsonl)")
    Path corpus;

    @Option(names = "--repo", paramLabel = "DIR", description = "repository root, to find the default corpus (default: .)")
    Path repo = Path.of(".");

    @Option(names = "--threads", description = "pipeline worker threads (default: all cores)")
    int threads = Machine.cores();

    @Option(names = "--warmup", description = "warm-up passes over the corpus (default: ${DEFAULT-VALUE})")
    int warmup = 3;

    @Option(names = "--passes", description = "measured passes before and after the baseline, each (default: ${DEFAULT-VALUE})")
    int passes = 2;

    @Option(names = "--baseline-articles", description = "articles for the slow CoreNLP baseline (default: ${DEFAULT-VALUE}; 0 skips it)")
    int baselineArticles = 40;

    @Option(names = "--baseline-threads", description = "CoreNLP threads (default: as --threads)")
    Integer baselineThreads;

    @Option(names = "--baseline-heap", description = "CoreNLP JVM heap (default: ${DEFAULT-VALUE})")
    String baselineHeap = "3g";

    @Option(names = "--curve", split = ",", description = "corpus sizes for the cost curve (default: 1000,10000,100000; 0 skips it)")
    List<Integer> curve = List.of(1_000, 10_000, 100_000);

    @Option(names = "--no-store", description = "leave out the SQLite store insert")
    boolean noStore;

    @Option(names = "--no-merge", description = "leave out incremental merging")
    boolean noMerge;

    @Option(names = "--curve-merge", description = {"merge in the cost curve too (default: off).",
            "Replicas repeat the corpus's happenings, so at 100k each happening has ~250 identical reports in one",
            "merge cluster: a worst case that measures cluster size, not corpus size."})
    boolean curveMerge;

    private final PrintStream out = System.out;

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new BenchMain());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sitrep bench: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        System.exit(cl.execute(args));
    }

    @Override public Integer call() {
        Path input = corpus != null ? corpus : Corpus.defaultPath(repo).orElseThrow(() -> new IllegalArgumentException(
                "no corpus found: give --corpus FILE.jsonl or run from the repository root (--repo DIR)"));
        List<Article> articles = Corpus.load(input);
        long bytes = articles.stream().mapToLong(a -> a.text().length()).sum();
        out.printf(Locale.ROOT, "sitrep bench: %s, %d articles (%.1f KB mean), %d cores, %d threads, max heap %d MB, Java %s%n",
                input, articles.size(), bytes / 1024.0 / articles.size(), Machine.cores(), threads,
                HeapWatch.maxHeap() >> 20, Runtime.version());
        out.printf(Locale.ROOT, "load average at start: %.2f (1 min; other processes share these cores)%n", Machine.loadAverage());

        FullPipeline full = new FullPipeline(threads, !noStore, !noMerge);
        out.printf(Locale.ROOT, "resources loaded in %.1f s%n", full.loadSeconds());
        for (int i = 0; i < warmup; i++) full.run(articles);

        List<FullPipeline.Pass> passesSeen = new ArrayList<>();
        long peakHeap;
        long liveHeap;
        System.gc();
        try (HeapWatch heap = new HeapWatch()) {
            for (int i = 0; i < passes; i++) passesSeen.add(report("sitrep pass", full.run(articles)));
            peakHeap = heap.peakUsed();
            liveHeap = heap.peakAfterGc();
        }
        Optional<CoreNlpBaseline.Result> baseline = Optional.empty();
        if (baselineArticles > 0) {
            baseline = Optional.of(runBaseline(input, baselineArticles, baselineThreads != null ? baselineThreads : threads));
            for (int i = 0; i < passes; i++) passesSeen.add(report("sitrep pass", full.run(articles)));
        }
        FullPipeline.Pass median = median(passesSeen);
        out.println();
        out.println("== whole pipeline (median pass) ==");
        out.printf(Locale.ROOT, "sitrep   : %8.1f articles/s %9.0f tokens/s  %6.1f articles per CPU-second  (load avg %.1f)%n",
                median.articlesPerSecond(), median.tokensPerSecond(), median.articlesPerCpuSecond(), median.load());
        out.printf(Locale.ROOT, "heap     : peak %d MB in use (garbage included), peak live after GC %d MB, limit %d MB%n",
                peakHeap >> 20, liveHeap >> 20, HeapWatch.maxHeap() >> 20);
        baseline.ifPresent(b -> {
            out.printf(Locale.ROOT, "CoreNLP  : %8.2f articles/s %9.0f tokens/s  %6.2f articles per CPU-second  (%s, %d articles, %d threads, load avg %.1f, models %.1f s, heap peak %d MB / live %d MB)%n",
                    b.articlesPerSecond(), b.tokensPerSecond(), b.articlesPerCpuSecond(), CoreNlpBaseline.ANNOTATORS,
                    b.articles(), baselineThreads != null ? baselineThreads : threads, b.load(), b.loadSeconds(),
                    b.peakHeap() >> 20, b.liveHeap() >> 20);
            out.printf(Locale.ROOT, "ratio    : %.0fx per wall second, %.0fx per CPU-second (target >= 50x)%n",
                    median.articlesPerSecond() / b.articlesPerSecond(), median.articlesPerCpuSecond() / b.articlesPerCpuSecond());
        });
        out.println();
        printStages(median);
        if (!curve.isEmpty() && !(curve.size() == 1 && curve.get(0) == 0)) {
            costCurve(curveMerge || noMerge ? full : new FullPipeline(full, false), articles);
        }
        out.printf(Locale.ROOT, "load average at end: %.2f%n", Machine.loadAverage());
        return 0;
    }

    private FullPipeline.Pass report(String label, FullPipeline.Pass p) {
        out.printf(Locale.ROOT, "%s: %d articles, %d tokens, %d events (%d merged), %d failed in %.2f s = %.1f articles/s, %.0f tokens/s; CPU %.2f s; load avg %.1f%n",
                label, p.articles(), p.tokens(), p.events(), p.mergedEvents(), p.failed(), p.wallSeconds(), p.articlesPerSecond(),
                p.tokensPerSecond(), p.cpuSeconds(), p.load());
        return p;
    }

    private static FullPipeline.Pass median(List<FullPipeline.Pass> ps) {
        List<FullPipeline.Pass> sorted = new ArrayList<>(ps);
        sorted.sort(Comparator.comparingDouble(FullPipeline.Pass::articlesPerSecond));
        return sorted.get(sorted.size() / 2);
    }

    /** Where the time goes: pipeline stages (summed over workers), then store and merge (consumer thread). */
    private void printStages(FullPipeline.Pass p) {
        out.println("== cost per stage (median pass; stage times summed over worker threads) ==");
        double total = p.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum() + p.storeSeconds() + p.mergeSeconds();
        List<Map.Entry<String, Double>> rows = new ArrayList<>(p.stageSeconds().entrySet());
        rows.add(Map.entry("store.sqlite (consumer thread)", p.storeSeconds()));
        rows.add(Map.entry("merge.incremental (consumer thread)", p.mergeSeconds()));
        rows.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (Map.Entry<String, Double> r : rows) {
            out.printf(Locale.ROOT, "  %-38s %8.3f s  %5.1f%%  %7.2f ms/article%n", r.getKey(), r.getValue(),
                    100 * r.getValue() / total, 1000 * r.getValue() / p.articles());
        }
    }

    private void costCurve(FullPipeline full, List<Article> corpus) {
        out.println();
        out.println("== cost curve (corpus replicated with fresh ids; pipeline and store" + (curveMerge && !noMerge ? " and merge" : ", no merge") + ") ==");
        out.println("  articles      seconds  articles/s   ms/article  vs first  peak heap MB  live MB  load avg");
        double first = Double.NaN;
        for (int n : curve) {
            List<Article> arts = Corpus.replicate(corpus, n);
            System.gc();
            FullPipeline.Pass p;
            long peak;
            long live;
            try (HeapWatch heap = new HeapWatch()) {
                p = full.run(arts);
                peak = heap.peakUsed();
                live = heap.peakAfterGc();
            }
            double msPer = 1000 * p.wallSeconds() / n;
            if (Double.isNaN(first)) first = msPer;
            out.printf(Locale.ROOT, "  %8d %12.1f %11.1f %12.3f %8.2fx %13d %8d %9.1f%n", n, p.wallSeconds(),
                    p.articlesPerSecond(), msPer, msPer / first, peak >> 20, live >> 20, p.load());
        }
        out.println("  (cost grows linearly when ms/article stays flat: 'vs first' near 1.0)");
    }

    /** Runs the CoreNLP baseline in a child JVM on the same class path, its own log kept in a temp file. */
    private CoreNlpBaseline.Result runBaseline(Path input, int n, int baselineThreads) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = List.of(java, "-Xmx" + baselineHeap, "-cp", System.getProperty("java.class.path"),
                CoreNlpBaseline.class.getName(), input.toString(), Integer.toString(n), Integer.toString(baselineThreads), "5");
        out.printf(Locale.ROOT, "CoreNLP baseline (%s) on %d articles in a child JVM (-Xmx%s)…%n", CoreNlpBaseline.ANNOTATORS, n, baselineHeap);
        try {
            Path log = Files.createTempFile("sitrep-bench-corenlp", ".log");
            Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
            String result = null;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) if (line.startsWith("result ")) result = line;
            }
            int code = p.waitFor();
            if (code != 0 || result == null) {
                List<String> lines = Files.readAllLines(log);
                throw new IllegalStateException("the CoreNLP baseline failed (exit " + code + "); last lines of " + log + ":\n  "
                        + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            }
            Files.deleteIfExists(log);
            return CoreNlpBaseline.Result.parse(result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the CoreNLP baseline JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the CoreNLP baseline ran", e);
        }
    }
}
