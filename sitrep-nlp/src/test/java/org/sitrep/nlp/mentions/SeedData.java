package org.sitrep.nlp.mentions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Article;

/**
 * Reads the seed articles and their hand-coded gold from the shared folder (system property {@code sitrep.shared},
 * which surefire sets). Nothing from there is copied into the repository; callers skip when it is absent.
 */
final class SeedData {
    static final ObjectMapper JSON = new ObjectMapper();

    private SeedData() {}

    static Optional<Path> shared() {
        String p = System.getProperty("sitrep.shared", "../shared");
        Path dir = Path.of(p);
        return Files.isRegularFile(dir.resolve("seeds/seeds.jsonl"))
                && Files.isRegularFile(dir.resolve("eval/seed-gold/seed_events.json")) ? Optional.of(dir) : Optional.empty();
    }

    /** Seed articles keyed by id. */
    static Map<String, Article> articles(Path shared) {
        Map<String, Article> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(shared.resolve("seeds/seeds.jsonl"))) {
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                String pub = n.path("published").asText("");
                out.put(n.get("id").asText(), new Article(n.get("id").asText(), n.path("title").asText(null),
                        n.get("text").asText(), pub.isEmpty() ? null : LocalDate.parse(pub.substring(0, 10)),
                        n.path("source").asText(null), null, null, "seeds.jsonl"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + shared.resolve("seeds/seeds.jsonl"), e);
        }
        return out;
    }

    static JsonNode gold(Path shared) {
        try {
            return JSON.readTree(shared.resolve("eval/seed-gold/seed_events.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed gold", e);
        }
    }

    /** "000_bd10abb298f214a6.txt" -> "000_bd10abb298f214a6". */
    static String docId(String goldDoc) {
        return goldDoc.endsWith(".txt") ? goldDoc.substring(0, goldDoc.length() - 4) : goldDoc;
    }

    static List<String> texts(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }
}
