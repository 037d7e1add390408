package org.sitrep.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the API refuses, with the HTTP status and a message for the caller. Handlers throw it; one exception
 * mapper turns it into {@code {"error": message, "fields": {...}}}.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final Map<String, String> fields;

    public ApiException(int status, String message, Map<String, String> fields) {
        super(message);
        this.status = status;
        this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    /** 400 with one message per offending parameter or field. */
    public static ApiException invalid(Map<String, String> fields) {
        String summary = fields.size() == 1
                ? "invalid " + fields.keySet().iterator().next() + ": " + fields.values().iterator().next()
                : "invalid request: " + String.join(", ", fields.keySet());
        return new ApiException(400, summary, fields);
    }

    public static ApiException notFound(String message) { return new ApiException(404, message); }

    public int status() { return status; }

    /** Per-field messages (empty unless the request failed validation). */
    public Map<String, String> fields() { return fields; }
}
