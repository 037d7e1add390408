package org.sitrep.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Keeps the first article of each id in a batch and rejects later ones, naming where the first came from. */
final class DuplicateIdFilter implements ResultCursor {
    private final ResultCursor inner;
    /** id -> the first article with it (where from, and its content hash to tell copies from conflicts). */
    private final Map<String, First> firstSeen = new HashMap<>();

    private record First(String origin, String contentHash) {}

    DuplicateIdFilter(ResultCursor inner) { this.inner = inner; }

    @Override public boolean hasNext() { return inner.hasNext(); }

    @Override public IngestResult next() {
        if (!hasNext()) throw new NoSuchElementException();
        IngestResult result = inner.next();
        if (result instanceof IngestResult.Ingested ingested) {
            var article = ingested.article();
            First first = firstSeen.putIfAbsent(article.id(), new First(article.origin(), article.contentHash()));
            if (first != null) {
                boolean copy = first.contentHash() != null && first.contentHash().equals(article.contentHash());
                return Origins.reject(article.origin(), Origins.DEDUP, "duplicate id \"" + article.id() + "\" ("
                        + (copy ? "an identical copy" : "different content") + "): the article from "
                        + first.origin() + " is kept, this one is skipped");
            }
        }
        return result;
    }

    @Override public void close() { inner.close(); }
}
