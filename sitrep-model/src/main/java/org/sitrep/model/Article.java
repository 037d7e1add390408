package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as ingested. {@code text} is the exact text all offsets refer to.
 *
 * @param id          stable document id (from the input, or derived from the file name)
 * @param title       title, or null when unknown
 * @param text        article body; never null
 * @param published   publication date, or null when unknown
 * @param source      outlet name, or null
 * @param url         original address, or null
 * @param contentHash SHA-256 (hex) of the raw input record, the key under which raw input is kept
 * @param origin      where it was read from ("file.jsonl:12"), for error reports
 */
public record Article(String id, String title, String text, LocalDate published, String source, String url,
                      String contentHash, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) throw new IllegalArgumentException("article id is blank");
    }

    public Article withId(String newId) {
        return new Article(newId, title, text, published, source, url, contentHash, origin);
    }
}
