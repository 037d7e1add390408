package org.sitrep.model;

/** A piece of article text that supports an event: its document, offsets and the exact text there. */
public record Evidence(String docId, int start, int end, String text) {
    public static Evidence of(Article article, Span span) {
        return new Evidence(article.id(), span.start(), span.end(), span.of(article.text()));
    }

    public Span span() { return new Span(start, end); }
}
