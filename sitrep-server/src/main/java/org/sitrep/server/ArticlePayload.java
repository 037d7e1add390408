package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.model.Article;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /api/articles} as articles: a JSON object, a JSON array of objects
 * ({@code application/json}), or one object per line ({@code application/x-ndjson}). Fields as in the JSONL input
 * of ONTOLOGY.md: {@code id} (string or integer) and {@code text} required; {@code title}, {@code published} (ISO
 * date or date-time), {@code source}, {@code url} optional. All problems are reported at once, each under the
 * record it belongs to ({@code "[2].text"}, {@code "line 3"}), and nothing is ingested when any record is bad.
 */
final class ArticlePayload {
    /** Articles per request; larger batches belong in `sitrep extract`. */
    static final int MAX_ARTICLES = 1000;

    private ArticlePayload() {
    }

    static List<Article> parse(byte[] body, String contentType) {
        String text = utf8(body);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean lines = type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                || type.startsWith("application/json-lines") || type.startsWith("application/ndjson");
        if (!lines && !type.startsWith("application/json")) {
            throw new ApiException(415, "send articles as application/json (an object or an array of objects) or "
                    + "application/x-ndjson (one object per line), not '" + (contentType == null ? "no content type" : contentType) + "'");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<Article> articles = new ArrayList<>();
        if (lines) {
            String[] rows = text.split("\r?\n", -1);
            for (int i = 0; i < rows.length; i++) {
                if (rows[i].isBlank()) continue;
                String where = "line " + (i + 1);
                try {
                    JsonNode node = Json.MAPPER.readTree(rows[i]);
                    add(node, where, "api:line " + (i + 1), articles, errors);
                } catch (JsonProcessingException e) {
                    errors.put(where, "malformed JSON: " + e.getOriginalMessage());
                }
            }
        } else {
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                throw ApiException.invalid(Map.of("body", "malformed JSON: " + e.getOriginalMessage()));
            }
            if (root == null || root.isMissingNode()) throw ApiException.invalid(Map.of("body", "is empty"));
            if (root.isArray()) {
                for (int i = 0; i < root.size(); i++) add(root.get(i), "[" + i + "]", "api:[" + i + "]", articles, errors);
            } else {
                add(root, "body", "api:body", articles, errors);
            }
        }
        if (articles.isEmpty() && errors.isEmpty()) errors.put("body", "holds no articles");
        if (articles.size() + errors.size() > MAX_ARTICLES) {
            throw new ApiException(413, "at most " + MAX_ARTICLES + " articles per request; split the batch or use "
                    + "`sitrep extract --store` for bulk loads");
        }
        Set<String> ids = new HashSet<>();
        for (Article a : articles) {
            if (!ids.add(a.id())) errors.putIfAbsent("id " + a.id(), "appears more than once in the request");
        }
        if (!errors.isEmpty()) throw ApiException.invalid(errors);
        return articles;
    }

    private static void add(JsonNode node, String where, String origin, List<Article> out, Map<String, String> errors) {
        if (!node.isObject()) {
            errors.put(where, "must be a JSON object with id and text, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
            return;
        }
        int before = errors.size();
        String id = null;
        JsonNode idNode = node.get("id");
        if (idNode == null || idNode.isNull()) errors.put(where + ".id", "is required");
        else if (idNode.isTextual() && !idNode.textValue().isBlank()) id = idNode.textValue().strip();
        else if (idNode.isIntegralNumber()) id = idNode.asText();
        else errors.put(where + ".id", "must be a non-blank string or an integer");

        String text = null;
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) errors.put(where + ".text", "is required");
        else if (!textNode.isTextual() || textNode.textValue().isBlank()) errors.put(where + ".text", "must be a non-blank string");
        else text = textNode.textValue();

        String title = optional(node, "title", where, errors);
        String source = optional(node, "source", where, errors);
        String url = optional(node, "url", where, errors);
        String publishedText = optional(node, "published", where, errors);
        LocalDate published = null;
        if (publishedText != null) {
            published = parseDate(publishedText);
            if (published == null) {
                errors.put(where + ".published", "must be an ISO date (2015-10-12) or date-time (2015-10-12T08:30:00Z), got '"
                        + publishedText + "'");
            }
        }
        if (errors.size() > before) return;
        String hash = sha256(node.toString());
        out.add(new Article(id, title, text, published, source, url, hash, origin));
    }

    private static String optional(JsonNode node, String field, String where, Map<String, String> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) {
            errors.put(where + "." + field, "must be a string");
            return null;
        }
        String s = v.textValue().strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toLocalDate();
            } catch (DateTimeParseException e2) {
                try {
                    return java.time.LocalDateTime.parse(s).toLocalDate();
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.invalid(Map.of("body", "is not valid UTF-8; send UTF-8 encoded JSON"));
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
