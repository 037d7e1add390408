package org.sitrep.model;

/**
 * An input or stage that failed: recorded, reported, and never fatal to the rest of the batch.
 *
 * @param origin  where: "dir/file.jsonl:12", a URL, or an article id
 * @param stage   stage name ("ingest.jsonl", "extract.events")
 * @param reason  a sentence a user can act on
 */
public record Failure(String origin, String stage, String reason) {
    @Override public String toString() { return origin + " [" + stage + "]: " + reason; }
}
