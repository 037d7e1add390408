package org.sitrep.ingest;

import org.sitrep.model.Failure;

/** Stage names and failure construction shared by the readers. */
final class Origins {
    private Origins() {}

    static final String FILE = "ingest.file";
    static final String JSONL = "ingest.jsonl";
    static final String TEXT = "ingest.txt";
    static final String HTML = "ingest.html";
    static final String FEED = "ingest.feed";
    static final String DEDUP = "ingest.dedup";

    static String at(String location, long line) {
        return location + ":" + line;
    }

    static IngestResult.Rejected reject(String origin, String stage, String reason) {
        return new IngestResult.Rejected(new Failure(origin, stage, reason));
    }

    /** "20.0 MiB" style sizes for messages. */
    static String size(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    static String overLimit(long bytes, long limit, String what) {
        return what + " is " + size(bytes) + " (" + bytes + " bytes), over the limit of " + size(limit)
                + " per article; raise IngestOptions.maxBytes to read it";
    }
}
