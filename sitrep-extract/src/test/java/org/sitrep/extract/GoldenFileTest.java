package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Pipeline;

/**
 * The events of the first articles of the bundled example corpus, one line per event, compared with a reviewed
 * golden file. A change in extraction shows up here as a diff to read: regenerate with
 * {@code -Dgolden.update=true} and review the diff before committing it.
 */
class GoldenFileTest {
    static final Path CORPUS = Path.of("..", "examples", "fa-kes-sample.jsonl");
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "fakes-sample-events.tsv");
    static final int ARTICLES = 12;

    @Test
    void extractionMatchesTheGoldenFile() throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        Pipeline p = Pipelines.standard();
        List<String> input = Files.readAllLines(CORPUS, StandardCharsets.UTF_8).subList(0, ARTICLES);
        for (String line : input) {
            JsonNode n = om.readTree(line);
            Article a = new Article(n.get("id").asText(), n.path("title").asText(null), n.get("text").asText(),
                    LocalDate.parse(n.get("published").asText().substring(0, 10)), n.path("source").asText(null), null, null, "golden");
            for (Event e : p.process(a).document().events()) lines.add(row(e));
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
                "extraction changed; if the change is intended, rerun with -Dgolden.update=true and review the diff");
    }

    private static String row(Event e) {
        return String.join("\t", e.docId(), e.eventId(), String.valueOf(e.eventDate()), String.valueOf(e.timePrecision()),
                e.subEventType().label(), e.actor1() == null ? "" : e.actor1().name(), e.actor2() == null ? "" : e.actor2().name(),
                String.valueOf(e.admin1()), String.valueOf(e.location()), String.valueOf(e.geoPrecision()),
                String.valueOf(e.fatalities()), e.evidence().getFirst().start() + "-" + e.evidence().getFirst().end());
    }
}
