package org.sitrep.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.sqlite.SqliteEventStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web UI in headless chromium over a demo-like store: load, filter, brush, open an event. */
class UiIT {
    static final int EVENTS = 60;

    @TempDir
    static Path dir;
    static EventStore store;
    static SitrepServer server;
    static Map<String, Event> events;
    Browser browser;
    String testName;

    @BeforeAll
    static void start() {
        Browser.assumeInstalled();
        store = SqliteEventStore.open(dir.resolve("ui.db"));
        events = DemoLikeStore.fill(store, EVENTS);
        server = SitrepServer.start(store, Ingestor.unavailable(), ServerOptions.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @BeforeEach
    void openBrowser(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.screenshot("UiIT-" + testName);
            browser.close();
        }
    }

    /** Loads a view and waits until the UI says it is ready (data loaded and drawn). */
    void load(String hash) {
        browser.driver.get(server.uri() + (hash.isEmpty() ? "" : "#" + hash));
        waitReady();
    }

    void waitReady() {
        browser.waitFor(20).until(d -> "ready".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
    }

    int shownTotal() {
        return Integer.parseInt(browser.driver.findElement(By.id("summary")).getDomAttribute("data-total"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    /** Markers plus the events inside cluster badges, read atomically in the page. */
    long mapTotal() {
        Object n = js("let c = document.querySelectorAll('path.ev-marker').length;"
                + "document.querySelectorAll('.cluster-badge').forEach(e => c += parseInt(e.textContent, 10) || 0);"
                + "return c;");
        return ((Number) n).longValue();
    }

    @Test
    void loadsMapTimelineAndList() {
        load("");
        assertEquals(EVENTS, shownTotal());
        var d = browser.driver;
        // the map redraws markers and clusters as its layers settle: read them in one script, and wait for the total
        browser.waitFor(10).until(x -> mapTotal() == EVENTS);
        assertEquals(EVENTS, mapTotal(), "every located event is a marker or inside a cluster");
        assertFalse(d.findElements(By.cssSelector("svg#timeline rect.bar")).isEmpty(), "timeline bars");
        assertFalse(d.findElements(By.cssSelector("path.region[data-count]:not([data-count='0'])")).isEmpty(), "choropleth has counts");
        assertEquals(EVENTS, d.findElements(By.cssSelector("#event-list button.event-link")).size());
        assertTrue(d.findElements(By.cssSelector("img[src^='http'], script[src^='http'], link[href^='http']")).isEmpty(),
                "nothing is loaded from elsewhere");
    }

    @Test
    void filterByTypeNarrowsMapListAndUrl() {
        load("");
        new Select(browser.driver.findElement(By.id("f-event_type"))).selectByVisibleText("Battles");
        browser.waitFor(10).until(ExpectedConditions.urlContains("event_type=Battles"));
        waitReady();
        long battles = events.values().stream().filter(e -> e.eventType() == EventType.BATTLES).count();
        browser.waitFor(10).until(d -> shownTotal() == battles);
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#event-list .row-type"));
        assertEquals(battles, rows.size());
        for (WebElement r : rows) {
            assertTrue(List.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory").contains(r.getText()), r.getText());
        }
        // the view is a permalink: loading the URL afresh shows the same
        String url = browser.driver.getCurrentUrl();
        browser.driver.navigate().refresh();
        waitReady();
        assertEquals(battles, shownTotal());
        assertTrue(url.contains("event_type=Battles"));
        assertEquals("Battles", new Select(browser.driver.findElement(By.id("f-event_type"))).getFirstSelectedOption().getDomAttribute("value"));
    }

    @Test
    void brushingTheTimelineFiltersByDate() {
        load("");
        WebElement svg = browser.driver.findElement(By.id("timeline"));
        int w = svg.getSize().getWidth();
        // drag from 30% to 60% of the chart (offsets are from the element's centre)
        new Actions(browser.driver).moveToElement(svg, (int) (-w * 0.2), 10).clickAndHold()
                .moveByOffset((int) (w * 0.1), 0).moveByOffset((int) (w * 0.2), 0).release().perform();
        browser.waitFor(10).until(ExpectedConditions.urlContains("from="));
        waitReady();
        String hash = (String) js("return location.hash");
        LocalDate from = LocalDate.parse(param(hash, "from"));
        LocalDate to = LocalDate.parse(param(hash, "to"));
        assertTrue(from.isBefore(to), hash);
        long expected = store.countEvents(EventQuery.all().withDates(from, to));
        assertTrue(expected > 0 && expected < EVENTS, "the brush selects some days: " + from + " to " + to);
        browser.waitFor(10).until(d -> shownTotal() == expected);
        assertFalse(browser.driver.findElements(By.cssSelector("svg#timeline rect.bar.dim")).isEmpty(), "bars outside are dimmed");
        assertTrue(browser.driver.findElement(By.id("range-label")).getText().contains(from.toString()));
        // markers on the map follow the brush too
        browser.waitFor(10).until(x -> mapTotal() == expected);
        assertEquals(expected, mapTotal());
    }

    @Test
    void openingADisputedEventShowsHighlightedEvidenceClaimsAndTheDispute() {
        load("disputed=true");
        long disputed = events.values().stream().filter(Event::disputed).count();
        assertEquals(disputed, shownTotal());
        WebElement first = browser.driver.findElement(By.cssSelector("#event-list button.event-link"));
        String id = first.getDomAttribute("data-event-id");
        first.click();
        browser.waitFor(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        waitReady();
        Event e = events.get(id);
        WebElement mark = browser.driver.findElement(By.cssSelector("#detail mark.evidence"));
        assertEquals(e.evidence().getFirst().text(), mark.getText());
        assertTrue(mark.isDisplayed(), "the evidence is scrolled into view");
        assertEquals(2, browser.driver.findElements(By.cssSelector("#detail .claim-card")).size(), "claims side by side");
        String dispute = browser.driver.findElement(By.cssSelector("#detail .dispute")).getText();
        assertTrue(dispute.contains("Sources disagree"), dispute);
        assertTrue(dispute.contains(DemoLikeStore.MOD), dispute);
        assertEquals(2, browser.driver.findElements(By.cssSelector("#detail mark.claim")).size(), "claim sentences marked too");
        assertTrue(((String) js("return location.hash")).contains("event=" + id), "the event is in the URL");
        assertEquals(e.admin1(), browser.driver.findElement(By.cssSelector("#detail dd[data-field='admin1']")).getText());
    }

    @Test
    void anEventPermalinkOpensTheEvent() {
        Event e = events.values().stream().filter(x -> !x.disputed()).findFirst().orElseThrow();
        load("event=" + e.eventId());
        browser.waitFor(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail mark.evidence")));
        assertEquals(e.evidence().getFirst().text(), browser.driver.findElement(By.cssSelector("#detail mark.evidence")).getText());
        assertTrue(browser.driver.findElements(By.cssSelector("#detail .dispute")).isEmpty(), "undisputed: no dispute box");
        browser.driver.findElement(By.cssSelector("#detail button.close")).click();
        browser.waitFor(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("event-list")));
        assertFalse(((String) js("return location.hash")).contains("event="));
    }

    @Test
    void searchBoxRunsFullTextQueries() {
        load("");
        WebElement q = browser.driver.findElement(By.id("f-q"));
        q.sendKeys("market");
        browser.driver.findElement(By.id("f-apply")).click();
        browser.waitFor(10).until(ExpectedConditions.urlContains("q=market"));
        waitReady();
        long expected = store.countEvents(EventQuery.all().withText("market"));
        assertTrue(expected > 0 && expected < EVENTS);
        browser.waitFor(10).until(d -> shownTotal() == expected);
    }

    private static String param(String hash, String name) {
        for (String kv : hash.replaceFirst("^#", "").split("&")) {
            String[] p = kv.split("=", 2);
            if (p[0].equals(name)) return java.net.URLDecoder.decode(p[1], java.nio.charset.StandardCharsets.UTF_8);
        }
        throw new AssertionError("no " + name + " in " + hash);
    }
}
