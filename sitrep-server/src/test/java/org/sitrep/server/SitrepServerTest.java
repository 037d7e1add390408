package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;
import org.sitrep.store.EventStore;
import org.sitrep.store.TestEvents;
import org.sitrep.store.sqlite.SqliteEventStore;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API on a random loopback port over a SQLite store of test events. */
class SitrepServerTest {
    static final String TOKEN = "test-token-0123456789";
    static final int FILLERS = 30;

    @TempDir
    static Path dir;
    static EventStore store;
    static SitrepServer server;
    static ApiTestSupport api;
    static final List<List<Article>> ingested = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        store = SqliteEventStore.open(dir.resolve("test.db"));
        store.putArticle(TestEvents.article("doc-1", "Air strikes on Jisr al-Shughur",
                "Air strikes hit the town of Jisr al-Shughur on Monday, killing five civilians, the Observatory said. "
                        + "Moscow denied any strikes in the area."), null);
        store.putArticle(TestEvents.article("doc-2", "Clashes near Hama", "Government forces clashed with rebels near Hama."), null);
        store.putEvents("doc-1", List.of(TestEvents.event("ev_strike").doc("doc-1").fatalities(5)
                .source("Syrian Observatory for Human Rights").evidence("Air strikes hit the town")
                .claim("Syrian Observatory for Human Rights", Stance.ASSERTS, null)
                .claim("Military Forces of Russia", Stance.DENIES, "no strikes in the area")
                .disputed(true).build()));
        List<Event> doc2 = new ArrayList<>();
        doc2.add(TestEvents.event("ev_clash").doc("doc-2").date("2015-10-10").type(SubEventType.ARMED_CLASH)
                .actor1("Military Forces of Syria", 1).actor2("Rebel groups (Syria)", 2).admin1("Hama").location("Hama")
                .at(35.13, 36.75).fatalities(12).notes("Government forces clashed with rebels near Hama.").build());
        doc2.add(TestEvents.event("ev_protest").doc("doc-2").date("2015-09-30").type(SubEventType.PEACEFUL_PROTEST)
                .actor1("Protesters (Syria)", 6).actor2(null, 0).admin1("Damascus").location("Damascus").at(null, null)
                .notes("A protest in Damascus.").build());
        store.putEvents("doc-2", doc2);
        List<Event> fill = new ArrayList<>();
        for (int i = 0; i < FILLERS; i++) {
            fill.add(TestEvents.event(String.format("ev_fill%02d", i)).doc("doc-3").date("2015-08-" + String.format("%02d", 1 + i % 28))
                    .type(SubEventType.SHELLING_ARTILLERY_MISSILE).admin1("Aleppo").location("Aleppo").at(36.2, 37.16)
                    .notes("Shelling in Aleppo number " + i).build());
        }
        store.putEvents("doc-3", fill);
        Ingestor ingestor = articles -> {
            ingested.add(articles);
            return new IngestReport(articles.size(), articles.stream().map(a -> "ev_" + a.id()).toList(),
                    List.of(new Failure("api:test", "extract.events", "nothing to extract")));
        };
        server = SitrepServer.start(store, ingestor, ServerOptions.defaults().withPort(0).withToken(TOKEN).withMaxBodyBytes(64 * 1024));
        api = new ApiTestSupport(server.uri());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(e -> ids.add(e.get("event_id").asText()));
        return ids;
    }

    @Test
    void listsEventsNewestFirstWithTotal() {
        var r = api.get("/api/events?limit=3");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/json"));
        JsonNode page = r.json();
        assertEquals(3 + FILLERS, page.get("total").asInt());
        assertEquals(List.of("ev_strike", "ev_clash", "ev_protest"), ids(page));
        assertEquals("Air/drone strike", page.get("items").get(0).get("sub_event_type").asText());
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("ev_clash"), ids(api.get("/api/events?event_type=Battles").json()));
        assertEquals(List.of("ev_clash"), ids(api.get("/api/events?event_type=battles&admin1=hama").json()));
        assertEquals(List.of("ev_strike"), ids(api.get("/api/events?disputed=true").json()));
        assertEquals(List.of("ev_strike"), ids(api.get("/api/events?sub_event_type=Air%2Fdrone%20strike").json()));
        assertEquals(List.of("ev_strike"), ids(api.get("/api/events?source=observatory").json()));
        assertEquals(List.of("ev_clash"), ids(api.get("/api/events?actor=Rebel%20groups%20(Syria)").json()));
        assertEquals(List.of("ev_protest"), ids(api.get("/api/events?q=protest").json()));
        // full text covers the article too: both events of doc-2 match its words
        assertEquals(List.of("ev_clash", "ev_protest"), ids(api.get("/api/events?q=clashed%20rebels").json()));
        assertEquals(List.of("ev_strike", "ev_clash", "ev_protest"), ids(api.get("/api/events?from=2015-09-01").json()));
        assertEquals(List.of("ev_protest"), ids(api.get("/api/events?from=2015-09-01&to=2015-09-30").json()));
        // Hama and Idlib lie in this box, Aleppo (37.16 E) and the unlocated protest do not
        assertEquals(List.of("ev_strike", "ev_clash"), ids(api.get("/api/events?bbox=36.0,34.5,37.0,36.0").json()));
        assertEquals(FILLERS, api.get("/api/events?country=SYR&admin1=Aleppo&limit=0").json().get("total").asInt());
        assertEquals(0, api.get("/api/events?country=Iraq").json().get("total").asInt());
    }

    @Test
    void pagesAreStableAndDisjoint() {
        Set<String> seen = new HashSet<>();
        int pages = 0;
        for (int offset = 0; ; offset += 7) {
            JsonNode page = api.get("/api/events?order=date_asc&limit=7&offset=" + offset).json();
            assertEquals(3 + FILLERS, page.get("total").asInt());
            List<String> ids = ids(page);
            if (ids.isEmpty()) break;
            for (String id : ids) assertTrue(seen.add(id), "event " + id + " appears on two pages");
            pages++;
        }
        assertEquals(3 + FILLERS, seen.size());
        assertEquals(5, pages);
        assertEquals(List.of("ev_clash", "ev_strike"), ids(api.get("/api/events?order=fatalities_desc&limit=2").json()));
    }

    @Test
    void invalidParametersAre400WithPerFieldMessages() {
        var r = api.get("/api/events?limit=-1&from=yesterday&event_type=War&colour=red&bbox=1,2,3");
        assertEquals(400, r.status());
        JsonNode fields = r.json().get("fields");
        for (String f : List.of("limit", "from", "event_type", "colour", "bbox")) assertNotNull(fields.get(f), f + " in " + r.body());
        assertTrue(r.json().get("error").asText().startsWith("invalid request"));
        assertTrue(fields.get("event_type").asText().contains("Explosions/Remote violence"), "lists the valid types");

        var range = api.get("/api/events?from=2015-10-12&to=2015-10-01");
        assertEquals(400, range.status());
        assertTrue(range.json().get("fields").get("to").asText().contains("before from"));
        assertEquals(400, api.get("/api/events?limit=20000").status());
        assertEquals(400, api.get("/api/events?limit=ten").status());
        assertEquals(400, api.get("/api/events?disputed=maybe").status());
        assertEquals(400, api.get("/api/events?order=random").status());
        assertEquals(400, api.get("/api/events?event_type=Battles&sub_event_type=Air%2Fdrone%20strike").status());
        assertEquals(400, api.get("/api/events?limit=1&limit=2").status());
    }

    @Test
    void missingThingsAre404Json() {
        for (String path : List.of("/api/events/ev_nope", "/api/articles/nope", "/api/nothing-here", "/no-such-file.js")) {
            var r = api.get(path);
            assertEquals(404, r.status(), path);
            assertTrue(r.header("Content-Type").startsWith("application/json"), path);
            assertFalse(r.json().get("error").asText().isBlank(), path);
            assertEquals(SecurityHeaders.CSP, r.header("Content-Security-Policy"), path);
        }
    }

    @Test
    void eventDetailCarriesEvidenceClaimsArticlesAndTheDispute() {
        JsonNode d = api.get("/api/events/ev_strike").json();
        JsonNode ev = d.get("event");
        assertEquals("ev_strike", ev.get("event_id").asText());
        assertEquals("Air strikes hit the town", ev.get("evidence").get(0).get("text").asText());
        assertEquals(2, ev.get("claims").size());
        assertEquals("doc-1", d.get("articles").get(0).get("id").asText());
        assertTrue(d.get("articles").get(0).get("text").asText().startsWith("Air strikes hit the town"));
        String dispute = d.get("dispute").asText();
        assertTrue(dispute.contains("Syrian Observatory for Human Rights reports it"), dispute);
        assertTrue(dispute.contains("Military Forces of Russia (no strikes in the area) denies it happened"), dispute);
        assertTrue(api.get("/api/events/ev_clash").json().get("dispute").isNull());
    }

    @Test
    void articlesListAndDetail() {
        JsonNode page = api.get("/api/articles?limit=1").json();
        assertEquals(2, page.get("total").asInt());
        assertEquals(1, page.get("items").size());
        assertNull(page.get("items").get(0).get("text"), "lists carry no texts");
        JsonNode a = api.get("/api/articles/doc-2").json();
        assertEquals("Clashes near Hama", a.get("title").asText());
        assertEquals("The Test Gazette", a.get("source").asText());
        assertEquals("2015-10-13", a.get("published").asText());
        assertEquals("Government forces clashed with rebels near Hama.", a.get("text").asText());
        assertEquals(List.of("ev_protest", "ev_clash"), List.of(a.get("event_ids").get(0).asText(), a.get("event_ids").get(1).asText()));
    }

    @Test
    void actorsClaimsAndStats() {
        JsonNode actors = api.get("/api/actors?event_type=Battles").json();
        assertEquals(2, actors.get("total").asInt());
        assertEquals(1, actors.get("items").get(0).get("events").asInt());

        JsonNode claims = api.get("/api/claims?stance=denies").json();
        assertEquals(1, claims.get("total").asInt());
        JsonNode c = claims.get("items").get(0);
        assertEquals("Military Forces of Russia", c.get("by").asText());
        assertEquals("ev_strike", c.get("event_id").asText());
        String docText = store.article("doc-1").orElseThrow().text();
        assertEquals(docText.substring(10, 40), c.get("text").asText(), "the claim's span of the article");
        assertEquals(2, api.get("/api/claims").json().get("total").asInt());
        JsonNode second = api.get("/api/claims?limit=1&offset=1").json();
        assertEquals(2, second.get("total").asInt(), "the total counts every matching claim, not the page");
        assertEquals(1, second.get("items").size());
        assertEquals(0, api.get("/api/claims?offset=5").json().get("items").size());
        assertEquals(1, api.get("/api/claims?by=observatory").json().get("total").asInt());

        JsonNode stats = api.get("/api/stats").json();
        assertEquals(3 + FILLERS, stats.get("total").asInt());
        assertEquals(FILLERS, stats.get("by_admin1").get("Aleppo").asInt());
        assertEquals(1, stats.get("by_type").get("Battles").asInt());
        assertTrue(stats.get("by_day_type").size() >= 28);
        assertEquals(2, stats.get("store").get("articles").asInt());
        assertEquals(1, api.get("/api/stats?admin1=Hama").json().get("total").asInt());
        assertEquals(400, api.get("/api/stats?limit=3").status(), "stats take filters only");
    }

    @Test
    void exportsStreamEveryFormatWithFilters() {
        var jsonl = api.get("/api/export.jsonl?admin1=Aleppo");
        assertEquals(200, jsonl.status());
        assertTrue(jsonl.header("Content-Type").startsWith("application/x-ndjson"));
        assertEquals(FILLERS, jsonl.body().lines().count());
        assertTrue(jsonl.header("Content-Disposition").contains("sitrep-events.jsonl"));
        assertNull(jsonl.header("Content-Length"), "exports are streamed, not buffered");

        var csv = api.get("/api/export.csv?event_type=Battles");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertEquals(2, csv.body().lines().count(), "header and one row");
        assertTrue(csv.body().lines().toList().get(1).contains("ev_clash"));

        var geo = api.get("/api/export.geojson");
        assertEquals(200, geo.status());
        JsonNode fc = geo.json();
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(3 + FILLERS, fc.get("features").size());

        assertEquals(400, api.get("/api/export.csv?from=never").status(), "bad filters fail before streaming starts");
    }

    @Test
    void securityHeadersOnUiAndApi() {
        for (String path : List.of("/", "/app.js", "/api/events?limit=1", "/openapi.json")) {
            var r = api.get(path);
            assertEquals(200, r.status(), path);
            assertEquals(SecurityHeaders.CSP, r.header("Content-Security-Policy"), path);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            assertEquals("DENY", r.header("X-Frame-Options"), path);
        }
        assertTrue(SecurityHeaders.CSP.contains("script-src 'self'"));
        assertFalse(SecurityHeaders.CSP.contains("unsafe-inline"));
    }

    @Test
    void ingestNeedsTheToken() {
        String body = "{\"id\":\"a1\",\"text\":\"Shelling hit Aleppo.\"}";
        var none = api.post("/api/articles", "application/json", body, null);
        assertEquals(401, none.status());
        assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"));
        assertTrue(none.json().get("error").asText().contains("Authorization: Bearer"));
        assertEquals(401, api.post("/api/articles", "application/json", body, "wrong-token-xyz").status());
        int before = ingested.size();
        var ok = api.post("/api/articles", "application/json", body, TOKEN);
        assertEquals(201, ok.status(), ok.body());
        assertEquals(before + 1, ingested.size());
        assertEquals(1, ok.json().get("articles").asInt());
        assertEquals("ev_a1", ok.json().get("event_ids").get(0).asText());
        assertEquals("nothing to extract", ok.json().get("failures").get(0).get("reason").asText());
    }

    @Test
    void ingestAcceptsArraysAndJsonLines() {
        var arr = api.post("/api/articles", "application/json",
                "[{\"id\":\"b1\",\"text\":\"x\",\"published\":\"2015-10-12T08:00:00Z\"},{\"id\":2,\"text\":\"y\",\"title\":\"T\"}]", TOKEN);
        assertEquals(201, arr.status(), arr.body());
        List<Article> last = ingested.getLast();
        assertEquals(List.of("b1", "2"), last.stream().map(Article::id).toList());
        assertEquals("2015-10-12", last.getFirst().published().toString());
        var lines = api.post("/api/articles", "application/x-ndjson", "{\"id\":\"c1\",\"text\":\"x\"}\n\n{\"id\":\"c2\",\"text\":\"y\"}\n", TOKEN);
        assertEquals(201, lines.status(), lines.body());
        assertEquals(2, ingested.getLast().size());
    }

    @Test
    void badIngestBodiesAreRefusedWithReasons() {
        var invalid = api.post("/api/articles", "application/json", "[{\"id\":\"d1\"},{\"text\":\"t\",\"published\":\"soon\"},7]", TOKEN);
        assertEquals(400, invalid.status());
        JsonNode f = invalid.json().get("fields");
        assertNotNull(f.get("[0].text"), invalid.body());
        assertNotNull(f.get("[1].id"), invalid.body());
        assertNotNull(f.get("[1].published"), invalid.body());
        assertNotNull(f.get("[2]"), invalid.body());
        assertEquals(400, api.post("/api/articles", "application/json", "{not json", TOKEN).status());
        assertEquals(400, api.post("/api/articles", "application/json", "[{\"id\":\"e\",\"text\":\"a\"},{\"id\":\"e\",\"text\":\"b\"}]", TOKEN).status());
        assertEquals(415, api.post("/api/articles", "text/html", "<p>hi</p>", TOKEN).status());
        var tooLarge = api.post("/api/articles", "application/json", "{\"id\":\"big\",\"text\":\"" + "x".repeat(70 * 1024) + "\"}", TOKEN);
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.json().get("error").asText().contains("larger than"));
    }

    @Test
    void ingestIsForbiddenWithoutAConfiguredToken() {
        try (SitrepServer readOnly = SitrepServer.start(store, Ingestor.unavailable(), ServerOptions.defaults().withPort(0))) {
            var r = new ApiTestSupport(readOnly.uri()).post("/api/articles", "application/json", "{\"id\":\"a\",\"text\":\"b\"}", "whatever-token");
            assertEquals(403, r.status());
            assertTrue(r.json().get("error").asText().contains("SITREP_TOKEN"));
        }
    }

    @Test
    void unexpectedFailuresAre500WithoutStackTraces() {
        EventStore broken = (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[]{EventStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) return null;
                    throw new IllegalStateException("disk /secret/path exploded");
                });
        try (SitrepServer s = SitrepServer.start(broken, Ingestor.unavailable(), ServerOptions.defaults().withPort(0))) {
            var r = new ApiTestSupport(s.uri()).get("/api/events");
            assertEquals(500, r.status());
            assertTrue(r.header("Content-Type").startsWith("application/json"));
            assertFalse(r.body().contains("secret"), r.body());
            assertFalse(r.body().contains("at org."), r.body());
            assertTrue(r.json().get("error").asText().contains("internal error"));
        }
    }

    @Test
    void theSamePortTwiceFailsWithAMessage() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> SitrepServer.start(store, Ingestor.unavailable(), ServerOptions.defaults().withPort(server.port())));
        assertTrue(e.getMessage().contains(String.valueOf(server.port())), e.getMessage());
    }

    @Test
    void openApiDocumentsEveryEndpointAndParameter() {
        var r = api.get("/openapi.json");
        assertEquals(200, r.status());
        JsonNode doc = r.json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        JsonNode paths = doc.get("paths");
        assertEquals(server.endpoints().size(), countOperations(paths), "no undocumented or stale operations");
        for (String endpoint : server.endpoints()) {
            String[] mp = endpoint.split(" ", 2);
            JsonNode op = paths.path(mp[1]).path(mp[0].toLowerCase(java.util.Locale.ROOT));
            assertFalse(op.isMissingNode(), endpoint + " is documented");
        }
        Map<String, List<String>> params = Map.of(
                "/api/events", QueryParams.concat(QueryParams.FILTERS, QueryParams.PAGING),
                "/api/export.csv", QueryParams.concat(QueryParams.FILTERS, QueryParams.PAGING),
                "/api/export.geojson", QueryParams.concat(QueryParams.FILTERS, QueryParams.PAGING),
                "/api/export.jsonl", QueryParams.concat(QueryParams.FILTERS, QueryParams.PAGING),
                "/api/stats", QueryParams.FILTERS,
                "/api/actors", QueryParams.concat(QueryParams.FILTERS, List.of("limit")),
                "/api/claims", QueryParams.concat(QueryParams.FILTERS, List.of("limit", "offset", "order", "by", "stance")),
                "/api/articles", List.of("limit", "offset"));
        params.forEach((path, names) -> {
            Set<String> documented = new HashSet<>();
            paths.get(path).get("get").get("parameters").forEach(p -> documented.add(p.get("name").asText()));
            assertEquals(new HashSet<>(names), documented, path + " parameters");
            // and the server really accepts each documented parameter (an unknown one is a 400)
            for (String name : names) {
                assertEquals(200, api.get(path + "?" + name + "=").status(), path + " accepts " + name);
            }
        });
    }

    private static int countOperations(JsonNode paths) {
        int n = 0;
        for (JsonNode item : paths) n += item.size();
        return n;
    }

    @Test
    void uriIsLoopback() {
        URI u = server.uri();
        assertEquals("127.0.0.1", u.getHost());
        assertEquals(server.port(), u.getPort());
    }
}
