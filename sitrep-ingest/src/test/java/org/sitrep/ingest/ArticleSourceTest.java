package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.Results.all;
import static org.sitrep.ingest.Results.articles;
import static org.sitrep.ingest.Results.assertReason;
import static org.sitrep.ingest.Results.failures;
import static org.sitrep.ingest.Results.onlyArticle;
import static org.sitrep.ingest.Results.onlyFailure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;

/** Paths, directories and options: what is read, skipped or reported, in which order. */
class ArticleSourceTest {
    @TempDir Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test void walksDirectoriesRecursivelyInNameOrderAndSkipsNonArticlesSilently() throws IOException {
        write("b/nested/deep.txt", "Deep title\nBody.");
        write("a.jsonl", "{\"id\":\"j1\",\"text\":\"one\"}\n{\"id\":\"j2\",\"text\":\"two\"}\n");
        write("b/page.html", "<html><head><title>Page</title></head><body><p>Page body.</p></body></html>");
        write("c.rss", FeedReaderTest.RSS);
        write("b/photo.JPG", "not really a jpeg");
        write("b/style.css", "p {}");
        write(".hidden/secret.txt", "Hidden\nNot read.");
        write(".DS_Store", "junk");
        List<IngestResult> results = all(ArticleSource.create().read(dir));
        assertEquals(List.of(), failures(results));
        assertEquals(List.of("j1", "j2", "deep", "page"), articles(results).stream().limit(4).map(Article::id).toList());
        assertEquals(6, articles(results).size());
        assertEquals(dir.resolve("b/nested/deep.txt") + ":1", articles(results).get(2).origin());
    }

    @Test void unknownExtensionsInDirectoriesAreReportedNotFatal() throws IOException {
        write("notes.md", "# Notes");
        write("README", "readme");
        write("ok.txt", "Title\nBody");
        List<IngestResult> results = all(ArticleSource.create().read(dir));
        assertEquals(1, articles(results).size());
        List<Failure> failures = failures(results);
        assertEquals(2, failures.size(), failures.toString());
        assertReason(failures.get(0), "file has no extension");
        assertReason(failures.get(1), "unsupported file type .md; supported: .jsonl");
    }

    @Test void anExplicitUnknownOrIgnoredFileIsRejected() throws IOException {
        Failure pdf = onlyFailure(all(ArticleSource.create().read(write("report.pdf", "%PDF-1.4"))));
        assertReason(pdf, "unsupported file type .pdf");
        assertEquals(dir.resolve("report.pdf") + ":1", pdf.origin());
        assertReason(onlyFailure(all(ArticleSource.create().read(write("photo.png", "x")))), "unsupported file type .png");
    }

    @Test void missingPathsAreRejectedAndTheBatchGoesOn() throws IOException {
        Path ok = write("ok.txt", "Title\nBody");
        List<IngestResult> results = all(ArticleSource.create()
                .read(List.of(dir.resolve("nope.jsonl").toString(), ok.toString())));
        assertEquals(2, results.size());
        assertReason(failures(results).get(0), "no such file or directory");
        assertEquals("ok", articles(results).get(0).id());
    }

