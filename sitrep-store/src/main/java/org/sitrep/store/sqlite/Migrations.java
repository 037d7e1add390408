package org.sitrep.store.sqlite;

import static org.sitrep.store.jdbc.Hashes.sha256;

import org.sitrep.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small versioned-migration runner: numbered SQL scripts {@code V<n>__<description>.sql} next to this class,
 * applied in order, each in its own transaction, recorded in {@code schema_version} with a checksum. A script that
 * was changed after it was applied, or a store written by a newer sitrep, is refused with a message saying so.
 */
final class Migrations {

    /** Every migration, in order. Add new scripts here; never edit an applied one. */
    static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__order_indexes.sql");

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    record Script(int version, String description, String sql, String checksum) {
    }

    private Migrations() {
    }

    static List<Script> scripts() {
        List<Script> out = new ArrayList<>();
        for (String name : SCRIPTS) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) throw new IllegalStateException("migration name '" + name + "' is not V<n>__<description>.sql");
            int version = Integer.parseInt(m.group(1));
            if (version != out.size() + 1) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3…; '" + name + "' is out of sequence");
            }
            String sql = read(name);
            // checksum over the statements only, so comments, blank lines and line endings (CRLF checkouts) don't count
            out.add(new Script(version, m.group(2).replace('_', ' '), sql, sha256(String.join("\n", statements(sql)))));
        }
        return out;
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Brings the schema up to date; returns the schema version afterwards. */
    static int migrate(Connection c, String location) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                    + "checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        List<Script> scripts = scripts();
        List<String[]> applied = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
            while (rs.next()) applied.add(new String[]{Integer.toString(rs.getInt(1)), rs.getString(2)});
        }
        if (applied.size() > scripts.size()) {
            throw new StoreException("store " + location + " has schema version " + applied.size()
                    + " but this sitrep knows only up to " + scripts.size() + ": it was written by a newer sitrep; upgrade sitrep");
        }
        for (int i = 0; i < applied.size(); i++) {
            Script s = scripts.get(i);
            if (!s.checksum().equals(applied.get(i)[1])) {
                throw new StoreException("store " + location + ": migration V" + s.version() + " differs from the one applied "
                        + "to this store (checksum mismatch); applied migrations must not be edited — add a new one");
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (Script s : scripts.subList(applied.size(), scripts.size())) {
                try (Statement st = c.createStatement()) {
                    for (String stmt : statements(s.sql())) st.execute(stmt);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                    ps.setInt(1, s.version());
                    ps.setString(2, s.description());
                    ps.setString(3, s.checksum());
                    ps.setString(4, Instant.now().toString());
                    ps.executeUpdate();
                }
                c.commit();
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return scripts.size();
    }

    /** Splits a script at ';' that ends a line, dropping '--' comment lines (scripts hold no triggers). */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) continue;
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) throw new IllegalStateException("migration ends without ';': " + cur);
        return out;
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("migration resource org/sitrep/store/sqlite/" + name + " missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name + ": " + e.getMessage(), e);
        }
    }
}
