package org.sitrep.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;

/** The benchmark corpus: articles read once through the real ingest code, and copies of it with fresh ids. */
public final class Corpus {
    /** FA-KES dev articles, relative to the repository (CC BY 4.0; read in place, never copied). */
    static final String SHARED_CORPUS = "eval/fa-kes-dev/articles.jsonl";
    /** The bundled sample, used when the shared folder is absent. */
    static final String BUNDLED_CORPUS = "examples/fa-kes-sample.jsonl";

    private Corpus() {}

    /**
     * The default corpus: {@code <shared>/eval/fa-kes-dev/articles.jsonl} when present, where shared is the system
     * property {@code sitrep.shared} or {@code ../shared} beside the repository; else the bundled sample.
     */
    public static Optional<Path> defaultPath(Path repo) {
        String shared = System.getProperty("sitrep.shared", repo.resolve("../shared").toString());
        Path dev = Path.of(shared).resolve(SHARED_CORPUS);
        if (Files.isRegularFile(dev)) return Optional.of(dev.normalize());
        Path bundled = repo.resolve(BUNDLED_CORPUS);
        return Files.isRegularFile(bundled) ? Optional.of(bundled.normalize()) : Optional.empty();
    }

    /** Every article the ingest code accepts from the inputs; rejected records are counted, not fatal. */
    public static List<Article> load(Path input) {
        List<Article> out = new ArrayList<>();
        int[] rejected = {0};
        try (Stream<IngestResult> results = ArticleSource.create().read(input)) {
            results.forEach(r -> {
                switch (r) {
                    case IngestResult.Ingested ok -> out.add(ok.article());
                    case IngestResult.Rejected bad -> rejected[0]++;
                }
            });
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no readable articles in " + input + " (" + rejected[0]
                    + " rejected records); give a JSONL file with id and text fields");
        }
        return List.copyOf(out);
    }

    /**
     * {@code n} articles: the corpus repeated, each copy after the first with a fresh id ({@code id~r2}) and content
     * hash, so stores and mergers see distinct documents, as with a larger corpus of the same mix.
     */
    public static List<Article> replicate(List<Article> corpus, int n) {
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Article a = corpus.get(i % corpus.size());
            int round = i / corpus.size();
            if (round == 0) {
                out.add(a);
            } else {
                String suffix = "~r" + round;
                String hash = a.contentHash() == null ? null : a.contentHash() + suffix;
                out.add(new Article(a.id() + suffix, a.title(), a.text(), a.published(), a.source(), a.url(), hash,
                        a.origin()));
            }
        }
        return out;
    }
}
