package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.py.PyJson;
import org.sitrep.model.SubEventType;

/** Scorer behaviour on the synthetic files, with figures worked out by hand from EVAL.md's rules. */
class ScorersTest {
    @TempDir
    Path dir;

    @Test
    void seedRulesOnSyntheticGold() throws Exception {
        Path gold = Synthetic.writeJson(dir.resolve("gold.json"), Synthetic.seedGold());
        Path sys = Synthetic.writeJsonl(dir.resolve("sys.jsonl"), Synthetic.seedSystem());
        SeedReport r = SeedScorer.score(gold, sys);
        // 14 gold events, 1 neutral (100-E02 overlaps the matched 100-E01), 1 miss (102-E02)
        assertEquals(13, r.gold());
        assertEquals(12, r.matched());
        assertEquals(15, r.system());
        assertEquals(0.8, r.precision()); // 3 false positives: s6, the IS clash counted under two doc names once unmatched, u1
        assertEquals(0.923, r.recall());
        assertEquals(List.of("100-E02"), r.neutrals().stream().map(SeedReport.Neutral::goldId).toList());
        assertEquals(List.of("102-E02"), r.misses().stream().map(SeedReport.Miss::goldId).toList());
        Map<String, String> pairs = new java.util.HashMap<>();
        for (SeedReport.Match m : r.matches()) pairs.put(m.goldId(), m.systemId());
        assertEquals("t2", pairs.get("101-E01"), "exact sub-type pass runs before the type-only pass");
        assertEquals("t1", pairs.get("101-E02"));
        assertEquals("s2", pairs.get("100-E03"), "named town in another governorate still matches by name");
        assertEquals("s3", pairs.get("100-E04"), "Rural Damascus ~ Damascus");
        assertEquals("s4", pairs.get("100-E05"));
        assertEquals("t6", pairs.get("101-E05"), "doc found through evidence[].doc_id; Kafr Nabudah ~ Kafr Nabuda");
        assertEquals("t5", pairs.get("101-E06"));
        SeedReport.FalsePositive s6 = r.falsePositives().stream().filter(f -> f.systemId().equals("s6")).findFirst().orElseThrow();
        assertTrue(s6.knownNotEvent().orElseThrow().contains("borderline"));
        assertTrue(r.explain().contains("MISSED (1)"));
        assertEquals(BigInteger.ZERO, SeedScorer.score(gold, Synthetic.write(dir.resolve("e.jsonl"), "")).subtypeAcc(),
                "score.py writes the int 0 when nothing matched");
    }

    @Test
    void dedupLinksThroughSharedEventIds() throws Exception {
        Path gold = Synthetic.writeJson(dir.resolve("gold.json"), Synthetic.seedGold());
        Path sys = Synthetic.writeJsonl(dir.resolve("sys.jsonl"), Synthetic.seedSystem());
        DedupReport d = DedupScorer.score(gold, sys);
        assertEquals(2, d.goldPairs());
        assertEquals(1, d.tp()); // 100-E05 and 102-E01 both matched to event id s4
        assertEquals(1, d.fn());
        assertEquals(0, d.fp());
    }

    @Test
    void acledPerNoteComparison() throws Exception {
        Path gold = Synthetic.write(dir.resolve("gold.csv"), Synthetic.acledCsv());
        Path sys = Synthetic.writeJsonl(dir.resolve("sys.jsonl"), Synthetic.acledSystem());
        AcledReport r = AcledScorer.score(gold, sys);
        assertEquals(8, r.docs());
        assertEquals(0.875, r.detected());
        assertEquals(0.25, r.extraEventsPerDoc());
        assertEquals(List.of("AAA8"), r.undetected().stream().map(AcledReport.Mismatch::noteId).toList());
        // AAA1: the Armed clash event wins over the higher-confidence shelling event (sub-type match ranks first)
        assertFalse(r.mismatches().get("sub_event_type").stream().anyMatch(m -> m.noteId().equals("AAA1")));
        assertTrue(r.mismatches().get("sub_event_type").stream().anyMatch(m -> m.noteId().equals("AAA4")));
        // AAA5: of two equal candidates the more confident one (fatalities 10) is compared
        assertFalse(r.mismatches().get("fatalities").stream().anyMatch(m -> m.noteId().equals("AAA5")));
        assertTrue(r.explain().contains("SUB_EVENT_TYPE MISMATCHES"));
    }

