package org.sitrep.eval.py;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON in and out the way Python's {@code json} module does it (values as in {@link Py}). */
public final class PyJson {
    private PyJson() {}

    // Python's json.loads accepts NaN/Infinity and rejects trailing garbage
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** {@code json.loads(text)}. */
    public static Object loads(String text, String where) {
        try {
            return fromNode(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            throw new EvalInputException(where + ": invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code json.load(open(path, encoding="utf-8"))}. */
    public static Object load(Path path) throws IOException {
        return loads(PyText.read(path), path.toString());
    }

    /** One JSON value per non-blank line, as score.py reads JSON Lines; each with its 1-based line number. */
    public static List<Line> loadLines(Path path) throws IOException {
        List<Line> out = new ArrayList<>();
        List<String> lines = PyText.lines(PyText.read(path));
        for (int i = 0; i < lines.size(); i++) {
            String s = Py.strip(lines.get(i));
            if (s.isEmpty()) continue;
            out.add(new Line(i + 1, loads(s, path + " line " + (i + 1))));
        }
        return out;
    }

    /** A parsed JSON Lines entry and where it came from. */
    public record Line(int number, Object value) {}

    @SuppressWarnings("deprecation")
    static Object fromNode(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        if (n.isBoolean()) return n.booleanValue();
        if (n.isIntegralNumber()) return n.bigIntegerValue();
        if (n.isNumber()) return n.doubleValue();
        if (n.isTextual()) return n.textValue();
        if (n.isArray()) {
            List<Object> l = new ArrayList<>(n.size());
            for (JsonNode c : n) l.add(fromNode(c));
            return l;
        }
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), fromNode(e.getValue()));
            }
            return m;
        }
        throw new EvalInputException("unsupported JSON value: " + n.getNodeType());
    }

    /** {@code json.dumps(value)} with Python's defaults (", " and ": ", ensure_ascii). */
    public static String dumps(Object v) {
        StringBuilder b = new StringBuilder();
        write(b, v);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v) {
        if (v == null) b.append("null");
        else if (v instanceof Boolean x) b.append(x ? "true" : "false");
        else if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) b.append(v);
        else if (v instanceof Double d) {
            if (Double.isNaN(d)) b.append("NaN");
            else if (Double.isInfinite(d)) b.append(d > 0 ? "Infinity" : "-Infinity");
            else b.append(Py.floatRepr(d));
        } else if (v instanceof String s) writeString(b, s);
        else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) b.append(", ");
                write(b, l.get(i));
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) b.append(", ");
                first = false;
                writeString(b, Py.str(e.getKey()));
                b.append(": ");
                write(b, e.getValue());
            }
            b.append('}');
        } else throw new IllegalArgumentException("cannot write " + v.getClass() + " as JSON");
    }

    private static void writeString(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}
