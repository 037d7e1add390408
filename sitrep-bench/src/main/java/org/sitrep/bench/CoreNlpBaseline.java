package org.sitrep.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.model.Article;

/**
 * The baseline: Stanford CoreNLP 4.5.10 {@code tokenize,ssplit,pos,lemma,ner,depparse} with its default settings,
 * the document date set for SUTime, on the same articles as sitrep. Run in its own JVM by {@link BenchMain} (it
 * needs 1-1.5 GB of heap for its models, which must not count against sitrep's 1.5 GB), and prints one
 * {@code result} line that the parent parses.
 *
 * <p>{@code java -Xmx3g -cp sitrep-bench.jar org.sitrep.bench.CoreNlpBaseline CORPUS ARTICLES THREADS WARMUP}
 */
public final class CoreNlpBaseline {
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    /** Parsed {@code result} line. */
    record Result(int articles, long tokens, double wallSeconds, double cpuSeconds, double loadSeconds, long peakHeap,
                  long liveHeap, double load) {
        double articlesPerSecond() { return articles / wallSeconds; }

        double tokensPerSecond() { return tokens / wallSeconds; }

        double articlesPerCpuSecond() { return articles / cpuSeconds; }

        String line() {
            return String.format(Locale.ROOT, "result articles=%d tokens=%d wall=%.4f cpu=%.4f load=%.3f heap=%d live=%d loadavg=%.2f",
                    articles, tokens, wallSeconds, cpuSeconds, loadSeconds, peakHeap, liveHeap, load);
        }

        static Result parse(String line) {
            java.util.Map<String, String> kv = new java.util.HashMap<>();
            for (String part : line.substring("result ".length()).split(" ")) {
                int eq = part.indexOf('=');
                kv.put(part.substring(0, eq), part.substring(eq + 1));
            }
            return new Result(Integer.parseInt(kv.get("articles")), Long.parseLong(kv.get("tokens")),
                    Double.parseDouble(kv.get("wall")), Double.parseDouble(kv.get("cpu")), Double.parseDouble(kv.get("load")),
                    Long.parseLong(kv.get("heap")), Long.parseLong(kv.get("live")), Double.parseDouble(kv.get("loadavg")));
        }
    }

    private CoreNlpBaseline() {}

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: CoreNlpBaseline CORPUS ARTICLES THREADS WARMUP_ARTICLES");
            System.exit(2);
        }
        List<Article> corpus = Corpus.load(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int warm = Integer.parseInt(args[3]);
        System.out.println(run(corpus, n, threads, warm).line());
    }

    static Result run(List<Article> corpus, int n, int threads, int warmArticles) {
        long t0 = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        // warm-up on articles after the measured ones, so JIT and caches are hot but no article is seen twice
        List<Article> measured = Corpus.replicate(corpus, n);
        List<Article> warm = new ArrayList<>();
        for (int i = 0; i < warmArticles; i++) warm.add(corpus.get((n + i) % corpus.size()));
        annotate(nlp, warm, threads);
        try (HeapWatch heap = new HeapWatch()) {
            Machine.Clock clock = Machine.Clock.start();
            long tokens = annotate(nlp, measured, threads);
            return new Result(measured.size(), tokens, clock.wallSeconds(), clock.cpuSeconds(), loadSeconds,
                    heap.peakUsed(), heap.peakAfterGc(), clock.meanLoad());
        }
    }

    private static long annotate(StanfordCoreNLP nlp, List<Article> articles, int threads) {
        List<Annotation> docs = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Annotation doc = new Annotation(a.text());
            if (a.published() != null) doc.set(CoreAnnotations.DocDateAnnotation.class, a.published().toString());
            docs.add(doc);
        }
        AtomicLong tokens = new AtomicLong();
        nlp.annotate(docs, threads, done -> tokens.addAndGet(done.get(CoreAnnotations.TokensAnnotation.class).size()));
        return tokens.get();
    }
}
