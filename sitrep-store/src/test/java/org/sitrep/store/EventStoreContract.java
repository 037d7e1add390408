package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Failure;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.TestEvents.event;

/**
 * The behaviour every {@link EventStore} must have. A store implementation's test extends this class and
 * provides a fresh, empty store per test; the PostgreSQL store runs the same suite from this module's test-jar.
 */
public abstract class EventStoreContract {

    /** A new, empty store. Called before each test; the store is closed after it. */
    protected abstract EventStore newStore();

    protected EventStore store;

    @BeforeEach
    protected void openStore() {
        store = newStore();
    }

    @AfterEach
    protected void closeStore() {
        store.close();
    }

    private static Set<String> ids(List<Event> events) {
        return events.stream().map(Event::eventId).collect(Collectors.toSet());
    }

    private List<String> idsOf(EventQuery q) {
        return store.events(q).stream().map(Event::eventId).toList();
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- articles -----------------------------------------------------------------------------------------

    @Test
    void articlePutIsIdempotentAndKeepsRawInputUnderItsHash() throws Exception {
        Article a = TestEvents.article("a1", "Strikes in Idlib", "Russian jets struck Jisr al-Shughur on Monday.");
        String raw = "{\"id\":\"a1\",\"text\":\"Russian jets struck Jisr al-Shughur on Monday.\"}";
        store.putArticle(a, raw);
        store.putArticle(a, raw);
        String hash = sha256(raw);
        Article back = store.article("a1").orElseThrow();
        assertEquals(hash, back.contentHash(), "without a hash on the article, the SHA-256 of the raw record is used");
        assertEquals(a.text(), back.text());
        assertEquals(a.published(), back.published());
        assertEquals(a.withId("a1"), new Article(back.id(), back.title(), back.text(), back.published(), back.source(),
                back.url(), null, back.origin()));
        assertTrue(store.hasContentHash(hash));
        assertFalse(store.hasContentHash(sha256("something else")));
        assertEquals(raw, store.rawInput(hash).orElseThrow());
        StoreStats s = store.stats();
        assertEquals(1, s.articles());
        assertEquals(1, s.rawInputs());
        assertTrue(store.article("missing").isEmpty());
    }

    @Test
    void changedArticleReplacesTheOldVersionButKeepsItsRawInput() {
        store.putArticle(new Article("a1", "t", "first text", null, null, null, "h1", "f:1"), "raw one");
        store.putArticle(new Article("a1", "t", "second text", null, null, null, "h2", "f:1"), "raw two");
        assertEquals("second text", store.article("a1").orElseThrow().text());
        assertEquals("h2", store.article("a1").orElseThrow().contentHash());
        assertTrue(store.hasContentHash("h1"));
        assertTrue(store.hasContentHash("h2"));
        assertEquals(1, store.stats().articles());
        assertEquals(2, store.stats().rawInputs());
        // the old text must no longer be searchable
        store.putEvents("a1", List.of(event("e1").doc("a1").notes("x").build()));
        assertEquals(0, store.countEvents(EventQuery.all().withText("first")));
        assertEquals(1, store.countEvents(EventQuery.all().withText("second")));
    }

    @Test
    void listsArticlesById() {
        for (String id : List.of("c", "a", "b")) store.putArticle(TestEvents.article(id, null, "text " + id), null);
        assertEquals(List.of("a", "b", "c"), store.articles(10, 0).stream().map(Article::id).toList());
        assertEquals(List.of("b"), store.articles(1, 1).stream().map(Article::id).toList());
    }

    // ---- putting events -----------------------------------------------------------------------------------

    @Test
    void reputtingTheSameEventsGivesNoDuplicatesAndReadsBackExactly() {
        List<Event> events = List.of(
                event("e1").claim("Syrian Observatory for Human Rights", Stance.ASSERTS, null).build(),
                event("e2").type(SubEventType.ARMED_CLASH).fatalities(3).build());
        store.putEvents("doc-1", events);
        store.putEvents("doc-1", events);
        assertEquals(2, store.countEvents(EventQuery.all()));
        assertEquals(events.get(0), store.event("e1").orElseThrow(), "the full event, provenance included, reads back");
        assertEquals(events.get(1), store.event("e2").orElseThrow());
        assertTrue(store.event("nope").isEmpty());
    }

    @Test
    void reRunReplacesTheEventsOfThatDocumentOnly() {
        store.putEvents("doc-1", List.of(event("a").build(), event("b").build(), event("c").build()));
        store.putEvents("doc-2", List.of(event("x").doc("doc-2").build()));
        store.putEvents("doc-1", List.of(event("a").notes("revised").build(), event("d").build()));
        assertEquals(Set.of("a", "d", "x"), ids(store.events(EventQuery.all())));
        assertEquals("revised", store.event("a").orElseThrow().notes());
        assertEquals(0, store.countEvents(EventQuery.all().withText("revised").withDocId("doc-2")));
        assertEquals(1, store.countEvents(EventQuery.all().withText("revised")));
        store.putEvents("doc-1", List.of());
        assertEquals(Set.of("x"), ids(store.events(EventQuery.all())));
    }

    @Test
    void anEventIdStaysUniqueWhenAnotherDocumentReportsIt() {
        store.putEvents("doc-1", List.of(event("shared").build()));
        store.putEvents("doc-2", List.of(event("shared").doc("doc-2").notes("second report").build()));
        assertEquals(1, store.countEvents(EventQuery.all()));
        assertEquals("doc-2", store.event("shared").orElseThrow().docId());
        assertEquals(List.of("shared"), idsOf(EventQuery.all().withDocId("doc-2")));
        assertEquals(List.of(), idsOf(EventQuery.all().withDocId("doc-1")));
        assertEquals(0, store.countEvents(EventQuery.all().withText("strikes hit")), "the replaced event's text is gone");
    }

    @Test
    void bulkPutReplacesEachDocumentLikeSinglePuts() {
        store.putEvents("d1", List.of(event("old").doc("d1").build()));
        Map<String, List<Event>> bulk = new java.util.LinkedHashMap<>();
        bulk.put("d1", List.of(event("a").doc("d1").build()));
        bulk.put("d2", List.of(event("b").doc("d2").build(), event("c").doc("d2").build()));
        store.putEvents(bulk);
        store.putEvents(bulk);
        assertEquals(Set.of("a", "b", "c"), ids(store.events(EventQuery.all())));
        assertEquals(Set.of("b", "c"), ids(store.events(EventQuery.all().withDocId("d2"))));
    }

    @Test
    void eventsWithoutIdAreRefusedWithAMessage() {
        var ex = assertThrows(IllegalArgumentException.class, () -> store.putEvents("doc-9", List.of(event(null).build())));
        assertTrue(ex.getMessage().contains("doc-9"), ex.getMessage());
        assertEquals(0, store.countEvents(EventQuery.all()));
    }

    // ---- filters ------------------------------------------------------------------------------------------

    @Test
    void filtersByDateRangeInclusive() {
        store.putEvents("d", List.of(event("e10").date("2015-10-10").build(), event("e11").date("2015-10-11").build(),
                event("e12").date("2015-10-12").build(), event("nodate").date(null).build()));
        assertEquals(Set.of("e11", "e12"), ids(store.events(EventQuery.all().withDates(LocalDate.of(2015, 10, 11), null))));
        assertEquals(Set.of("e10", "e11"), ids(store.events(EventQuery.all().withDates(null, LocalDate.of(2015, 10, 11)))));
        assertEquals(Set.of("e11"), ids(store.events(EventQuery.all().withDates(LocalDate.of(2015, 10, 11), LocalDate.of(2015, 10, 11)))));
    }

    @Test
    void filtersByBoundingBoxIncludingAcrossTheAntimeridian() {
        store.putEvents("d", List.of(event("idlib").at(35.93, 36.63).build(), event("aleppo").at(36.20, 37.16).build(),
                event("fiji").at(-17.7, 178.0).build(), event("samoa").at(-13.8, -172.1).build(),
                event("nowhere").at(null, null).build()));
        assertEquals(Set.of("idlib"), ids(store.events(EventQuery.all().withBbox(new BoundingBox(36.0, 35.0, 37.0, 36.0)))));
        assertEquals(Set.of("idlib", "aleppo"), ids(store.events(EventQuery.all().withBbox(BoundingBox.parse("35,35,38,37")))));
        assertEquals(Set.of("fiji", "samoa"), ids(store.events(EventQuery.all().withBbox(new BoundingBox(170, -20, -170, -10)))));
    }

    @Test
    void filtersByCountryNameOrIso3AndAdmin1CaseInsensitive() {
        store.putEvents("d", List.of(event("sy").build(), event("iq").country("Iraq", "IRQ").admin1("Nineveh").build()));
        assertEquals(List.of("iq"), idsOf(EventQuery.all().withCountry("iraq")));
        assertEquals(List.of("iq"), idsOf(EventQuery.all().withCountry("irq")));
        assertEquals(List.of("sy"), idsOf(EventQuery.all().withCountry("Syria").withAdmin1("IDLIB")));
        assertEquals(List.of(), idsOf(EventQuery.all().withCountry("Syria").withAdmin1("Nineveh")));
    }

    @Test
    void filtersByTypeAndSubType() {
        store.putEvents("d", List.of(event("air").build(),
                event("shell").type(SubEventType.SHELLING_ARTILLERY_MISSILE).build(),
                event("clash").type(SubEventType.ARMED_CLASH).build()));
        assertEquals(Set.of("air", "shell"), ids(store.events(EventQuery.all().withEventType(EventType.EXPLOSIONS_REMOTE_VIOLENCE))));
        assertEquals(List.of("shell"), idsOf(EventQuery.all().withSubEventType(SubEventType.SHELLING_ARTILLERY_MISSILE)));
        assertEquals(List.of("clash"), idsOf(EventQuery.all().withEventType(EventType.BATTLES)));
    }

    @Test
    void filtersByActorOnEitherSide() {
        store.putEvents("d", List.of(event("r").build(),
                event("isis").actor1("Islamic State", 2).actor2("Military Forces of Syria", 1).build(),
                event("army").actor1("Military Forces of Syria", 1).actor2(null, 0).build()));
        assertEquals(Set.of("isis", "army"), ids(store.events(EventQuery.all().withActor("military forces of syria"))));
        assertEquals(List.of("r"), idsOf(EventQuery.all().withActor("Military Forces of Russia")));
    }

    @Test
    void filtersBySourceSubstringTreatingWildcardsLiterally() {
        store.putEvents("d", List.of(event("sohr").source("AFP; Syrian Observatory for Human Rights").build(),
                event("pct").source("100% Radio").build(), event("none").source(null).build()));
        assertEquals(List.of("sohr"), idsOf(EventQuery.all().withSource("observatory")));
        assertEquals(List.of("pct"), idsOf(EventQuery.all().withSource("100%")));
        assertEquals(List.of(), idsOf(EventQuery.all().withSource("_")));
    }

    @Test
    void filtersByDisputedAndDocument() {
        store.putEvents("d1", List.of(event("plain").doc("d1").build(), event("contested").doc("d1").disputed(true)
                .claim("Military Forces of Russia", Stance.DISPUTES, "target: Islamic State").build()));
        store.putEvents("d2", List.of(event("other").doc("d2").build()));
        assertEquals(List.of("contested"), idsOf(EventQuery.all().withDisputed(true)));
        assertEquals(Set.of("plain", "other"), ids(store.events(EventQuery.all().withDisputed(false))));
        assertEquals(List.of("other"), idsOf(EventQuery.all().withDocId("d2")));
    }

    @Test
    void filtersCombineWithAnd() {
        store.putEvents("d", List.of(event("match").fatalities(4).build(),
                event("wrongType").type(SubEventType.ARMED_CLASH).build(),
                event("wrongDate").date("2016-01-01").build()));
        EventQuery q = EventQuery.all().withCountry("SYR").withEventType(EventType.EXPLOSIONS_REMOTE_VIOLENCE)
                .withDates(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)).withActor("Military Forces of Russia");
        assertEquals(List.of("match"), idsOf(q));
        assertEquals(1, store.countEvents(q));
    }

