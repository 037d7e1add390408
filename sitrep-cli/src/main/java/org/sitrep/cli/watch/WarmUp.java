package org.sitrep.cli.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;

/**
 * Runs the pipeline over the bundled sample (nothing is stored) before a watch starts. A fresh JVM runs the
 * pipeline interpreted for its first few hundred articles, several times slower than when compiled; without this,
 * the first articles of a watch would miss the freshness target.
 */
final class WarmUp {
    static final String SAMPLE = "/org/sitrep/cli/demo/fa-kes-sample.jsonl";

    private WarmUp() {}

    static void run(Pipeline pipeline, int passes, int threads, PrintStream log) {
        List<Article> sample = sample();
        if (sample.isEmpty()) {
            log.println("sitrep watch: no bundled sample in this build; starting without warm-up");
            return;
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < passes; i++) new BatchRunner(pipeline, threads).run(sample.iterator(), r -> { });
        log.printf(Locale.ROOT, "sitrep watch: warmed up on %d sample articles in %.1f s%n", passes * sample.size(),
                (System.nanoTime() - t0) / 1e9);
    }

    private static List<Article> sample() {
        List<Article> out = new ArrayList<>();
        try (InputStream in = WarmUp.class.getResourceAsStream(SAMPLE)) {
            if (in == null) return out;
            Path tmp = Files.createTempFile("sitrep-warmup", ".jsonl");
            try {
                Files.write(tmp, in.readAllBytes());
                try (Stream<IngestResult> rs = ArticleSource.create().read(tmp)) {
                    rs.forEach(r -> {
                        if (r instanceof IngestResult.Ingested ok) out.add(ok.article());
                    });
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the bundled warm-up sample: " + e.getMessage(), e);
        }
        return out;
    }
}
