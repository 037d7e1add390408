package org.sitrep.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Export formats, each with its file extension and media type (for HTTP exports). */
public enum Format {
    /** One ONTOLOGY.md event object per line. */
    JSONL("jsonl", "application/x-ndjson"),
    /** ACLED export columns, RFC 4180. */
    CSV("csv", "text/csv; charset=utf-8"),
    /** RFC 7946 FeatureCollection; properties hold the full event record. */
    GEOJSON("geojson", "application/geo+json");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() { return extension; }

    public String mediaType() { return mediaType; }

    /** Opens a streaming writer of this format; closing it finishes the document and closes {@code out}. */
    public EventWriter open(OutputStream out) {
        return EventWriter.open(this, out);
    }

    /**
     * Parses a user-given format name, case-insensitive; accepts the enum name or the file extension
     * ("json" is taken as JSONL, the event-per-line output).
     */
    public static Format parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) return f;
        }
        if (n.equals("json") || n.equals("ndjson")) return JSONL;
        throw new IllegalArgumentException("unknown export format '" + name + "'; use one of "
                + Arrays.stream(values()).map(Format::extension).collect(Collectors.joining(", ")));
    }

    /** The format a file name implies by its extension, e.g. "events.geojson" -> GEOJSON. */
    public static Format ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) throw new IllegalArgumentException("cannot tell the export format of '" + fileName
                + "': no file extension (use .jsonl, .csv or .geojson)");
        return parse(fileName.substring(dot + 1));
    }
}