    // ---- full text ----------------------------------------------------------------------------------------

    @Test
    void fullTextSearchesNotesEvidenceAndArticleText() {
        store.putArticle(TestEvents.article("art", "Chlorine attack reported", "Witnesses described a yellow cloud over Sarmin."), null);
        store.putEvents("art", List.of(event("n").doc("art").notes("Barrel bombs fell on the market.").build()));
        store.putEvents("other", List.of(event("ev").doc("other").notes("x").evidence("helicopters dropped barrels").build(),
                event("plain").doc("other").notes("Shelling of Kafr Nabudah.").build()));
        assertEquals(List.of("n"), idsOf(EventQuery.all().withText("market")), "notes");
        assertEquals(List.of("ev"), idsOf(EventQuery.all().withText("helicopters")), "evidence");
        assertEquals(List.of("n"), idsOf(EventQuery.all().withText("yellow cloud")), "article text");
        assertEquals(List.of("n"), idsOf(EventQuery.all().withText("chlorine")), "article title");
        assertEquals(Set.of("n", "ev"), ids(store.events(EventQuery.all().withText("barrel*"))), "prefix");
        assertEquals(List.of("n"), idsOf(EventQuery.all().withText("\"barrel bombs\"")), "phrase");
        assertEquals(List.of(), idsOf(EventQuery.all().withText("\"bombs barrel\"")), "phrase order matters");
        assertEquals(List.of("plain"), idsOf(EventQuery.all().withText("kafr nabudah")), "all words, any case");
        assertEquals(List.of(), idsOf(EventQuery.all().withText("kafr market")));
        assertEquals(1, store.countEvents(EventQuery.all().withText("MARKET")));
    }

