package org.sitrep.store.jdbc;

import org.sitrep.store.BoundingBox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What differs between the SQL databases a store runs on, for the queries the stores share ({@link Where},
 * {@link JdbcEventStore}). Each method is one dialect decision, so the shared queries read as plain SQL.
 */
public interface SqlDialect {

    /** A date as a statement parameter (SQLite keeps ISO-8601 text; PostgreSQL a {@code date}). */
    Object date(LocalDate day);

    /** A date column of the current row; null when SQL NULL. */
    LocalDate readDate(ResultSet rs, int column) throws SQLException;

    /** A boolean as a statement parameter (SQLite keeps 0/1). */
    Object bool(boolean value);

    /**
     * The expression as it is compared by the name filters (country, admin1, actor) and grouped by the counts:
     * PostgreSQL folds case ({@code lower(expr)}, matching its expression indexes); SQLite compares exactly.
     */
    String foldCase(String expr);

    /** The expression ordered by code point, whatever the database's default collation. */
    String byCodePoint(String expr);

    /** The operator of the substring filter on the source (case-insensitive in both stores). */
    String likeOperator();

    /** The conditions of a bounding-box filter, added to {@code where}. */
    void addBoxConditions(BoundingBox box, Where.Builder where);

    /** The condition of a full-text filter over events and the text of their articles, added to {@code where}. */
    void addTextCondition(String userText, Where.Builder where);

    /** LIMIT / OFFSET for a page; {@code limit} may be {@code EventQuery.NO_LIMIT}. Numbers only, never user text. */
    String page(long limit, long offset);
}
