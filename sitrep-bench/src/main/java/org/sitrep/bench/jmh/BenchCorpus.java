package org.sitrep.bench.jmh;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.bench.Corpus;
import org.sitrep.model.Article;

/** The articles JMH states use: the benchmark corpus (system property {@code sitrep.bench.corpus} or the default). */
final class BenchCorpus {
    private BenchCorpus() {}

    static List<Article> articles() {
        String given = System.getProperty("sitrep.bench.corpus");
        Path path = given != null ? Path.of(given) : Corpus.defaultPath(Path.of(System.getProperty("sitrep.repo", ".")))
                .orElseThrow(() -> new IllegalStateException(
                        "no corpus: run from the repository root or pass -Dsitrep.bench.corpus=FILE.jsonl"));
        return Corpus.load(path);
    }
}