    @Test
    void fullTextQueriesNeverFailOnSearchSyntax() {
        store.putEvents("d", List.of(event("e").notes("Clashes near the NEAR gate: AND/OR checkpoint.").build()));
        for (String q : List.of("NEAR(", "AND", "OR gate", "notes:gate", "\"unbalanced", "gate*", "-gate", "^gate", "(gate)")) {
            store.countEvents(EventQuery.all().withText(q)); // must not throw a syntax error
        }
        assertEquals(1, store.countEvents(EventQuery.all().withText("(gate)")));
        assertEquals(1, store.countEvents(EventQuery.all().withText("NEAR(")));
        assertEquals(0, store.countEvents(EventQuery.all().withText("notes:gate")), "':' is no column filter: 'notes' must occur");
        var ex = assertThrows(IllegalArgumentException.class, () -> store.countEvents(EventQuery.all().withText("?!")));
        assertTrue(ex.getMessage().contains("no words"), ex.getMessage());
    }

    @Test
    void unicodeTextIsStoredAndSearchable() {
        Event arabic = event("ar").location("معرة النعمان").admin1("إدلب")
                .notes("قصف جوي على معرة النعمان 💥 — café").build();
        store.putEvents("d", List.of(arabic));
        assertEquals(arabic, store.event("ar").orElseThrow());
        assertEquals(List.of("ar"), idsOf(EventQuery.all().withText("النعمان")));
        assertEquals(List.of("ar"), idsOf(EventQuery.all().withText("cafe")), "diacritics are folded");
        assertEquals(List.of("ar"), idsOf(EventQuery.all().withAdmin1("إدلب")));
        assertEquals(Map.of("إدلب", 1L), store.countByAdmin1(EventQuery.all()));
    }

