package org.sitrep.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;
import org.sitrep.store.EventStore;
import org.sitrep.store.sqlite.SqliteEventStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Article titles and texts are untrusted. Articles carrying script payloads go in through the ingest endpoint,
 * their events carry the payloads in every text field, and the UI is driven over all of it in a real browser:
 * nothing may run, and no element or attribute from the payloads may appear in the page.
 */
class XssIT {
    static final String TOKEN = "xss-test-token-123";
    static final String SCRIPT = "<script>window.__pwned=1;document.title='pwned'</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2;document.title='pwned'\">";
    static final String LINK = "<a href=\"javascript:window.__pwned=3\">click me</a>";
    static final String SVG = "\"><svg onload=\"window.__pwned=4\">";
    static final String IFRAME = "<iframe srcdoc=\"<script>parent.__pwned=5</script>\"></iframe>";

    @TempDir
    static Path dir;
    static EventStore store;
    static SitrepServer server;

    @BeforeAll
    static void start() {
        Browser.assumeInstalled();
        store = SqliteEventStore.open(dir.resolve("xss.db"));
        // stands in for the pipeline: keeps the article and codes one event whose every text field is hostile
        Ingestor hostile = articles -> {
            List<String> ids = new ArrayList<>();
            for (Article a : articles) {
                store.putArticle(a, null);
                String first = a.text().substring(0, a.text().indexOf(" on Monday."));
                int claimStart = a.text().indexOf(LINK);
                Event e = new Event("ev_" + a.id(), a.id(), LocalDate.of(2015, 10, 12), 1, SubEventType.AIR_DRONE_STRIKE,
                        new Actor(LINK, 8, null), SVG, new Actor(IMG, 7, null), SCRIPT, "Syria", "SYR", SCRIPT, IFRAME, IMG,
                        35.9, 36.6, 1, null, 3, SVG, IFRAME + SCRIPT, List.of(new Evidence(a.id(), 0, first.length(), first)),
                        List.of(new Claim(IMG, a.id(), claimStart, claimStart + LINK.length(), Stance.ASSERTS, SVG),
                                new Claim(SCRIPT, a.id(), 0, first.length(), Stance.DENIES, IFRAME)),
                        List.of(a.id()), true, 0.5, Map.of());
                store.putEvents(a.id(), List.of(e));
                ids.add(e.eventId());
            }
            return new IngestReport(articles.size(), ids, List.of());
        };
        server = SitrepServer.start(store, hostile, ServerOptions.defaults().withPort(0).withToken(TOKEN));
        String body = "{\"id\":\"xss-1\",\"title\":" + json(SCRIPT + IMG) + ",\"text\":" + json("Air strikes hit " + IMG
                + " on Monday. " + LINK + " " + SVG + " " + IFRAME + " " + SCRIPT) + ",\"source\":" + json(SVG)
                + ",\"url\":\"javascript:window.__pwned=6\",\"published\":\"2015-10-13\"}";
        var r = new ApiTestSupport(server.uri()).post("/api/articles", "application/json", body, TOKEN);
        assertEquals(201, r.status(), r.body());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    static String json(String s) {
        try {
            return Json.MAPPER.writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Hovers each event marker in turn. The map redraws markers as tooltips open, so a marker found a moment ago
     * can be gone: look the markers up again before each hover and retry a redrawn one.
     */
    static void hoverEveryMarker(Browser b) {
        int n = b.driver.findElements(By.cssSelector("path.ev-marker")).size();
        assertTrue(n > 0, "the map shows event markers");
        for (int i = 0; i < n; i++) {
            for (int attempt = 0; ; attempt++) {
                List<WebElement> markers = b.driver.findElements(By.cssSelector("path.ev-marker"));
                if (i >= markers.size()) return;
                try {
                    new Actions(b.driver).moveToElement(markers.get(i)).perform();
                    break;
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    if (attempt == 3) throw e;
                }
            }
        }
    }

    @Test
    void payloadsInArticlesAndEventsNeverRun() {
        try (Browser b = Browser.open()) {
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            try {
                b.driver.get(server.uri().toString());
                b.waitFor(20).until(d -> "ready".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
                assertClean(b, "list");
                // hover the marker (its tooltip holds hostile text), then open the event from the list
                hoverEveryMarker(b);
                b.driver.findElement(By.cssSelector("#event-list button.event-link")).click();
                b.waitFor(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail mark.evidence")));
                assertClean(b, "detail");
                String articleText = b.driver.findElement(By.cssSelector("#detail .article-text")).getText();
                assertTrue(articleText.contains(SCRIPT) && articleText.contains(IMG) && articleText.contains(IFRAME),
                        "payloads are shown as text: " + articleText);
                assertEquals("Air strikes hit " + IMG, b.driver.findElement(By.cssSelector("#detail mark.evidence")).getText());
                assertTrue(b.driver.findElement(By.cssSelector("#detail h4")).getText().contains(SCRIPT), "title as text");
                WebElement original = b.driver.findElement(By.xpath("//section[@class='article']//a[text()='original']"));
                assertNull(original.getDomAttribute("href"), "a javascript: URL never becomes a link");
                original.click();
                // the dropdowns were filled from hostile actor and admin1 names: pick them
                b.driver.findElement(By.id("f-actor")).click();
                b.driver.findElement(By.id("f-admin1")).click();
                b.driver.navigate().to(server.uri() + "#q=" + java.net.URLEncoder.encode(SCRIPT, java.nio.charset.StandardCharsets.UTF_8)
                        + "&source=" + java.net.URLEncoder.encode(IMG, java.nio.charset.StandardCharsets.UTF_8));
                b.waitFor(20).until(d -> "ready".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
                assertClean(b, "hostile permalink");
                assertEquals(IMG, js.executeScript("return document.getElementById('f-source').value"));
            } finally {
                b.screenshot("XssIT-payloadsInArticlesAndEventsNeverRun");
            }
        }
    }

    private static void assertClean(Browser b, String where) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        assertNull(js.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"), where + ": a payload ran");
        assertEquals("sitrep", b.driver.getTitle(), where + ": the title was changed");
        assertEquals(3L, js.executeScript("return document.scripts.length"), where + ": only the UI's own scripts");
        assertEquals(0L, js.executeScript("return document.querySelectorAll("
                + "'img, iframe, [onerror], [onload], [srcdoc], a[href^=\"javascript:\" i], svg[onload]').length"),
                where + ": no element or handler from the payloads");
    }
}
