package org.sitrep.store.jdbc;

import org.sitrep.export.EventJson;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Failure;
import org.sitrep.store.DayTypeCount;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreStats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reading half of the SQL stores: both schemas have the same {@code articles}, {@code raw_input},
 * {@code events} (one row per event with its JSON and the filter columns) and {@code failures} tables, so every
 * query here is written once, with the {@link SqlDialect} deciding the few points where SQLite and PostgreSQL
 * differ. Subclasses own connections ({@link #read}), writes, search indexing and closing.
 */
public abstract class JdbcEventStore implements EventStore {

    /** Article columns in the order {@link #readArticle} reads them. */
    protected static final String ARTICLE_COLUMNS = "id, title, text, published, source, url, content_hash, origin";

    protected final SqlDialect dialect;

    protected JdbcEventStore(SqlDialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** Where the store lives, as shown in messages (a file path, or a server URL without credentials). */
    public abstract String location();

    /** The schema version the store was migrated to. */
    protected abstract int schemaVersion();

    /** Runs {@code work} on a connection for reading; SQL errors become a {@link StoreException} naming {@code what}. */
    protected abstract <T> T read(String what, SqlWork<T> work);

    /** Work on a connection that returns a value. */
    @FunctionalInterface
    protected interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Work on a connection inside a write transaction. */
    @FunctionalInterface
    protected interface SqlUpdate {
        void run(Connection c) throws SQLException;
    }

    /** Receives the rows of a query one at a time. */
    @FunctionalInterface
    protected interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    /**
     * Passes each row of {@code sql} (parameters from {@code where}) to {@code sink}. A store whose driver buffers
     * whole results overrides this to stream with a cursor.
     */
    protected void scan(String what, String sql, Where where, RowSink sink) {
        read(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) sink.accept(rs);
                }
            }
            return null;
        });
    }

    // ---- articles -----------------------------------------------------------------------------------------

    /** The article whose {@link #ARTICLE_COLUMNS} start at column {@code first}. */
    protected Article readArticle(ResultSet rs, int first) throws SQLException {
        return new Article(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                dialect.readDate(rs, first + 3), rs.getString(first + 4), rs.getString(first + 5),
                rs.getString(first + 6), rs.getString(first + 7));
    }

    @Override
    public Optional<Article> article(String id) {
        return read("read article " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readArticle(rs, 1)) : Optional.<Article>empty();
                }
            }
        });
    }

    @Override
    public List<Article> articles(int limit, int offset) {
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must be >= 0, got " + limit + ", " + offset);
        return read("list articles", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY id "
                    + dialect.page(limit, offset))) {
                List<Article> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(readArticle(rs, 1));
                }
                return out;
            }
        });
    }

    @Override
    public boolean hasContentHash(String contentHash) {
        return read("look up raw input " + contentHash, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM raw_input WHERE content_hash = ?")) {
                ps.setString(1, contentHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public Optional<String> rawInput(String contentHash) {
        return read("read raw input " + contentHash, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT raw FROM raw_input WHERE content_hash = ?")) {
                ps.setString(1, contentHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    // ---- events -------------------------------------------------------------------------------------------

    /** The evidence sentences of an event, one per line, for full-text search. */
    protected static String evidenceText(Event e) {
        return e.evidence().stream().map(Evidence::text).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    /** The actor names of an event (principal and associated), one per line, for full-text search. */
    protected static String actorNames(Event e) {
        return Stream.of(name(e.actor1()), e.assocActor1(), name(e.actor2()), e.assocActor2())
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    protected static String name(Actor a) {
        return a == null ? null : a.name();
    }

    /** The event of a row whose first two columns are {@code event_id, json}. */
    protected Event parse(ResultSet rs) throws SQLException {
        String json = rs.getString(2);
        try {
            return EventJson.fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new StoreException("store " + location() + ": stored event " + rs.getString(1) + " cannot be read back: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Event> event(String id) {
        return read("read event " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT event_id, json FROM events WHERE event_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(parse(rs)) : Optional.<Event>empty();
                }
            }
        });
    }

    @Override
    public List<Event> events(EventQuery query) {
        List<Event> out = new ArrayList<>();
        forEachEvent(query, out::add);
        return out;
    }

    @Override
    public void forEachEvent(EventQuery query, Consumer<Event> sink) {
        scanEvents(query, rs -> sink.accept(parse(rs)));
    }

    @Override
    public void forEachEventJson(EventQuery query, Consumer<String> sink) {
        scanEvents(query, rs -> sink.accept(rs.getString(2)));
    }

    private void scanEvents(EventQuery query, RowSink sink) {
        Where w = where(query);
        scan("query events", "SELECT event_id, json FROM events WHERE " + w.sql() + " ORDER BY "
                + Where.orderBy(query.order()) + " " + dialect.page(query.limit(), query.offset()), w, sink);
    }

    /** The filter of a query in this store's dialect. */
    protected Where where(EventQuery query) {
        return Where.of(query, dialect);
    }

    @Override
    public long countEvents(EventQuery query) {
        Where w = where(query);
        return read("count events", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM events WHERE " + w.sql())) {
                w.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Map<String, Long> countByEventType(EventQuery query) {
        return countBy("event_type", query);
    }

    /** Admin1 names group as they filter (case-insensitively in PostgreSQL); the name shown is the first by code point. */
    @Override
    public Map<String, Long> countByAdmin1(EventQuery query) {
        return countBy("admin1", query);
    }

    private Map<String, Long> countBy(String column, EventQuery query) {
        Where w = where(query);
        String key = dialect.foldCase(column);
        String sql = "SELECT min(" + dialect.byCodePoint(column) + "), count(*) AS n FROM events WHERE " + w.sql()
                + " AND " + column + " IS NOT NULL GROUP BY " + key + " ORDER BY n DESC, " + dialect.byCodePoint(key);
        return counts("count events by " + column, sql, w, 1);
    }

    /** An event counts once per actor: actor2 is not counted again when it names actor1. */
    @Override
    public Map<String, Long> countByActor(EventQuery query) {
        Where w = where(query);
        String key = dialect.foldCase("actor");
        String sql = "SELECT min(" + dialect.byCodePoint("actor") + "), count(*) AS n FROM ("
                + "SELECT actor1 AS actor FROM events WHERE " + w.sql() + " AND actor1 IS NOT NULL"
                + " UNION ALL SELECT actor2 FROM events WHERE " + w.sql() + " AND actor2 IS NOT NULL AND (actor1 IS NULL OR "
                + dialect.foldCase("actor2") + " <> " + dialect.foldCase("actor1") + ")"
                + ") t GROUP BY " + key + " ORDER BY n DESC, " + dialect.byCodePoint(key);
        return counts("count events by actor", sql, w, 2);
    }

    private Map<String, Long> counts(String what, String sql, Where w, int filterCopies) {
        return read(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (int k = 0; k < filterCopies; k++) i = w.bind(ps, i);
                Map<String, Long> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
                }
                return Collections.unmodifiableMap(out);
            }
        });
    }

    @Override
    public List<DayTypeCount> countByDayAndType(EventQuery query) {
        Where w = where(query);
        String sql = "SELECT event_date, event_type, count(*) FROM events WHERE " + w.sql()
                + " AND event_date IS NOT NULL AND event_type IS NOT NULL GROUP BY event_date, event_type"
                + " ORDER BY event_date, " + dialect.byCodePoint("event_type");
        return read("count events by day and type", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                w.bind(ps, 1);
                List<DayTypeCount> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new DayTypeCount(dialect.readDate(rs, 1), rs.getString(2), rs.getLong(3)));
                }
                return out;
            }
        });
    }

    @Override
    public List<Event> deadliest(int n, EventQuery query) {
        if (n < 0) throw new IllegalArgumentException("number of events must be >= 0, got " + n);
        return events(query.withOrder(EventQuery.Order.FATALITIES_DESC).withLimit(n).withOffset(0));
    }

    // ---- failures and housekeeping ------------------------------------------------------------------------

    @Override
    public List<Failure> failures() {
        return read("list failures", c -> {
            List<Failure> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT origin, stage, reason FROM failures ORDER BY pk")) {
                while (rs.next()) out.add(new Failure(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            return out;
        });
    }

    @Override
    public StoreStats stats() {
        return read("read statistics", c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM raw_input), "
                         + "(SELECT count(*) FROM events), (SELECT count(*) FROM failures), "
                         + "(SELECT min(event_date) FROM events), (SELECT max(event_date) FROM events)")) {
                rs.next();
                return new StoreStats(location(), schemaVersion(), rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), Optional.ofNullable(dialect.readDate(rs, 5)), Optional.ofNullable(dialect.readDate(rs, 6)));
            }
        });
    }

    /** Rolls back after {@code cause}, attaching a failed rollback to it rather than hiding the first error. */
    protected static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException r) {
            cause.addSuppressed(r);
        }
    }
}