    // ---- order, pages, counts ---------------------------------------------------------------------------

    @Test
    void ordersAndPagesStably() {
        store.putEvents("d", List.of(event("b").date("2015-10-11").fatalities(1).build(),
                event("a").date("2015-10-11").fatalities(9).build(), event("c").date("2015-10-13").build(),
                event("z").date(null).fatalities(5).build()));
        assertEquals(List.of("c", "b", "a", "z"), idsOf(EventQuery.all()), "newest first, ties by id descending, undated last");
        assertEquals(List.of("a", "b", "c", "z"), idsOf(EventQuery.all().withOrder(EventQuery.Order.DATE_ASC)));
        assertEquals(List.of("a", "z", "b", "c"), idsOf(EventQuery.all().withOrder(EventQuery.Order.FATALITIES_DESC)));
        assertEquals(List.of("b", "a"), idsOf(EventQuery.all().withLimit(2).withOffset(1)));
        assertEquals(List.of(), idsOf(EventQuery.all().withOffset(10)));
        assertEquals(4, store.countEvents(EventQuery.all().withLimit(1)), "counts ignore limit");
        List<String> streamed = new ArrayList<>();
        store.forEachEvent(EventQuery.all().withLimit(3), e -> streamed.add(e.eventId()));
        assertEquals(List.of("c", "b", "a"), streamed);
        List<Event> fromJson = new ArrayList<>();
        store.forEachEventJson(EventQuery.all(), json -> fromJson.add(org.sitrep.export.EventJson.fromJson(json)));
        assertEquals(store.events(EventQuery.all()), fromJson, "the JSON stream carries the same events in the same order");
    }

