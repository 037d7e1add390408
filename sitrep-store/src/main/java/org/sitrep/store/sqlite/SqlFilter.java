package org.sitrep.store.sqlite;

import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause and parameters of an {@link EventQuery} over the {@code events} table. */
record SqlFilter(String where, List<Object> params) {

    static SqlFilter of(EventQuery q) {
        List<String> c = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        if (q.from() != null) {
            c.add("event_date >= ?");
            p.add(q.from().toString());
        }
        if (q.to() != null) {
            c.add("event_date <= ?");
            p.add(q.to().toString());
        }
        if (q.bbox() != null) {
            BoundingBox b = q.bbox();
            c.add("latitude BETWEEN ? AND ?");
            p.add(b.south());
            p.add(b.north());
            if (b.crossesAntimeridian()) {
                c.add("(longitude >= ? OR longitude <= ?)");
            } else {
                c.add("longitude BETWEEN ? AND ?");
            }
            p.add(b.west());
            p.add(b.east());
        }
        if (q.country() != null) {
            c.add("(country = ? OR iso3 = ?)");
            p.add(q.country());
            p.add(q.country());
        }
        if (q.admin1() != null) {
            c.add("admin1 = ?");
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
            c.add("(actor1 = ? OR actor2 = ?)");
            p.add(q.actor());
            p.add(q.actor());
        }
        if (q.source() != null) {
            c.add("source LIKE ? ESCAPE '\\'");
            p.add("%" + q.source().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.disputed() != null) {
            c.add("disputed = ?");
            p.add(q.disputed() ? 1 : 0);
        }
        if (q.docId() != null) {
            c.add("put_doc_id = ?");
            p.add(q.docId());
        }
        if (q.text() != null) {
            String match = FtsQuery.toMatch(q.text());
            c.add("(pk IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
                    + " OR put_doc_id IN (SELECT a.id FROM articles_fts f JOIN articles a ON a.pk = f.rowid"
                    + " WHERE articles_fts MATCH ?))");
            p.add(match);
            p.add(match);
        }
        return new SqlFilter(c.isEmpty() ? "1 = 1" : String.join(" AND ", c), List.copyOf(p));
    }

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
