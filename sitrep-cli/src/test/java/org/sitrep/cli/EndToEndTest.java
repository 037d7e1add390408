package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.ProvenanceCheck;
import org.sitrep.eval.ProvenanceReport;
import org.sitrep.export.EventJson;
import org.sitrep.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.sqlite.SqliteEventStore;

/** The CLI on the bundled example corpus, as a user runs it. */
class EndToEndTest {
    @TempDir Path dir;

    Path corpus() throws IOException {
        Path p = dir.resolve("corpus.jsonl");
        try (InputStream in = EndToEndTest.class.getResourceAsStream(DemoCommand.CORPUS)) {
            Files.copy(in, p);
        }
        return p;
    }

    /** A command's exit code and what it wrote to standard error. */
    record Run(int code, String err) {}

    static Run runCapturingErr(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    static Set<String> ids(Path eventsJsonl) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(eventsJsonl)) if (!line.isBlank()) ids.add(EventJson.fromJson(line).eventId());
        return ids;
    }

    @Test
    void extractsEventsWhoseEvidenceIsTheArticleTextAndRerunsGiveTheSameIds() throws IOException {
        Path in = corpus();
        Path out1 = dir.resolve("a.jsonl"), out2 = dir.resolve("b.jsonl");
        assertEquals(0, Main.run("extract", in.toString(), "--out", out1.toString(), "--threads", "2"));
        assertEquals(0, Main.run("extract", in.toString(), "--out", out2.toString(), "--threads", "1"));
        List<String> lines = Files.readAllLines(out1);
        assertTrue(lines.size() > 50, "the sample corpus reports many events, got " + lines.size());
        ProvenanceReport report = ProvenanceCheck.check(in, out1);
        assertTrue(report.passed(), report.toJson());
        assertEquals(ids(out1), ids(out2), "event ids must not depend on the run or the thread count");
        assertEquals(Files.readString(out1), Files.readString(out2), "output must be deterministic");
        for (String line : lines) {
            Event e = EventJson.fromJson(line);
            assertTrue(e.docId() != null && !e.evidence().isEmpty() && e.provenance().containsKey("sub_event_type"));
        }
    }

    @Test
    void writesAcledCsvAndGeoJson() throws IOException {
        Path in = corpus();
        Path csv = dir.resolve("e.csv"), geo = dir.resolve("e.geojson");
        assertEquals(0, Main.run("extract", in.toString(), "--out", csv.toString()));
        assertEquals(0, Main.run("extract", in.toString(), "--out", geo.toString()));
        assertTrue(Files.readString(csv).startsWith("event_id_cnty,event_date,"), "ACLED header");
        assertTrue(Files.readString(geo).contains("\"FeatureCollection\""));
    }

    @Test
    void aBadInputIsReportedTheRestGoesOnAndTheExitCodeSaysSo() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(batch.resolve("good.jsonl"), """
                {"id": "g1", "published": "2016-05-02", "text": "Russian warplanes struck the town of Saraqeb in Idlib province on Sunday, killing seven civilians."}
                this line is not JSON
                """);
        Files.write(batch.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Path out = dir.resolve("out.jsonl");
        Run run = runCapturingErr("extract", batch.toString(), "--out", out.toString(), "--store", dir.resolve("s.db").toString());
        String messages = run.err();
        assertEquals(1, run.code(), "failures must show in the exit code");
        assertTrue(messages.contains("good.jsonl:2"), "the bad line is named: " + messages);
        assertTrue(messages.contains("binary.txt"), "the binary file is named: " + messages);
        assertTrue(Files.readString(out).contains("\"doc_id\":\"g1\""), "the good article still gives its event");
        try (SqliteEventStore db = SqliteEventStore.open(dir.resolve("s.db"))) {
            assertEquals(2, db.failures().size(), "failures are recorded in the store");
        }
    }

    @Test
    void extractReadsATownPapersBareNamesWithWhatItsOtherArticlesSay() throws IOException {
        Path in = dir.resolve("town.jsonl");
        String url = "https://www.paris-post.example/news/";
        Files.writeString(in, String.join("\n",
                "{\"id\": \"t1\", \"url\": \"" + url + "1\", \"text\": \"The Henry County commission met in Paris, Tenn., on Monday.\"}",
                "{\"id\": \"t2\", \"url\": \"" + url + "2\", \"text\": \"A fire destroyed a barn near Paris, Tennessee, late on Friday.\"}",
                "{\"id\": \"t3\", \"url\": \"" + url + "3\", \"text\": \"Students from Puryear in Henry County won a regional prize.\"}",
                "{\"id\": \"t4\", \"url\": \"" + url + "4\", \"published\": \"2009-03-03\", \"text\": \"Gunmen shot dead two men in Paris on Tuesday, police said.\"}",
                // the same report from an outlet with no other articles: read alone
                "{\"id\": \"w1\", \"url\": \"https://wire.example/1\", \"published\": \"2009-03-03\", \"text\": \"Gunmen shot dead two men in Paris on Tuesday, police said.\"}"));
        Path out = dir.resolve("town-events.jsonl");
        assertEquals(0, Main.run("extract", in.toString(), "--out", out.toString(), "--threads", "2"));
        java.util.Map<String, Event> byDoc = new java.util.HashMap<>();
        for (String line : Files.readAllLines(out)) if (!line.isBlank()) byDoc.putIfAbsent(EventJson.fromJson(line).docId(), EventJson.fromJson(line));
        assertEquals("Tennessee", byDoc.get("t4").admin1(), "the paper's own Paris: " + byDoc.get("t4"));
        assertEquals("Île-de-France", byDoc.get("w1").admin1(), "the wire's Paris: " + byDoc.get("w1"));
    }

    @Test
    void placesSkipsARecordWithABlankIdAndGoesOn() throws IOException {
        Path in = dir.resolve("notes.jsonl");
        Files.writeString(in, """
                {"id": "n1", "text": "Gunmen attacked a checkpoint in Kabul on Friday."}
                {"id": " ", "text": "Protesters marched in Lagos."}
                {"id": "n3", "text": "Troops shelled positions near Donetsk."}
                """);
        Path out = dir.resolve("places.jsonl");
        Run run = runCapturingErr("places", in.toString(), "--out", out.toString());
        assertEquals(1, run.code(), "the failure shows in the exit code");
        assertTrue(run.err().contains("notes.jsonl:2"), run.err());
        String rows = Files.readString(out);
        assertTrue(rows.contains("\"doc_id\":\"n1\"") && rows.contains("\"doc_id\":\"n3\""), "the rest of the batch goes on: " + rows);
    }

    @Test
    void placesListsEachMentionWithItsReadingAndReadsThePublisher() throws IOException {
        Path in = dir.resolve("articles.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": \"a\", \"text\": \"Deputies searched a farm in Licking County after Russian visitors left.\", \"source\": \"Evening Courier\"}",
                "{\"id\": \"b\", \"text\": \"Firefighters protested outside the station in San Carlos on Tuesday.\", \"source\": \"Diario del Sur (Chile)\"}"));
        Path out = dir.resolve("places.jsonl");
        assertEquals(0, Main.run("places", in.toString(), "--out", out.toString()));
        java.util.List<String> rows = Files.readAllLines(out);
        String county = rows.stream().filter(r -> r.contains("\"text\":\"Licking County\"")).findFirst()
                .orElseThrow(() -> new AssertionError(rows));
        for (String field : java.util.List.of("\"doc_id\":\"a\"", "\"start\":", "\"end\":", "\"gazetteer_id\":", "\"latitude\":",
                "\"longitude\":", "\"country\":\"United States\"", "\"admin1\":\"Ohio\"", "\"admin2\":", "\"feature\":\"admin2\"", "\"pass\":"))
            assertTrue(county.contains(field), field + " in " + county);
        assertTrue(rows.stream().anyMatch(r -> r.contains("\"text\":\"Russian\"") && r.contains("\"pass\":\"demonym\"")), rows.toString());
        // the publisher's country decides a name the text leaves open
        assertTrue(rows.stream().anyMatch(r -> r.contains("\"text\":\"San Carlos\"") && r.contains("\"country\":\"Chile\"")), rows.toString());
    }

    @Test
    void placesListsUnresolvedNamesOnlyWhenAsked() throws IOException {
        Path in = dir.resolve("unresolved.jsonl");
        // "Glenrock" has gazetteer namesakes only in the United States; an Australian story sets them aside
        Files.writeString(in, "{\"id\": \"u\", \"text\": \"Walkers in Newcastle, New South Wales, found the track to Glenrock closed after storms in Australia.\"}\n");
        Path out = dir.resolve("places.jsonl");
        Run run = runCapturingErr("places", in.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        java.util.List<String> rows = Files.readAllLines(out);
        assertTrue(rows.stream().noneMatch(r -> r.contains("\"gazetteer_id\":null")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("\"text\":\"Newcastle\"")), rows.toString());
        assertTrue(run.err().contains("not resolved, listed with --unresolved"), run.err());
        Path all = dir.resolve("all.jsonl");
        assertEquals(0, Main.run("places", in.toString(), "--out", all.toString(), "--unresolved"));
        java.util.List<String> listed = Files.readAllLines(all);
        assertTrue(listed.stream().anyMatch(r -> r.contains("\"text\":\"Glenrock\"") && r.contains("\"latitude\":null")), listed.toString());
        assertEquals(rows.size() + 1, listed.size(), listed.toString());
    }

    @Test
    void demoLoadsTheBundledCorpusIntoAFreshStoreTwiceWithTheSameResult() {
        Path db = dir.resolve("demo.db");
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        long first;
        try {
            assertEquals(0, Main.run("demo", "--no-serve", "--store", db.toString()));
            try (SqliteEventStore s = SqliteEventStore.open(db)) { first = s.countEvents(EventQuery.all()); }
            assertEquals(0, Main.run("demo", "--no-serve", "--store", db.toString()));
        } finally {
            System.setOut(out);
        }
        try (SqliteEventStore s = SqliteEventStore.open(db)) {
            assertEquals(first, s.countEvents(EventQuery.all()), "a re-run leaves no duplicates");
            assertEquals(82, s.stats().articles());
        }
        String summary = captured.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("Events by type") && summary.contains("Ten deadliest events"), summary);
    }
}
