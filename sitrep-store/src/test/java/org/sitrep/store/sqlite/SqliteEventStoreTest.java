package org.sitrep.store.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStoreContract;
import org.sitrep.store.StoreException;
import org.sitrep.store.TestEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteEventStoreTest extends EventStoreContract {
    @TempDir
    Path dir;
    private int n;

    @Override
    protected EventStore newStore() {
        return SqliteEventStore.open(dir.resolve("store-" + (n++) + "/sitrep.db"));
    }

    @Test
    void dataSurvivesReopeningAndMigrationsRunOnce() throws Exception {
        Path db = dir.resolve("reopen/sitrep.db");
        try (SqliteEventStore s = SqliteEventStore.open(db)) {
            s.putEvents("d", List.of(TestEvents.event("e1").build()));
        }
        try (SqliteEventStore s = SqliteEventStore.open(db)) {
            assertEquals(1, s.countEvents(EventQuery.all()));
            assertEquals(Migrations.latestVersion(), s.stats().schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM schema_version")) {
                rs.next();
                assertEquals(Migrations.latestVersion(), rs.getInt(1));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
        }
    }

    @Test
    void refusesAStoreFromANewerSitrep() throws Exception {
        Path db = dir.resolve("newer/sitrep.db");
        SqliteEventStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (99, 'future', 'x', '2030-01-01')");
        }
        var ex = assertThrows(StoreException.class, () -> SqliteEventStore.open(db));
        assertTrue(ex.getMessage().contains("newer sitrep"), ex.getMessage());
    }

    @Test
    void refusesAnEditedMigration() throws Exception {
        Path db = dir.resolve("edited/sitrep.db");
        SqliteEventStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("UPDATE schema_version SET checksum = 'changed' WHERE version = 1");
        }
        var ex = assertThrows(StoreException.class, () -> SqliteEventStore.open(db));
        assertTrue(ex.getMessage().contains("checksum"), ex.getMessage());
    }

    @Test
    void notAStoreFileGivesAnActionableError() throws Exception {
        Path bogus = dir.resolve("bogus.db");
        Files.writeString(bogus, "this is not a database, just text that is long enough to look like a header......");
        var ex = assertThrows(StoreException.class, () -> SqliteEventStore.open(bogus));
        assertTrue(ex.getMessage().contains(bogus.toString()), ex.getMessage());
        var dirEx = assertThrows(StoreException.class, () -> SqliteEventStore.open(dir));
        assertTrue(dirEx.getMessage().contains("is a directory"), dirEx.getMessage());
    }

    @Test
    void defaultPathIsUnderTheWorkingDirectory() {
        assertEquals(Path.of("sitrep-data", "sitrep.db"), SqliteEventStore.DEFAULT_PATH);
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        List<String> stmts = Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n  ON a (x);\n");
        assertEquals(List.of("CREATE TABLE a (x INT);", "CREATE INDEX i\n  ON a (x);"), stmts);
        assertThrows(IllegalStateException.class, () -> Migrations.statements("CREATE TABLE a (x INT)"));
    }
}