    @Test void symbolicLinksInDirectoriesAreNotFollowedByDefault() throws IOException {
        Path target = write("elsewhere/linked.txt", "Linked\nBody");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path link;
        try {
            link = Files.createSymbolicLink(corpus.resolve("linked.txt"), target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not supported here: " + e);
            return;
        }
        Failure f = onlyFailure(all(ArticleSource.create().read(corpus)));
        assertReason(f, "symbolic link not followed; set IngestOptions.followSymlinks");
        Article followed = onlyArticle(all(ArticleSource.create(IngestOptions.defaults().withFollowSymlinks(true)).read(corpus)));
        assertEquals("linked", followed.id());
        assertEquals("linked", onlyArticle(all(ArticleSource.create().read(link))).id(), "explicit links are read");
    }

    @Test void aSymlinkLoopIsReportedOnce() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("loop"));
        write("loop/a.txt", "A\nBody");
        try {
            Files.createSymbolicLink(corpus.resolve("self"), corpus);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not supported here: " + e);
        }
        List<IngestResult> results = all(ArticleSource.create(IngestOptions.defaults().withFollowSymlinks(true)).read(corpus));
        assertEquals(1, articles(results).size());
        assertEquals(1, failures(results).size(), results.toString());
        assertReason(failures(results).get(0), "symbolic link loop");
    }

    @Test void anUnreadableFileIsRejected() throws IOException {
        Path file = write("locked.txt", "Title\nBody");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");
        assertReason(onlyFailure(all(ArticleSource.create().read(file))), "permission denied");
    }

    @Test void accessDeniedBecomesAPlainReason() {
        // Covers the message path even where the test runs as root and chmod cannot lock a file.
        assertEquals("cannot read: permission denied",
                FileBytes.ioReason(new java.nio.file.AccessDeniedException("/data/locked.txt")));
        assertEquals("cannot read: no such file (was it moved or deleted?)",
                FileBytes.ioReason(new java.nio.file.NoSuchFileException("/data/gone.txt")));
    }

    @Test void aFifoIsNotARegularFile() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo not available: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        assertReason(onlyFailure(all(ArticleSource.create().read(dir))), "not a regular file");
    }

    @Test void duplicateIdsAcrossFilesKeepTheFirst() throws IOException {
        write("x/one.txt", "First\nBody");
        write("y/one.txt", "Second\nBody");
        List<IngestResult> results = all(ArticleSource.create().read(dir));
        assertEquals("First", onlyArticle(List.of(results.get(0))).title());
        Failure f = failures(results).get(0);
        assertReason(f, "duplicate id \"one\"");
        assertEquals("ingest.dedup", f.stage());
    }

    @Test void htmlFilesBecomeArticlesWithPageMetadata() throws IOException {
        Path page = write("idlib-strikes.html", HtmlExtractorTest.PAGE);
        Article a = onlyArticle(all(ArticleSource.create().read(page)));
        assertEquals("idlib-strikes", a.id());
        assertEquals("Strikes hit Idlib", a.title());
        assertEquals(LocalDate.of(2015, 10, 12), a.published());
        assertEquals("Example News", a.source());
        assertEquals("https://news.example.org/2015/10/12/idlib", a.url());
        assertEquals(HtmlExtractor.extract(HtmlExtractorTest.PAGE).body().text(), a.text());
        int at = a.text().indexOf("killing 12 civilians");
        assertEquals("killing 12 civilians", a.text().substring(at, at + 20));
        // The raw bytes (kept by content hash) rebuild the same source string and the same offset map.
        String source = HtmlExtractor.decode(Files.readAllBytes(page)).orElseThrow();
        HtmlText body = HtmlExtractor.extract(source).body();
        assertEquals(a.text(), body.text());
        assertEquals("killing 12 civilians", body.sourceSpan(new org.sitrep.model.Span(at, at + 20)).of(source));
        assertEquals(JsonlReaderTest.sha256(Files.readAllBytes(page)), a.contentHash());
    }

    @Test void aPageWithoutTextIsRejected() throws IOException {
        Failure f = onlyFailure(all(ArticleSource.create().read(write("nav.htm",
                "<html><body><nav>Home | World</nav><script>x()</script></body></html>"))));
        assertReason(f, "no text found in the page");
        assertEquals("ingest.html", f.stage());
    }

    @Test void aHtmlPageInALegacyCharsetIsDecodedAsDeclared() throws IOException {
        Path page = dir.resolve("legacy.html");
        Files.write(page, "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 attack</p></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals("Caf\u00e9 attack", onlyArticle(all(ArticleSource.create().read(page))).text());
    }

    @Test void optionsHaveDocumentedDefaultsAndRejectBadValues() {
        IngestOptions d = IngestOptions.defaults();
        assertEquals(20L * 1024 * 1024, d.maxBytes());
        assertEquals(Duration.ofSeconds(10), d.connectTimeout());
        assertEquals(Duration.ofSeconds(30), d.readTimeout());
        assertEquals(false, d.followSymlinks());
        assertEquals(5, d.withMaxBytes(5).maxBytes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.withMaxBytes(0));
        assertTrue(e.getMessage().contains("maxBytes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withReadTimeout(Duration.ZERO));
        assertTrue(e.getMessage().contains("readTimeout"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withConnectTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxBytes(IngestOptions.MAX_MAX_BYTES + 1));
    }

    @Test void inputKindsByExtension() {
        assertEquals(InputKind.JSONL, InputKind.of(Path.of("a.JSONL")));
        assertEquals(InputKind.JSONL, InputKind.of(Path.of("a.ndjson")));
        assertEquals(InputKind.TEXT, InputKind.of(Path.of("dir/a.txt")));
        assertEquals(InputKind.HTML, InputKind.of(Path.of("a.htm")));
        assertEquals(InputKind.FEED, InputKind.of(Path.of("a.atom")));
        assertEquals(InputKind.IGNORED, InputKind.of(Path.of("a.webp")));
        assertEquals(InputKind.IGNORED, InputKind.of(Path.of(".gitignore")));
        assertEquals(InputKind.UNSUPPORTED, InputKind.of(Path.of("a.docx")));
        assertEquals(InputKind.UNSUPPORTED, InputKind.of(Path.of("Makefile")));
        assertTrue(ArticleSource.isUrl(" HTTPS://example.org/feed"));
        assertTrue(!ArticleSource.isUrl("/data/http.txt"));
    }
}
