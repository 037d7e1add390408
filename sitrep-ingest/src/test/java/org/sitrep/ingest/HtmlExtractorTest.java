package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class HtmlExtractorTest {
    static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Strikes hit Idlib | Example News</title>
              <meta property="og:title" content="Strikes hit Idlib">
              <meta property="og:site_name" content="Example News">
              <meta property="article:published_time" content="2015-10-12T08:30:00+03:00">
              <link rel="canonical" href="https://news.example.org/2015/10/12/idlib">
              <style>p { color: red }</style>
              <script>var tracking = "Aleppo";</script>
            </head><body>
              <header><a href="/">Home</a> <a href="/world">World</a></header>
              <nav><ul><li>Politics</li><li>Sport</li></ul></nav>
              <div class="layout">
                <article>
                  <header><h1>Strikes hit Idlib</h1><p class="byline">By A. Reporter</p></header>
                  <p>Russian   warplanes struck
                     Kafr&nbsp;Nabuda on Monday, killing 12 civilians &amp; wounding 30.</p>
                  <p>The Syrian Observatory for Human Rights said the toll could rise.<br>Residents fled north.</p>
                  <ul><li>First item</li><li>Second item</li></ul>
                  <pre>line one
              line two</pre>
                </article>
                <aside>Most read: Football scores</aside>
              </div>
              <footer>&copy; 2015 Example News. All rights reserved.</footer>
            </body></html>
            """;

    @Test void extractsMainTextWithoutBoilerplate() {
        HtmlPage page = HtmlExtractor.extract(PAGE);
        String text = page.body().text();
        assertTrue(text.startsWith("Strikes hit Idlib\n\nBy A. Reporter\n\nRussian warplanes struck Kafr Nabuda on Monday"), text);
        assertTrue(text.contains("killing 12 civilians & wounding 30."), text);
        assertTrue(text.contains("could rise.\nResidents fled north."), text);
        assertTrue(text.contains("First item\nSecond item"), text);
        assertTrue(text.contains("line one\n  line two"), "pre keeps its whitespace: " + text);
        for (String boilerplate : new String[] {"Home", "Politics", "Most read", "rights reserved", "tracking", "color"}) {
            assertFalse(text.contains(boilerplate), boilerplate + " should be removed: " + text);
        }
        assertFalse(text.startsWith("\n") || text.endsWith("\n") || text.contains("  \n"), text);
    }

    @Test void readsMetadata() {
        HtmlPage page = HtmlExtractor.extract(PAGE);
        assertEquals(Optional.of("Strikes hit Idlib"), page.title());
        assertEquals(Optional.of(LocalDate.of(2015, 10, 12)), page.published());
        assertEquals(Optional.of("Example News"), page.siteName());
        assertEquals(Optional.of("https://news.example.org/2015/10/12/idlib"), page.url());
    }

    @Test void everyTextCharacterMapsBackToItsSource() {
        assertOffsetsConsistent(PAGE, HtmlExtractor.extract(PAGE).body());
    }

    @Test void sourceSpanCoversTheHtmlOfATextSpan() {
        HtmlText body = HtmlExtractor.extract(PAGE).body();
        int start = body.text().indexOf("Kafr Nabuda");
        Span source = body.sourceSpan(new Span(start, start + "Kafr Nabuda".length()));
        assertEquals("Kafr&nbsp;Nabuda", source.of(PAGE));
        int amp = body.text().indexOf("civilians & wounding");
        assertEquals("civilians &amp; wounding", body.sourceSpan(new Span(amp, amp + 20)).of(PAGE));
    }

    @Test void entitiesWithoutSemicolonAndNumericEntitiesMap() {
        String html = "<p>&copy2015 caf&eacute; &#8220;quoted&#x201D; a&lt;b &unknown; x</p>";
        HtmlText body = HtmlExtractor.fragmentText(html);
        assertEquals("\u00a92015 caf\u00e9 \u201cquoted\u201d a<b &unknown; x", body.text());
        assertOffsetsConsistent(html, body);
        assertEquals(html.indexOf("&#8220;"), body.sourceOffset(body.text().indexOf('\u201c')));
    }

    @Test void prefersTheLargestArticleThenMainThenBody() {
        String lead = "Shelling killed four people in the old city of Homs. ".repeat(4);
        String withMain = "<body><div>Menu text</div><main><p>" + lead + "</p></main></body>";
        assertEquals(lead.strip(), HtmlExtractor.extract(withMain).body().text());
        String twoArticles = "<body><article><p>Short teaser</p></article><article><p>" + lead
                + "</p></article><div>Unrelated</div></body>";
        assertEquals(lead.strip(), HtmlExtractor.extract(twoArticles).body().text());
        String tinyArticle = "<body><article>Teaser</article><p>" + lead + "</p></body>";
        assertTrue(HtmlExtractor.extract(tinyArticle).body().text().contains("Teaser\n\nShelling"),
                "an article too small to be the main text falls back to the body");
    }

    @Test void titleAndDateFallbacks() {
        String jsonLd = "<head><title>Page title</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"LD headline\","
                + "\"datePublished\":\"2016-07-05T10:00:00Z\",\"publisher\":{\"name\":\"LD Outlet\"}}]}</script></head><body><p>x</p></body>";
        HtmlPage ld = HtmlExtractor.extract(jsonLd);
        assertEquals(Optional.of("LD headline"), ld.title());
        assertEquals(Optional.of(LocalDate.of(2016, 7, 5)), ld.published());
        assertEquals(Optional.of("LD Outlet"), ld.siteName());

        HtmlPage time = HtmlExtractor.extract("<title>T</title><article><time datetime=\"2014-03-02\">2 March</time>"
                + "<p>body</p></article>");
        assertEquals(Optional.of("T"), time.title());
        assertEquals(Optional.of(LocalDate.of(2014, 3, 2)), time.published());

        HtmlPage meta = HtmlExtractor.extract("<meta name=\"DC.date.issued\" content=\"2013-08-24\"><h1>Heading</h1><p>b</p>");
        assertEquals(Optional.of("Heading"), meta.title());
        assertEquals(Optional.of(LocalDate.of(2013, 8, 24)), meta.published());

        HtmlPage dateline = HtmlExtractor.extract("<body><p>Sun 22 Feb 2015 Suicide bomber kills 4</p></body>");
        assertEquals(Optional.of(LocalDate.of(2015, 2, 22)), dateline.published());

        HtmlPage none = HtmlExtractor.extract("<body><p>Fighting continued.</p><p>Meta: none</p></body>");
        assertEquals(Optional.empty(), none.published());
        assertEquals(Optional.empty(), none.title());
        assertEquals(Optional.empty(), none.url());
    }

    @Test void malformedJsonLdAndMarkupDoNotThrow() {
        HtmlPage page = HtmlExtractor.extract("<head><script type=\"application/ld+json\">{not json</script></head>"
                + "<body><p>Unclosed <b>bold <table><tr><td>cell one<td>cell two</table> after");
        assertTrue(page.body().text().contains("cell one cell two"), page.body().text());
        assertOffsetsConsistent("", page.body(), false);
    }

    @Test void htmlTextValidatesAndStaysImmutable() {
        assertThrows(IllegalArgumentException.class, () -> new HtmlText("abc", new int[] {0, 1}));
        int[] offsets = {5, 6, 7};
        HtmlText t = new HtmlText("abc", offsets);
        offsets[0] = 99;
        assertEquals(5, t.sourceOffset(0));
        t.sourceOffsets()[1] = 99;
        assertEquals(6, t.sourceOffset(1));
        assertEquals(new HtmlText("abc", new int[] {5, 6, 7}), t);
        assertEquals(new Span(5, 8), t.sourceSpan(new Span(0, 3)));
        assertThrows(IndexOutOfBoundsException.class, () -> t.sourceSpan(new Span(0, 4)));
    }

    static void assertOffsetsConsistent(String html, HtmlText body) {
        assertOffsetsConsistent(html, body, true);
    }

    /**
     * Each text character either equals its source character, is a whitespace/break standing for source
     * whitespace or markup, or comes from an entity starting at its source position.
     */
    static void assertOffsetsConsistent(String html, HtmlText body, boolean checkSource) {
        String text = body.text();
        int previous = -1;
        for (int i = 0; i < text.length(); i++) {
            int at = body.sourceOffset(i);
            if (at < previous) fail("offset goes backwards at text index " + i + ": " + at + " < " + previous);
            previous = at;
            if (!checkSource) continue;
            if (at < 0 || at >= html.length()) fail("offset " + at + " outside the HTML at text index " + i);
            char c = text.charAt(i);
            char s = html.charAt(at);
            boolean ok = c == s || Character.isWhitespace(c) || s == '&';
            if (!ok) fail("text[" + i + "]='" + c + "' maps to source[" + at + "]='" + s + "'");
        }
    }
}
