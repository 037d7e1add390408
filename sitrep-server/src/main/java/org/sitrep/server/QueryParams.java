package org.sitrep.server;

import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Query-string parameters of one request, checked against the names the endpoint accepts. Every problem is
 * collected with its parameter name, and {@link #check()} throws them together as one 400, so a caller fixes a
 * URL in one go. Unknown parameters are errors too: a misspelt filter silently ignored would return wrong data.
 */
final class QueryParams {

    /** The event filters every event endpoint (list, stats, actors, claims, exports) accepts. */
    static final List<String> FILTERS = List.of("from", "to", "bbox", "country", "admin1", "event_type",
            "sub_event_type", "actor", "source", "disputed", "q", "doc_id");
    static final List<String> PAGING = List.of("limit", "offset", "order");

    private final Map<String, List<String>> raw;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private QueryParams(Map<String, List<String>> raw) {
        this.raw = raw;
    }

    /** Reads the parameters; names outside {@code allowed} are recorded as errors. */
    static QueryParams of(Map<String, List<String>> params, Collection<String> allowed) {
        QueryParams p = new QueryParams(params);
        Set<String> known = new LinkedHashSet<>(allowed);
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!known.contains(e.getKey())) {
                p.errors.put(e.getKey(), "unknown parameter; this endpoint accepts " + String.join(", ", known));
            } else if (e.getValue().size() > 1) {
                p.errors.put(e.getKey(), "given " + e.getValue().size() + " times; give it once");
            }
        }
        return p;
    }

    static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    Optional<String> string(String name) {
        List<String> v = raw.get(name);
        if (v == null || v.isEmpty() || errors.containsKey(name)) return Optional.empty();
        String s = v.getFirst().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> s = string(name);
        if (s.isEmpty()) return fallback;
        try {
            int n = Integer.parseInt(s.get());
            if (n < min || n > max) {
                errors.put(name, "must be between " + min + " and " + max + ", got " + n);
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.put(name, "must be a whole number, got '" + s.get() + "'");
            return fallback;
        }
    }

    Optional<Boolean> bool(String name) {
        Optional<String> s = string(name);
        if (s.isEmpty()) return Optional.empty();
        return switch (s.get().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Optional.of(true);
            case "false", "0", "no" -> Optional.of(false);
            default -> {
                errors.put(name, "must be true or false, got '" + s.get() + "'");
                yield Optional.empty();
            }
        };
    }

    LocalDate date(String name) {
        Optional<String> s = string(name);
        if (s.isEmpty()) return null;
        try {
            return LocalDate.parse(s.get());
        } catch (DateTimeParseException e) {
            errors.put(name, "must be an ISO date such as 2015-10-12, got '" + s.get() + "'");
            return null;
        }
    }

    <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        Optional<String> s = string(name);
        if (s.isEmpty()) return Optional.empty();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s.get())) return Optional.of(e);
        }
        errors.put(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ", got '" + s.get() + "'");
        return Optional.empty();
    }

    /** Records a problem found by the caller (e.g. a value that only makes sense with another). */
    void error(String name, String message) {
        errors.putIfAbsent(name, message);
    }

    /**
     * The event query the filters (and, when allowed, paging parameters) describe.
     *
     * @param defaultLimit limit when none is given
     * @param maxLimit     largest limit accepted
     */
    EventQuery eventQuery(int defaultLimit, int maxLimit) {
        LocalDate from = date("from");
        LocalDate to = date("to");
        BoundingBox bbox = null;
        Optional<String> b = string("bbox");
        if (b.isPresent()) {
            try {
                bbox = BoundingBox.parse(b.get());
            } catch (IllegalArgumentException e) {
                errors.put("bbox", e.getMessage());
            }
        }
        EventType type = null;
        Optional<String> t = string("event_type");
        if (t.isPresent()) {
            type = eventType(t.get());
            if (type == null) {
                errors.put("event_type", "unknown event type '" + t.get() + "'; use one of " + Arrays.stream(EventType.values())
                        .map(EventType::label).collect(Collectors.joining(", ")));
            }
        }
        SubEventType sub = null;
        Optional<String> st = string("sub_event_type");
        if (st.isPresent()) {
            sub = subEventType(st.get());
            if (sub == null) {
                errors.put("sub_event_type", "unknown sub-event type '" + st.get() + "'; use an ACLED label such as "
                        + "'Air/drone strike' or 'Armed clash'");
            }
        }
        Boolean disputed = bool("disputed").orElse(null);
        int limit = integer("limit", defaultLimit, 0, maxLimit);
        int offset = integer("offset", 0, 0, Integer.MAX_VALUE);
        EventQuery.Order order = choice("order", EventQuery.Order.class).orElse(EventQuery.Order.DATE_DESC);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "is before from (" + from + "): the date range is empty");
        }
        if (type != null && sub != null && sub.type() != type) {
            errors.put("sub_event_type", "'" + sub.label() + "' is not a sub-event type of '" + type.label() + "'");
        }
        check();
        return new EventQuery(from, to, bbox, string("country").orElse(null), string("admin1").orElse(null), type, sub,
                string("actor").orElse(null), string("source").orElse(null), disputed, string("q").orElse(null),
                string("doc_id").orElse(null), limit, offset, order);
    }

    /** Throws every recorded problem as one 400. */
    void check() {
        if (!errors.isEmpty()) throw ApiException.invalid(errors);
    }

    /** An event type by ACLED label or enum name, case-insensitive; null when none matches. */
    static EventType eventType(String s) {
        for (EventType e : EventType.values()) {
            if (e.label().equalsIgnoreCase(s) || e.name().equalsIgnoreCase(s)) return e;
        }
        return null;
    }

    static SubEventType subEventType(String s) {
        for (SubEventType e : SubEventType.values()) {
            if (e.label().equalsIgnoreCase(s) || e.name().equalsIgnoreCase(s)) return e;
        }
        return null;
    }
}
