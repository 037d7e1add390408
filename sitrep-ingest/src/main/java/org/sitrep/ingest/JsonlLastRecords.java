package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * For the ids that occur on more than one line of a JSON Lines file, the line of their last record: a JSONL file
 * is read as a log in which a later record of an id (a corrected or updated article) supersedes earlier ones.
 *
 * <p>Found before the file is read for real, without keeping every id: a first pass keeps a 64-bit hash of each
 * line's id (16 bytes per line with its line number), the repeated hashes are found by sorting, and a second pass
 * records the exact ids behind them, so a hash collision can never supersede a record wrongly. Only the {@code id}
 * field is parsed; lines that are not JSON objects with an id are skipped here and reported by the real read.
 */
final class JsonlLastRecords {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonlLastRecords() {}

    /** Last line number of each repeated id; empty when no id repeats (the usual case). */
    static Map<String, Long> of(Path file, int maxLineBytes) throws IOException {
        long[] hashes = new long[1024];
        int n = 0;
        try (ByteLineReader lines = new ByteLineReader(Files.newInputStream(file), maxLineBytes)) {
            while (lines.next()) {
                String id = lines.tooLong() ? null : idOf(lines.bytes(), lines.lineLength());
                if (id == null) continue;
                if (n == hashes.length) hashes = Arrays.copyOf(hashes, n * 2);
                hashes[n++] = hash(id);
            }
        }
        long[] sorted = Arrays.copyOf(hashes, n);
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < n; i++) if (sorted[i] == sorted[i - 1]) repeated.add(sorted[i]);
        if (repeated.isEmpty()) return Map.of();

        Map<String, Long> last = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        try (ByteLineReader lines = new ByteLineReader(Files.newInputStream(file), maxLineBytes)) {
            while (lines.next()) {
                String id = lines.tooLong() ? null : idOf(lines.bytes(), lines.lineLength());
                if (id == null || !repeated.contains(hash(id))) continue;
                last.put(id, lines.lineNumber());
                count.merge(id, 1, Integer::sum);
            }
        }
        last.keySet().removeIf(id -> count.get(id) < 2); // a colliding hash of two different ids
        return Map.copyOf(last);
    }

    /** The record's id as JsonlReader reads it (a string, or an integer's text); null when there is none. */
    static String idOf(byte[] bytes, int length) {
        try (JsonParser p = JSON.createParser(bytes, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("id".equals(name)) {
                    if (value == JsonToken.VALUE_STRING) return p.getText();
                    if (value == JsonToken.VALUE_NUMBER_INT) return p.getText();
                    return null;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // malformed: the real read reports it
        }
    }

    private static long hash(String id) {
        long h = 0xcbf29ce484222325L; // FNV-1a over UTF-16 units
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
