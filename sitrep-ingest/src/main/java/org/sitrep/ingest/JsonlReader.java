package org.sitrep.ingest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Article;

/**
 * JSON Lines, one article per line, read as a stream: memory stays bounded by the longest line (at most
 * {@link IngestOptions#maxBytes()}), whatever the file size. Each line is its own record: a bad one is rejected
 * with its line number and the rest are read. Blank lines are skipped.
 *
 * <p>Fields (ONTOLOGY.md): {@code id} (string, or integer), {@code text} (non-blank string), and optional
 * {@code title}, {@code published} (ISO date or date-time), {@code source}, {@code url} (strings); null counts as
 * absent; other fields are ignored. When an id occurs on several lines, the last record is read and the earlier ones
 * are reported as superseded ({@link JsonlLastRecords}). A dateline that opens the text ({@link Datelines}) is taken as the publication
 * date over the {@code published} field. The content hash is SHA-256 of the line's bytes without its line terminator.
 */
final class JsonlReader {
    private final JsonMapper mapper;
    private final IngestOptions options;

    JsonlReader(IngestOptions options) {
        this.options = options;
        int maxString = (int) Math.max(StreamReadConstraints.DEFAULT_MAX_STRING_LEN, options.maxBytes());
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /** A cursor over the file's records; the file is opened on first use and closed when exhausted or closed. */
    ResultCursor open(Path file, String location) {
        return new Cursor(file, location);
    }

    /** One line's bytes to an article, or the reason it is not one. A BOM is dropped from the file's first line. */
    IngestResult parseLine(byte[] bytes, int length, long lineNumber, String origin) {
        int start = lineNumber == 1 && TextDecoding.hasUtf8Bom(bytes, length) ? 3 : 0;
        Optional<String> decoded = TextDecoding.strictUtf8(bytes, start, length - start);
        if (decoded.isEmpty()) {
            int bad = TextDecoding.firstInvalidUtf8(bytes, start, length - start);
            return Origins.reject(origin, Origins.JSONL, "line is not valid UTF-8 (malformed byte sequence at byte "
                    + (bad + start + 1) + " of the line); save the file as UTF-8");
        }
        JsonNode node;
        try {
            node = mapper.readTree(decoded.get());
        } catch (JsonProcessingException e) {
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            return Origins.reject(origin, Origins.JSONL, "malformed JSON"
                    + (column > 0 ? " at column " + column : "") + ": " + firstLine(e.getOriginalMessage()));
        }
        if (!node.isObject()) {
            return Origins.reject(origin, Origins.JSONL, "expected one JSON object per line, got "
                    + kind(node) + "");
        }
        String hash = Hashing.sha256Hex(bytes, 0, length);
        try {
            String id = id(node);
            String text = requiredString(node, "text");
            if (text.isBlank()) throw new FieldProblem("field \"text\" is " + (text.isEmpty() ? "empty" : "blank"));
            String title = optionalString(node, "title");
            // the text's own dateline ("Last updated at Apr 15 2017 ...") outranks the record's field: scraped
            // corpora carry crawl or index dates there, days or years off, and every relative date ("on Saturday")
            // is resolved against this day
            LocalDate metadata = published(node);
            LocalDate published = Datelines.atStart(text).orElse(metadata);
            String source = optionalString(node, "source");
            String url = optionalString(node, "url");
            return new IngestResult.Ingested(new Article(id, title, text, published, source, url, hash, origin));
        } catch (FieldProblem p) {
            return Origins.reject(origin, Origins.JSONL, p.getMessage());
        }
    }

    private static String id(JsonNode node) {
        JsonNode value = node.get("id");
        if (value == null || value.isNull()) throw new FieldProblem("missing required field \"id\"");
        String id;
        if (value.isTextual()) {
            id = value.textValue();
        } else if (value.isIntegralNumber()) {
            id = value.asText(); // integers are unambiguous ids; floats and booleans are not
        } else {
            throw new FieldProblem("field \"id\" must be a string, got " + kind(value));
        }
        if (id.isBlank()) throw new FieldProblem("field \"id\" is blank");
        return id;
    }

    private static String requiredString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) throw new FieldProblem("missing required field \"" + field + "\"");
        if (!value.isTextual()) throw new FieldProblem("field \"" + field + "\" must be a string, got " + kind(value));
        return value.textValue();
    }

    /** The field's string value, or null when absent, null or blank (Article uses null for unknown). */
    private static String optionalString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw new FieldProblem("field \"" + field + "\" must be a string, got " + kind(value));
        String s = value.textValue().strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate published(JsonNode node) {
        String value = optionalString(node, "published");
        if (value == null) return null;
        return PublishedDates.parseIso(value).orElseThrow(() -> new FieldProblem("field \"published\" is \"" + value
                + "\", not an ISO date (2015-10-12) or date-time (2015-10-12T08:30:00Z); fix it or remove the field"));
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean (" + node.asText() + ")";
            case NUMBER -> "a number (" + node.asText() + ")";
            case STRING -> "a string";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable JSON";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** A field-level problem; caught within this class and turned into a Rejected result. */
    private static final class FieldProblem extends RuntimeException {
        FieldProblem(String message) { super(message, null, false, false); }
    }

    private final class Cursor implements ResultCursor {
        private final Path file;
        private final String location;
        private ByteLineReader lines;
        private boolean opened;
        private boolean done;
        private boolean sawRecord;
        private IngestResult next;
        /** Ids repeated in the file, with the line of their last record (which supersedes the others). */
        private Map<String, Long> lastRecordLine = Map.of();

        Cursor(Path file, String location) {
            this.file = file;
            this.location = location;
        }

        @Override public boolean hasNext() {
            if (next != null) return true;
            if (done) return false;
            next = advance();
            if (next == null) {
                done = true;
                close();
            }
            return next != null;
        }

        @Override public IngestResult next() {
            if (!hasNext()) throw new NoSuchElementException();
            IngestResult result = next;
            next = null;
            return result;
        }

        private IngestResult advance() {
            if (!opened) {
                opened = true;
                Optional<IngestResult> problem = openFile();
                if (problem.isPresent()) {
                    done = true;
                    return problem.get();
                }
            }
            try {
                while (lines.next()) {
                    String origin = Origins.at(location, lines.lineNumber());
                    if (lines.tooLong()) {
                        sawRecord = true;
                        return Origins.reject(origin, Origins.JSONL,
                                Origins.overLimit(lines.length(), options.maxBytes(), "line"));
                    }
                    if (isBlank(lines.bytes(), lines.lineLength())) continue;
                    sawRecord = true;
                    try {
                        return supersedeEarlier(parseLine(lines.bytes(), lines.lineLength(), lines.lineNumber(), origin));
                    } catch (RuntimeException e) {
                        // Last resort so that one record can never stop the batch; the reason names the error.
                        return Origins.reject(origin, Origins.JSONL, "could not read this line: " + e);
                    }
                }
                if (!sawRecord) {
                    done = true;
                    return Origins.reject(Origins.at(location, 1), Origins.JSONL, "no articles: the file has only blank lines");
                }
                return null;
            } catch (IOException e) {
                done = true;
                return Origins.reject(Origins.at(location, lines.lineNumber() + 1), Origins.FILE,
                        FileBytes.ioReason(e) + " (lines before this one were read)");
            }
        }

        /** An earlier record of an id that occurs again further down is reported, not read: the last one counts. */
        private IngestResult supersedeEarlier(IngestResult result) {
            if (!(result instanceof IngestResult.Ingested ingested)) return result;
            Long last = lastRecordLine.get(ingested.article().id());
            if (last == null || last <= lines.lineNumber()) return result;
            return Origins.reject(ingested.article().origin(), Origins.DEDUP, "id \"" + ingested.article().id()
                    + "\" occurs again at line " + last + " of this file; the last record of an id is the one read");
        }

        private Optional<IngestResult> openFile() {
            String origin = Origins.at(location, 1);
            try {
                if (Files.size(file) == 0) return Optional.of(Origins.reject(origin, Origins.FILE, "empty file"));
                byte[] head;
                try (InputStream in = Files.newInputStream(file)) {
                    head = in.readNBytes(TextDecoding.SNIFF_BYTES);
                }
                Optional<String> binary = TextDecoding.binaryReason(head, head.length);
                if (binary.isPresent()) return Optional.of(Origins.reject(origin, Origins.FILE, binary.get()));
                int maxLine = (int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes());
                lastRecordLine = JsonlLastRecords.of(file, maxLine);
                lines = new ByteLineReader(Files.newInputStream(file), maxLine);
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of(Origins.reject(origin, Origins.FILE, FileBytes.ioReason(e)));
            }
        }

        private static boolean isBlank(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b != ' ' && b != '\t' && b != '\r') return false;
            }
            return true;
        }

        @Override public void close() {
            if (lines != null) {
                try {
                    lines.close();
                } catch (IOException e) {
                    // Not a content problem (those are results): the environment is failing, so say so loudly.
                    throw new java.io.UncheckedIOException("could not close " + location, e);
                } finally {
                    lines = null;
                }
            }
        }
    }
}
