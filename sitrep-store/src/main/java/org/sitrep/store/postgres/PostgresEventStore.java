package org.sitrep.store.postgres;

import static org.sitrep.store.jdbc.Hashes.sha256;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.sitrep.export.EventJson;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoreException;
import org.sitrep.store.jdbc.JdbcEventStore;
import org.sitrep.store.jdbc.Where;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The store for teams: PostgreSQL 15+ with PostGIS, schema managed by Flyway migrations
 * ({@code org/sitrep/store/postgres/migration/V<n>__*.sql}), connections from a small HikariCP pool.
 *
 * <p>Open with {@link #open(String)}: {@code postgresql://user[:password]@host[:port]/database} or a full
 * {@code jdbc:postgresql://...} URL. The database must exist; the first open creates the tables (and the
 * {@code postgis} and {@code unaccent} extensions when the user may). Several processes may share one database:
 * Flyway serialises migrations with an advisory lock, and every write is one transaction.
 *
 * <p>Differences from the SQLite store that callers may notice: the JSON text streamed by
 * {@link #forEachEventJson} is PostgreSQL's jsonb rendering (same content, keys in jsonb order, a space after
 * {@code :} and {@code ,}); the character U+0000, which PostgreSQL text cannot hold, is stored as U+FFFD.
 */
public final class PostgresEventStore extends JdbcEventStore {

    /** Connections kept at most; readers and writers share them. */
    static final int MAX_CONNECTIONS = 8;
    /** Documents per transaction in bulk {@link #putEvents(Map)}. */
    private static final int DOCUMENTS_PER_TRANSACTION = 100;
    /** Attempts for a write that lost a deadlock or serialization race to a concurrent writer. */
    private static final int WRITE_ATTEMPTS = 4;
    /** Rows fetched per round trip when streaming events. */
    private static final int FETCH_SIZE = 500;

    private final PgUrl url;
    private final HikariDataSource pool;
    private final int schemaVersion;
    private volatile boolean closed;

    private PostgresEventStore(PgUrl url, HikariDataSource pool, int schemaVersion) {
        super(PgDialect.INSTANCE);
        this.url = url;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Connects to the database at {@code url}, bringing its schema up to date.
     *
     * @param url {@code postgresql://user[:password]@host[:port]/database[?params]} (port 5432 and database
     *            {@code sitrep} by default; percent-encode special characters in the password) or
     *            {@code jdbc:postgresql://host[:port]/database?user=...&password=...}; without a password the
     *            driver also looks in {@code ~/.pgpass}
     * @throws IllegalArgumentException when the URL is not a PostgreSQL URL
     * @throws StoreException when the server cannot be reached or the schema cannot be set up; the message says
     *                        what to check
     */
    public static PostgresEventStore open(String url) {
        PgUrl u = PgUrl.parse(url);
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("sitrep-pg");
        cfg.setDriverClassName("org.postgresql.Driver");
        cfg.setJdbcUrl(u.jdbcUrl());
        u.user().ifPresent(cfg::setUsername);
        u.password().ifPresent(cfg::setPassword);
        cfg.setMaximumPoolSize(MAX_CONNECTIONS);
        cfg.setMinimumIdle(1);
        cfg.setConnectionTimeout(30_000);
        cfg.setInitializationFailTimeout(1); // try once at start-up and fail with the driver's reason
        cfg.addDataSourceProperty("ApplicationName", "sitrep");
        // The driver prepares statements on the server after a few uses, and PostgreSQL may then keep a generic plan
        // made while the tables were nearly empty (a sequential scan that grows slower with every document stored:
        // the replace-delete went from 0.1 to 3.5 ms within 4,000 documents). Planning each time costs ~0.1 ms.
        cfg.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
        cfg.addDataSourceProperty("connectTimeout", "10");
        // one INSERT with many rows per batch; putEvents never repeats a key within a batch
        cfg.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            throw new StoreException(connectionAdvice(u, e), e);
        }
        try {
            int version = migrate(pool, u);
            return new PostgresEventStore(u, pool, version);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static int migrate(HikariDataSource pool, PgUrl u) {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:org/sitrep/store/postgres/migration")
                    .table("sitrep_schema_history")
                    .validateMigrationNaming(true)
                    .cleanDisabled(true)
                    // through SLF4J, so the application's logging set-up decides (the CLI keeps it quiet)
                    .loggers("slf4j")
                    .load();
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
        } catch (FlywayException e) {
            throw new StoreException(migrationAdvice(u, e), e);
        }
    }

    /** What to check when the pool could not make its first connection. */
    static String connectionAdvice(PgUrl u, Throwable e) {
        SQLException sql = sqlCause(e);
        String reason = sql != null ? sql.getMessage() : String.valueOf(e.getMessage());
        String state = sql != null && sql.getSQLState() != null ? sql.getSQLState() : "";
        String where = "PostgreSQL at " + u.location();
        String advice;
        if (state.startsWith("08") || state.isEmpty()) {
            advice = "check that the server is running and accepts TCP connections on " + u.host() + ":" + u.port()
                    + " (pg_isready -h " + u.host() + " -p " + u.port() + "; listen_addresses in postgresql.conf) and that "
                    + "no firewall is in the way; for a throwaway test server run scripts/pg-test-server start";
        } else if (state.equals("3D000")) {
            advice = "the database does not exist: create it (createdb -h " + u.host() + " -p " + u.port() + " <name>) "
                    + "or name an existing one in the URL";
        } else if (state.equals("28P01") || state.startsWith("28")) {
            advice = "the server refused the login: check the user and password (in the URL or ~/.pgpass) and the "
                    + "server's pg_hba.conf entry for this host";
        } else {
            advice = "check the URL (" + PgUrl.FORMS + ")";
        }
        return "cannot connect to " + where + ": " + reason + " — " + advice;
    }

    private static String migrationAdvice(PgUrl u, FlywayException e) {
        String msg = String.valueOf(e.getMessage());
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        String hint;
        if (lower.contains("postgis") && (lower.contains("control file") || lower.contains("not available"))) {
            hint = "PostGIS is not installed on the server: install the package postgresql-<version>-postgis-3 "
                    + "(Debian) there, then open the store again";
        } else if (lower.contains("permission denied") && lower.contains("extension")) {
            hint = "this user may not create extensions: ask a superuser to run CREATE EXTENSION postgis; "
                    + "CREATE EXTENSION unaccent SCHEMA public; in the database, then open the store again";
        } else if (lower.contains("checksum mismatch") || lower.contains("validate failed")) {
            hint = "an applied migration differs from the one in this sitrep: applied migrations must not be edited";
        } else if (lower.contains("newer than") || lower.contains("not resolved locally")) {
            hint = "the database was set up by a newer sitrep: upgrade sitrep";
        } else {
            hint = "see the cause above";
        }
        return "cannot set up the sitrep schema in PostgreSQL at " + u.location() + ": " + firstLines(msg) + " — " + hint;
    }

    private static String firstLines(String s) {
        return s.lines().filter(l -> !l.isBlank()).limit(6).map(String::strip).collect(Collectors.joining("; "));
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) return s;
        }
        return null;
    }

    /** Where the store lives, without credentials. */
    @Override
    public String location() {
        return url.location();
    }

    @Override
    protected int schemaVersion() {
        return schemaVersion;
    }

    // ---- articles -----------------------------------------------------------------------------------------

    @Override
    public void putArticle(Article article, String raw) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(article.id(), "article id");
        String rawText = raw != null ? raw : article.text();
        String hash = article.contentHash() != null && !article.contentHash().isBlank()
                ? article.contentHash() : sha256(rawText);
        write("store article " + article.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO raw_input (content_hash, raw) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, clean(hash));
                ps.setString(2, clean(rawText));
                ps.executeUpdate();
            }
            // an unchanged article is not rewritten (idempotent puts leave no dead rows behind)
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (id, content_hash, title, text, published, "
                    + "source, url, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    + "content_hash = excluded.content_hash, title = excluded.title, text = excluded.text, "
                    + "published = excluded.published, source = excluded.source, url = excluded.url, "
                    + "origin = excluded.origin, stored_at = now() "
                    + "WHERE (articles.content_hash, articles.title, articles.text, articles.published, articles.source, "
                    + "articles.url, articles.origin) IS DISTINCT FROM (excluded.content_hash, excluded.title, excluded.text, "
                    + "excluded.published, excluded.source, excluded.url, excluded.origin)")) {
                ps.setString(1, clean(article.id()));
                ps.setString(2, clean(hash));
                ps.setString(3, clean(article.title()));
                ps.setString(4, clean(Objects.requireNonNullElse(article.text(), "")));
                ps.setObject(5, article.published());
                ps.setString(6, clean(article.source()));
                ps.setString(7, clean(article.url()));
                ps.setString(8, clean(article.origin()));
                ps.executeUpdate();
            }
        });
    }

    // ---- events -------------------------------------------------------------------------------------------

    /** An event with its JSON and search text, computed before a connection is taken. */
    private record Row(String putDocId, Event event, String json, String searchText) {
    }

    @Override
    public void putEvents(String docId, List<Event> events) {
        Objects.requireNonNull(docId, "docId");
        Map<String, List<Event>> one = new LinkedHashMap<>();
        one.put(docId, events);
        List<Row> rows = rows(one);
        write("store events of document " + docId, c -> replace(c, List.of(docId), rows));
    }

    /**
     * Stores the events of many documents, {@value #DOCUMENTS_PER_TRANSACTION} documents per transaction; each
     * document is replaced as a unit. When a transaction fails, its documents are retried one by one so the
     * exception names the document at fault and the ones before it stay stored.
     */
    @Override
    public void putEvents(Map<String, List<Event>> eventsByDocument) {
        List<Row> all = rows(eventsByDocument); // validates every document before anything is written
        List<String> docs = new ArrayList<>(eventsByDocument.keySet());
        Map<String, List<Row>> byDoc = all.stream().collect(Collectors.groupingBy(Row::putDocId, LinkedHashMap::new, Collectors.toList()));
        for (int from = 0; from < docs.size(); from += DOCUMENTS_PER_TRANSACTION) {
            List<String> chunk = docs.subList(from, Math.min(docs.size(), from + DOCUMENTS_PER_TRANSACTION));
            List<Row> rows = chunk.stream().flatMap(d -> byDoc.getOrDefault(d, List.of()).stream()).toList();
            try {
                write("store events of " + chunk.size() + " documents", c -> replace(c, chunk, rows));
            } catch (StoreException e) {
                if (chunk.size() == 1) throw e;
                for (String d : chunk) {
                    List<Row> own = byDoc.getOrDefault(d, List.of());
                    write("store events of document " + d, c -> replace(c, List.of(d), own));
                }
            }
        }
    }

    private static List<Row> rows(Map<String, List<Event>> eventsByDocument) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Event>> d : eventsByDocument.entrySet()) {
            String docId = Objects.requireNonNull(d.getKey(), "docId");
            for (Event e : d.getValue()) {
                if (e.eventId() == null || e.eventId().isBlank()) {
                    throw new IllegalArgumentException("event of document " + docId + " has no event_id; ids are required to store events");
                }
                String search = Stream.of(e.notes(), evidenceText(e), actorNames(e), e.location()).filter(Objects::nonNull)
                        .collect(Collectors.joining("\n"));
                rows.add(new Row(docId, e, cleanJson(EventJson.toJson(e)), clean(search)));
            }
        }
        return rows;
    }

    /**
     * Replaces the events of {@code docIds} with {@code rows}, inside the caller's transaction: events of those
     * documents that are not in {@code rows} go; the rest are upserted by id, which also moves an id held by another
     * document. Unchanged rows are not rewritten. Rows are written in id order so concurrent writers lock in the
     * same order.
     */
    private static void replace(Connection c, List<String> docIds, List<Row> rows) throws SQLException {
        // the last occurrence of an id wins, as if the documents had been put one after another
        TreeMap<String, Row> byId = new TreeMap<>();
        for (Row r : rows) byId.put(r.event().eventId(), r);
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM events WHERE put_doc_id = ANY (?) AND NOT (event_id = ANY (?))")) {
            del.setArray(1, c.createArrayOf("text", docIds.stream().map(PostgresEventStore::clean).toArray()));
            del.setArray(2, c.createArrayOf("text", byId.keySet().stream().map(PostgresEventStore::clean).toArray()));
            del.executeUpdate();
        }
        if (byId.isEmpty()) return;
        try (PreparedStatement ins = c.prepareStatement(INSERT_EVENT)) {
            for (Row r : byId.values()) {
                bindEvent(ins, r);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static final String EVENT_COLUMNS = "event_id, put_doc_id, doc_id, event_date, disorder_type, event_type, "
            + "sub_event_type, actor1, actor2, country, iso3, admin1, admin2, location, latitude, longitude, fatalities, "
            + "source, disputed, confidence, fts, json";

    private static final String INSERT_EVENT = "INSERT INTO events (" + EVENT_COLUMNS + ") VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, to_tsvector('simple', sitrep_fold(?)), ?::jsonb) "
            + "ON CONFLICT (event_id) DO UPDATE SET " + Stream.of(EVENT_COLUMNS.split(", ")).skip(1)
            .map(col -> col + " = excluded." + col).collect(Collectors.joining(", "))
            + " WHERE events.put_doc_id IS DISTINCT FROM excluded.put_doc_id OR events.json IS DISTINCT FROM excluded.json";

    private static void bindEvent(PreparedStatement ins, Row r) throws SQLException {
        Event e = r.event();
        int i = 1;
        ins.setString(i++, clean(e.eventId()));
        ins.setString(i++, clean(r.putDocId()));
        ins.setString(i++, clean(e.docId()));
        ins.setObject(i++, e.eventDate());
        ins.setString(i++, e.subEventType() == null ? null : e.subEventType().disorderType());
        ins.setString(i++, e.subEventType() == null ? null : e.subEventType().type().label());
        ins.setString(i++, e.subEventType() == null ? null : e.subEventType().label());
        ins.setString(i++, clean(name(e.actor1())));
        ins.setString(i++, clean(name(e.actor2())));
        ins.setString(i++, clean(e.country()));
        ins.setString(i++, clean(e.iso3()));
        ins.setString(i++, clean(e.admin1()));
        ins.setString(i++, clean(e.admin2()));
        ins.setString(i++, clean(e.location()));
        ins.setObject(i++, e.latitude(), java.sql.Types.DOUBLE);
        ins.setObject(i++, e.longitude(), java.sql.Types.DOUBLE);
        ins.setInt(i++, e.fatalities());
        ins.setString(i++, clean(e.source()));
        ins.setBoolean(i++, e.disputed());
        ins.setDouble(i++, e.confidence());
        ins.setString(i++, r.searchText());
        ins.setString(i, r.json());
    }

    /**
     * Events within {@code radiusMetres} of a point (on the WGS 84 spheroid) that also match {@code query}, nearest
     * first (ties by event id), honouring the query's limit and offset; the query's order is not used. Events without
     * coordinates never match. PostgreSQL only: the repository interface has no distance filter yet.
     */
    public List<Event> eventsNear(double latitude, double longitude, double radiusMetres, EventQuery query) {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("point out of range: latitude " + latitude + ", longitude " + longitude
                    + " (need -90..90, -180..180)");
        }
        if (!(radiusMetres >= 0)) throw new IllegalArgumentException("radius must be >= 0 metres, got " + radiusMetres);
        String point = "ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography";
        Where near = where(query).and("ST_DWithin(geog, " + point + ", ?)",
                List.of(longitude, latitude, radiusMetres, longitude, latitude));
        List<Event> out = new ArrayList<>();
        scan("query events near a point", "SELECT event_id, json FROM events WHERE " + near.sql()
                + " ORDER BY geog <-> " + point + ", event_id " + dialect.page(query.limit(), query.offset()), near,
                rs -> out.add(parse(rs)));
        return out;
    }

    /** Streams a query's rows: inside a read-only transaction with a fetch size, so the driver uses a cursor. */
    @Override
    protected void scan(String what, String sql, Where f, RowSink sink) {
        read(what, c -> {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(FETCH_SIZE);
                f.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) sink.accept(rs);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
            return null;
        });
    }

    // ---- failures -----------------------------------------------------------------------------------------

    @Override
    public void recordFailure(Failure failure) {
        Objects.requireNonNull(failure, "failure");
        write("record failure of " + failure.origin(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO failures (origin, stage, reason, first_seen, last_seen) "
                    + "VALUES (?, ?, ?, now(), now()) ON CONFLICT (key) DO UPDATE SET last_seen = excluded.last_seen, "
                    + "times = failures.times + 1")) {
                // the quarantine keeps rows even for incomplete failure records; unknown parts are stored as ""
                ps.setString(1, clean(Objects.requireNonNullElse(failure.origin(), "")));
                ps.setString(2, clean(Objects.requireNonNullElse(failure.stage(), "")));
                ps.setString(3, clean(Objects.requireNonNullElse(failure.reason(), "")));
                ps.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        if (closed) return;
        synchronized (this) {
            if (closed) return;
            closed = true;
            pool.close();
        }
    }

    // ---- connection handling ------------------------------------------------------------------------------

    /**
     * Runs {@code work} in one transaction. A transaction that lost a deadlock or a serialization race to another
     * writer is retried (both are normal under concurrent writes and leave nothing behind).
     */
    private void write(String what, SqlUpdate work) {
        for (int attempt = 1; ; attempt++) {
            ensureOpen();
            try (Connection c = connection(what)) {
                c.setAutoCommit(false);
                try {
                    work.run(c);
                    c.commit();
                    return;
                } catch (SQLException | RuntimeException e) {
                    rollback(c, e);
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < WRITE_ATTEMPTS && isTransient(e)) continue;
                throw new StoreException("store " + url.location() + ": could not " + what + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        if (state == null && e.getNextException() != null) state = e.getNextException().getSQLState();
        return "40P01".equals(state) || "40001".equals(state);
    }

    @Override
    protected <T> T read(String what, SqlWork<T> work) {
        ensureOpen();
        try (Connection c = connection(what)) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("store " + url.location() + ": could not " + what + ": " + e.getMessage(), e);
        }
    }

    private Connection connection(String what) throws SQLException {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            if (closed) throw new StoreException("store " + url.location() + " is closed", e);
            throw new StoreException("store " + url.location() + ": no connection to " + what + ": " + e.getMessage()
                    + " (is the server still running? are " + MAX_CONNECTIONS + " connections busy with open event streams?)", e);
        }
    }

    private void ensureOpen() {
        if (closed) throw new StoreException("store " + url.location() + " is closed");
    }

    /** PostgreSQL text cannot hold U+0000; it is kept as U+FFFD (the replacement character). */
    static String clean(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
    }

    /** jsonb refuses the escape {@code \u0000}; replaced by {@code \ufffd}, leaving escaped backslashes alone. */
    static String cleanJson(String json) {
        if (!json.contains("\\u0000")) return json;
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (ch == '\\' && i + 1 < json.length()) {
                if (json.startsWith("u0000", i + 1)) {
                    out.append("\\ufffd");
                    i += 5;
                } else {
                    out.append(ch).append(json.charAt(i + 1));
                    i++;
                }
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "PostgresEventStore[" + url.location() + "]";
    }
}
