package org.sitrep.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import org.sitrep.model.Article;

/**
 * A {@code .txt} article: title on the first line, body after. {@link Article#text()} is the whole file as
 * decoded (a leading BOM dropped), so offsets index exactly what the user gave; the title is the first non-blank
 * line. The id is the file name without extension. The publication date is known only when the text opens with
 * one (see {@link Datelines}).
 */
final class TextFileReader {
    private TextFileReader() {}

    static IngestResult read(Path file, String location, IngestOptions options) {
        String origin = Origins.at(location, 1);
        return switch (FileBytes.read(file, options.maxBytes())) {
            case FileBytes.Problem p -> Origins.reject(origin, Origins.FILE, p.reason());
            case FileBytes.Bytes b -> fromBytes(b.bytes(), InputKind.baseName(file), origin);
        };
    }

    static IngestResult fromBytes(byte[] bytes, String id, String origin) {
        return switch (TextDecoding.decode(bytes)) {
            case TextDecoding.NotText n -> Origins.reject(origin, Origins.FILE, n.reason());
            case TextDecoding.Text t -> {
                String text = t.text();
                if (text.isBlank()) yield Origins.reject(origin, Origins.TEXT, "no text: the file holds only whitespace");
                String title = firstNonBlankLine(text);
                LocalDate published = Datelines.atStart(text).orElse(null);
                yield new IngestResult.Ingested(new Article(id, title, text, published, null, null,
                        Hashing.sha256Hex(bytes), origin));
            }
        };
    }

    static String firstNonBlankLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) return line;
            start = end + 1;
        }
        return null;
    }
}