    @Test
    void acledSecondSideIsComparedLikeTheFirstAndShownOutsideScorePysLine() throws Exception {
        String csv = "event_id_cnty,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,geo_precision,notes,fatalities\n"
                + "B1,Protests,Protest with intervention,Protesters (Testland),Police Forces of Testland (2019-),North,Alpha,1.0,1.0,1,x,0\n"
                + "B2,Protests,Peaceful protest,Protesters (Testland),,North,Alpha,1.0,1.0,1,x,0\n"
                + "B3,Battles,Armed clash,Rebels,Military Forces of Testland,North,Alpha,1.0,1.0,1,x,0\n";
        Path gold = Synthetic.write(dir.resolve("gold2.csv"), csv);
        List<Map<String, Object>> events = new java.util.ArrayList<>();
        Map<String, Object> b1 = Synthetic.sys("B1", "b1", "Protests", "Protest with intervention", "North", "Alpha", "Protesters (Testland)", 0, null, "x");
        b1.put("actor2", "Police Forces of Testland");
        events.add(b1);
        events.add(Synthetic.sys("B2", "b2", "Protests", "Peaceful protest", "North", "Alpha", "Protesters (Testland)", 0, null, "x"));
        events.add(Synthetic.sys("B3", "b3", "Battles", "Armed clash", "North", "Alpha", "Rebels", 0, null, "x"));
        AcledReport r = AcledScorer.score(gold, Synthetic.writeJsonl(dir.resolve("sys2.jsonl"), events));
        assertEquals(0.667, r.actor2Acc());   // B3's missing second side is wrong
        assertTrue(r.table().contains("actor2_acc"));
        assertFalse(r.toJson().contains("actor2"));
    }

    @Test
    void provenanceCountsUtf16Units() throws Exception {
        String text = "A \uD83D\uDCA5 hit Homs.";
        Path in = Synthetic.writeJsonl(dir.resolve("in.jsonl"), List.of(Synthetic.map("id", "a", "text", text)));
        int h = text.indexOf("Homs");
        Path ok = Synthetic.writeJsonl(dir.resolve("ok.jsonl"), List.of(Synthetic.map("event_id", "e",
                "evidence", List.of(Synthetic.map("doc_id", "a", "start", h, "end", h + 4, "text", "Homs")))));
        assertTrue(ProvenanceCheck.check(in, ok).passed());
        Path off = Synthetic.writeJsonl(dir.resolve("off.jsonl"), List.of(Synthetic.map("event_id", "e",
                "evidence", List.of(Synthetic.map("doc_id", "a", "start", h - 1, "end", h + 3, "text", "Homs")))));
        ProvenanceReport bad = ProvenanceCheck.check(in, off);
        assertFalse(bad.passed());
        assertEquals("{\"events\": 1, \"spans\": 1, \"events_with_bad_or_no_evidence\": 1, \"valid_share\": 0.0, \"examples\": [\"e\"]}",
                bad.toJson());
    }

