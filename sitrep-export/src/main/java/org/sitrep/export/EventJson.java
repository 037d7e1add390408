package org.sitrep.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.FieldProvenance;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event record of ONTOLOGY.md as JSON, field for field and in its order.
 *
 * <p>Written fields, in order: {@code event_id, doc_id, event_date, time_precision, disorder_type, event_type,
 * sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, country, iso3, admin1, admin2,
 * location, latitude, longitude, geo_precision, gazetteer_id, fatalities, source, notes, evidence, claims,
 * articles, disputed, confidence}, then two sitrep additions that ONTOLOGY.md does not list:
 * {@code actor1_iso2, actor2_iso2} (the {@link Actor#iso2()} of each actor, ISO 3166-1 alpha-2, so nothing of
 * the model is lost on a round trip) and last {@code provenance}: {@code {field: {stage, rule, spans:[[s,e],...]}}}
 * with fields in alphabetical order so the output is byte-stable across runs.
 *
 * <p>Every field is always written; unknown values are {@code null}, empty lists are {@code []}.
 * On read, {@code disorder_type} and {@code event_type} are derived from {@code sub_event_type}; when present
 * they must agree with it. Missing optional fields read as null / empty; unknown fields are ignored so newer
 * files stay readable.
 */
public final class EventJson {

    /** The ONTOLOGY.md field names in their output order (without sitrep's additions). */
    public static final List<String> FIELDS = List.of(
            "event_id", "doc_id", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
            "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "country", "iso3", "admin1",
            "admin2", "location", "latitude", "longitude", "geo_precision", "gazetteer_id", "fatalities", "source",
            "notes", "evidence", "claims", "articles", "disputed", "confidence");

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonFactory FACTORY = MAPPER.getFactory();

    private EventJson() {
    }

    /** One event as a single-line JSON object. */
    public static String toJson(Event event) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            write(event, gen);
        } catch (IOException e) {
            // a StringWriter does not fail; anything here is a bug in the generator set-up
            throw new UncheckedIOException("could not serialise event " + event.eventId(), e);
        }
        return out.toString();
    }

    /**
     * Parses one event object.
     *
     * @throws IllegalArgumentException when the text is not JSON or a field has a wrong type or value; the message
     *                                  names the field
     */
    public static Event fromJson(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON event object: " + e.getOriginalMessage(), e);
        }
        return fromTree(node);
    }

    /** Writes one event object to a generator (used by the streaming writers). */
    public static void write(Event e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        writeFields(e, g);
        g.writeEndObject();
    }

    /** Writes the fields of one event into an object the caller has opened. */
    static void writeFields(Event e, JsonGenerator g) throws IOException {
        SubEventType sub = e.subEventType();
        str(g, "event_id", e.eventId());
        str(g, "doc_id", e.docId());
        str(g, "event_date", e.eventDate() == null ? null : e.eventDate().toString());
        integer(g, "time_precision", e.timePrecision());
        str(g, "disorder_type", sub == null ? null : sub.disorderType());
        str(g, "event_type", sub == null ? null : sub.type().label());
        str(g, "sub_event_type", sub == null ? null : sub.label());
        str(g, "actor1", e.actor1() == null ? null : e.actor1().name());
        str(g, "assoc_actor_1", e.assocActor1());
        integer(g, "inter1", e.actor1() == null ? null : e.actor1().inter());
        str(g, "actor2", e.actor2() == null ? null : e.actor2().name());
        str(g, "assoc_actor_2", e.assocActor2());
        integer(g, "inter2", e.actor2() == null ? null : e.actor2().inter());
        str(g, "country", e.country());
        str(g, "iso3", e.iso3());
        str(g, "admin1", e.admin1());
        str(g, "admin2", e.admin2());
        str(g, "location", e.location());
        number(g, "latitude", e.latitude());
        number(g, "longitude", e.longitude());
        integer(g, "geo_precision", e.geoPrecision());
        str(g, "gazetteer_id", e.gazetteerId());
        g.writeNumberField("fatalities", e.fatalities());
        str(g, "source", e.source());
        str(g, "notes", e.notes());

        g.writeArrayFieldStart("evidence");
        for (Evidence ev : e.evidence()) {
            g.writeStartObject();
            str(g, "doc_id", ev.docId());
            g.writeNumberField("start", ev.start());
            g.writeNumberField("end", ev.end());
            str(g, "text", ev.text());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("claims");
        for (Claim c : e.claims()) {
            g.writeStartObject();
            str(g, "by", c.by());
            str(g, "doc_id", c.docId());
            g.writeNumberField("start", c.start());
            g.writeNumberField("end", c.end());
            str(g, "stance", c.stance() == null ? null : c.stance().json());
            str(g, "detail", c.detail());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("articles");
        for (String a : e.articles()) g.writeString(a);
        g.writeEndArray();
        g.writeBooleanField("disputed", e.disputed());
        finite("confidence", e.confidence());
        g.writeNumberField("confidence", e.confidence());

        str(g, "actor1_iso2", e.actor1() == null ? null : e.actor1().iso2());
        str(g, "actor2_iso2", e.actor2() == null ? null : e.actor2().iso2());

        g.writeObjectFieldStart("provenance");
        for (Map.Entry<String, FieldProvenance> p : new TreeMap<>(e.provenance()).entrySet()) {
            FieldProvenance fp = p.getValue();
            g.writeObjectFieldStart(p.getKey());
            str(g, "stage", fp.stage());
            str(g, "rule", fp.rule());
            g.writeArrayFieldStart("spans");
            for (Span s : fp.spans()) {
                g.writeStartArray();
                g.writeNumber(s.start());
                g.writeNumber(s.end());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Builds an event from a parsed JSON object (used by readers of GeoJSON properties, the store, the CLI). */
    public static Event fromTree(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("an event must be a JSON object, got " + (n == null ? "nothing" : n.getNodeType()));
        }
        SubEventType sub = subEventType(n);
        Actor actor1 = actor(n, "actor1", "inter1", "actor1_iso2");
        Actor actor2 = actor(n, "actor2", "inter2", "actor2_iso2");
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode ev : array(n, "evidence")) {
            evidence.add(new Evidence(text(ev, "doc_id"), requiredInt(ev, "start", "evidence"),
                    requiredInt(ev, "end", "evidence"), text(ev, "text")));
        }
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : array(n, "claims")) {
            claims.add(new Claim(text(c, "by"), text(c, "doc_id"), requiredInt(c, "start", "claims"),
                    requiredInt(c, "end", "claims"), stance(text(c, "stance")), text(c, "detail")));
        }
        List<String> articles = new ArrayList<>();
        for (JsonNode a : array(n, "articles")) {
            if (!a.isTextual()) throw new IllegalArgumentException("field 'articles' must hold strings, got " + a);
            articles.add(a.asText());
        }
        JsonNode fat = n.get("fatalities");
        int fatalities = fat == null || fat.isNull() ? 0 : intValue(fat, "fatalities");
        try {
            return new Event(text(n, "event_id"), text(n, "doc_id"), date(n), optInt(n, "time_precision"), sub,
                    actor1, text(n, "assoc_actor_1"), actor2, text(n, "assoc_actor_2"),
                    text(n, "country"), text(n, "iso3"), text(n, "admin1"), text(n, "admin2"), text(n, "location"),
                    optDouble(n, "latitude"), optDouble(n, "longitude"), optInt(n, "geo_precision"),
                    text(n, "gazetteer_id"), fatalities, text(n, "source"), text(n, "notes"),
                    evidence, claims, articles, bool(n, "disputed"), confidence(n), provenance(n));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("invalid event " + text(n, "event_id") + ": " + e.getMessage(), e);
        }
    }

    // ---- reading helpers -------------------------------------------------------------------------------

    private static SubEventType subEventType(JsonNode n) {
        String label = text(n, "sub_event_type");
        String typeLabel = text(n, "event_type");
        if (label == null) {
            if (typeLabel != null) {
                throw new IllegalArgumentException("event_type '" + typeLabel + "' given without sub_event_type");
            }
            return null;
        }
        SubEventType sub = SubEventType.fromLabel(label);
        if (typeLabel != null && !typeLabel.equals(sub.type().label())) {
            throw new IllegalArgumentException("event_type '" + typeLabel + "' does not match sub_event_type '"
                    + label + "' (expected '" + sub.type().label() + "')");
        }
        return sub;
    }

    private static Actor actor(JsonNode n, String nameField, String interField, String isoField) {
        String name = text(n, nameField);
        if (name == null) return null;
        Integer inter = optInt(n, interField);
        try {
            // an actor read from a foreign file may lack its code; 0 stands for "not coded"
            return new Actor(name, inter == null ? 0 : inter, text(n, isoField));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field '" + interField + "': " + e.getMessage(), e);
        }
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode a = n.get(field);
        if (a == null || a.isNull()) return List.of();
        if (!a.isArray()) throw new IllegalArgumentException("field '" + field + "' must be an array, got " + a.getNodeType());
        return a;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new IllegalArgumentException("field '" + field + "' must be a string, got " + v);
        return v.textValue();
    }

    private static Integer optInt(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        return intValue(v, field);
    }

    private static int requiredInt(JsonNode n, String field, String parent) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("field '" + parent + "." + field + "' is missing");
        return intValue(v, parent + "." + field);
    }

    private static int intValue(JsonNode v, String field) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("field '" + field + "' must be an integer, got " + v);
        }
        return v.intValue();
    }

    private static Double optDouble(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber()) throw new IllegalArgumentException("field '" + field + "' must be a number, got " + v);
        return v.doubleValue();
    }

    private static boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw new IllegalArgumentException("field '" + field + "' must be true or false, got " + v);
        return v.booleanValue();
    }

    private static double confidence(JsonNode n) {
        Double c = optDouble(n, "confidence");
        return c == null ? 0.0 : c;
    }

    private static LocalDate date(JsonNode n) {
        String s = text(n, "event_date");
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field 'event_date' must be an ISO date (2015-10-12), got '" + s + "'", e);
        }
    }

    private static Stance stance(String s) {
        if (s == null) return null;
        try {
            return Stance.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("claim stance must be asserts, disputes or denies, got '" + s + "'", e);
        }
    }

    private static Map<String, FieldProvenance> provenance(JsonNode n) {
        JsonNode p = n.get("provenance");
        if (p == null || p.isNull()) return Map.of();
        if (!p.isObject()) throw new IllegalArgumentException("field 'provenance' must be an object, got " + p.getNodeType());
        Map<String, FieldProvenance> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : p.properties()) {
            JsonNode v = f.getValue();
            if (!v.isObject()) throw new IllegalArgumentException("provenance of '" + f.getKey() + "' must be an object");
            List<Span> spans = new ArrayList<>();
            for (JsonNode s : array(v, "spans")) {
                if (!s.isArray() || s.size() != 2) {
                    throw new IllegalArgumentException("provenance of '" + f.getKey() + "': a span must be [start, end], got " + s);
                }
                spans.add(new Span(intValue(s.get(0), "provenance span"), intValue(s.get(1), "provenance span")));
            }
            out.put(f.getKey(), new FieldProvenance(text(v, "stage"), text(v, "rule"), spans));
        }
        return out;
    }

    // ---- writing helpers -------------------------------------------------------------------------------

    private static void str(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) g.writeNullField(field);
        else g.writeStringField(field, value);
    }

    private static void integer(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) g.writeNullField(field);
        else g.writeNumberField(field, value.intValue());
    }

    private static void number(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            finite(field, value);
            g.writeNumberField(field, value.doubleValue());
        }
    }

    /** JSON has no NaN or Infinity; writing them would produce a file other tools reject. */
    private static void finite(String field, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("field '" + field + "' is not a finite number: " + v);
    }
}
