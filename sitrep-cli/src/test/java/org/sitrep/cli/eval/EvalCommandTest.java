package org.sitrep.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.Extractor;
import picocli.CommandLine;

/** The eval commands on tiny made-up files: extraction through the injected Extractor, or --events. */
class EvalCommandTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
        String lastLine() {
            List<String> lines = out.strip().lines().toList();
            return lines.get(lines.size() - 1);
        }
    }

    private Result run(EvalCommand eval, String... args) {
        CommandLine cl = new CommandLine(eval);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static final String ARTICLE = "Jets struck Kafr Nabudah in Hama on Monday.";

    private Path input() throws Exception {
        return Files.writeString(dir.resolve("in.jsonl"),
                "{\"id\": \"d1\", \"published\": \"2019-05-20\", \"text\": \"" + ARTICLE + "\"}\n");
    }

    private Path gold() throws Exception {
        return Files.writeString(dir.resolve("gold.json"), """
                {"articles": [{"doc": "d1.txt"}], "events": [{"doc": "d1.txt", "event_id": "d1-E01",
                 "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                 "actor1": "Military Forces of Syria", "admin1": "Hama", "location": "Kafr Nabuda", "geo_precision": 1,
                 "fatalities": 0, "event_date": "2019-05-20", "evidence": ["Jets struck Kafr Nabudah"]},
                 {"doc": "d1.txt", "event_id": "d1-E02", "event_type": "Battles", "sub_event_type": "Armed clash",
                 "admin1": "Hama", "location": "Hama", "geo_precision": 3, "evidence": ["made up"]}]}
                """);
    }

    private static String event(String sub, String type) {
        return "{\"event_id\": \"e-" + sub.length() + "\", \"doc_id\": \"d1\", \"event_type\": \"" + type
                + "\", \"sub_event_type\": \"" + sub + "\", \"actor1\": \"Military Forces of Syria (2000-)\","
                + " \"admin1\": \"Hama\", \"location\": \"Kafr Nabudah\", \"fatalities\": 0, \"event_date\": \"2019-05-20\","
                + " \"evidence\": [{\"doc_id\": \"d1\", \"start\": 0, \"end\": 24, \"text\": \"Jets struck Kafr Nabudah\"}]}\n";
    }

    @Test
    void seedRunsTheInjectedExtractorAndPrintsScorePyJsonLast() throws Exception {
        Path in = input(), gold = gold(), saved = dir.resolve("saved.jsonl");
        Extractor x = articles -> {
            assertEquals(in, articles);
            return Files.writeString(Files.createTempFile(dir, "ev", ".jsonl"), event("Air/drone strike", "Explosions/Remote violence"));
        };
        Result r = run(new EvalCommand(x), "seed", gold.toString(), in.toString(), "--explain", "--save", saved.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("{\"mode\": \"seed\", \"gold\": 2, \"system\": 1, \"matched\": 1, \"precision\": 1.0, \"recall\": 0.5, "
                + "\"f1\": 0.667, \"subtype_acc\": 1.0, \"actor1_acc\": 1.0, \"fatalities_acc\": 1.0, \"date_acc\": 1.0}", r.lastLine());
        assertTrue(r.out().contains("MISSED (1)"), r.out());
        assertTrue(r.out().contains("d1-E02"), r.out());
        assertTrue(r.out().contains("valid_share 1.0 of 1 events"), r.out());
        assertTrue(Files.readString(saved).contains("Kafr Nabudah"));
    }

    @Test
    void withoutExtractorEventsFileIsRequired() throws Exception {
        Path in = input(), gold = gold();
        Result r = run(new EvalCommand(), "seed", gold.toString(), in.toString());
        assertEquals(CommandLine.ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("--events"), r.err());

        Path ev = Files.writeString(dir.resolve("ev.jsonl"), event("Armed clash", "Battles"));
        Result ok = run(new EvalCommand(), "seed", gold.toString(), in.toString(), "--events", ev.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.lastLine().contains("\"matched\": 1"), ok.out());
    }

    @Test
    void negativesUsesTheBundledSetByDefault() throws Exception {
        Path empty = Files.writeString(dir.resolve("none.jsonl"), "");
        Result r = run(new EvalCommand(), "negatives", "--events", empty.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.lastLine().startsWith("{\"mode\": \"negatives\""), r.out());
        assertTrue(r.lastLine().contains("\"false_event_rate\": 0.0"), r.out());
        assertTrue(r.lastLine().contains("\"positive_detected\": 0.0"), r.out());
    }

    @Test
    void badEventsFileGivesAClearErrorAndExitCode() throws Exception {
        Path in = input(), gold = gold();
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"doc_id\": \"d1\"\n");
        Result r = run(new EvalCommand(), "seed", gold.toString(), in.toString(), "--events", bad.toString());
        assertEquals(CommandLine.ExitCode.SOFTWARE, r.exit());
        assertTrue(r.err().contains("bad.jsonl line 1"), r.err());
    }

    @Test
    void provenanceFailsLikeCheckProvenance() throws Exception {
        Path in = input();
        Path ev = Files.writeString(dir.resolve("ev.jsonl"), event("Air/drone strike", "Explosions/Remote violence")
                .replace("\"start\": 0", "\"start\": 1"));
        Result r = run(new EvalCommand(), "provenance", in.toString(), "--events", ev.toString(), "--explain");
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("text differs"), r.out());
    }
}
