package org.sitrep.store.postgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStoreContract;
import org.sitrep.store.StoreException;
import org.sitrep.store.TestEvents;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.TestEvents.event;

/**
 * The repository contract against a real PostgreSQL + PostGIS, plus what only this store has. Needs a server:
 * {@code SITREP_PG_URL} (a database on it is created and dropped), or PostgreSQL installed for
 * {@code scripts/pg-test-server}; skipped when neither is available.
 */
class PostgresEventStoreIT extends EventStoreContract {
    private static PgTestServer server;

    @BeforeAll
    static void startServer() {
        Optional<PgTestServer> s = PgTestServer.start("sitrep_it");
        Assumptions.assumeTrue(s.isPresent(), "no PostgreSQL for the integration test: set SITREP_PG_URL or install "
                + "postgresql-15 so scripts/pg-test-server can start one");
        server = s.get();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
    }

    @Override
    protected EventStore newStore() {
        PostgresEventStore s = PostgresEventStore.open(server.url());
        server.truncate();
        return s;
    }

    private PostgresEventStore pg() {
        return (PostgresEventStore) store;
    }

    private static Set<String> ids(List<Event> events) {
        return events.stream().map(Event::eventId).collect(Collectors.toSet());
    }

    @Test
    void migrationsRunOnceAndDataSurvivesReopening() throws Exception {
        store.putEvents("d", List.of(event("e1").build()));
        try (PostgresEventStore second = PostgresEventStore.open(server.url())) {
            assertEquals(1, second.countEvents(EventQuery.all()), "a second store on the same database sees the data");
            assertEquals(1, second.stats().schemaVersion());
        }
        try (Connection c = server.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), bool_and(success) FROM sitrep_schema_history WHERE version IS NOT NULL")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "V1 applied once");
            assertTrue(rs.getBoolean(2));
        }
        assertTrue(store.stats().location().startsWith("jdbc:postgresql://") || store.stats().location().startsWith("postgresql://"));
    }

    @Test
    void eventsNearAPointAreNearestFirstAndHonourTheQuery() {
        store.putEvents("d", List.of(
                event("jisr").at(35.81, 36.32).build(),                 // Jisr al-Shughur
                event("idlib").at(35.93, 36.63).build(),                // ~31 km away
                event("aleppo").at(36.20, 37.16).build(),               // ~85 km away
                event("iraq").at(36.34, 43.13).country("Iraq", "IRQ").build(),
                event("nowhere").at(null, null).build()));
        assertEquals(List.of("jisr", "idlib"), pg().eventsNear(35.81, 36.32, 40_000, EventQuery.all())
                .stream().map(Event::eventId).toList());
        assertEquals(List.of("jisr", "idlib", "aleppo"), pg().eventsNear(35.81, 36.32, 100_000, EventQuery.all())
                .stream().map(Event::eventId).toList());
        assertEquals(List.of("idlib"), pg().eventsNear(35.81, 36.32, 100_000, EventQuery.all().withLimit(1).withOffset(1))
                .stream().map(Event::eventId).toList());
        assertEquals(List.of("iraq"), pg().eventsNear(35.81, 36.32, 1_000_000, EventQuery.all().withCountry("IRQ"))
                .stream().map(Event::eventId).toList());
        assertThrows(IllegalArgumentException.class, () -> pg().eventsNear(95, 0, 10, EventQuery.all()));
    }

    @Test
    void boundingBoxEdgesAreInclusiveAndExact() {
        store.putEvents("d", List.of(event("edge").at(36.0, 37.0).build(), event("justOutside").at(36.000001, 37.0).build(),
                event("badCoordinates").at(95.0, 200.0).build()));
        assertEquals(Set.of("edge"), ids(store.events(EventQuery.all().withBbox(new BoundingBox(36.5, 35.5, 37.0, 36.0)))));
        assertEquals(1, store.event("badCoordinates").stream().count(), "out-of-range coordinates are kept, without a point");
    }

    @Test
    void nulCharactersAndLongFailureReasonsAreStored() {
        store.putArticle(TestEvents.article("nul", "a\0title", "text with \0 inside"), "raw \0 record");
        assertEquals("text with \uFFFD inside", store.article("nul").orElseThrow().text());
        store.putEvents("nul", List.of(event("n").notes("notes \0 here").build()));
        assertEquals("notes \uFFFD here", store.event("n").orElseThrow().notes());
        String reason = "x".repeat(20_000);
        store.recordFailure(new Failure("o", "s", reason));
        store.recordFailure(new Failure("o", "s", reason));
        assertEquals(List.of(new Failure("o", "s", reason)), store.failures());
    }

    @Test
    void admin1AndActorCountsGroupCaseInsensitivelyAsTheyFilter() {
        store.putEvents("d", List.of(event("a").admin1("Idlib").build(), event("b").admin1("IDLIB").build()));
        assertEquals(Map.of("IDLIB", 2L), store.countByAdmin1(EventQuery.all()));
        assertEquals(2, store.countEvents(EventQuery.all().withAdmin1("idlib")));
    }

    @Test
    void searchTextIsNotSyntaxEvenWithTsqueryOperators() {
        store.putEvents("d", List.of(event("e").notes("Shelling hit al-Bab & Manbij (north) on 12:00!").build()));
        for (String q : List.of("al-Bab & Manbij", "!manbij", "manbij:*", "'manbij'", "bab <-> manbij", "12:00", "\\manbij")) {
            assertEquals(1, store.countEvents(EventQuery.all().withText(q)), q);
        }
        assertEquals(1, store.countEvents(EventQuery.all().withText("\"al-bab manbij\"")), "hyphenated words in a phrase");
        assertEquals(1, store.countEvents(EventQuery.all().withText("manb*")));
    }

    @Test
    void identicalRePutsDoNotRewriteRows() throws Exception {
        List<Event> evs = List.of(event("a").build(), event("b").build());
        store.putEvents("d", evs);
        long before = xmins();
        store.putEvents("d", evs);
        assertEquals(before, xmins(), "unchanged events keep their row versions");
        store.putEvents("d", List.of(event("a").notes("changed").build(), event("b").build()));
        assertTrue(xmins() != before);
    }

    private long xmins() throws Exception {
        try (Connection c = server.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sum(xmin::text::bigint) FROM events")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anUnreachableServerIsReportedWithWhatToCheck() {
        var ex = assertThrows(StoreException.class, () -> PostgresEventStore.open("postgresql://nobody@127.0.0.1:1/sitrep"));
        assertTrue(ex.getMessage().contains("127.0.0.1:1") && ex.getMessage().contains("running"), ex.getMessage());
    }

    @Test
    void aMissingDatabaseIsReportedAsSuch() {
        String url = server.url().replaceFirst("(jdbc:postgresql://[^/]*/)[^?]*", "$1no_such_db_for_sitrep");
        var ex = assertThrows(StoreException.class, () -> PostgresEventStore.open(url));
        assertTrue(ex.getMessage().contains("does not exist") && ex.getMessage().contains("createdb"), ex.getMessage());
    }

    @Test
    void articleRePutWithSameContentKeepsOneRow() {
        Article a = TestEvents.article("a", "t", "text");
        store.putArticle(a, null);
        store.putArticle(a, null);
        assertEquals(1, store.stats().articles());
        assertEquals(1, store.stats().rawInputs());
    }
}
