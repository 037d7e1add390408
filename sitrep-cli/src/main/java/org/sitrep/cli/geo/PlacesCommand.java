package org.sitrep.cli.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.OutletLocales;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.geo.eval.SimpleTokenizer;
import org.sitrep.model.Article;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep places INPUT... --out FILE}: one JSON line per place mention (doc_id, start, end, text,
 * gazetteer_id, name, latitude, longitude, country, admin1, feature, pass). Reads .jsonl (fields id or doc_id,
 * and text) and .txt files or directories of them; a bad line is reported with its file and line and skipped.
 * Names the gazetteer could not resolve (no reading fits the text: a namesake abroad, a name it lacks) are counted
 * and listed only with {@code --unresolved}: a line without coordinates is no place on a map.
 */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Find and resolve place mentions; one JSON line per mention.")
public final class PlacesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".jsonl or .txt files, or directories")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output JSON Lines file ('-' for stdout)")
    Path out;

    @Option(names = "--unresolved", description = "Also list names found but not resolved (no gazetteer id or "
            + "coordinates; 'pass' says which rule set the readings aside), e.g. to see what a gazetteer lacks")
    boolean unresolved;

    @Mixin GazetteerOption gazetteer = new GazetteerOption();

    @Spec CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override public Integer call() throws IOException {
        Gazetteer g = gazetteer.load();
        PlaceAnnotator annotator = new PlaceAnnotator(g);
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0, docs = 0, placed = 0, unplaced = 0;
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".txt"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                err.println("sitrep places: " + in + ": no such file or directory");
                failures++;
            }
        }
        boolean stdout = out.toString().equals("-");
        // first pass: where each outlet of the batch is at home (town papers name their neighbours without a state);
        // each file is read again for the second, so only one file's articles are held at a time
        PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
        Iterable<org.sitrep.pipeline.Document> surveyed = () -> files.stream()
                .flatMap(f -> readQuietly(f, quiet).stream())
                .filter(a -> a != null && OutletLocales.outletOf(a) != null)
                .map(SimpleTokenizer::tokenize).iterator();
        annotator = annotator.forBatch(surveyed);
        try (BufferedWriter w = stdout ? new BufferedWriter(spec.commandLine().getOut())
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                for (Article a : articles(f, err)) {
                    if (a == null) { failures++; continue; }
                    docs++;
                    // one article's failure is reported and the batch goes on
                    List<PlaceMention> mentions;
                    try {
                        mentions = annotator.annotateWithPeoples(SimpleTokenizer.tokenize(a));
                    } catch (RuntimeException e) {
                        err.println("sitrep places: " + f + ": document " + a.id() + ": failed (" + e + "); skipped");
                        failures++;
                        continue;
                    }
                    for (PlaceMention m : mentions) {
                        if (m.place() != null) {
                            placed++;
                        } else {
                            unplaced++;
                            if (!unresolved) continue;
                        }
                        w.write(JSON.writeValueAsString(row(a.id(), m)));
                        w.newLine();
                    }
                }
            }
        }
        String unplacedNote = unplaced == 0 ? "" : unresolved ? " and " + unplaced + " unresolved names"
                : " (" + unplaced + " names not resolved, listed with --unresolved)";
        err.printf("sitrep places: %d documents, %d place mentions%s, %d failures%n", docs, placed, unplacedNote, failures);
        err.println(OutletLocales.describe(annotator.outletLocales(), 5));
        err.println(g.attribution());
        return failures == 0 ? 0 : 1;
    }

    static ObjectNode row(String docId, PlaceMention m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("doc_id", docId);
        o.put("start", m.span().start());
        o.put("end", m.span().end());
        o.put("text", m.text());
        GeoPlace p = m.place();
        if (p == null) {
            for (String k : List.of("gazetteer_id", "name", "latitude", "longitude", "country", "admin1", "admin2", "feature")) o.putNull(k);
        } else {
            o.put("gazetteer_id", p.gazetteerId());
            o.put("name", p.name());
            o.put("latitude", Math.round(p.latitude() * 1e5) / 1e5);
            o.put("longitude", Math.round(p.longitude() * 1e5) / 1e5);
            o.put("country", p.country());
            o.put("admin1", p.admin1());
            o.put("admin2", p.admin2()); // where the gazetteer knows it (US counties, WOF districts of SY/IQ/YE/LB/UA)
            o.put("feature", p.feature());
        }
        o.put("pass", m.pass());
        o.put("geo_precision", m.precision());
        return o;
    }

    private static String optionalText(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static List<Article> readQuietly(Path f, PrintWriter err) {
        try {
            return articles(f, err);
        } catch (IOException e) {
            // (the second pass reads the file again and reports it)
            return List.of();
        }
    }

    /** Articles of one file; a null entry stands for a line that could not be read (already reported). */
    private static List<Article> articles(Path f, PrintWriter err) throws IOException {
        List<Article> out = new ArrayList<>();
        String name = f.getFileName().toString();
        if (name.endsWith(".txt")) {
            out.add(new Article(name.replaceFirst("\\.txt$", ""), null, Files.readString(f), null, null, null, null, f.toString()));
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    JsonNode j = JSON.readTree(line);
                    JsonNode id = j.has("doc_id") ? j.get("doc_id") : j.get("id");
                    JsonNode text = j.get("text");
                    if (text == null || !text.isTextual()) {
                        err.println("sitrep places: " + f + ":" + n + ": no \"text\" field; line skipped");
                        out.add(null);
                        continue;
                    }
                    String docId = id == null || id.isNull() ? name + ":" + n : id.asText();
                    // the publisher (source, url) is evidence of the country an ambiguous name lies in
                    out.add(new Article(docId, null, text.asText(), null, optionalText(j, "source"), optionalText(j, "url"),
                            null, f + ":" + n));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    err.println("sitrep places: " + f + ":" + n + ": not JSON (" + e.getOriginalMessage() + "); line skipped");
                    out.add(null);
                } catch (IllegalArgumentException e) {
                    // a blank id: one bad record must not end the batch
                    err.println("sitrep places: " + f + ":" + n + ": " + e.getMessage() + "; line skipped");
                    out.add(null);
                }
            }
        }
        return out;
    }
}
