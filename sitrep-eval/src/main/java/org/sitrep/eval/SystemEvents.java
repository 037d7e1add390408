package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.eval.py.EvalInputException;
import org.sitrep.eval.py.Py;
import org.sitrep.eval.py.PyJson;

/**
 * System events read as generic JSON, exactly like score.py's {@code load_system}: an event belongs to every
 * article named by its {@code doc_id}, its evidence spans' {@code doc_id} and its {@code articles} list.
 */
public final class SystemEvents {
    private final Map<String, List<Event>> byDoc;
    private final int count;

    private SystemEvents(Map<String, List<Event>> byDoc, int count) {
        this.byDoc = byDoc;
        this.count = count;
    }

    /** One system event; identity matters (score.py links by {@code id(s)} when an event has no id). */
    public static final class Event {
        private final Path file;
        private final int line;
        private final Map<String, Object> fields;

        Event(Path file, int line, Map<String, Object> fields) {
            this.file = file;
            this.line = line;
            this.fields = fields;
        }

        public Object get(String key) {
            return fields.get(key);
        }

        public Map<String, Object> fields() {
            return fields;
        }

        public int line() {
            return line;
        }

        /** The event id for display, or the file line when the event has none. */
        public String label() {
            Object id = fields.get("event_id");
            return Py.truthy(id) ? Py.str(id) : file.getFileName() + ":" + line;
        }

        /** Evidence texts, in order. */
        public List<String> evidenceTexts() {
            List<String> out = new ArrayList<>();
            if (fields.get("evidence") instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof Map<?, ?> m && m.get("text") instanceof String t) out.add(t);
                }
            }
            return out;
        }

        String where() {
            return file + " line " + line;
        }
    }

    public static SystemEvents load(Path path) throws IOException {
        Map<String, List<Event>> byDoc = new LinkedHashMap<>();
        int n = 0;
        for (PyJson.Line line : PyJson.loadLines(path)) {
            if (!(line.value() instanceof Map<?, ?>)) {
                throw new EvalInputException(path + " line " + line.number() + ": an event must be a JSON object, got "
                        + Py.typeName(line.value()));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) line.value();
            Event e = new Event(path, line.number(), fields);
            String where = e.where();
            List<Object> ids = new ArrayList<>();
            ids.add(fields.get("doc_id"));
            for (Object ev : iter(Py.or(fields.get("evidence"), List.of()), where + " evidence")) {
                if (ev instanceof Map<?, ?> m) ids.add(m.get("doc_id"));
            }
            ids.addAll(iter(Py.or(fields.get("articles"), List.of()), where + " articles"));
            Set<String> docs = new LinkedHashSet<>();
            for (Object d : ids) if (d != null) docs.add(Py.str(d));
            for (String doc : docs) byDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(e);
            n++;
        }
        return new SystemEvents(byDoc, n);
    }

    /** Python's iteration over a value: list elements, string characters, dict keys. */
    static List<Object> iter(Object v, String what) {
        if (v instanceof List<?> l) return new ArrayList<>(l);
        if (v instanceof Map<?, ?> m) return new ArrayList<>(m.keySet());
        if (v instanceof String s) {
            List<Object> out = new ArrayList<>();
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        throw new EvalInputException(what + ": expected a list, got " + Py.typeName(v));
    }

    /** {@code system.get(doc, [])}. */
    public List<Event> forDoc(String doc) {
        return byDoc.getOrDefault(doc, List.of());
    }

    /** Number of events (non-blank lines) in the file. */
    public int count() {
        return count;
    }
}
