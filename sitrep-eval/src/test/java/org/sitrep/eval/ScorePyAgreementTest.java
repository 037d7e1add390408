package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.py.PyJson;

/**
 * The Java scorers must print the same JSON line as the reference score.py / check_provenance.py on the same
 * files. Files are synthetic (see {@link Synthetic}); the test skips when python3 or ../shared/tools is absent.
 */
class ScorePyAgreementTest {
    @TempDir
    Path dir;
    Path tools;

    @BeforeEach
    void needPython() {
        Optional<Path> t = ScorePy.tools();
        assumeTrue(t.isPresent(), "python3 or sitrep.shared/tools/score.py not available");
        tools = t.get();
    }

    private void agree(String mode, Path gold, Path sys, EvalReport java) throws IOException, InterruptedException {
        ScorePy.Run py = ScorePy.score(tools, mode, gold, sys);
        assertEquals(0, py.exit(), () -> "score.py failed: " + py.stderr());
        assertEquals(py.lastLine(), java.toJson(), "score.py and the Java port disagree on " + sys.getFileName());
    }

    @Test
    void seedTrickyRules() throws Exception {
        Path gold = Synthetic.writeJson(dir.resolve("gold.json"), Synthetic.seedGold());
        Path sys = Synthetic.writeJsonl(dir.resolve("sys.jsonl"), Synthetic.seedSystem());
        agree("seed", gold, sys, SeedScorer.score(gold, sys));
        agree("dedup", gold, sys, DedupScorer.score(gold, sys));
    }

    @Test
    void seedEmptySystem() throws Exception {
        Path gold = Synthetic.writeJson(dir.resolve("gold.json"), Synthetic.seedGold());
        Path sys = Synthetic.write(dir.resolve("sys.jsonl"), "\n  \n");
        agree("seed", gold, sys, SeedScorer.score(gold, sys));
        agree("dedup", gold, sys, DedupScorer.score(gold, sys));
    }

    @Test
    void seedRandomSystems() throws Exception {
        Path gold = Synthetic.writeJson(dir.resolve("gold.json"), Synthetic.seedGold());
        Random r = new Random(20240601L);
        for (int i = 0; i < 12; i++) {
            Path sys = Synthetic.writeJsonl(dir.resolve("sys" + i + ".jsonl"), Synthetic.randomSystem(r, 5 + r.nextInt(30)));
            agree("seed", gold, sys, SeedScorer.score(gold, sys));
            agree("dedup", gold, sys, DedupScorer.score(gold, sys));
        }
    }

    @Test
    void acledTrickyRules() throws Exception {
        Path gold = Synthetic.write(dir.resolve("gold.csv"), Synthetic.acledCsv());
        Path sys = Synthetic.writeJsonl(dir.resolve("sys.jsonl"), Synthetic.acledSystem());
        agree("acled", gold, sys, AcledScorer.score(gold, sys));
    }

