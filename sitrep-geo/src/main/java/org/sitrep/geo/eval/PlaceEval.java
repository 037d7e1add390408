package org.sitrep.geo.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.model.Article;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Document;

/**
 * Geocoding figures of EVAL.md for one gold set:
 * <ul>
 *   <li>resolution of gold mentions (those with coordinates), in their article's context: share within 161 km
 *       ("accuracy@161km") and within 10 km, and the median error; an unresolved mention counts as a miss and as
 *       an error of 20,000 km;</li>
 *   <li>recognition: mention recall (gold mentions overlapped by a found mention) and precision (found mentions
 *       that overlap a gold mention), over all gold mentions, with or without coordinates; "found" are the
 *       resolved mentions 'sitrep places' lists (names left unresolved are not listed by default);</li>
 *   <li>end to end, as the reference scorer ({@code score.py places}) computes it from the 'places' output: a gold
 *       mention with coordinates is found when a found mention lies within 3 characters of it; of those, the one
 *       overlapping most (then starting nearest) is its reading; accuracy@161km and within 10 km over the found
 *       ones, the median error over them (no coordinates: 20,000 km), and the share found.</li>
 * </ul>
 */
public final class PlaceEval {
    static final double MISS_KM = 20_000;

    /** Figures for one set. */
    public record Result(String set, int articles, int goldResolvable, int resolved, double accuracy161,
                         double within10, double medianErrorKm, int goldMentions, int found, int foundMatched,
                         int goldRecalled, double recall, double precision, int unaligned, EndToEnd endToEnd) {
        public String summary() {
            return String.format("%s: %d articles; resolution of %d gold mentions: acc@161km %.3f, within 10 km %.3f, "
                            + "median error %.1f km, unresolved %d; recognition: recall %.3f (%d/%d), precision %.3f (%d/%d); "
                            + "end to end (score.py places): found %.3f, acc@161km of found %.3f, within 10 km %.3f, median %.1f km"
                            + " (%d found mentions off by more than 161 km, %d of them read as countries, continents, seas or"
                            + " first-level units)%s",
                    set, articles, goldResolvable, accuracy161, within10, medianErrorKm, goldResolvable - resolved,
                    recall, goldRecalled, goldMentions, precision, foundMatched, found,
                    endToEnd.found(), endToEnd.accuracy161(), endToEnd.within10(), endToEnd.medianErrorKm(),
                    endToEnd.misses(), endToEnd.wideAreaMisses(),
                    unaligned > 0 ? "; " + unaligned + " gold mentions not found at their offsets (skipped)" : "");
        }
    }

    /**
     * The reference scorer's figures: share of gold mentions found, and accuracy over the found ones; with how many
     * found ones are off by more than 161 km, and how many of those the annotator read as a wide area (a country,
     * continent, sea or first-level unit), whose one point gold sets place by differing conventions (a country's
     * centre, its capital, another gazetteer's point).
     */
    public record EndToEnd(double found, double accuracy161, double within10, double medianErrorKm, int misses,
                           int wideAreaMisses) {}

    /** One resolved gold mention, for --explain style listings. */
    public record Item(String docId, GoldToponym gold, PlaceMention resolved, double errorKm) {}

    private final PlaceAnnotator annotator;
    private final Function<Article, Document> tokenizer;

    public PlaceEval(PlaceAnnotator annotator, Function<Article, Document> tokenizer) {
        this.annotator = annotator;
        this.tokenizer = tokenizer;
    }

    public Result evaluate(GeoparsingCorpus.Loaded set) { return evaluate(set, new ArrayList<>()); }

    /** Scores a set; every resolved gold mention is appended to {@code items}. */
    public Result evaluate(GeoparsingCorpus.Loaded set, List<Item> items) { return evaluate(set, items, new ArrayList<>()); }

