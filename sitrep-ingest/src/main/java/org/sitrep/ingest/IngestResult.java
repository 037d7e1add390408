package org.sitrep.ingest;

import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;

/**
 * What reading one input record gave: an article, or a failure that says where and why. Content problems are
 * always values of this type, never exceptions, so one bad line or file never stops a batch.
 */
public sealed interface IngestResult permits IngestResult.Ingested, IngestResult.Rejected {

    /** Where the record came from: "dir/file.jsonl:12", "page.html:1", "https://host/feed.xml:40". */
    String origin();

    /** An article read successfully; {@link Article#origin()} says where from. */
    record Ingested(Article article) implements IngestResult {
        public Ingested {
            Objects.requireNonNull(article, "article");
        }

        @Override public String origin() { return article.origin(); }
    }

    /** An input that could not be turned into an article; the batch goes on without it. */
    record Rejected(Failure failure) implements IngestResult {
        public Rejected {
            Objects.requireNonNull(failure, "failure");
        }

        @Override public String origin() { return failure.origin(); }

        public String reason() { return failure.reason(); }
    }
}
