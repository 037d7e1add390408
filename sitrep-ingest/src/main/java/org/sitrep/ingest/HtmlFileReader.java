package org.sitrep.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * A {@code .html} page: {@link Article#text()} is the extracted main text ({@link HtmlExtractor}); the id is the
 * file name without extension; title, date, outlet and address come from the page's metadata.
 */
final class HtmlFileReader {
    private HtmlFileReader() {}

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    static IngestResult read(Path file, String location, IngestOptions options) {
        String origin = Origins.at(location, 1);
        return switch (FileBytes.read(file, options.maxBytes())) {
            case FileBytes.Problem p -> Origins.reject(origin, Origins.FILE, p.reason());
            case FileBytes.Bytes b -> fromBytes(b.bytes(), InputKind.baseName(file), origin);
        };
    }

    static IngestResult fromBytes(byte[] bytes, String id, String origin) {
        Optional<String> html = decode(bytes);
        if (html.isEmpty()) {
            return Origins.reject(origin, Origins.FILE, TextDecoding.binaryReason(bytes,
                    Math.min(bytes.length, TextDecoding.SNIFF_BYTES)).orElse("binary content, not a web page"));
        }
        HtmlPage page = HtmlExtractor.extract(html.get());
        String text = page.body().text();
        if (text.isBlank()) {
            return Origins.reject(origin, Origins.HTML, "no text found in the page after removing scripts, "
                    + "navigation, header and footer");
        }
        return new IngestResult.Ingested(new Article(id, page.title().orElse(null), text,
                page.published().orElse(null), page.siteName().orElse(null), page.url().orElse(null),
                Hashing.sha256Hex(bytes), origin));
    }

    /**
     * HTML source as text: BOM, then valid UTF-8, then the charset the page declares, then windows-1252. Empty
     * when the bytes are binary.
     */
    static Optional<String> decode(byte[] bytes) {
        return switch (TextDecoding.decode(bytes)) {
            case TextDecoding.NotText n -> Optional.empty();
            case TextDecoding.Text t -> {
                if (t.charset().equals(StandardCharsets.UTF_8) || t.charset().name().startsWith("UTF-16")) {
                    yield Optional.of(t.text());
                }
                yield Optional.of(declaredCharset(bytes).map(c -> new String(bytes, c)).orElse(t.text()));
            }
        };
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty(); // an unknown declared charset: fall back to windows-1252, the web's default
        }
    }
}