    /**
     * As above; {@code found} also receives each gold mention with coordinates that a found mention reads, as the
     * reference scorer pairs them (the end-to-end figures' items).
     */
    public Result evaluate(GeoparsingCorpus.Loaded set, List<Item> items, List<Item> foundItems) {
        List<Double> errors = new ArrayList<>(), e2eErrors = new ArrayList<>();
        int resolvable = 0, resolved = 0, gold = 0, found = 0, foundMatched = 0, recalled = 0, misses = 0, wideAreaMisses = 0;
        List<Document> docs = new ArrayList<>();
        for (GoldArticle ga : set.articles())
            docs.add(tokenizer.apply(new Article(ga.id(), null, ga.text(), null, null, ga.url(), null, null)));
        // the set is one batch, as 'sitrep places' reads it: its outlets' homes are learnt first
        PlaceAnnotator annotator = this.annotator.forBatch(docs);
        for (int n = 0; n < docs.size(); n++) {
            GoldArticle ga = set.articles().get(n);
            Document doc = docs.get(n);
            // what 'sitrep places' lists: resolved mentions only
            List<PlaceMention> mine = annotator.annotateWithPeoples(doc).stream().filter(m -> m.place() != null).toList();
            found += mine.size();
            for (PlaceMention m : mine) if (ga.toponyms().stream().anyMatch(g -> overlaps(m.span(), g))) foundMatched++;
            gold += ga.toponyms().size();
            for (GoldToponym g : ga.toponyms()) if (mine.stream().anyMatch(m -> overlaps(m.span(), g))) recalled++;

            List<GoldToponym> withCoords = ga.toponyms().stream().filter(GoldToponym::hasCoordinates).toList();
            for (GoldToponym g : withCoords) {
                PlaceMention m = scorersReading(mine, g);
                if (m == null) continue;
                double err = m.place() == null ? MISS_KM
                        : Gazetteer.km(g.latitude(), g.longitude(), m.place().latitude(), m.place().longitude());
                e2eErrors.add(err);
                if (err > 161) { misses++; if (wideArea(m.place())) wideAreaMisses++; }
                foundItems.add(new Item(ga.id(), g, m, err));
            }
            List<Span> spans = withCoords.stream().map(g -> new Span(g.start(), g.end())).toList();
            List<PlaceMention> res = annotator.resolveSpans(doc, spans);
            for (int i = 0; i < withCoords.size(); i++) {
                GoldToponym g = withCoords.get(i);
                PlaceMention m = res.get(i);
                resolvable++;
                double err = MISS_KM;
                if (m.place() != null) {
                    resolved++;
                    err = Gazetteer.km(g.latitude(), g.longitude(), m.place().latitude(), m.place().longitude());
                }
                errors.add(err);
                items.add(new Item(ga.id(), g, m, err));
            }
        }
        double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long in161 = Arrays.stream(e).filter(x -> x <= 161).count();
        long in10 = Arrays.stream(e).filter(x -> x <= 10).count();
        double median = e.length == 0 ? Double.NaN
                : e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2;
        double[] f = e2eErrors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        EndToEnd e2e = new EndToEnd(ratio(f.length, resolvable), ratio(Arrays.stream(f).filter(x -> x <= 161).count(), f.length),
                ratio(Arrays.stream(f).filter(x -> x <= 10).count(), f.length), f.length == 0 ? Double.NaN : f[f.length / 2],
                misses, wideAreaMisses);
        return new Result(set.name(), set.articles().size(), resolvable, resolved, ratio(in161, e.length),
                ratio(in10, e.length), median, gold, found, foundMatched, recalled, ratio(recalled, gold),
                ratio(foundMatched, found), set.unaligned(), e2e);
    }

    /**
     * The found mention the reference scorer reads a gold mention by: those within 3 characters of it, the one
     * overlapping most, then the one starting nearest (the first of equals); null when none.
     */
    static PlaceMention scorersReading(List<PlaceMention> mine, GoldToponym g) {
        PlaceMention best = null;
        int bestOverlap = 0, bestDistance = 0;
        for (PlaceMention m : mine) {
            if (m.span().start() >= g.end() + 3 || m.span().end() <= g.start() - 3) continue;
            int overlap = Math.min(m.span().end(), g.end()) - Math.max(m.span().start(), g.start());
            int distance = Math.abs(m.span().start() - g.start());
            if (best == null || overlap > bestOverlap || overlap == bestOverlap && distance < bestDistance) {
                best = m; bestOverlap = overlap; bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean overlaps(Span s, GoldToponym g) { return s.start() < g.end() && g.start() < s.end(); }

    static double ratio(long a, long b) { return b == 0 ? Double.NaN : (double) a / b; }

    /** Features read as one point for a wide area. */
    private static final java.util.Set<String> WIDE_AREAS = java.util.Set.of("country", "continent", "admin1", "sea", "region");

    private static boolean wideArea(GeoPlace p) {
        return p != null && p.feature() != null && WIDE_AREAS.contains(p.feature());
    }
}
