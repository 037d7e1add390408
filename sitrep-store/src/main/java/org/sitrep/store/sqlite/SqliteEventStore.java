package org.sitrep.store.sqlite;

import org.sitrep.export.EventJson;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.store.StoreException;
import org.sitrep.store.jdbc.Hashes;
import org.sitrep.store.jdbc.JdbcEventStore;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded store: one SQLite file in WAL mode, FTS5 for full text, versioned migrations ({@link Migrations}).
 *
 * <p>Concurrency: SQLite allows one writer at a time, so all writes go through a single connection under a lock
 * (callers' JSON serialisation happens before the lock, so a multi-threaded batch still overlaps its work); reads
 * use a small pool of read-only connections, which WAL lets run while a write is in progress.
 */
public final class SqliteEventStore extends JdbcEventStore {

    /** Where the store lives unless a path is given: relative to the working directory. */
    public static final Path DEFAULT_PATH = Path.of("sitrep-data", "sitrep.db");

    private static final int MAX_READERS = 4;
    private static final int MAX_WRITES_PER_TRANSACTION = 256;
    private static final long READER_WAIT_SECONDS = 30;

    private final Path path;
    private final String url;
    private final int schemaVersion;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final LinkedBlockingQueue<WriteTask> pendingWrites = new LinkedBlockingQueue<>();
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(MAX_READERS);
    private final List<Connection> allReaders = new CopyOnWriteArrayList<>();
    private final Object readerCreation = new Object();
    private volatile boolean closed;

    private SqliteEventStore(Path path) {
        super(SqliteDialect.INSTANCE);
        this.path = path;
        this.url = "jdbc:sqlite:" + path;
        try {
            this.writer = connect(false);
            this.schemaVersion = Migrations.migrate(writer, path.toString());
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + path + ": " + e.getMessage()
                    + " (is it a sitrep store, and is the directory writable?)", e);
        }
    }

    /** Opens (creating and migrating when needed) the store at {@code dbFile}; parent directories are created. */
    public static SqliteEventStore open(Path dbFile) {
        Objects.requireNonNull(dbFile, "dbFile");
        Path abs = dbFile.toAbsolutePath().normalize();
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the directory for the store " + abs + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(abs)) throw new StoreException("store path " + abs + " is a directory; give a file such as " + abs.resolve("sitrep.db"));
        return new SqliteEventStore(abs);
    }

    /** Opens the store at {@link #DEFAULT_PATH} under the working directory. */
    public static SqliteEventStore openDefault() {
        return open(DEFAULT_PATH);
    }

    public Path path() {
        return path;
    }

    @Override
    public String location() {
        return path.toString();
    }

    @Override
    protected int schemaVersion() {
        return schemaVersion;
    }

    private Connection connect(boolean readOnly) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commits
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        cfg.setBusyTimeout(10_000);
        cfg.setTempStore(SQLiteConfig.TempStore.MEMORY);
        cfg.enforceForeignKeys(true);
        Connection c = DriverManager.getConnection(url, cfg.toProperties());
        try (Statement s = c.createStatement()) {
            // 64 MB page cache for the writer (index pages of recent inserts stay hot), 16 MB per reader
            s.execute("PRAGMA cache_size = " + (readOnly ? -16_000 : -64_000));
            if (readOnly) s.execute("PRAGMA query_only = 1");
        }
        return c;
    }

    // ---- articles -----------------------------------------------------------------------------------------

    @Override
    public void putArticle(Article article, String raw) {
        Objects.requireNonNull(article, "article");
        String rawText = raw != null ? raw : article.text();
        String hash = article.contentHash() != null && !article.contentHash().isBlank()
                ? article.contentHash() : Hashes.sha256(rawText);
        Article stored = new Article(article.id(), article.title(), article.text(), article.published(),
                article.source(), article.url(), hash, article.origin());
        write("store article " + article.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO raw_input (content_hash, raw, stored_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, hash);
                ps.setString(2, rawText);
                ps.setString(3, Instant.now().toString());
                ps.executeUpdate();
            }
            Long pk = null;
            Article existing = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT pk, " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
                ps.setString(1, article.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        pk = rs.getLong(1);
                        existing = readArticle(rs, 2);
                    }
                }
            }
            if (stored.equals(existing)) return; // idempotent: nothing changed
            if (pk == null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (id, content_hash, title, text, published, "
                        + "source, url, origin, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    bindArticle(ps, stored);
                    ps.executeUpdate();
                    pk = generatedKey(ps);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)")) {
                    ps.setLong(1, pk);
                    ps.setString(2, stored.title());
                    ps.setString(3, stored.text());
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET id = ?, content_hash = ?, title = ?, text = ?, "
                        + "published = ?, source = ?, url = ?, origin = ?, stored_at = ? WHERE pk = ?")) {
                    bindArticle(ps, stored);
                    ps.setLong(10, pk);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE articles_fts SET title = ?, text = ? WHERE rowid = ?")) {
                    ps.setString(1, stored.title());
                    ps.setString(2, stored.text());
                    ps.setLong(3, pk);
                    ps.executeUpdate();
                }
            }
        });
    }

    private static void bindArticle(PreparedStatement ps, Article a) throws SQLException {
        ps.setString(1, a.id());
        ps.setString(2, a.contentHash());
        ps.setString(3, a.title());
        ps.setString(4, a.text());
        ps.setString(5, a.published() == null ? null : a.published().toString());
        ps.setString(6, a.source());
        ps.setString(7, a.url());
        ps.setString(8, a.origin());
        ps.setString(9, Instant.now().toString());
    }

    // ---- events -------------------------------------------------------------------------------------------

    /** An event with everything computed before taking the write lock. */
    private record Row(Event event, String json, String evidenceText, String actors) {
    }

    @Override
    public void putEvents(String docId, List<Event> events) {
        write("store events of document " + docId, putEventsWork(docId, events));
    }

    /** Stores the events of many documents in as few transactions as possible (bulk loads); same rules as putEvents. */
    @Override
    public void putEvents(Map<String, List<Event>> eventsByDocument) {
        List<WriteTask> tasks = new ArrayList<>(eventsByDocument.size());
        for (Map.Entry<String, List<Event>> e : eventsByDocument.entrySet()) {
            tasks.add(new WriteTask("store events of document " + e.getKey(), putEventsWork(e.getKey(), e.getValue()),
                    new CompletableFuture<>()));
        }
        writeAll(tasks);
    }

    private SqlUpdate putEventsWork(String docId, List<Event> events) {
        Objects.requireNonNull(docId, "docId");
        List<Row> rows = new ArrayList<>(events.size());
        for (Event e : events) {
            if (e.eventId() == null || e.eventId().isBlank()) {
                throw new IllegalArgumentException("event of document " + docId + " has no event_id; ids are required to store events");
            }
            rows.add(new Row(e, EventJson.toJson(e), evidenceText(e), actorNames(e)));
        }
        return c -> {
            List<Long> old = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT pk FROM events WHERE put_doc_id = ?")) {
                ps.setString(1, docId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) old.add(rs.getLong(1));
                }
            }
            try (PreparedStatement delFts = c.prepareStatement("DELETE FROM events_fts WHERE rowid = ?");
                 PreparedStatement delEvent = c.prepareStatement("DELETE FROM events WHERE pk = ?")) {
                for (long pk : old) {
                    delFts.setLong(1, pk);
                    delFts.executeUpdate();
                    delEvent.setLong(1, pk);
                    delEvent.executeUpdate();
                }
            }
            try (PreparedStatement find = c.prepareStatement("SELECT pk FROM events WHERE event_id = ?");
                 PreparedStatement delFts = c.prepareStatement("DELETE FROM events_fts WHERE rowid = ?");
                 PreparedStatement delEvent = c.prepareStatement("DELETE FROM events WHERE pk = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO events (event_id, put_doc_id, doc_id, event_date, "
                         + "disorder_type, event_type, sub_event_type, actor1, actor2, country, iso3, admin1, admin2, location, "
                         + "latitude, longitude, fatalities, source, disputed, confidence, json) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement fts = c.prepareStatement(
                         "INSERT INTO events_fts (rowid, notes, evidence, actors, location) VALUES (?, ?, ?, ?, ?)")) {
                for (Row r : rows) {
                    Event e = r.event();
                    // an id held by another document (or repeated in this list) moves here: ids stay unique
                    find.setString(1, e.eventId());
                    Long existing = null;
                    try (ResultSet rs = find.executeQuery()) {
                        if (rs.next()) existing = rs.getLong(1);
                    }
                    if (existing != null) {
                        delFts.setLong(1, existing);
                        delFts.executeUpdate();
                        delEvent.setLong(1, existing);
                        delEvent.executeUpdate();
                    }
                    int i = 1;
                    ins.setString(i++, e.eventId());
                    ins.setString(i++, docId);
                    ins.setString(i++, e.docId());
                    ins.setString(i++, e.eventDate() == null ? null : e.eventDate().toString());
                    ins.setString(i++, e.subEventType() == null ? null : e.subEventType().disorderType());
                    ins.setString(i++, e.subEventType() == null ? null : e.subEventType().type().label());
                    ins.setString(i++, e.subEventType() == null ? null : e.subEventType().label());
                    ins.setString(i++, name(e.actor1()));
                    ins.setString(i++, name(e.actor2()));
                    ins.setString(i++, e.country());
                    ins.setString(i++, e.iso3());
                    ins.setString(i++, e.admin1());
                    ins.setString(i++, e.admin2());
                    ins.setString(i++, e.location());
                    ins.setObject(i++, e.latitude());
                    ins.setObject(i++, e.longitude());
                    ins.setInt(i++, e.fatalities());
                    ins.setString(i++, e.source());
                    ins.setInt(i++, e.disputed() ? 1 : 0);
                    ins.setDouble(i++, e.confidence());
                    ins.setString(i, r.json());
                    ins.executeUpdate();
                    long pk = generatedKey(ins);
                    fts.setLong(1, pk);
                    fts.setString(2, e.notes());
                    fts.setString(3, r.evidenceText());
                    fts.setString(4, r.actors());
                    fts.setString(5, e.location());
                    fts.executeUpdate();
                }
            }
        };
    }

    // ---- failures -----------------------------------------------------------------------------------------

    @Override
    public void recordFailure(Failure failure) {
        Objects.requireNonNull(failure, "failure");
        String now = Instant.now().toString();
        write("record failure of " + failure.origin(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO failures (origin, stage, reason, first_seen, last_seen) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (origin, stage, reason) DO UPDATE SET last_seen = excluded.last_seen, "
                    + "times = times + 1")) {
                // the quarantine keeps rows even for incomplete failure records; unknown parts are stored as ""
                ps.setString(1, Objects.requireNonNullElse(failure.origin(), ""));
                ps.setString(2, Objects.requireNonNullElse(failure.stage(), ""));
                ps.setString(3, Objects.requireNonNullElse(failure.reason(), ""));
                ps.setString(4, now);
                ps.setString(5, now);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        if (closed) return;
        writeLock.lock();
        try {
            if (closed) return;
            closed = true;
            List<String> problems = new ArrayList<>();
            for (Connection r : allReaders) closeQuietly(r, problems);
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA optimize");
            } catch (SQLException e) {
                problems.add("optimize: " + e.getMessage());
            }
            closeQuietly(writer, problems);
            if (!problems.isEmpty()) throw new StoreException("closing the store " + path + ": " + String.join("; ", problems));
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c, List<String> problems) {
        try {
            c.close();
        } catch (SQLException e) {
            problems.add(e.getMessage());
        }
    }

    // ---- connection handling ------------------------------------------------------------------------------

    /** A write waiting for its transaction. */
    private record WriteTask(String what, SqlUpdate work, CompletableFuture<Void> done) {
    }

    /**
     * Runs {@code work} atomically on the writer connection and returns once it is committed.
     *
     * <p>Group commit: writes queue up, and whichever caller holds the lock runs every queued write in one
     * transaction, each inside its own savepoint (a failing write is rolled back alone and reported to its
     * caller; the others commit). A commit costs about the same for 1 or 50 documents, so concurrent batch
     * threads share it.
     */
    private void write(String what, SqlUpdate work) {
        writeAll(List.of(new WriteTask(what, work, new CompletableFuture<>())));
    }

    private void writeAll(List<WriteTask> tasks) {
        ensureOpen();
        pendingWrites.addAll(tasks);
        writeLock.lock();
        try {
            while (!tasks.stream().allMatch(t -> t.done().isDone())) runPendingWrites();
        } finally {
            writeLock.unlock();
        }
        for (WriteTask task : tasks) {
            try {
                task.done().join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw new StoreException("store " + path + ": could not " + task.what() + ": " + cause.getMessage(), cause);
            }
        }
    }

    /** Runs queued writes in one transaction. Caller holds the write lock. */
    private void runPendingWrites() {
        List<WriteTask> batch = new ArrayList<>();
        pendingWrites.drainTo(batch, MAX_WRITES_PER_TRANSACTION);
        if (batch.isEmpty()) return;
        if (closed) {
            StoreException ex = new StoreException("store " + path + " is closed");
            batch.forEach(t -> t.done().completeExceptionally(ex));
            return;
        }
        List<WriteTask> ok = new ArrayList<>();
        try {
            writer.setAutoCommit(false);
            try (Statement sp = writer.createStatement()) {
                for (WriteTask t : batch) {
                    sp.execute("SAVEPOINT w");
                    try {
                        t.work().run(writer);
                        sp.execute("RELEASE w");
                        ok.add(t);
                    } catch (SQLException | RuntimeException e) {
                        sp.execute("ROLLBACK TO w");
                        sp.execute("RELEASE w");
                        t.done().completeExceptionally(e instanceof SQLException
                                ? new StoreException("store " + path + ": could not " + t.what() + ": " + e.getMessage(), e) : e);
                    }
                }
                writer.commit();
            } catch (SQLException e) {
                rollback(writer, e);
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
            ok.forEach(t -> t.done().complete(null));
        } catch (SQLException e) {
            for (WriteTask t : ok) {
                t.done().completeExceptionally(new StoreException("store " + path + ": could not " + t.what()
                        + ": commit failed: " + e.getMessage(), e));
            }
        } finally {
            // a failure above must not strand writes that arrived meanwhile
            for (WriteTask t : batch) {
                if (!t.done().isDone()) t.done().completeExceptionally(new StoreException("store " + path + ": could not " + t.what()));
            }
        }
    }

    @Override
    protected <T> T read(String what, SqlWork<T> work) {
        ensureOpen();
        Connection c = borrowReader(what);
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("store " + path + ": could not " + what + ": " + e.getMessage(), e);
        } finally {
            if (!idleReaders.offer(c)) closeQuietly(c, new ArrayList<>());
        }
    }

    private Connection borrowReader(String what) {
        Connection c = idleReaders.poll();
        if (c != null) return c;
        synchronized (readerCreation) {
            if (allReaders.size() < MAX_READERS) {
                try {
                    Connection fresh = connect(true);
                    allReaders.add(fresh);
                    return fresh;
                } catch (SQLException e) {
                    throw new StoreException("store " + path + ": cannot open a read connection to " + what + ": " + e.getMessage(), e);
                }
            }
        }
        try {
            c = idleReaders.poll(READER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a store connection to " + what, e);
        }
        if (c == null) {
            throw new StoreException("store " + path + ": no read connection free after " + READER_WAIT_SECONDS
                    + " s to " + what + " (are event streams left open?)");
        }
        return c;
    }

    private void ensureOpen() {
        if (closed) throw new StoreException("store " + path + " is closed");
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) throw new SQLException("no generated key returned");
            return keys.getLong(1);
        }
    }

    @Override
    public String toString() {
        return "SqliteEventStore[" + path + "]";
    }
}
