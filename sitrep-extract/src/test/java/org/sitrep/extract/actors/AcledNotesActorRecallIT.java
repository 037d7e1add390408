package org.sitrep.extract.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

/**
 * Upper bound for actor1 accuracy on the ACLED notes dev set: the share of notes whose gold actor1 (normalised as
 * the reference scorer does: parenthesised text dropped, case and punctuation ignored) is among the actors the
 * annotator finds in the note. Reads ../shared (system property sitrep.shared) and skips when it is absent; nothing
 * from the data is kept. Prints the most frequent misses by gold actor form for error analysis.
 */
class AcledNotesActorRecallIT {
    @Test
    void goldActor1IsAmongTheAnnotatedActors() throws IOException {
        String shared = System.getProperty("sitrep.shared", "../shared");
        Path gold = Path.of(shared, "eval", "acled-notes-dev", "gold.csv");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "ACLED notes dev set not present at " + gold);
        List<Map<String, String>> rows = Csv.read(gold);
        ActorAnnotator annotator = new ActorAnnotator();
        // mode: "places" (default; the place layer votes for the article's country), "text" (text cues only),
        // "country" (the gold country as a hint: what this layer gives when the country is known)
        String mode = System.getProperty("sitrep.actors.mode", "places");
        org.sitrep.geo.PlaceAnnotator places = !mode.equals("places") ? null
                : new org.sitrep.geo.PlaceAnnotator(org.sitrep.geo.Gazetteer.loadDefault());
        Map<String, String> iso2ByName = new java.util.HashMap<>();
        for (Country c : ActorCatalog.loadDefault().countries()) iso2ByName.put(c.name(), c.iso2());
        int hit = 0;
        Map<String, int[]> byForm = new LinkedHashMap<>();
        Map<String, List<String>> examples = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            String note = r.get("notes");
            String id = "n" + r.get("data_id");
            Document d = Fixtures.tokenized(id, note);
            if (places != null) d = places.apply(d, new StageContext(id));
            String hint = mode.equals("country") ? iso2ByName.get(r.get("country")) : null;
            List<ActorMention> found = annotator.mentions(d, hint);
            Set<String> names = new HashSet<>();
            for (ActorMention m : found) names.add(normActor(m.actor().name()));
            String g = normActor(r.get("actor1"));
            boolean ok = names.contains(g);
            if (ok) hit++;
            String form = r.get("actor1").replaceAll("\\(.*?\\)", "").replaceAll("\\s+", " ").trim();
            form = form.replace(r.get("country"), "{C}");
            int[] c = byForm.computeIfAbsent(form, k -> new int[2]);
            c[0]++;
            if (!ok) {
                c[1]++;
                List<String> ex = examples.computeIfAbsent(form, k -> new ArrayList<>());
                if (ex.size() < Integer.getInteger("sitrep.actors.examples", 0)) {
                    ex.add(note.substring(0, Math.min(160, note.length())) + "  => " + names);
                }
            }
        }
        double recall = (double) hit / rows.size();
        System.out.printf(Locale.ROOT, "ACLED notes dev (%s): gold actor1 among annotated actors: %d/%d = %.3f%n",
                mode, hit, rows.size(), recall);
        byForm.entrySet().stream().filter(e -> e.getValue()[1] > 0)
                .sorted((a, b) -> Integer.compare(b.getValue()[1], a.getValue()[1])).limit(40)
                .forEach(e -> {
                    System.out.printf(Locale.ROOT, "  missed %4d of %4d  %s%n", e.getValue()[1], e.getValue()[0], e.getKey());
                    for (String ex : examples.getOrDefault(e.getKey(), List.of())) System.out.println("        " + ex);
                });
        assertTrue(recall >= 0.75, "actor1 upper bound fell to " + recall);
    }

    /** As the reference scorer's norm_actor: drop parenthesised text, lower-case, non-letters to spaces. */
    static String normActor(String a) {
        if (a == null) return "";
        String s = a.replaceAll("\\(.*?\\)", "").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z]+", " ").trim();
    }

    /** Minimal RFC 4180 reader: quoted fields with doubled quotes and embedded newlines. */
    static final class Csv {
        static List<Map<String, String>> read(Path p) throws IOException {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            List<List<String>> recs = new ArrayList<>();
            List<String> cur = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean q = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (q) {
                    if (c == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') { f.append('"'); i++; } else q = false;
                    } else f.append(c);
                } else if (c == '"') q = true;
                else if (c == ',') { cur.add(f.toString()); f.setLength(0); }
                else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                    cur.add(f.toString()); f.setLength(0);
                    recs.add(cur); cur = new ArrayList<>();
                } else f.append(c);
            }
            if (f.length() > 0 || !cur.isEmpty()) { cur.add(f.toString()); recs.add(cur); }
            List<String> head = recs.getFirst();
            List<Map<String, String>> out = new ArrayList<>();
            for (List<String> r : recs.subList(1, recs.size())) {
                if (r.size() < head.size()) continue;
                Map<String, String> m = new LinkedHashMap<>();
                for (int k = 0; k < head.size(); k++) m.put(head.get(k), r.get(k));
                out.add(m);
            }
            return out;
        }
    }
}
