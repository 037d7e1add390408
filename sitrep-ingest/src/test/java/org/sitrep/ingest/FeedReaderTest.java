package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.Results.all;
import static org.sitrep.ingest.Results.articles;
import static org.sitrep.ingest.Results.assertReason;
import static org.sitrep.ingest.Results.onlyFailure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;

class FeedReaderTest {
    @TempDir Path dir;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
              <title>Example Wire</title>
              <link>https://wire.example.org/</link>
              <description>News</description>
              <!-- <item> in a comment is not an entry -->
              <item>
                <title>Air strikes hit Idlib</title>
                <link>https://wire.example.org/a/1</link>
                <guid isPermaLink="false">wire-1</guid>
                <pubDate>Mon, 12 Oct 2015 08:30:00 GMT</pubDate>
                <description><![CDATA[<p>Russian jets struck <b>Kafr Nabuda</b>, killing 12 &amp; wounding 30.</p><script>x()</script>]]></description>
              </item>
              <item>
                <title>Clashes near Homs</title>
                <link>https://wire.example.org/a/2</link>
                <pubDate>Tue, 13 Oct 2015 23:30:00 -0500</pubDate>
                <description>Short summary.</description>
                <content:encoded><![CDATA[<p>Clashes near Homs</p><p>Fighting continued for a second day near Homs.</p>]]></content:encoded>
              </item>
            </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom Monitor</title>
              <id>urn:example:feed</id>
              <updated>2016-07-05T10:00:00Z</updated>
              <entry>
                <title>Suicide bombing in Qamishli</title>
                <id>urn:example:entry:1</id>
                <link href="https://atom.example.org/e/1"/>
                <published>2016-07-05T09:00:00Z</published>
                <updated>2016-07-05T10:00:00Z</updated>
                <summary type="text">At least 16 people were killed &lt;officials said&gt;.</summary>
              </entry>
            </feed>
            """;

    private List<IngestResult> read(Path file) {
        return all(ArticleSource.create().read(file));
    }

    @Test void rssItemsBecomeArticles() throws IOException {
        Path file = Files.writeString(dir.resolve("wire.xml"), RSS);
        List<Article> articles = articles(read(file));
        assertEquals(2, articles.size());
        Article first = articles.get(0);
        assertEquals("Air strikes hit Idlib", first.title());
        assertEquals("Air strikes hit Idlib\n\nRussian jets struck Kafr Nabuda, killing 12 & wounding 30.", first.text());
        assertEquals(LocalDate.of(2015, 10, 12), first.published());
        assertEquals("Example Wire", first.source());
        assertEquals("https://wire.example.org/a/1", first.url());
        assertEquals("feed-" + JsonlReaderTest.sha256("wire-1".getBytes()).substring(0, 16), first.id());
        assertEquals(file + ":8", first.origin(), "origin is the line of the <item> tag");

        Article second = articles.get(1);
        assertEquals("Clashes near Homs\n\nFighting continued for a second day near Homs.", second.text(),
                "content:encoded wins over a shorter description, and a repeated title is not doubled");
        assertEquals(LocalDate.of(2015, 10, 14), second.published(), "entry dates are UTC days");
        assertEquals(file + ":15", second.origin());
    }

    @Test void atomEntriesBecomeArticles() throws IOException {
        Path file = Files.writeString(dir.resolve("monitor.atom"), ATOM);
        Article a = articles(read(file)).get(0);
        assertEquals("Suicide bombing in Qamishli\n\nAt least 16 people were killed <officials said>.", a.text(),
                "type=text is kept as text, not parsed as HTML");
        assertEquals(LocalDate.of(2016, 7, 5), a.published());
        assertEquals("Atom Monitor", a.source());
        assertEquals("https://atom.example.org/e/1", a.url());
        assertEquals(file + ":6", a.origin());
    }

    @Test void idsAndHashesAreStableAcrossRunsAndChangeWithContent() throws IOException {
        Path file = Files.writeString(dir.resolve("wire.rss"), RSS);
        List<Article> once = articles(read(file));
        List<Article> again = articles(read(file));
        assertEquals(once, again);
        Files.writeString(file, RSS.replace("killing 12", "killing 14"));
        Article changed = articles(read(file)).get(0);
        assertEquals(once.get(0).id(), changed.id());
        assertNotEquals(once.get(0).contentHash(), changed.contentHash());
    }

    @Test void malformedXmlIsRejectedWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.xml"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n"
                + "<channel><title>x</title>\n<item><title>a</item>\n</channel></rss>\n");
        Failure f = onlyFailure(read(file));
        assertEquals("ingest.feed", f.stage());
        assertReason(f, "malformed XML at line 4");
        assertEquals(file + ":4", f.origin());
    }

    @Test void xmlThatIsNotAFeedIsRejected() throws IOException {
        Failure f = onlyFailure(read(Files.writeString(dir.resolve("sitemap.xml"),
                "<?xml version=\"1.0\"?><urlset><url><loc>https://x</loc></url></urlset>")));
        assertReason(f, "not an RSS or Atom feed");
    }

    @Test void doctypesAreRefused() throws IOException {
        Failure f = onlyFailure(read(Files.writeString(dir.resolve("xxe.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&xxe;</title><item><title>a</title></item></channel></rss>
                """)));
        assertEquals("ingest.feed", f.stage());
        assertReason(f, "declares a DOCTYPE, which is refused");
        assertTrue(!f.reason().contains("root:"), f.reason());
    }

    @Test void emptyAndEntrylessFeedsAreRejected() throws IOException {
        assertReason(onlyFailure(read(Files.writeString(dir.resolve("empty.xml"), ""))), "empty file");
        assertReason(onlyFailure(read(Files.writeString(dir.resolve("none.xml"),
                "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"))), "no entries");
    }

    @Test void plainTitlesAreNotParsedAsHtmlButTaggedOnesAre() throws IOException {
        Path file = Files.writeString(dir.resolve("titles.xml"), """
                <rss version="2.0"><channel><title>t</title>
                <item><title>Casualties &lt; 10 &amp; falling</title><guid>g1</guid></item>
                <item><title>&lt;b&gt;Bold&lt;/b&gt; claim</title><guid>g2</guid></item>
                </channel></rss>
                """);
        List<Article> articles = articles(read(file));
        assertEquals("Casualties < 10 & falling", articles.get(0).title());
        assertEquals("Bold claim", articles.get(1).title());
    }

    @Test void anEntryWithoutTitleOrTextIsRejectedAndTheOthersKept() throws IOException {
        Path file = Files.writeString(dir.resolve("partial.xml"), """
                <rss version="2.0"><channel><title>t</title>
                <item><guid>g1</guid></item>
                <item><title>Kept</title><guid>g2</guid></item>
                </channel></rss>
                """);
        List<IngestResult> results = read(file);
        assertEquals(List.of("Kept"), articles(results).stream().map(Article::text).toList());
        Failure f = Results.failures(results).get(0);
        assertReason(f, "neither a title nor any text");
        assertEquals(file + ":2", f.origin());
        assertNull(articles(results).get(0).published());
    }
}
