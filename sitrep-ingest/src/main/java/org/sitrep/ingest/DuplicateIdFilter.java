package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.sitrep.model.Article;

/**
 * Keeps the first article of each id in a batch and rejects later ones, naming where the first came from.
 *
 * <p>It remembers every id of the batch, so its memory is kept small per article (about 100 bytes beyond the id
 * itself): the origin is stored as an index into the distinct file names plus a line number, and the content
 * hash as its first 64 bits, which is plenty to tell an identical copy from a conflicting record.
 */
final class DuplicateIdFilter implements ResultCursor {
    private final ResultCursor inner;
    private final Map<String, First> firstSeen = new HashMap<>();
    private final List<String> locations = new ArrayList<>();
    private final Map<String, Integer> locationIndex = new HashMap<>();

    /** Where the first article with an id came from; {@code line < 0} when its origin has no line. */
    private record First(int location, long line, long hashPrefix, boolean hasHash) {}

    DuplicateIdFilter(ResultCursor inner) { this.inner = inner; }

    @Override public boolean hasNext() { return inner.hasNext(); }

    @Override public IngestResult next() {
        if (!hasNext()) throw new NoSuchElementException();
        IngestResult result = inner.next();
        if (!(result instanceof IngestResult.Ingested ingested)) return result;
        Article article = ingested.article();
        First first = firstSeen.get(article.id());
        if (first == null) {
            firstSeen.put(article.id(), remember(article));
            return result;
        }
        long prefix = hashPrefix(article.contentHash());
        boolean copy = first.hasHash() && article.contentHash() != null && prefix == first.hashPrefix();
        String firstOrigin = first.line() < 0 ? locations.get(first.location())
                : Origins.at(locations.get(first.location()), first.line());
        return Origins.reject(article.origin(), Origins.DEDUP, "duplicate id \"" + article.id() + "\" ("
                + (copy ? "an identical copy" : "different content") + "): the article from " + firstOrigin
                + " is kept, this one is skipped");
    }

    private First remember(Article article) {
        String origin = article.origin() == null ? "" : article.origin();
        int colon = origin.lastIndexOf(':');
        long line = -1;
        String location = origin;
        if (colon > 0 && colon < origin.length() - 1 && origin.substring(colon + 1).chars().allMatch(Character::isDigit)
                && origin.length() - colon <= 18) {
            line = Long.parseLong(origin.substring(colon + 1));
            location = origin.substring(0, colon);
        }
        Integer index = locationIndex.get(location);
        if (index == null) {
            index = locations.size();
            locations.add(location);
            locationIndex.put(location, index);
        }
        boolean hasHash = article.contentHash() != null;
        return new First(index, line, hasHash ? hashPrefix(article.contentHash()) : 0, hasHash);
    }

    /** First 64 bits of a hex hash (any string works: non-hex falls back to its hashCode). */
    private static long hashPrefix(String hash) {
        if (hash == null) return 0;
        try {
            return hash.length() >= 16 ? Long.parseUnsignedLong(hash.substring(0, 16), 16) : hash.hashCode();
        } catch (NumberFormatException e) {
            return hash.hashCode(); // not hex: a weaker but still useful fingerprint
        }
    }

    @Override public void close() { inner.close(); }
}
