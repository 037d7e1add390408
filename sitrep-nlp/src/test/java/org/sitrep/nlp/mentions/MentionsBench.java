package org.sitrep.nlp.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

/**
 * Throughput of each mention annotator on pre-tokenized seed articles (tokenizing is measured elsewhere), single
 * thread, after warm-up; wall-clock and thread-CPU rates (the CPU rate is what a free core would give). A benchmark main, not a test: {@code MentionsBench [shared-dir] [seconds-per-annotator] [name-filter]}.
 */
public final class MentionsBench {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private MentionsBench() {}

    public static void main(String[] args) {
        if (args.length > 0) System.setProperty("sitrep.shared", args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        List<Article> articles = new ArrayList<>(SeedData.shared().map(p -> SeedData.articles(p).values())
                .orElseThrow(() -> new IllegalStateException("no shared folder; pass its path")));
        List<Document> docs = new ArrayList<>();
        long tokens = 0;
        for (Article a : articles) {
            Document d = TestDocs.TOKENIZER.apply(Document.of(a), new StageContext(a.id()));
            docs.add(d);
            tokens += d.tokens().size();
        }
        System.out.printf(Locale.ROOT, "%d articles, %d tokens%n", docs.size(), tokens);
        List<Annotator> annotators = List.of(new NumberAnnotator(), new DateAnnotator(), new QuoteAnnotator());
        String only = args.length > 2 ? args[2] : "";
        for (Annotator an : annotators) {
            if (!an.name().contains(only)) continue;
            run(an, docs, 0.5);                                           // warm-up
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long[] r = run(an, docs, seconds);
            double secs = r[2] / 1e9;
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "%-18s wall: %,10.0f tokens/s %,7.0f articles/s | cpu: %,10.0f tokens/s %,7.0f articles/s"
                            + "  (%d mentions per pass)%n", an.name(), r[0] * tokens / secs, r[0] * docs.size() / secs,
                    r[0] * tokens / cpu, r[0] * docs.size() / cpu, r[1]);
        }
    }

    /** Passes over all docs for about {@code seconds}: {passes, mentions in the last pass, elapsed ns}. */
    static long[] run(Annotator an, List<Document> docs, double seconds) {
        long start = System.nanoTime(), passes = 0, mentions = 0;
        long limit = (long) (seconds * 1e9);
        while (System.nanoTime() - start < limit) {
            mentions = 0;
            for (Document d : docs) {
                Document out = an.apply(d, new StageContext(d.article().id()));
                mentions += out.numbers().size() + out.dates().size() + out.quotes().size();
            }
            passes++;
        }
        return new long[] {passes, mentions, System.nanoTime() - start};
    }
}
