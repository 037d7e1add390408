package org.sitrep.geo.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerFormatException;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.model.Article;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;
import org.sitrep.pipeline.Document;

/**
 * Geocoding of short event descriptions against ACLED's own coding (EVAL.md, "Geocoding" and "ACLED notes"):
 * per note, the annotator's {@link PlaceAnnotator#mainPlace main place} is compared with the row's location,
 * admin1 and coordinates. Admin1 names are compared as the reference scorer does (consonant skeleton; Rural
 * Damascus ~ Damascus). Reported over all notes and over the notes ACLED codes at geo_precision 1 (a named town),
 * the population of the targets; "any mention within 10 km" separates choosing the event's place from
 * resolving names. Two figures say what the gazetteer allows: "a name of the note within 10 km" (some run of words
 * in the note, read by the gazetteer as any of its entries, or a mention the annotator resolved, lies there: what
 * resolving the note's names could reach)
 * and "gazetteer entry within 10 km" (any entry at all, whatever its name). Where the first is low, the gazetteer
 * lacks the notes' places or knows them by other names; no disambiguation fixes that.
 */
public final class AcledPlaceEval {
    /** One ACLED row: the fields this evaluation reads. */
    public record GoldRow(String id, String country, String admin1, String location, double latitude, double longitude,
                          int geoPrecision) {}

    /** One note scored. */
    public record Item(GoldRow gold, Optional<PlaceMention> chosen, double errorKm, boolean admin1Ok, boolean anyWithin10,
                       boolean nameWithin10, boolean gazetteerWithin10) {}

    /** Figures for one subset of notes. */
    public record Figures(int notes, int located, double within10, double within161, double admin1, double anyWithin10,
                          double nameWithin10, double gazetteerWithin10, double medianErrorKm) {
        String line(String label) {
            return String.format(Locale.ROOT, "%s: %d notes, %d with a place; within 10 km %.3f, within 161 km %.3f, "
                            + "admin1 %.3f, some mention within 10 km %.3f, median error %.1f km; "
                            + "the gazetteer reads a name of the note within 10 km %.3f, has any entry within 10 km %.3f",
                    label, notes, located, within10, within161, admin1, anyWithin10, medianErrorKm, nameWithin10,
                    gazetteerWithin10);
        }
    }

    public record Result(Figures all, Figures precision1) {
        public String summary() { return all.line("acled-notes, all") + "\n" + precision1.line("acled-notes, geo_precision 1"); }
    }

    private final PlaceAnnotator annotator;
    private final Function<Article, Document> tokenizer;
    private final Gazetteer gazetteer;

    /** {@code gazetteer} is the annotator's, asked what it holds near each gold point. */
    public AcledPlaceEval(PlaceAnnotator annotator, Function<Article, Document> tokenizer, Gazetteer gazetteer) {
        this.annotator = annotator;
        this.tokenizer = tokenizer;
        this.gazetteer = gazetteer;
    }

    /**
     * Scores notes (id to the note as an article: its text and, where given, its source) against gold rows; every
     * scored note is appended to {@code items}.
     */
    public Result evaluate(Map<String, Article> notes, List<GoldRow> gold, List<Item> items) {
        Map<String, Document> docs = new java.util.LinkedHashMap<>();
        notes.forEach((id, note) -> docs.put(id, tokenizer.apply(note)));
        // the notes are one batch, as 'sitrep extract' reads them: their sources' homes are learnt first
        PlaceAnnotator annotator = this.annotator.forBatch(docs.values());
        for (GoldRow g : gold) {
            Article note = notes.get(g.id());
            // rows without an id or coordinates cannot be scored (the dev export has one of each)
            if (g.id().isBlank() || note == null || Double.isNaN(g.latitude())) continue;
            Document doc = docs.get(g.id());
            List<PlaceMention> all = annotator.annotate(doc);
            Optional<PlaceMention> best = annotator.mainPlace(doc);
            double err = PlaceEval.MISS_KM;
            boolean admin = false;
            if (best.isPresent()) {
                GeoPlace p = best.get().place();
                err = Gazetteer.km(g.latitude(), g.longitude(), p.latitude(), p.longitude());
                admin = normAdmin(p.admin1()).equals(normAdmin(g.admin1()));
            }
            boolean any = false;
            for (PlaceMention m : all) {
                if (m.place() != null && Gazetteer.km(g.latitude(), g.longitude(), m.place().latitude(), m.place().longitude()) <= 10) any = true;
            }
            boolean covered = gazetteer.nearest(g.latitude(), g.longitude(), 10).isPresent();
            // (a mention the annotator resolved near the point counts as such a name: it may have read a spelling or
            // a bearing that a plain lookup of the words does not)
            boolean named = any || covered && namedNear(doc, g.latitude(), g.longitude());
            items.add(new Item(g, best, err, admin, any, named, covered));
        }
        return new Result(figures(items, false), figures(items, true));
    }

    private static Figures figures(List<Item> items, boolean precision1Only) {
        List<Double> errs = new ArrayList<>();
        int n = 0, located = 0, in10 = 0, in161 = 0, admin = 0, any = 0, named = 0, covered = 0;
        for (Item i : items) {
            if (precision1Only && i.gold().geoPrecision() != 1) continue;
            n++;
            if (i.chosen().isPresent()) located++;
            if (i.errorKm() <= 10) in10++;
            if (i.errorKm() <= 161) in161++;
            if (i.admin1Ok()) admin++;
            if (i.anyWithin10()) any++;
            if (i.nameWithin10()) named++;
            if (i.gazetteerWithin10()) covered++;
            errs.add(i.errorKm());
        }
        errs.sort(null);
        double median = errs.isEmpty() ? Double.NaN : errs.size() % 2 == 1 ? errs.get(errs.size() / 2)
                : (errs.get(errs.size() / 2 - 1) + errs.get(errs.size() / 2)) / 2;
        return new Figures(n, located, ratio(in10, n), ratio(in161, n), ratio(admin, n), ratio(any, n), ratio(named, n), ratio(covered, n), median);
    }

