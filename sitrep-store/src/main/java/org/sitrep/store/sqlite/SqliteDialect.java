package org.sitrep.store.sqlite;

import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;
import org.sitrep.store.jdbc.SqlDialect;
import org.sitrep.store.jdbc.Where;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** SQLite: ISO-8601 text dates, 0/1 booleans, exact (binary) comparison and order, FTS5 full text. */
enum SqliteDialect implements SqlDialect {
    INSTANCE;

    @Override
    public Object date(LocalDate day) {
        return day.toString();
    }

    @Override
    public LocalDate readDate(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    @Override
    public Object bool(boolean value) {
        return value ? 1 : 0;
    }

    @Override
    public String foldCase(String expr) {
        return expr;
    }

    @Override
    public String byCodePoint(String expr) {
        return expr; // SQLite's default collation BINARY orders UTF-8 bytes, which is code point order
    }

    @Override
    public String likeOperator() {
        return "LIKE"; // case-insensitive for ASCII in SQLite
    }

    @Override
    public void addBoxConditions(BoundingBox b, Where.Builder w) {
        w.add("latitude BETWEEN ? AND ?", b.south(), b.north());
        w.add(b.crossesAntimeridian() ? "(longitude >= ? OR longitude <= ?)" : "longitude BETWEEN ? AND ?", b.west(), b.east());
    }

    @Override
    public void addTextCondition(String userText, Where.Builder w) {
        String match = FtsQuery.toMatch(userText);
        w.add("(pk IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
                + " OR put_doc_id IN (SELECT a.id FROM articles_fts f JOIN articles a ON a.pk = f.rowid"
                + " WHERE articles_fts MATCH ?))", match, match);
    }

    @Override
    public String page(long limit, long offset) {
        // SQLite needs a LIMIT before an OFFSET; -1 means none
        return "LIMIT " + (limit == EventQuery.NO_LIMIT ? -1 : limit) + " OFFSET " + offset;
    }
}