    @Test
    void countsByTypeAdmin1ActorAndDay() {
        store.putEvents("d", List.of(
                event("1").date("2015-10-11").build(),
                event("2").date("2015-10-11").admin1("Hama").build(),
                event("3").date("2015-10-12").type(SubEventType.ARMED_CLASH).actor1("Islamic State", 2)
                        .actor2("Military Forces of Syria", 1).admin1("Hama").build(),
                event("4").date("2015-10-12").type(SubEventType.PEACEFUL_PROTEST).actor1("Protesters (Syria)", 6)
                        .actor2(null, 0).admin1(null).build(),
                event("5").date(null).build()));
        Map<String, Long> byType = store.countByEventType(EventQuery.all());
        assertEquals(Map.of("Explosions/Remote violence", 3L, "Battles", 1L, "Protests", 1L), byType);
        assertEquals("Explosions/Remote violence", byType.keySet().iterator().next(), "most frequent first");
        Map<String, Long> byAdmin1 = store.countByAdmin1(EventQuery.all());
        assertEquals(Map.of("Idlib", 2L, "Hama", 2L), byAdmin1, "events without admin1 are not counted");
        assertEquals(List.of("Hama", "Idlib"), new ArrayList<>(byAdmin1.keySet()), "ties by name");
        assertEquals(Map.of("Military Forces of Russia", 3L, "Civilians (Syria)", 3L, "Islamic State", 1L,
                "Military Forces of Syria", 1L, "Protesters (Syria)", 1L), store.countByActor(EventQuery.all()));
        assertEquals(List.of(
                new DayTypeCount(LocalDate.of(2015, 10, 11), "Explosions/Remote violence", 2),
                new DayTypeCount(LocalDate.of(2015, 10, 12), "Battles", 1),
                new DayTypeCount(LocalDate.of(2015, 10, 12), "Protests", 1)), store.countByDayAndType(EventQuery.all()));
        assertEquals(Map.of("Battles", 1L), store.countByEventType(EventQuery.all().withAdmin1("Hama").withActor("Islamic State")));
        assertEquals(5, store.countEvents(EventQuery.all()));
    }

    @Test
    void deadliestHonoursTheQueryAndN() {
        store.putEvents("d", List.of(event("low").fatalities(1).build(), event("high").fatalities(40).build(),
                event("mid").fatalities(12).build(), event("iraq").country("Iraq", "IRQ").fatalities(100).build()));
        assertEquals(List.of("high", "mid"), store.deadliest(2, EventQuery.all().withCountry("Syria"))
                .stream().map(Event::eventId).toList());
        assertEquals(List.of("iraq", "high", "mid", "low"), store.deadliest(10, EventQuery.all().withLimit(1).withOffset(3))
                .stream().map(Event::eventId).toList(), "n replaces the query's own limit and offset");
        assertEquals(List.of(), store.deadliest(0, EventQuery.all()));
    }

    // ---- failures, stats, threads -------------------------------------------------------------------------

    @Test
    void failuresAreQuarantinedOnceEachInOrder() {
        Failure f1 = new Failure("in/a.jsonl:12", "ingest.jsonl", "line is not JSON: unexpected character");
        Failure f2 = new Failure("doc-7", "extract.events", "sentence splitter failed: index out of range");
        store.recordFailure(f1);
        store.recordFailure(f2);
        store.recordFailure(f1);
        assertEquals(List.of(f1, f2), store.failures());
        assertEquals(2, store.stats().failures());
    }

    @Test
    void statsDescribeTheStore() {
        StoreStats empty = store.stats();
        assertEquals(0, empty.events());
        assertTrue(empty.firstEventDate().isEmpty());
        assertTrue(empty.schemaVersion() >= 1);
        store.putEvents("d", List.of(event("a").date("2015-09-30").build(), event("b").date("2015-10-12").build(),
                event("c").date(null).build()));
        StoreStats s = store.stats();
        assertEquals(3, s.events());
        assertEquals(LocalDate.of(2015, 9, 30), s.firstEventDate().orElseThrow());
        assertEquals(LocalDate.of(2015, 10, 12), s.lastEventDate().orElseThrow());
    }

    @Test
    void concurrentWritersAndReadersLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 40; t++) {
                int doc = t;
                futures.add(pool.submit(() -> {
                    List<Event> evs = IntStream.range(0, 10)
                            .mapToObj(i -> event("d" + doc + "-e" + i).doc("d" + doc).fatalities(i).build()).toList();
                    store.putArticle(TestEvents.article("d" + doc, null, "article " + doc), null);
                    store.putEvents("d" + doc, evs);
                    store.putEvents("d" + doc, evs);
                    store.recordFailure(new Failure("d" + doc, "test", "flaky"));
                    return store.countEvents(EventQuery.all());
                }));
                futures.add(pool.submit(() -> store.events(EventQuery.all().withLimit(20))));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        assertEquals(400, store.countEvents(EventQuery.all()));
        assertEquals(40, store.stats().articles());
        assertEquals(40, store.failures().size());
    }

    @Test
    void aClosedStoreSaysSo() {
        store.close();
        store.close();
        var ex = assertThrows(StoreException.class, () -> store.countEvents(EventQuery.all()));
        assertTrue(ex.getMessage().contains("closed"), ex.getMessage());
        store = newStore(); // for closeStore()
    }
}