    /** Longest run of words tried as a name. */
    private static final int MAX_NAME_WORDS = 5;

    /**
     * Does some run of one to {@link #MAX_NAME_WORDS} words of the note, holding a capital letter, read in the
     * gazetteer (exactly or by its transliteration skeleton) as an entry within 10 km of the point?
     */
    private boolean namedNear(Document doc, double latitude, double longitude) {
        String text = doc.article().text();
        List<org.sitrep.model.Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!Character.isLetter(tokens.get(i).text().charAt(0))) continue;
            for (int j = i; j < Math.min(tokens.size(), i + MAX_NAME_WORDS); j++) {
                String last = tokens.get(j).text();
                if (!Character.isLetter(last.charAt(0)) && !last.equals("-") && !last.equals("'")) break;
                String name = text.substring(tokens.get(i).start(), tokens.get(j).end());
                if (!Character.isLetter(last.charAt(0)) || name.chars().noneMatch(Character::isUpperCase)) continue;
                for (Gazetteer.Match m : gazetteer.match(name)) {
                    GeoPlace p = m.place();
                    if (Gazetteer.km(latitude, longitude, p.latitude(), p.longitude()) <= 10) return true;
                }
            }
        }
        return false;
    }

    private static double ratio(int a, int b) { return b == 0 ? Double.NaN : (double) a / b; }

    /**
     * The reference scorer's admin1 key: ASCII, lower case, articles and area words dropped, sh/kh/q/dh/th/gh/ph/w/j
     * folded, vowels and doubled letters removed; "Rural Damascus" counts as "Damascus".
     */
    public static String normAdmin(String s) {
        if (s == null || s.isEmpty()) return "";
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "")
                .toLowerCase(Locale.ROOT);
        t = t.replaceAll("[`'’‘ʿʾ\\-]", " ");
        t = t.replaceAll("\\b(al|el|ar|as|ash|an|ad|adh|at|az|ath|aj|ez|es|en|ed)\\b", " ");
        t = t.replaceAll("\\b(province|governorate|city|village|town|countryside|plain|area|region|outskirts|of|the|near"
                + "|northern|southern|eastern|western|north|south|east|west|rural)\\b", " ");
        t = t.replaceAll("[^a-z ]", "");
        String[][] pairs = {{"sh", "s"}, {"kh", "k"}, {"q", "k"}, {"dh", "d"}, {"th", "t"}, {"gh", "g"}, {"ph", "f"},
                {"w", "u"}, {"j", "g"}};
        for (String[] p : pairs) t = t.replace(p[0], p[1]);
        t = t.replaceAll("\\s+", "").replaceAll("[aeiouy]", "").replaceAll("(.)\\1+", "$1");
        return t.equals("rfdmsks") ? "dmsks" : t;
    }

    /** Reads the rows of an ACLED export (CSV with a header; quoted fields may hold commas and newlines). */
    public static List<GoldRow> readGold(Path csv) {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.parse(r);
            if (rows.isEmpty()) throw new GazetteerFormatException(csv + " is empty");
            Map<String, Integer> col = new HashMap<>();
            List<String> header = rows.get(0);
            for (int i = 0; i < header.size(); i++) col.put(header.get(i).strip(), i);
            for (String need : List.of("event_id_cnty", "admin1", "location", "latitude", "longitude", "geo_precision"))
                if (!col.containsKey(need)) throw new GazetteerFormatException(csv + ": no column '" + need
                        + "'; expected an ACLED export with a header row");
            List<GoldRow> out = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() < header.size()) continue;
                out.add(new GoldRow(row.get(col.get("event_id_cnty")), col.containsKey("country") ? row.get(col.get("country")) : "",
                        row.get(col.get("admin1")), row.get(col.get("location")), num(row.get(col.get("latitude"))),
                        num(row.get(col.get("longitude"))), (int) Math.max(0, num0(row.get(col.get("geo_precision"))))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ACLED gold " + csv + ": " + e.getMessage(), e);
        }
    }

    private static double num(String s) {
        try {
            return s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double num0(String s) {
        double d = num(s);
        return Double.isNaN(d) ? 0 : d;
    }

    /** Minimal RFC 4180 reader. */
    static final class Csv {
        private Csv() {}

        static List<List<String>> parse(BufferedReader r) throws IOException {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false, any = false;
            int c;
            while ((c = r.read()) >= 0) {
                char ch = (char) c;
                any = true;
                if (quoted) {
                    if (ch == '"') {
                        r.mark(1);
                        int n = r.read();
                        if (n == '"') f.append('"');
                        else { quoted = false; if (n >= 0) r.reset(); }
                    } else f.append(ch);
                } else if (ch == '"') quoted = true;
                else if (ch == ',') { row.add(f.toString()); f.setLength(0); }
                else if (ch == '\n') { row.add(f.toString()); f.setLength(0); rows.add(row); row = new ArrayList<>(); any = false; }
                else if (ch != '\r') f.append(ch);
            }
            if (any) { row.add(f.toString()); rows.add(row); }
            return rows;
        }
    }
}
