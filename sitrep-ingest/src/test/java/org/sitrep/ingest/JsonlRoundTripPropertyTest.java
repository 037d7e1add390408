package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/**
 * Any Unicode text written as JSONL (by a real JSON writer) is read back exactly, and offsets counted in UTF-16
 * code units on the writer's side select the same characters in {@link Article#text()} — including astral
 * characters (surrogate pairs), combining marks, RTL text, controls and line separators.
 */
class JsonlRoundTripPropertyTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Writes every non-ASCII character as a \\uXXXX escape, astral ones as surrogate-pair escapes. */
    private static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final ArticleSource SOURCE = ArticleSource.create();
    private static Path dir;

    @BeforeContainer static void createDir() throws IOException {
        dir = Files.createTempDirectory("sitrep-ingest-prop");
    }

    @AfterContainer static void deleteDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(dir);
    }

    @Provide Arbitrary<String> unicode() {
        Arbitrary<String> anyCodePoints = Arbitraries.integers().between(1, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF) // lone surrogates are not text
                .list().ofMaxSize(40)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
        Arbitrary<String> astral = Arbitraries.of("🚀", "𝔸", "👨‍👩‍👧", "🇸🇾", "𠜎", "e\u0301", "قصف", "\u2028", "\t", "\"", "\\")
                .list().ofMaxSize(10).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(anyCodePoints, astral, Arbitraries.strings().ofMaxLength(30));
    }

    @Property(tries = 300)
    void textAndOffsetsSurviveTheRoundTrip(@ForAll("unicode") String before, @ForAll("unicode") String needle,
                                           @ForAll("unicode") String after, @ForAll boolean escaped)
            throws IOException {
        String text = before + needle + after + "."; // never blank
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "p");
        record.put("title", needle);
        record.put("text", text);
        String line = (escaped ? ESCAPING : JSON).writeValueAsString(record);
        Path file = Files.createTempFile(dir, "p", ".jsonl");
        Files.writeString(file, "{\"id\":\"first\",\"text\":\"x\"}\n" + line + "\n", StandardCharsets.UTF_8);

        List<IngestResult> results = Results.all(SOURCE.read(file));
        Article a = Results.articles(results).get(1);
        assertEquals(text, a.text());
        assertEquals(needle.isBlank() ? null : needle.strip(), a.title());
        Span span = new Span(before.length(), before.length() + needle.length());
        assertEquals(needle, span.of(a.text()), "UTF-16 offsets select the same characters");
        assertEquals(text.codePointCount(0, text.length()), a.text().codePointCount(0, a.text().length()));
        assertEquals(JsonlReaderTest.sha256(line.getBytes(StandardCharsets.UTF_8)), a.contentHash());
        assertEquals(file + ":2", a.origin());
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
