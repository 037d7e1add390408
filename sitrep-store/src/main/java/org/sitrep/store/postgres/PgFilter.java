package org.sitrep.store.postgres;

import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause and parameters of an {@link EventQuery} over the {@code events} table (unaliased). Each condition
 * is written to match an index of V1: {@code lower(col)} expression indexes for the case-insensitive filters, the
 * GiST index on {@code geog::geometry} for boxes, the GIN indexes on {@code fts} for text.
 */
record PgFilter(String where, List<Object> params) {

    static PgFilter of(EventQuery q) {
        List<String> c = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        if (q.from() != null) {
            c.add("event_date >= ?");
            p.add(q.from());
        }
        if (q.to() != null) {
            c.add("event_date <= ?");
            p.add(q.to());
        }
        if (q.bbox() != null) {
            BoundingBox b = q.bbox();
            // the envelope test uses the spatial index; the exact comparisons on the double columns make the
            // edges inclusive and exact (index boxes are float4, a hair larger than the coordinates)
            if (b.crossesAntimeridian()) {
                c.add("(geog::geometry && ST_MakeEnvelope(?, ?, 180, ?, 4326) OR geog::geometry && ST_MakeEnvelope(-180, ?, ?, ?, 4326))");
                p.add(b.west());
                p.add(b.south());
                p.add(b.north());
                p.add(b.south());
                p.add(b.east());
                p.add(b.north());
                c.add("(longitude >= ? OR longitude <= ?)");
            } else {
                c.add("geog::geometry && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
                p.add(b.west());
                p.add(b.south());
                p.add(b.east());
                p.add(b.north());
                c.add("longitude BETWEEN ? AND ?");
            }
            p.add(b.west());
            p.add(b.east());
            c.add("latitude BETWEEN ? AND ?");
            p.add(b.south());
            p.add(b.north());
        }
        if (q.country() != null) {
            c.add("(lower(country) = lower(?) OR lower(iso3) = lower(?))");
            p.add(q.country());
            p.add(q.country());
        }
        if (q.admin1() != null) {
            c.add("lower(admin1) = lower(?)");
            p.add(q.admin1());
        }
        if (q.eventType() != null) {
            c.add("event_type = ?");
            p.add(q.eventType().label());
        }
        if (q.subEventType() != null) {
            c.add("sub_event_type = ?");
            p.add(q.subEventType().label());
        }
        if (q.actor() != null) {
            c.add("(lower(actor1) = lower(?) OR lower(actor2) = lower(?))");
            p.add(q.actor());
            p.add(q.actor());
        }
        if (q.source() != null) {
            c.add("source ILIKE ? ESCAPE '\\'");
            p.add("%" + q.source().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.disputed() != null) {
            c.add("disputed = ?");
            p.add(q.disputed());
        }
        if (q.docId() != null) {
            c.add("put_doc_id = ?");
            p.add(q.docId());
        }
        if (q.text() != null) {
            // two index-driven branches (event text; text of the article the events were stored for), as in SQLite
            TsQuery.Sql ts = TsQuery.toSql(q.text());
            c.add("event_id IN (SELECT event_id FROM events WHERE fts @@ " + ts.expression()
                    + " UNION SELECT e.event_id FROM articles a JOIN events e ON e.put_doc_id = a.id WHERE a.fts @@ "
                    + ts.expression() + ")");
            p.addAll(ts.params());
            p.addAll(ts.params());
        }
        return new PgFilter(c.isEmpty() ? "TRUE" : String.join(" AND ", c), List.copyOf(p));
    }

    /** ORDER BY for a sort order; ties by event id in the order's direction, undated events last. */
    static String orderBy(EventQuery.Order order) {
        return switch (order) {
            case DATE_DESC -> "event_date DESC NULLS LAST, event_id DESC";
            case DATE_ASC -> "event_date ASC NULLS LAST, event_id ASC";
            case FATALITIES_DESC -> "fatalities DESC, event_date DESC NULLS LAST, event_id DESC";
        };
    }

    /** Binds the parameters from index {@code first}; returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object o : params) ps.setObject(i++, o);
        return i;
    }
}
