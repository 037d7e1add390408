package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever bytes a file holds, reading it yields results, never an exception, and every result names where it
 * came from. Inputs mix random bytes with fragments of each format, so the parsers get past their first check.
 */
class NeverThrowsPropertyTest {
    private static final ArticleSource SOURCE = ArticleSource.create(IngestOptions.defaults().withMaxBytes(64 * 1024));
    private static Path dir;

    @BeforeContainer static void createDir() throws IOException {
        dir = Files.createTempDirectory("sitrep-ingest-fuzz");
    }

    @AfterContainer static void deleteDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(dir);
    }

    @Provide Arbitrary<byte[]> content() {
        Arbitrary<String> pieces = Arbitraries.of("{\"id\":", "\"text\":", "\"a\"", "}", "{", "\n", "\r\n", "<rss>",
                "<channel>", "<item>", "</item>", "<title>", "</title>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "<entry>", "<p>", "</p>", "<article>", "&amp;", "&#xD83D;", "&nbsp", "<![CDATA[", "]]>", "<!--", "-->",
                "<?xml version=\"1.0\"?>", "<!DOCTYPE x>", "Wed 05 Apr 2017", "null", "[", "]", ",", "🚀", "\u0000",
                "\"published\":\"2015-13-45\"", "\\u", "\\ud800");
        Arbitrary<byte[]> structured = pieces.list().ofMaxSize(60)
                .map(list -> String.join("", list).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Arbitraries.oneOf(structured, structured, random);
    }

    @Property(tries = 400)
    void readingAnyBytesNeverThrows(@ForAll("content") byte[] bytes,
                                    @ForAll("extensions") String extension) throws IOException {
        Path file = Files.createTempFile(dir, "fuzz", extension);
        Files.write(file, bytes);
        List<IngestResult> results = Results.all(SOURCE.read(file));
        assertFalse(results.isEmpty(), "every input yields at least one result");
        for (IngestResult r : results) {
            assertTrue(r.origin().startsWith(file.toString()), r.origin());
            if (r instanceof IngestResult.Rejected x) {
                assertFalse(x.reason().isBlank());
                // The readers' last-resort catch must not be what handled it: that would be a bug, not bad input.
                assertFalse(x.reason().startsWith("could not read this"), x.reason());
            }
        }
        Files.delete(file);
    }

    @Provide Arbitrary<String> extensions() {
        return Arbitraries.of(".jsonl", ".txt", ".html", ".xml", ".atom");
    }

    @Property(tries = 300)
    void htmlOffsetsStayInsideTheSource(@ForAll("content") byte[] bytes) {
        String html = new String(bytes, StandardCharsets.UTF_8);
        HtmlText body = HtmlExtractor.extract(html).body();
        for (int i = 0; i < body.text().length(); i++) {
            int at = body.sourceOffset(i);
            assertTrue(at >= 0 && at <= Math.max(0, html.length() - 1), "offset " + at + " outside " + html.length());
        }
    }
}
