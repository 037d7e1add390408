package org.sitrep.server;

import org.sitrep.model.Article;

import java.util.List;

/**
 * Runs articles posted to {@code POST /api/articles} through extraction and keeps the articles and their events.
 * The server only parses and validates the request; the CLI supplies the implementation with the real pipeline
 * and store, so this module does not depend on the extraction modules.
 *
 * <p>Implementations must be thread-safe (two requests may ingest at once) and must not throw for bad article
 * content: a failed article is reported in {@link IngestReport#failures()}.
 */
@FunctionalInterface
public interface Ingestor {

    IngestReport ingest(List<Article> articles);

    /** An ingestor for read-only servers: every call fails with a message that says how to enable ingest. */
    static Ingestor unavailable() {
        return articles -> {
            throw new UnsupportedOperationException("this server has no extraction pipeline; start it with `sitrep serve`"
                    + " to accept articles");
        };
    }
}
