package org.sitrep.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The server's one JSON mapper, and a small helper to build a response body with a streaming generator. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            // article texts can be long; the request-size limit is the real bound
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024).build()).build())
            .build();

    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private Json() {
    }

    /** Body writer: the generator is flushed and closed by {@link #bytes(Body)}. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** Runs {@code body} on a generator over a buffer and returns the bytes. */
    static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail: an error here is a bug in the body writer
            throw new UncheckedIOException("could not build a JSON response: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    static void stringOrNull(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) g.writeNullField(field);
        else g.writeStringField(field, value);
    }
}