    @Test
    void bundledHardNegativesAreWellFormed() throws Exception {
        Path file = NegativesScorer.bundledSnippets();
        try {
            List<NegativesScorer.Snippet> s = NegativesScorer.read(file);
            long neg = s.stream().filter(x -> !x.expectEvents()).count();
            long pos = s.stream().filter(NegativesScorer.Snippet::expectEvents).count();
            assertTrue(neg >= 60, "negatives: " + neg);
            assertTrue(pos >= 20, "positives: " + pos);
            Set<String> ids = new HashSet<>();
            for (NegativesScorer.Snippet x : s) {
                assertTrue(ids.add(x.id()), "duplicate id " + x.id());
                assertTrue(x.published() != null && x.published().matches("\\d{4}-\\d{2}-\\d{2}"), x.id());
                if (x.expectEvents()) {
                    SubEventType t = SubEventType.fromLabel(x.subEventType());
                    assertEquals(t.type().label(), x.eventType(), x.id());
                }
            }
            Set<String> rules = new HashSet<>(s.stream().map(NegativesScorer.Snippet::rule).toList());
            assertTrue(rules.containsAll(List.of("plan", "threat", "denial", "negated", "hypothetical", "background_history",
                    "diplomacy", "natural_disaster", "industrial_accident", "ordinary_crime")), rules.toString());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void negativesScoring() throws Exception {
        Path snippets = Synthetic.writeJsonl(dir.resolve("s.jsonl"), List.of(
                Synthetic.map("id", "n1", "text", "Talks were held.", "published", "2020-01-01", "expect_events", false, "rule", "diplomacy"),
                Synthetic.map("id", "n2", "text", "An earthquake hit.", "published", "2020-01-01", "expect_events", false, "rule", "natural_disaster"),
                Synthetic.map("id", "p1", "text", "Jets struck a town.", "published", "2020-01-01", "expect_events", true, "rule", "positive",
                        "event_type", "Explosions/Remote violence", "sub_event_type", "Air/drone strike")));
        Path sys = Synthetic.writeJsonl(dir.resolve("e.jsonl"), List.of(
                Synthetic.geo(Synthetic.sys("n2", "x", "Explosions/Remote violence", "Remote explosive/landmine/IED", null, null, null, 0, null, "hit"), null, null, 0.4),
                Synthetic.geo(Synthetic.sys("p1", "y", "Battles", "Armed clash", null, null, null, 0, null, "a"), null, null, 0.2),
                Synthetic.geo(Synthetic.sys("p1", "z", "Explosions/Remote violence", "Air/drone strike", null, null, null, 0, null, "b"), null, null, 0.9)));
        NegativesReport r = NegativesScorer.score(snippets, sys);
        assertEquals(0.5, r.falseEventRate());
        assertEquals(1.0, r.positiveDetected());
        assertEquals(1.0, r.positiveSubtypeAcc());
        assertEquals(List.of("n2"), r.falseEvents().stream().map(NegativesReport.Item::id).toList());
        assertTrue(r.table().contains("natural_disaster"));
    }

    @Test
    void fakesAgreementMapsClasses() throws Exception {
        Path crowd = Synthetic.write(dir.resolve("crowd.csv"), """
                unit_id,article_title,source,date,location,actor,cause_of_death,nb_children,nb_civilians,nb_noncivilians,nb_women,label
                1,Strike on a market,x,1/2/17,idlib,syrian government or russian troops,shelling,0,10,0,0,1
                2,Car bomb,x,1/2/17,raqqa,the organization of the islamic state in iraq and the levant - isis,explosion,0,4,0,0,0
                3,Nothing found,x,1/2/17,damascus,unknown,unknown,0,0,0,0,1
                """);
        Path articles = Synthetic.writeJsonl(dir.resolve("a.jsonl"), List.of(Synthetic.map("id", "1", "title", "Strike", "text", "t"),
                Synthetic.map("id", "2", "title", "Bomb", "text", "t"), Synthetic.map("id", "3", "title", "None", "text", "t")));
        Map<String, Object> e1 = Synthetic.sys("1", "a", "Explosions/Remote violence", "Air/drone strike", "Idlib", "Saraqib",
                "Military Forces of Russia", 9, null, "jets");
        e1.put("actor2", "Civilians (Syria)");
        Map<String, Object> e1b = Synthetic.sys("1", "b", "Battles", "Armed clash", "Hama", "x", "Rebel groups (Syria)", 1, null, "x");
        Map<String, Object> e2 = Synthetic.sys("2", "c", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Ar-Raqqah",
                "Raqqa", "Islamic State", 4, null, "car bomb");
        e2.put("actor2", "Civilians (Syria)");
        Path sys = Synthetic.writeJsonl(dir.resolve("e.jsonl"), List.of(e1, e1b, e2));
        FakesReport r = FakesAgreement.score(crowd, articles, sys);
        assertEquals(3, r.articles());
        assertEquals(0.667, r.withEvents());
        assertEquals(0.667, r.governorateMain());
        assertEquals(0.667, r.actorClass());
        assertEquals(0.667, r.causeOfDeath());
        assertEquals(0.667, r.civiliansExact()); // 4 = 4 and 0 = 0; 9 != 10
        assertEquals(1.0, r.civiliansClose());
        assertEquals(FakesClasses.NUSRA, FakesClasses.actorClass("Hayat Tahrir al Sham"));
        assertEquals(FakesClasses.SELF_ADMIN, FakesClasses.actorClass("YPG: People's Protection Units"));
        assertEquals(FakesClasses.OPPOSITION, FakesClasses.actorClass("Free Syrian Army"));
        assertEquals(FakesClasses.COALITION, FakesClasses.actorClass("Military Forces of the United States (Coalition)"));
        assertEquals(FakesClasses.EXECUTION, FakesClasses.cause("Attack", List.of("IS executed five men")));
    }
}
