package org.sitrep.store.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server for integration tests: the one named by {@code SITREP_PG_URL} (environment) or
 * {@code -Dsitrep.pg.url}, else a throwaway one started with {@code scripts/pg-test-server} when PostgreSQL's
 * binaries are installed. Each test class gets its own fresh database on it, dropped at the end, so a URL pointing
 * at a real server never has its data touched.
 */
final class PgTestServer implements AutoCloseable {
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

    private final Path script;          // set when this helper started the server and must stop it
    private final PgUrl admin;
    private final String databaseUrl;
    private final String database;

    private PgTestServer(Path script, PgUrl admin, String database) {
        this.script = script;
        this.admin = admin;
        this.database = database;
        Matcher m = DATABASE.matcher(admin.jdbcUrl());
        if (!m.matches()) throw new IllegalStateException("unexpected JDBC URL " + admin.location());
        this.databaseUrl = m.group(1) + database + m.group(3);
    }

    /**
     * A server with a new empty database, or empty when none is available (no URL and no PostgreSQL binaries):
     * callers skip then. Fails when a server should be available but cannot be started or used.
     */
    static Optional<PgTestServer> start(String databasePrefix) {
        String url = System.getenv("SITREP_PG_URL");
        if (url == null || url.isBlank()) url = System.getProperty("sitrep.pg.url");
        Path started = null;
        if (url == null || url.isBlank()) {
            Path script = Path.of(System.getProperty("user.dir")).resolve("../scripts/pg-test-server").normalize();
            if (!Files.isExecutable(script) || !postgresInstalled()) return Optional.empty();
            boolean wasRunning = run(script, "status").exitCode() == 0;
            Result r = run(script, "start");
            if (r.exitCode() != 0) {
                throw new IllegalStateException(script + " start failed (exit " + r.exitCode() + "): " + r.stderr());
            }
            url = r.stdout().strip();
            if (!wasRunning) started = script;
        }
        PgUrl admin = PgUrl.parse(url);
        String db = databasePrefix + "_" + Long.toString(System.nanoTime(), 36);
        PgTestServer server = new PgTestServer(started, admin, db);
        server.adminExecute("CREATE DATABASE " + db);
        return Optional.of(server);
    }

    private static boolean postgresInstalled() {
        try (var dirs = Files.list(Path.of("/usr/lib/postgresql"))) {
            return dirs.anyMatch(d -> Files.isExecutable(d.resolve("bin/initdb")));
        } catch (IOException e) {
            return false;
        }
    }

    /** URL of this test class's database, in the form {@link PostgresEventStore#open} takes. */
    String url() {
        return withCredentials(databaseUrl);
    }

    private String withCredentials(String jdbc) {
        StringBuilder sb = new StringBuilder(jdbc);
        admin.user().ifPresent(u -> sb.append(sb.indexOf("?") >= 0 ? '&' : '?').append("user=")
                .append(java.net.URLEncoder.encode(u, StandardCharsets.UTF_8)));
        admin.password().ifPresent(p -> sb.append(sb.indexOf("?") >= 0 ? '&' : '?').append("password=")
                .append(java.net.URLEncoder.encode(p, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    /** A plain connection to this test class's database (for set-up and inspection). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, credentials());
    }

    /** Empties every table of the store (between tests of one class). */
    void truncate() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF to_regclass('events') IS NOT NULL THEN "
                    + "TRUNCATE events, articles, raw_input, failures RESTART IDENTITY; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database " + database + ": " + e.getMessage(), e);
        }
    }

    private Properties credentials() {
        Properties p = new Properties();
        admin.user().ifPresent(u -> p.setProperty("user", u));
        admin.password().ifPresent(pw -> p.setProperty("password", pw));
        return p;
    }

    private void adminExecute(String sql) {
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), credentials()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + admin.location() + ": " + sql + ": " + e.getMessage()
                    + " (the test user needs the CREATEDB privilege)", e);
        }
    }

    @Override
    public void close() {
        try {
            adminExecute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } finally {
            if (script != null) {
                Result r = run(script, "stop");
                if (r.exitCode() != 0) System.err.println(script + " stop failed: " + r.stderr());
            }
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result run(Path script, String command) {
        try {
            Path out = Files.createTempFile("pg-test-server", ".out");
            Path err = Files.createTempFile("pg-test-server", ".err");
            try {
                Process p = new ProcessBuilder(script.toString(), command).redirectOutput(out.toFile())
                        .redirectError(err.toFile()).start();
                if (!p.waitFor(5, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(script + " " + command + " did not finish within 5 minutes");
                }
                return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + " " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script + " " + command, e);
        }
    }
}
