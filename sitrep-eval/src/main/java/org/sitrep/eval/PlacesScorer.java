package org.sitrep.eval;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.eval.py.EvalInputException;
import org.sitrep.eval.py.Py;
import org.sitrep.eval.py.PyJson;

/**
 * Geocoding of place mentions (EVAL.md "Geocoding"), a port of score.py {@code places}: a gold mention is found
 * when a system mention of the same document overlaps it (3 characters of slack); found mentions are scored by
 * distance (within 161 km, within 10 km, median error; a mention without coordinates counts as 20000 km).
 */
public final class PlacesScorer {
    private PlacesScorer() {}

    /** Errors are ints (20000, no coordinates) or floats, as in score.py, because round() keeps the type. */
    public static PlacesReport score(Path goldJsonl, Path placesJsonl) throws IOException {
        Map<String, List<Map<String, Object>>> sysm = new HashMap<>();
        for (PyJson.Line l : PyJson.loadLines(placesJsonl)) {
            Map<String, Object> m = object(l, placesJsonl);
            sysm.computeIfAbsent(Py.str(m.get("doc_id")), k -> new ArrayList<>()).add(m);
        }
        List<Map<String, Object>> gold = new ArrayList<>();
        for (PyJson.Line l : PyJson.loadLines(goldJsonl)) gold.add(object(l, goldJsonl));
        if (gold.isEmpty()) throw new EvalInputException(goldJsonl + ": no gold mentions");
        int found = 0, ok161 = 0, ok10 = 0;
        List<Object> errs = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> g : gold) {
            String what = goldJsonl + " mention";
            double gs = num(Py.require(g, "start", what)), ge = num(Py.require(g, "end", what));
            Map<String, Object> best = null;
            double bo = 0, bd = 0;
            for (Map<String, Object> m : sysm.getOrDefault(Py.str(Py.require(g, "doc_id", what)), List.of())) {
                if (m.get("start") == null) continue;
                double ms = num(m.get("start")), me = num(Py.require(m, "end", placesJsonl + " mention"));
                if (!(ms < ge + 3 && me > gs - 3)) continue;
                double o = Math.min(me, ge) - Math.max(ms, gs), d = -Math.abs(ms - gs);
                if (best == null || o > bo || (o == bo && d > bd)) {
                    best = m;
                    bo = o;
                    bd = d;
                }
            }
            if (best == null) {
                wrong.add("not found: " + Py.str(g.get("doc_id")) + " " + Py.repr(g.get("phrase")));
                continue;
            }
            found++;
            Optional<Double> la = Py.fl(best.get("latitude")), lo = Py.fl(best.get("longitude"));
            if (la.isEmpty() || lo.isEmpty()) {
                errs.add(BigInteger.valueOf(20000));
                wrong.add("no coordinates: " + Py.str(g.get("doc_id")) + " " + Py.repr(g.get("phrase")));
                continue;
            }
            double d = Norm.km(la.get(), lo.get(), num(Py.require(g, "lat", what)), num(Py.require(g, "lon", what)));
            errs.add(d);
            ok161 += d <= 161 ? 1 : 0;
            ok10 += d <= 10 ? 1 : 0;
            if (d > 10) wrong.add(String.format("%.1f km off: %s %s -> %s", d, Py.str(g.get("doc_id")),
                    Py.repr(g.get("phrase")), Py.repr(best.get("name"))));
        }
        errs.sort((a, b) -> Double.compare(num(a), num(b)));
        Object median = null;
        if (!errs.isEmpty()) {
            Object mid = errs.get(errs.size() / 2);
            median = mid instanceof Double dm ? (Object) Py.round(dm, 1) : mid;
        }
        return new PlacesReport(gold.size(), Py.round((double) found / gold.size(), 3),
                EvalReport.ratioOrZero(ok161, found), EvalReport.ratioOrZero(ok10, found), median, wrong);
    }

    private static double num(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof BigInteger i) return i.doubleValue();
        if (o instanceof Boolean b) return b ? 1 : 0;
        throw new EvalInputException("expected a number, got " + Py.repr(o));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(PyJson.Line l, Path file) {
        if (l.value() instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw new EvalInputException(file + " line " + l.number() + ": expected a JSON object");
    }

    /** score.py {@code places} figures plus the mentions not found or placed more than 10 km off. */
    public record PlacesReport(int goldMentions, double recall, Object acc161OfFound, Object within10kmOfFound,
                               Object medianKm, List<String> wrong) implements EvalReport {
        @Override
        public Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mode", "places");
            m.put("gold_mentions", goldMentions);
            m.put("recall", recall);
            m.put("acc161_of_found", acc161OfFound);
            m.put("within10km_of_found", within10kmOfFound);
            m.put("median_km", medianKm);
            return m;
        }

        @Override
        public String explain() {
            StringBuilder b = new StringBuilder("MENTIONS NOT FOUND OR > 10 KM OFF (").append(wrong.size()).append(")\n");
            for (String w : wrong) b.append("  ").append(w).append('\n');
            return b.toString();
        }
    }
}
