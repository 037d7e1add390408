package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.Results.all;
import static org.sitrep.ingest.Results.assertReason;
import static org.sitrep.ingest.Results.onlyArticle;
import static org.sitrep.ingest.Results.onlyFailure;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;
import org.sitrep.model.Span;

class TextFileReaderTest {
    @TempDir Path dir;

    private static final String ARTICLE = """
            Syria regime advances, Russia drops bombs

            A handout frame grab taken on Oct 1, 2015, shows strikes near Kafr Nabuda.
            Government forces took the village of Atshan on Monday.
            """;

    private List<IngestResult> read(Path file) {
        return all(ArticleSource.create().read(file));
    }

    @Test void titleIsTheFirstLineTextIsTheWholeFileIdIsTheFileName() throws IOException {
        Path file = Files.writeString(dir.resolve("000_bd10.txt"), ARTICLE);
        Article a = onlyArticle(read(file));
        assertEquals("000_bd10", a.id());
        assertEquals("Syria regime advances, Russia drops bombs", a.title());
        assertEquals(ARTICLE, a.text(), "offsets must index the file text as given");
        assertEquals(file + ":1", a.origin());
        assertNull(a.published(), "a date inside a sentence is not a dateline");
        assertNull(a.source());
    }

    @Test void offsetsIndexTheFileText() throws IOException {
        String text = "Title — قصف\r\n\r\nStrikes on Homs 🚀 killed 12 civilians.\r\n";
        Article a = onlyArticle(read(Files.writeString(dir.resolve("u.txt"), text)));
        int start = text.indexOf("Homs");
        assertEquals("Homs", new Span(start, start + 4).of(a.text()));
        int killed = text.indexOf("killed 12");
        assertEquals("killed 12 civilians", a.text().substring(killed, killed + "killed 12 civilians".length()));
        assertEquals("Title — قصف", a.title());
    }

    @Test void contentHashIsSha256OfTheFileBytesAndIdempotent() throws Exception {
        Path file = Files.writeString(dir.resolve("h.txt"), ARTICLE);
        String expected = JsonlReaderTest.sha256(Files.readAllBytes(file));
        assertEquals(expected, onlyArticle(read(file)).contentHash());
        assertEquals(expected, onlyArticle(read(file)).contentHash());
        Files.writeString(file, ARTICLE + "Updated.");
        assertTrue(!expected.equals(onlyArticle(read(file)).contentHash()), "changed content, changed hash");
    }

    @Test void aDatelineAtTheStartGivesThePublicationDate() throws IOException {
        Path file = Files.writeString(dir.resolve("d.txt"), "Aleppo bomb blast kills six\n\nWed 19 Apr 2017 "
                + "Aleppo bomb blast kills six people, a monitor said.\n");
        assertEquals(LocalDate.of(2017, 4, 19), onlyArticle(read(file)).published());
    }

    @Test void titleIsTheFirstNonBlankLineWhenTheFileStartsBlank() throws IOException {
        Article a = onlyArticle(read(Files.writeString(dir.resolve("b.txt"), "\n\n  Headline here \nBody.")));
        assertEquals("Headline here", a.title());
    }

    @Test void emptyFileIsRejected() throws IOException {
        Failure f = onlyFailure(read(Files.writeString(dir.resolve("e.txt"), "")));
        assertReason(f, "empty file");
        assertEquals(dir.resolve("e.txt") + ":1", f.origin());
    }

    @Test void whitespaceOnlyFileIsRejected() throws IOException {
        assertReason(onlyFailure(read(Files.writeString(dir.resolve("w.txt"), " \n\t\n"))), "only whitespace");
    }

    @Test void binaryFileIsRejected() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Failure f = onlyFailure(read(Files.write(dir.resolve("image.txt"), png)));
        assertReason(f, "binary content (NUL byte");
    }

    @Test void mostlyInvalidUtf8IsBinary() throws IOException {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (0x80 + (i * 37) % 0x7f);
        assertReason(onlyFailure(read(Files.write(dir.resolve("noise.txt"), bytes))), "are not UTF-8");
    }

    @Test void fileOverTheSizeLimitIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("big.txt"), "Title\n" + "word ".repeat(400));
        Failure f = onlyFailure(all(ArticleSource.create(IngestOptions.defaults().withMaxBytes(1024)).read(file)));
        assertReason(f, "over the limit of 1.0 KiB per article");
        assertReason(f, "IngestOptions.maxBytes");
    }

    @Test void legacyWindows1252TextIsDecoded() throws IOException {
        Path file = Files.write(dir.resolve("latin.txt"),
                "Caf\u00e9 bombing\n\nA blast hit a caf\u00e9 \u2013 officials said.".getBytes(Charset.forName("windows-1252")));
        Article a = onlyArticle(read(file));
        assertEquals("Caf\u00e9 bombing", a.title());
        assertTrue(a.text().contains("caf\u00e9 \u2013 officials"), a.text());
    }

    @Test void mostlyUtf8WithOneDamagedByteKeepsTheUtf8() throws IOException {
        byte[] good = "Title — Homs\n\nقصف on Homs, 🚀 launched".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xFF;
        bytes[good.length + 1] = '.';
        Article a = onlyArticle(read(Files.write(dir.resolve("damaged.txt"), bytes)));
        assertEquals("Title — Homs\n\nقصف on Homs, 🚀 launched\uFFFD.", a.text());
    }

    @Test void utf16WithBomIsDecoded() throws IOException {
        byte[] body = "Title\n\nBody text.".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Article a = onlyArticle(read(Files.write(dir.resolve("utf16.txt"), bytes)));
        assertEquals("Title\n\nBody text.", a.text());
    }

    @Test void utf8BomIsNotPartOfTheText() throws IOException {
        byte[] body = "Title\nBody".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals("Title\nBody", onlyArticle(read(Files.write(dir.resolve("bom.txt"), bytes))).text());
    }
}
