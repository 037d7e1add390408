package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.py.PyCsv;
import org.sitrep.eval.py.PyJson;

/**
 * Agreement with score.py on the real dev gold files (read from ../shared at test time, never copied): system
 * files are made on the fly by perturbing the gold (drops, wrong sub-types, moved coordinates, actor variants),
 * so the real CSV quoting and JSON shapes are exercised. Skips when ../shared or python3 is absent.
 */
class RealGoldAgreementTest {
    @TempDir
    Path dir;

    private static Path shared(String rel) {
        String s = System.getProperty("sitrep.shared");
        Path p = s == null ? null : Path.of(s, rel);
        assumeTrue(p != null && Files.exists(p), "shared eval data not present: " + rel);
        return p;
    }

    @Test
    void acledDevGold() throws Exception {
        Optional<Path> tools = ScorePy.tools();
        assumeTrue(tools.isPresent());
        Path gold = shared("eval/acled-notes-dev/gold.csv");
        List<Map<String, String>> rows = PyCsv.readDicts(gold, ',');
        assertEquals(3903, rows.size(), "the Python-compatible CSV reader must see every ACLED row");
        Random r = new Random(3);
        String[] subs = {"Armed clash", "Attack", "Peaceful protest", "Air/drone strike"};
        List<Map<String, Object>> events = new ArrayList<>();
        for (Map<String, String> row : rows) {
            // the set's truncated last row has no coordinates: score.py would crash if an event were placed there
            if (r.nextInt(10) == 0 || row.get("latitude").isEmpty()) continue;
            for (int k = 0; k < 1 + (r.nextInt(8) == 0 ? 1 : 0); k++) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("event_id", row.get("event_id_cnty") + "-" + k);
                e.put("doc_id", row.get("event_id_cnty"));
                e.put("event_type", row.get("event_type"));
                e.put("sub_event_type", r.nextInt(5) == 0 ? subs[r.nextInt(subs.length)] : row.get("sub_event_type"));
                e.put("actor1", r.nextInt(4) == 0 ? row.get("actor1").replaceAll("\\s*\\(.*?\\)", "") : r.nextInt(6) == 0 ? "Rioters" : row.get("actor1"));
                e.put("admin1", r.nextInt(7) == 0 ? row.get("admin2") : row.get("admin1"));
                e.put("location", r.nextInt(6) == 0 ? row.get("admin2") : row.get("location"));
                double km = r.nextInt(3) == 0 ? r.nextDouble() * 40 : r.nextDouble() * 9;
                e.put("latitude", Double.parseDouble(row.get("latitude")) + km / 111.195);
                e.put("longitude", Double.parseDouble(row.get("longitude")));
                e.put("fatalities", r.nextInt(5) == 0 ? r.nextInt(4) : Integer.parseInt(row.get("fatalities")));
                e.put("confidence", r.nextInt(3) * 0.5);
                events.add(e);
            }
        }
        Path sys = Synthetic.writeJsonl(dir.resolve("acled.jsonl"), events);
        ScorePy.Run py = ScorePy.score(tools.get(), "acled", gold, sys);
        assertEquals(py.lastLine(), AcledScorer.score(gold, sys).toJson());
    }

    @Test
    @SuppressWarnings("unchecked")
    void seedGold() throws Exception {
        Optional<Path> tools = ScorePy.tools();
        assumeTrue(tools.isPresent());
        Path gold = shared("eval/seed-gold/seed_events.json");
        Map<String, Object> g = (Map<String, Object>) PyJson.load(gold);
        Random r = new Random(11);
        for (int round = 0; round < 5; round++) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (Object o : (List<Object>) g.get("events")) {
                Map<String, Object> ge = (Map<String, Object>) o;
                if (r.nextInt(4) == 0) continue;
                Map<String, Object> e = new LinkedHashMap<>(ge);
                String doc = (String) ge.get("doc");
                e.remove("doc");
                e.put("doc_id", r.nextBoolean() ? doc : doc.replace(".txt", ""));
                e.put("event_id", "x" + events.size());
                if (r.nextInt(4) == 0) e.put("sub_event_type", "Armed clash");
                if (r.nextInt(4) == 0) e.put("admin1", "Hama");
                if (r.nextInt(4) == 0) e.put("fatalities", 1);
                if (r.nextInt(4) == 0) e.put("actor1", ge.get("actor1") + " (2000-)");
                e.put("evidence", List.of());
                events.add(e);
                if (r.nextInt(5) == 0) events.add(new LinkedHashMap<>(e));
            }
            Path sys = Synthetic.writeJsonl(dir.resolve("seed" + round + ".jsonl"), events);
            ScorePy.Run py = ScorePy.score(tools.get(), "seed", gold, sys);
            assertEquals(py.lastLine(), SeedScorer.score(gold, sys).toJson());
        }
    }
}
