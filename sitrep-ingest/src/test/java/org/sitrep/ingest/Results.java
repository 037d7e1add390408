package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;

/** Test helpers: drain a result stream, split it, and assert on it with useful messages. */
final class Results {
    private Results() {}

    static List<IngestResult> all(Stream<IngestResult> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    static List<Article> articles(List<IngestResult> results) {
        return results.stream().filter(r -> r instanceof IngestResult.Ingested)
                .map(r -> ((IngestResult.Ingested) r).article()).toList();
    }

    static List<Failure> failures(List<IngestResult> results) {
        return results.stream().filter(r -> r instanceof IngestResult.Rejected)
                .map(r -> ((IngestResult.Rejected) r).failure()).toList();
    }

    static Article onlyArticle(List<IngestResult> results) {
        List<Article> articles = articles(results);
        if (articles.size() != 1 || results.size() != 1) fail("expected exactly one article, got " + results);
        return articles.get(0);
    }

    static Failure onlyFailure(List<IngestResult> results) {
        List<Failure> failures = failures(results);
        if (failures.size() != 1 || results.size() != 1) fail("expected exactly one failure, got " + results);
        return failures.get(0);
    }

    static void assertReason(Failure failure, String expectedFragment) {
        if (!failure.reason().contains(expectedFragment)) {
            fail("reason should mention \"" + expectedFragment + "\" but was: " + failure.reason());
        }
    }

    static void assertOrigin(Failure failure, String expectedSuffix) {
        if (!failure.origin().endsWith(expectedSuffix)) {
            assertEquals(expectedSuffix, failure.origin(), "origin");
        }
    }
}
