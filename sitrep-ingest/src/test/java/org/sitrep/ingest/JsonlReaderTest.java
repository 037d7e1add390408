package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.Results.all;
import static org.sitrep.ingest.Results.articles;
import static org.sitrep.ingest.Results.assertOrigin;
import static org.sitrep.ingest.Results.assertReason;
import static org.sitrep.ingest.Results.failures;
import static org.sitrep.ingest.Results.onlyArticle;
import static org.sitrep.ingest.Results.onlyFailure;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;

class JsonlReaderTest {
    @TempDir Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<IngestResult> read(Path file) {
        return all(ArticleSource.create().read(file));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("SHA-256 missing from the JDK", e);
        }
    }

    @Test void readsAllFieldsOfAnArticle() throws IOException {
        Path file = write("a.jsonl", """
                {"id": "a1", "title": "Strike on Idlib", "published": "2015-10-12", "source": "AFP", \
                "url": "https://example.org/a1", "text": "Strike on Idlib\\n\\nAir strikes hit Idlib on Monday.", "extra": 5}
                """);
        Article a = onlyArticle(read(file));
        assertEquals("a1", a.id());
        assertEquals("Strike on Idlib", a.title());
        assertEquals("Strike on Idlib\n\nAir strikes hit Idlib on Monday.", a.text());
        assertEquals(LocalDate.of(2015, 10, 12), a.published());
        assertEquals("AFP", a.source());
        assertEquals("https://example.org/a1", a.url());
        assertEquals(file + ":1", a.origin());
    }

    @Test void optionalFieldsMayBeAbsentOrNull() throws IOException {
        Article a = onlyArticle(read(write("a.jsonl", "{\"id\":\"x\",\"text\":\"t\",\"title\":null,\"source\":\"\"}\n")));
        assertNull(a.title());
        assertNull(a.published());
        assertNull(a.source());
        assertNull(a.url());
    }

    @ParameterizedTest
    @CsvSource({
        "2015-10-12, 2015-10-12",
        "2015-10-12T23:30:00Z, 2015-10-12",
        "2015-10-12T23:30:00-05:00, 2015-10-12",
        "2015-10-12T01:30+03:00, 2015-10-12",
        "2015-10-12T08:30:00.123, 2015-10-12",
        "2015-10-12 08:30:00, 2015-10-12"})
    void publishedIsoDateOrDateTimeGivesThePublishersCalendarDay(String published, LocalDate expected) throws IOException {
        Article a = onlyArticle(read(write("d.jsonl", "{\"id\":\"x\",\"text\":\"t\",\"published\":\"" + published + "\"}")));
        assertEquals(expected, a.published());
    }

    @Test void aDatelineOpeningTheTextOutranksThePublishedField() throws IOException {
        Article a = onlyArticle(read(write("d.jsonl", "{\"id\":\"x\",\"published\":\"2017-04-13\","
                + "\"text\":\"Last updated at Apr 152017 A car bomb killed 40 people on Saturday.\"}")));
        assertEquals(LocalDate.of(2017, 4, 15), a.published());
    }

    @Test void aBadLineIsRejectedWithItsLineNumberAndTheRestIsRead() throws IOException {
        Path file = write("mixed.jsonl", """
                {"id": "1", "text": "first"}
                {"id": "2", "text": "broken
                {"id": "3", "text": "third"}
                [1, 2]
                {"text": "no id"}
                {"id": "6"}
                {"id": "7", "text": 42}
                {"id": {"a": 1}, "text": "object id"}
                {"id": "9", "text": "   "}
                {"id": "10", "text": "t", "published": "12/10/2015"}
                {"id": "11", "text": "t", "title": ["a"]}
                {"id": "12", "text": "a"} {"id": "13", "text": "b"}
                {"id": "14", "text": "a", "id": "15"}
                {"id": "", "text": "blank id"}
                {"id": 16, "text": "integer id"}
                """);
        List<IngestResult> results = read(file);
        assertEquals(List.of("1", "3", "16"), articles(results).stream().map(Article::id).toList());
        List<Failure> failures = failures(results);
        assertEquals(12, failures.size(), failures.toString());
        String[][] expected = {
            {":2", "malformed JSON"},
            {":4", "expected one JSON object per line, got an array"},
            {":5", "missing required field \"id\""},
            {":6", "missing required field \"text\""},
            {":7", "field \"text\" must be a string, got a number (42)"},
            {":8", "field \"id\" must be a string, got an object"},
            {":9", "field \"text\" is blank"},
            {":10", "field \"published\" is \"12/10/2015\", not an ISO date"},
            {":11", "field \"title\" must be a string, got an array"},
            {":12", "malformed JSON"},
            {":13", "Duplicate field 'id'"},
            {":14", "field \"id\" is blank"},
        };
        for (int i = 0; i < expected.length; i++) {
            assertOrigin(failures.get(i), file + expected[i][0]);
            assertReason(failures.get(i), expected[i][1]);
            assertEquals("ingest.jsonl", failures.get(i).stage());
        }
    }

    @Test void blankLinesCrlfAndBomAreHandled() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "{\"id\":\"a\",\"text\":\"x\"}\r\n\r\n   \n{\"id\":\"b\",\"text\":\"y\"}".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("crlf.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bom);
            out.write(body);
        }
        List<Article> articles = articles(read(file));
        assertEquals(List.of("a", "b"), articles.stream().map(Article::id).toList());
        assertEquals(file + ":4", articles.get(1).origin());
        assertEquals("x", articles.get(0).text());
    }

    @Test void contentHashIsSha256OfTheLineBytesAndStableAcrossRunsAndPositions() throws Exception {
        String line = "{\"id\":\"a\",\"text\":\"Kafr Nabuda — قصف\"}";
        Path first = write("one.jsonl", line + "\n");
        Path second = write("two.jsonl", "{\"id\":\"z\",\"text\":\"other\"}\r\n" + line + "\r\n");
        String expected = sha256(line.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, onlyArticle(read(first)).contentHash());
        assertEquals(expected, onlyArticle(read(first)).contentHash(), "a re-run gives the same hash");
        assertEquals(expected, articles(read(second)).get(1).contentHash(), "same record elsewhere, same hash");
        assertNotEquals(expected, articles(read(second)).get(0).contentHash());
    }

    @Test void invalidUtf8OnOneLineRejectsOnlyThatLine() throws IOException {
        Path file = dir.resolve("bad-utf8.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"id\":\"a\",\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"b\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xE9, '"', '}', '\n'});
            out.write("{\"id\":\"c\",\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<IngestResult> results = read(file);
        assertEquals(List.of("a", "c"), articles(results).stream().map(Article::id).toList());
        Failure f = failures(results).get(0);
        assertOrigin(f, ":2");
        assertReason(f, "not valid UTF-8");
        assertReason(f, "byte 22");
    }

    @Test void aLineOverTheSizeLimitIsRejectedAndTheNextLinesAreRead() throws IOException {
        String big = "{\"id\":\"big\",\"text\":\"" + "x".repeat(5000) + "\"}";
        Path file = write("big.jsonl", "{\"id\":\"a\",\"text\":\"small\"}\n" + big + "\n{\"id\":\"b\",\"text\":\"small\"}\n");
        List<IngestResult> results = all(ArticleSource.create(IngestOptions.defaults().withMaxBytes(1000)).read(file));
        assertEquals(List.of("a", "b"), articles(results).stream().map(Article::id).toList());
        Failure f = failures(results).get(0);
        assertOrigin(f, ":2");
        assertReason(f, "line is");
        assertReason(f, "(" + big.length() + " bytes), over the limit");
        assertReason(f, "IngestOptions.maxBytes");
    }

    @Test void withinAFileTheLastRecordOfAnIdIsReadAndEarlierOnesAreReported() throws IOException {
        Path file = write("dup.jsonl", """
                {"id": "a", "text": "first"}
                {"id": "b", "text": "other"}
                {"id": "a", "text": "second"}
                {"id": 7, "text": "seven"}
                {"id": "7", "text": "seven, corrected"}
                """);
        List<IngestResult> results = read(file);
        List<Article> articles = articles(results);
        assertEquals(List.of("b", "a", "7"), articles.stream().map(Article::id).toList());
        assertEquals("second", articles.get(1).text(), "the later record supersedes the earlier one");
        assertEquals("seven, corrected", articles.get(2).text(), "an integer id is the same id as its text");
        List<Failure> failures = failures(results);
        assertEquals(2, failures.size());
        assertEquals("ingest.dedup", failures.get(0).stage());
        assertOrigin(failures.get(0), ":1");
        assertReason(failures.get(0), "id \"a\" occurs again at line 3 of this file");
        assertOrigin(failures.get(1), ":4");
    }

    @Test void emptyFileIsRejected() throws IOException {
        Failure f = onlyFailure(read(write("empty.jsonl", "")));
        assertReason(f, "empty file");
        assertOrigin(f, "empty.jsonl:1");
    }

    @Test void fileOfBlankLinesIsRejected() throws IOException {
        assertReason(onlyFailure(read(write("blank.jsonl", "\n  \n\n"))), "only blank lines");
    }

    @Test void binaryFileIsRejectedAsAWhole() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("data.jsonl"), bytes);
        Failure f = onlyFailure(read(file));
        assertReason(f, "binary content");
        assertEquals("ingest.file", f.stage());
    }

    @Test void streamIsLazyAndReadsLineByLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) sb.append("{\"id\":\"").append(i).append("\",\"text\":\"t\"}\n");
        Path file = write("many.jsonl", sb.toString());
        try (var stream = ArticleSource.create().read(file)) {
            assertEquals(List.of("0", "1", "2"), stream.limit(3)
                    .map(r -> ((IngestResult.Ingested) r).article().id()).toList());
        }
        assertEquals(20_000, articles(read(file)).size());
        assertTrue(Files.exists(file));
    }
}
