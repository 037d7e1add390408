package org.sitrep.store.jdbc;

import org.sitrep.store.EventQuery;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The WHERE clause and parameters of an {@link EventQuery} over the {@code events} table (unaliased), in a dialect.
 * Both stores build their filters here, so a filter means the same in each.
 */
public record Where(String sql, List<Object> params) {

    public Where {
        params = List.copyOf(params);
    }

    public static Where of(EventQuery q, SqlDialect d) {
        Builder w = new Builder();
        if (q.from() != null) w.add("event_date >= ?", d.date(q.from()));
        if (q.to() != null) w.add("event_date <= ?", d.date(q.to()));
        if (q.bbox() != null) d.addBoxConditions(q.bbox(), w);
        if (q.country() != null) {
            w.add("(" + d.foldCase("country") + " = " + d.foldCase("?") + " OR " + d.foldCase("iso3") + " = "
                    + d.foldCase("?") + ")", q.country(), q.country());
        }
        if (q.admin1() != null) w.add(d.foldCase("admin1") + " = " + d.foldCase("?"), q.admin1());
        if (q.eventType() != null) w.add("event_type = ?", q.eventType().label());
        if (q.subEventType() != null) w.add("sub_event_type = ?", q.subEventType().label());
        if (q.actor() != null) {
            w.add("(" + d.foldCase("actor1") + " = " + d.foldCase("?") + " OR " + d.foldCase("actor2") + " = "
                    + d.foldCase("?") + ")", q.actor(), q.actor());
        }
        if (q.source() != null) {
            // the user's text is a literal substring: escape the pattern characters
            w.add("source " + d.likeOperator() + " ? ESCAPE '\\'",
                    "%" + q.source().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.disputed() != null) w.add("disputed = ?", d.bool(q.disputed()));
        if (q.docId() != null) w.add("put_doc_id = ?", q.docId());
        if (q.text() != null) d.addTextCondition(q.text(), w);
        return w.build();
    }

    /** ORDER BY for a sort order; ties by event id in the order's direction, undated events last. */
    public static String orderBy(EventQuery.Order order) {
        return switch (order) {
            case DATE_DESC -> "event_date DESC NULLS LAST, event_id DESC";
            case DATE_ASC -> "event_date ASC NULLS LAST, event_id ASC";
            case FATALITIES_DESC -> "fatalities DESC, event_date DESC NULLS LAST, event_id DESC";
        };
    }

    /** This clause and one more condition. */
    public Where and(String condition, List<Object> more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(more);
        return new Where(sql + " AND " + condition, all);
    }

    /** Binds the parameters from index {@code first}; returns the next free index. */
    public int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object o : params) ps.setObject(i++, o);
        return i;
    }

    /** Conditions joined by AND, with their parameters in order. */
    public static final class Builder {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        public Builder add(String condition, Object... conditionParams) {
            conditions.add(condition);
            Collections.addAll(params, conditionParams);
            return this;
        }

        public Builder add(String condition, List<?> conditionParams) {
            conditions.add(condition);
            params.addAll(conditionParams);
            return this;
        }

        Where build() {
            return new Where(conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions), params);
        }
    }
}
