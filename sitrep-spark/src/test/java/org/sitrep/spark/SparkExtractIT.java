package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;

/**
 * The Spark job in local[2] against the CLI on the same input: the same events, byte for byte (as a multiset of
 * lines: Spark's output order follows its partitions), and a Parquet copy with the same ids and values.
 */
class SparkExtractIT {
    static final Path SAMPLE = Path.of("..", "examples", "fa-kes-sample.jsonl");

    static SparkSession spark;

    @BeforeAll static void start() {
        spark = SparkExtract.session("local[2]");
    }

    @AfterAll static void stop() {
        if (spark != null) spark.stop();
    }

    @TempDir Path dir;

    /** The sample plus a bad line, a blank line and a later record reusing the first record's id. */
    private Path input() throws IOException {
        assertTrue(Files.isRegularFile(SAMPLE), "the bundled sample corpus is missing: " + SAMPLE.toAbsolutePath());
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE));
        lines.add(3, "{\"id\": \"broken\", \"text\": ");
        lines.add("");
        // a second record under the id of the first, far from it (another partition): the first is kept
        String first = lines.get(0);
        String id = first.substring(first.indexOf("\"id\""), first.indexOf(',', first.indexOf("\"id\"")));
        lines.add("{" + id + ", \"text\": \"Government forces shelled Kafr Nabl on Monday, killing two civilians.\"}");
        Path in = dir.resolve("in.jsonl");
        Files.write(in, lines);
        return in;
    }

    private static List<String> partLines(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                out.addAll(Files.readAllLines(p));
            }
        }
        return out;
    }

    @Test void sparkWritesTheSameEventsAsTheCli() throws IOException {
        Path in = input();
        Path cliOut = dir.resolve("cli.jsonl");
        int code = Main.run("extract", in.toString(), "--out", cliOut.toString());
        assertEquals(1, code, "the CLI reports the bad line and the duplicate as failed inputs");
        List<String> cli = Files.readAllLines(cliOut);
        assertTrue(cli.size() > 20, "the sample gives events: " + cli.size());

        Path out = dir.resolve("spark");
        SparkExtract.Summary s = SparkExtract.run(spark, in.toString(), out.toString(), 3, 7, false);
        List<String> sparkLines = partLines(out.resolve("events.jsonl"));

        assertEquals(cli.size(), sparkLines.size(), "same number of events");
        assertEquals(cli.size(), s.events());
        assertEquals(sorted(cli), sorted(sparkLines), "same event JSON, line for line");
        assertEquals(2, s.failures(), "the bad line and the duplicate id are reported");
        List<String> failures = partLines(out.resolve("failures.jsonl"));
        assertTrue(failures.stream().anyMatch(f -> f.contains("broken")), "the failure names the record: " + failures);
        assertTrue(failures.stream().anyMatch(f -> f.contains("occurs again later")), "the superseded record is reported: " + failures);

        Dataset<Row> parquet = spark.read().parquet(out.resolve("events.parquet").toString());
        assertEquals(cli.size(), parquet.count());
        Set<String> ids = new TreeSet<>(parquet.select("event_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        Set<String> cliIds = new TreeSet<>();
        for (String l : cli) cliIds.add(l.substring(l.indexOf("\"event_id\":\"") + 12, l.indexOf('"', l.indexOf("\"event_id\":\"") + 12)));
        assertEquals(cliIds, ids, "Parquet holds the same event ids");
        Row first = parquet.orderBy("event_id").first();
        assertTrue(first.getAs("event_date") == null || first.getAs("event_date") instanceof java.sql.Date, "dates are typed");
    }

    @Test void existingOutputIsNotOverwrittenUnlessAsked() throws IOException {
        Path in = dir.resolve("two.jsonl");
        Files.write(in, Files.readAllLines(SAMPLE).subList(0, 2));
        Path out = dir.resolve("again");
        SparkExtract.run(spark, in.toString(), out.toString(), null, 500, false);
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> SparkExtract.run(spark, in.toString(), out.toString(), null, 500, false));
        SparkExtract.run(spark, in.toString(), out.toString(), null, 500, true);
    }

    private static List<String> sorted(List<String> l) {
        List<String> c = new ArrayList<>(l);
        c.sort(null);
        return c;
    }
}
