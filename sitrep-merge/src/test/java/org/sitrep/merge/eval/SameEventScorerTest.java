package org.sitrep.merge.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.SubEventType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameEventScorerTest {
    private static Event merged(String... docs) {
        List<Evidence> ev = java.util.Arrays.stream(docs).map(d -> new Evidence(d, 10, 20, "0123456789")).toList();
        return new Event("mev_" + String.join("", docs), docs[0], LocalDate.of(2016, 1, 1), 1, SubEventType.ATTACK, null, null,
                null, null, "Syria", "SYR", null, null, null, null, null, null, null, 0, null, null, ev, List.of(),
                List.of(docs), false, 0.5, Map.of());
    }

    private static final SameEventGold GOLD = new SameEventGold(Set.of("a", "b", "c", "d", "e"), List.of(
            new SameEventGold.Group("G1", true, List.of("a", "b", "c"), List.of("e")),
            new SameEventGold.Group("R1", false, List.of("d", "e"), List.of())));

    @Test
    void pairwiseAndBcubedByHand() {
        // system: {a,b} together, {c,d} together; e alone
        SameEventReport r = SameEventScorer.score(GOLD, List.of(merged("a", "b"), merged("c", "d"), merged("e")));
        // gold same pairs: ab ac bc; neutral: ae be ce de; system pairs: ab (tp), cd (fp)
        assertEquals(3, r.goldPairs());
        assertEquals(1, r.tp());
        assertEquals(1, r.fp());
        assertEquals(2, r.fn());
        assertEquals(0.5, r.precision(), 1e-9);
        assertEquals(1.0 / 3, r.recall(), 1e-9);
        // B-cubed precision: a 2/2, b 2/2, c 1/2, d 1/2, e 1/1 -> 4/5; recall: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15
        assertEquals(0.8, r.bcubedP(), 1e-9);
        assertEquals(11.0 / 15, r.bcubedR(), 1e-9);
        assertTrue(r.json().contains("\"f1\": 0.400"));
    }

    @Test
    void leadOnlyScoringIgnoresEvidenceDeepInTheArticle() {
        SameEventReport all = SameEventScorer.score(GOLD, List.of(merged("a", "b")));
        SameEventReport lead = SameEventScorer.score(GOLD, List.of(merged("a", "b")), 5);
        assertEquals(1, all.tp());
        assertEquals(0, lead.tp());
    }

    @Test
    void aGroupNamingAnUnknownArticleIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SameEventGold(Set.of("a"),
                List.of(new SameEventGold.Group("G9", true, List.of("a", "zz"), List.of()))));
        assertTrue(e.getMessage().contains("G9") && e.getMessage().contains("zz"));
    }

    /** The shipped FA-KES gold is well-formed, and (when the corpus is present) names only real articles. */
    @Test
    void theShippedFakesGoldLoads() throws Exception {
        Path gold = Path.of("..", "eval-data", "fakes-same-event", "groups.json");
        Assumptions.assumeTrue(Files.exists(gold), "run from the sitrep-merge module directory");
        SameEventGold g = SameEventGold.load(gold);
        assertTrue(g.groups().size() >= 50);
        assertTrue(g.samePairs().size() >= 150);
        String shared = System.getProperty("sitrep.shared");
        Assumptions.assumeTrue(shared != null && Files.exists(Path.of(shared, "eval", "fa-kes-dev", "articles.jsonl")),
                "FA-KES corpus not present (sitrep.shared)");
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(Path.of(shared, "eval", "fa-kes-dev", "articles.jsonl"))) {
            var m = java.util.regex.Pattern.compile("\"id\":\\s*\"([^\"]+)\"").matcher(line);
            if (m.find()) ids.add(m.group(1));
        }
        assertEquals(ids, g.articles(), "the gold judges exactly the corpus's distinct article ids");
    }
}