    @Test
    void acledRandomSystems() throws Exception {
        Path gold = Synthetic.write(dir.resolve("gold.csv"), Synthetic.acledCsv());
        Random r = new Random(7L);
        String[] ids = {"AAA1", "AAA2", "AAA3", "AAA4", "AAA5", "AAA6", "AAA7", "AAA8", "BBB9"};
        double[][] at = {{10, 20}, {33.5, 36.3}, {0, 0}, {-5.5, 120.25}, {12, -70}, {45, 45}, {-0.5, 42.1}, {-0.6, 42.2}, {1, 1}};
        for (int i = 0; i < 12; i++) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (Map<String, Object> e : Synthetic.randomSystem(r, 4 + r.nextInt(20))) {
                int k = r.nextInt(ids.length);
                e.put("doc_id", ids[k]);
                e.remove("articles");
                e.put("evidence", List.of());
                double km = r.nextInt(3) == 0 ? 10 + (r.nextDouble() - 0.5) * 0.02 : r.nextDouble() * 30;
                e.put("latitude", r.nextInt(8) == 0 ? null : at[k][0] + km / 111.195);
                e.put("longitude", at[k][1]);
                e.put("admin1", new String[] {"North Province", "Rural Damascus", "Damascus", "East", "West Province", null}[r.nextInt(6)]);
                e.put("location", new String[] {"Alpha Town", "Alpha", "Beta", "Gamma", "Eta Village", "Delta City", ""}[r.nextInt(7)]);
                e.put("actor1", new String[] {"Military Forces of Testland", "Al Shabaab", "Al-Shabaab", "Rioters (Testland)", "x"}[r.nextInt(5)]);
                e.put("fatalities", new Object[] {0, 2, 2.9, "3", null, 10, 1}[r.nextInt(7)]);
                events.add(e);
            }
            Path sys = Synthetic.writeJsonl(dir.resolve("a" + i + ".jsonl"), events);
            agree("acled", gold, sys, AcledScorer.score(gold, sys));
        }
    }

    @Test
    void caseSnippets() throws Exception {
        Path gold = Synthetic.write(dir.resolve("gold.tsv"),
                "id\ttext\tSubType\n1\ta\tAIR_STRIKE\n2\tb\tARMED_CLASH\n3\tc\tNONE\n4\td\tNONE\n5\te\tPEACE_PROTEST\n6\tf\tAIR_STRIKE\n");
        List<Map<String, Object>> s = List.of(
                Synthetic.geo(Synthetic.sys("1", "c1", Synthetic.ERV, Synthetic.AIR, null, null, null, 0, null, "x"), null, null, 0.2),
                Synthetic.geo(Synthetic.sys("1", "c2", Synthetic.BAT, Synthetic.CLASH, null, null, null, 0, null, "x"), null, null, 0.9),
                Synthetic.geo(Synthetic.sys("2", "c3", Synthetic.BAT, Synthetic.CLASH, null, null, null, 0, null, "x"), null, null, null),
                Synthetic.geo(Synthetic.sys("3", "c4", "Protests", "Peaceful protest", null, null, null, 0, null, "x"), null, null, 1),
                Synthetic.geo(Synthetic.sys("6", "c5", Synthetic.ERV, Synthetic.AIR, null, null, null, 0, null, "x"), null, null, 0.5));
        Path sys = Synthetic.writeJsonl(dir.resolve("sys.jsonl"), s);
        agree("case", gold, sys, CaseScorer.score(gold, sys));
    }

    @Test
    void places() throws Exception {
        Path gold = Synthetic.writeJsonl(dir.resolve("gold.jsonl"), List.of(
                Synthetic.map("doc_id", "d1", "start", 0, "end", 5, "phrase", "Homsy", "lat", 34.73, "lon", 36.72),
                Synthetic.map("doc_id", "d1", "start", 20, "end", 25, "phrase", "Hamah", "lat", 35.13, "lon", 36.75),
                Synthetic.map("doc_id", "d2", "start", 3, "end", 9, "phrase", "Aleppo", "lat", 36.2, "lon", 37.16),
                Synthetic.map("doc_id", "d2", "start", 40, "end", 45, "phrase", "Nowhere", "lat", 0.0, "lon", 0.0)));
        Path sys = Synthetic.writeJsonl(dir.resolve("sys.jsonl"), List.of(
                Synthetic.map("doc_id", "d1", "start", 1, "end", 5, "latitude", 34.7, "longitude", 36.7),
                Synthetic.map("doc_id", "d1", "start", 0, "end", 3, "latitude", 30.0, "longitude", 30.0),
                Synthetic.map("doc_id", "d1", "start", 21, "end", 24, "latitude", null, "longitude", 1.0),
                Synthetic.map("doc_id", "d2", "start", 2, "end", 9, "latitude", "36.3", "longitude", 37.1)));
        agree("places", gold, sys, PlacesScorer.score(gold, sys));
    }

    @Test
    void provenance() throws Exception {
        String text = "Jets struck \uD83D\uDCA5 Idlib on Monday, killing 3.";
        Path input = Synthetic.writeJsonl(dir.resolve("in.jsonl"), List.of(
                Synthetic.map("id", "a1", "text", text), Synthetic.map("id", 7, "text", "Seven.")));
        int idl = text.indexOf("Idlib");
        List<Map<String, Object>> ev = List.of(
                Synthetic.map("event_id", "ok", "evidence", List.of(Synthetic.map("doc_id", "a1", "start", idl, "end", idl + 5, "text", "Idlib"))),
                Synthetic.map("event_id", "emoji", "evidence", List.of(Synthetic.map("doc_id", "a1", "start", 12, "end", 14, "text", "\uD83D\uDCA5"))),
                Synthetic.map("event_id", "half", "evidence", List.of(Synthetic.map("doc_id", "a1", "start", 12, "end", 13, "text", "\uFFFD"))),
                Synthetic.map("event_id", "wrongtext", "evidence", List.of(Synthetic.map("doc_id", "a1", "start", 0, "end", 4, "text", "jets"))),
                Synthetic.map("event_id", "range", "evidence", List.of(Synthetic.map("doc_id", "a1", "start", 0, "end", 999, "text", "x"))),
                Synthetic.map("event_id", "intdoc", "evidence", List.of(Synthetic.map("doc_id", 7, "start", 0, "end", 5, "text", "Seven"))),
                Synthetic.map("event_id", "booldoc", "evidence", List.of(Synthetic.map("doc_id", 7, "start", false, "end", true, "text", "S"))),
                Synthetic.map("event_id", "floatstart", "evidence", List.of(Synthetic.map("doc_id", 7, "start", 0.0, "end", 5, "text", "Seven"))),
                Synthetic.map("event_id", "none", "evidence", List.of()),
                Synthetic.map("event_id", null, "evidence", List.of(Synthetic.map("doc_id", "zz", "start", 0, "end", 1, "text", "J"))));
        Path events = Synthetic.writeJsonl(dir.resolve("ev.jsonl"), ev);
        ProvenanceReport java = ProvenanceCheck.check(input, events);
        ScorePy.Run py = ScorePy.provenance(tools, input, events);
        assertEquals(py.lastLine(), java.toJson());
        assertEquals(py.exit() == 0, java.passed());

        Path good = Synthetic.writeJsonl(dir.resolve("good.jsonl"), ev.subList(0, 2));
        ScorePy.Run py2 = ScorePy.provenance(tools, input, good);
        ProvenanceReport java2 = ProvenanceCheck.check(input, good);
        assertEquals(py2.lastLine(), java2.toJson());
        assertEquals(py2.exit() == 0, java2.passed());
    }

    @Test
    void normalisersOnRandomStrings() throws Exception {
        Random r = new Random(99L);
        String[] pieces = {"al-", "Al ", "el", "ash-", "Sh", "kh", "Q", "dh", "th", "gh", "ph", "w", "j", "'", "\u2019", "\u02bf",
            "`", "-", " ", "  ", "(", ")", "(2000-)", "ee", "oo", "yy", "Rif", "Dimashq", "Rural", "Damascus", "Governorate",
            "province", "city", "Kafr", "Nabudah", "\u00e9", "\u00c9", "\u0130", "\u212a", "\ufb01", "\u0627\u0644", "1", "_",
            "ss", "Deir", "ez-Zor", "\n", "\t", ".", ",", "Military Forces of Syria", "NORTH", "the", "of"};
        List<String> samples = new ArrayList<>(List.of("", "Rif Dimashq", "Rural Damascus", "Rif Dimashqs", "Deir ez-Zor", "Dayr az Zawr"));
        for (int i = 0; i < 1000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) b.append(pieces[r.nextInt(pieces.length)]);
            samples.add(b.toString());
        }
        StringBuilder in = new StringBuilder();
        for (String s : samples) in.append(PyJson.dumps(s)).append('\n');
        Path file = Synthetic.write(dir.resolve("strings.jsonl"), in.toString());
        List<String> py = ScorePy.normalise(tools, file);
        assertEquals(samples.size(), py.size());
        for (int i = 0; i < samples.size(); i++) {
            String s = samples.get(i);
            String java = PyJson.dumps(List.of(Norm.skel(s), Norm.normActor(s), Norm.normAdmin(s)));
            assertEquals(py.get(i), java, "normalisers disagree on " + PyJson.dumps(s));
        }
    }
}
