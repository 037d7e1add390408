package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class CorpusTest {
    @TempDir Path dir;

    private Path corpus() throws IOException {
        Path f = dir.resolve("c.jsonl");
        Files.writeString(f, """
                {"id":"a","text":"Shelling hit the town of Kafr Nabl on Monday.","published":"2015-10-12"}
                {"id":"b","text":"Two civilians were killed in an air strike."}
                not json
                {"id":"c","text":"Protesters gathered in the square."}
                """);
        return f;
    }

    @Test void loadsThroughTheIngestCodeAndSkipsBadRecords() throws IOException {
        List<Article> as = Corpus.load(corpus());
        assertEquals(List.of("a", "b", "c"), as.stream().map(Article::id).toList());
    }

    @Test void replicasGetFreshIdsAndHashesButTheSameText() throws IOException {
        List<Article> base = Corpus.load(corpus());
        List<Article> seven = Corpus.replicate(base, 7);
        assertEquals(7, seven.size());
        Set<String> ids = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (Article a : seven) {
            ids.add(a.id());
            hashes.add(a.contentHash());
        }
        assertEquals(7, ids.size(), "every copy has its own id");
        assertEquals(7, hashes.size(), "every copy has its own content hash");
        assertEquals(base.get(0), seven.get(0), "the first round is the corpus itself");
        assertEquals(base.get(1).text(), seven.get(4).text());
        assertNotEquals(base.get(1).id(), seven.get(4).id());
        assertEquals("b~r1", seven.get(4).id());
    }

    @Test void anEmptyCorpusIsAClearError() throws IOException {
        Path f = dir.resolve("empty.jsonl");
        Files.writeString(f, "nothing here\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.load(f));
        assertEquals(true, e.getMessage().contains("no readable articles"));
    }

    @Test void baselineResultLineRoundTrips() {
        CoreNlpBaseline.Result r = new CoreNlpBaseline.Result(40, 12345, 20.5, 39.25, 11.0, 900L << 20, 600L << 20, 9.5);
        CoreNlpBaseline.Result back = CoreNlpBaseline.Result.parse(r.line());
        assertEquals(r.articles(), back.articles());
        assertEquals(r.tokens(), back.tokens());
        assertEquals(r.wallSeconds(), back.wallSeconds(), 1e-3);
        assertEquals(r.cpuSeconds(), back.cpuSeconds(), 1e-3);
        assertEquals(r.peakHeap(), back.peakHeap());
        assertEquals(40 / 20.5, back.articlesPerSecond(), 1e-3);
    }
}
