package org.sitrep.store;

import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;

/**
 * Which events to return. Every filter is optional: a {@code null} component means "no filter on this"; set
 * filters combine with AND. Build from {@link #all()} with the {@code withX} copies:
 * <pre>{@code EventQuery.all().withCountry("Syria").withEventType(EventType.BATTLES).withLimit(50)}</pre>
 *
 * @param from         first event_date included
 * @param to           last event_date included
 * @param bbox         events whose coordinates lie in the box (events without coordinates never match)
 * @param country      country name or ISO3 code, case-insensitive
 * @param admin1       admin1 name, case-insensitive
 * @param eventType    ACLED event type
 * @param subEventType ACLED sub-event type
 * @param actor        actor1 or actor2 canonical name, case-insensitive
 * @param source       substring of the source field, case-insensitive ("Observatory")
 * @param disputed     only disputed (true) or only undisputed (false) events
 * @param text         full-text query over notes, evidence, actors, location and the article's title and text:
 *                     words (all must occur), "quoted phrases", and prefix* terms
 * @param docId        events stored for this document
 * @param limit        at most this many events ({@link #NO_LIMIT} for all)
 * @param offset       skip this many first
 * @param order        sort order; ties are broken by event id (in the direction of the order) so pages are stable
 */
public record EventQuery(LocalDate from, LocalDate to, BoundingBox bbox, String country, String admin1,
                         EventType eventType, SubEventType subEventType, String actor, String source, Boolean disputed,
                         String text, String docId, int limit, int offset, Order order) {

    public static final int NO_LIMIT = Integer.MAX_VALUE;

    /** Sort orders. Undated events come last in both date orders. */
    public enum Order {
        /** newest first (the default); same day: event id descending */
        DATE_DESC,
        /** oldest first; same day: event id ascending */
        DATE_ASC,
        /** most fatalities first, then newest, then event id descending */
        FATALITIES_DESC
    }

    public EventQuery {
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
        if (order == null) order = Order.DATE_DESC;
        if (subEventType != null && eventType != null && subEventType.type() != eventType) {
            throw new IllegalArgumentException("sub-event type '" + subEventType.label() + "' is not of event type '"
                    + eventType.label() + "'");
        }
        text = blankToNull(text);
        country = blankToNull(country);
        admin1 = blankToNull(admin1);
        actor = blankToNull(actor);
        source = blankToNull(source);
        docId = blankToNull(docId);
    }

    /** No filters, no limit, newest first. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, null, null, NO_LIMIT, 0,
                Order.DATE_DESC);
    }

    public EventQuery withDates(LocalDate from, LocalDate to) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withBbox(BoundingBox bbox) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withCountry(String country) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withAdmin1(String admin1) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withEventType(EventType eventType) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withSubEventType(SubEventType subEventType) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withActor(String actor) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withSource(String source) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withDisputed(Boolean disputed) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withText(String text) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withDocId(String docId) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withLimit(int limit) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withOffset(int offset) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    public EventQuery withOrder(Order order) {
        return new EventQuery(from, to, bbox, country, admin1, eventType, subEventType, actor, source, disputed, text, docId, limit, offset, order);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
