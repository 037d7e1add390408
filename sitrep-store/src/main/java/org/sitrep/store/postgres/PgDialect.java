package org.sitrep.store.postgres;

import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;
import org.sitrep.store.jdbc.SqlDialect;
import org.sitrep.store.jdbc.Where;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * PostgreSQL: native dates and booleans; name filters case-insensitive through {@code lower(col)} (the V1 schema
 * has expression indexes for exactly these), boxes through the GiST index on {@code geog::geometry}, text through
 * the GIN indexes on {@code fts}.
 */
enum PgDialect implements SqlDialect {
    INSTANCE;

    @Override
    public Object date(LocalDate day) {
        return day;
    }

    @Override
    public LocalDate readDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    @Override
    public Object bool(boolean value) {
        return value;
    }

    @Override
    public String foldCase(String expr) {
        return "lower(" + expr + ")";
    }

    @Override
    public String byCodePoint(String expr) {
        return expr + " COLLATE \"C\"";
    }

    @Override
    public String likeOperator() {
        return "ILIKE";
    }

    @Override
    public void addBoxConditions(BoundingBox b, Where.Builder w) {
        // the envelope test uses the spatial index; the exact comparisons on the double columns make the edges
        // inclusive and exact (index boxes are float4, a hair larger than the coordinates)
        if (b.crossesAntimeridian()) {
            w.add("(geog::geometry && ST_MakeEnvelope(?, ?, 180, ?, 4326) OR geog::geometry && ST_MakeEnvelope(-180, ?, ?, ?, 4326))",
                    b.west(), b.south(), b.north(), b.south(), b.east(), b.north());
            w.add("(longitude >= ? OR longitude <= ?)", b.west(), b.east());
        } else {
            w.add("geog::geometry && ST_MakeEnvelope(?, ?, ?, ?, 4326)", b.west(), b.south(), b.east(), b.north());
            w.add("longitude BETWEEN ? AND ?", b.west(), b.east());
        }
        w.add("latitude BETWEEN ? AND ?", b.south(), b.north());
    }

    @Override
    public void addTextCondition(String userText, Where.Builder w) {
        // two index-driven branches (event text; text of the article the events were stored for), as in SQLite
        TsQuery.Sql ts = TsQuery.toSql(userText);
        w.add("event_id IN (SELECT event_id FROM events WHERE fts @@ " + ts.expression()
                + " UNION SELECT e.event_id FROM articles a JOIN events e ON e.put_doc_id = a.id WHERE a.fts @@ "
                + ts.expression() + ")", java.util.stream.Stream.concat(ts.params().stream(), ts.params().stream()).toList());
    }

    @Override
    public String page(long limit, long offset) {
        return (limit == EventQuery.NO_LIMIT ? "" : "LIMIT " + limit) + (offset == 0 ? "" : " OFFSET " + offset);
    }
}
