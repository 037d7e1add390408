package org.sitrep.eval;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.eval.AcledReport.Mismatch;
import org.sitrep.eval.py.EvalInputException;
import org.sitrep.eval.py.Py;
import org.sitrep.eval.py.PyCsv;

/**
 * ACLED-notes scoring (EVAL.md "Short event descriptions"), a port of score.py {@code acled}: per note (doc_id =
 * event_id_cnty) the system event that best agrees on sub-type and type is compared with ACLED's coding.
 */
public final class AcledScorer {
    private AcledScorer() {}

    /** The fields the explanation groups mismatches by, in display order. */
    public static final List<String> FIELDS =
            List.of("event_type", "sub_event_type", "actor1", "admin1", "fatalities", "location");

    public static AcledReport score(Path goldCsv, Path systemJsonl) throws IOException {
        SystemEvents system = SystemEvents.load(systemJsonl);
        List<Map<String, String>> rows = PyCsv.readDicts(goldCsv, ',');
        int n = rows.size();
        if (n == 0) throw new EvalInputException(goldCsv + ": no gold rows");
        int det = 0, typ = 0, sub = 0, adm = 0, loc10 = 0, locNamed = 0, fat = 0, act1 = 0, act2 = 0, extra = 0, gp1 = 0, gp1Ok = 0;
        for (Map<String, String> r : rows) if ("1".equals(col(r, "geo_precision", goldCsv))) gp1++;
        Map<String, List<Mismatch>> mismatches = new LinkedHashMap<>();
        for (String f : FIELDS) mismatches.put(f, new ArrayList<>());
        List<Mismatch> undetected = new ArrayList<>();
        int rowNo = 1;
        for (Map<String, String> r : rows) {
            rowNo++;
            String where = goldCsv + " row " + rowNo;
            String id = col(r, "event_id_cnty", goldCsv);
            List<SystemEvents.Event> ss = system.forDoc(id);
            String note = r.get("notes") == null ? "" : r.get("notes");
            if (ss.isEmpty()) {
                undetected.add(new Mismatch(id, col(r, "sub_event_type", goldCsv), "(no event)", note, 0));
                continue;
            }
            det++;
            extra += ss.size() - 1;
            SystemEvents.Event s = best(ss, r, goldCsv);
            boolean typOk = Py.eq(s.get("event_type"), col(r, "event_type", goldCsv));
            boolean subOk = Py.eq(s.get("sub_event_type"), col(r, "sub_event_type", goldCsv));
            boolean admOk = Norm.normAdmin(s.get("admin1")).equals(Norm.normAdmin(col(r, "admin1", goldCsv)));
            Optional<Double> la = Py.fl(s.get("latitude")), lo = Py.fl(s.get("longitude"));
            double dist = Double.NaN;
            boolean near = false;
            Optional<Double> gla = gold(col(r, "latitude", goldCsv)), glo = gold(col(r, "longitude", goldCsv));
            if (la.isPresent() && lo.isPresent()) {
                // score.py raises ValueError on a gold row without coordinates (the dev set's truncated last row);
                // here such a row simply counts as not within 10 km
                dist = gla.isPresent() && glo.isPresent() ? Norm.km(la.get(), lo.get(), gla.get(), glo.get()) : Double.NaN;
                near = dist <= 10;
                loc10 += near ? 1 : 0;
                gp1Ok += near && "1".equals(r.get("geo_precision")) ? 1 : 0;
            }
            boolean nameOk = Norm.skel(s.get("location")).equals(Norm.skel(col(r, "location", goldCsv)));
            BigInteger sf = Py.toInt(Py.or(s.get("fatalities"), BigInteger.ZERO), s.label() + " fatalities");
            String gfs = col(r, "fatalities", goldCsv);
            BigInteger gf = gfs == null || gfs.isEmpty() ? BigInteger.ZERO : Py.toInt(gfs, where + " fatalities");
            boolean fatOk = sf.equals(gf);
            boolean actOk = Norm.normActor(s.get("actor1")).equals(Norm.normActor(col(r, "actor1", goldCsv)));
            String goldActor2 = r.get("actor2") == null ? "" : r.get("actor2");
            boolean act2Ok = Norm.normActor(s.get("actor2")).equals(Norm.normActor(goldActor2));
            typ += typOk ? 1 : 0;
            sub += subOk ? 1 : 0;
            adm += admOk ? 1 : 0;
            locNamed += nameOk ? 1 : 0;
            fat += fatOk ? 1 : 0;
            act1 += actOk ? 1 : 0;
            act2 += act2Ok ? 1 : 0;
            int more = ss.size() - 1;
            if (!typOk) mismatches.get("event_type").add(m(id, r.get("event_type"), s.get("event_type"), note, more));
            if (!subOk) mismatches.get("sub_event_type").add(m(id, r.get("sub_event_type"), s.get("sub_event_type"), note, more));
            if (!actOk) mismatches.get("actor1").add(m(id, r.get("actor1"), s.get("actor1"), note, more));
            if (!admOk) mismatches.get("admin1").add(m(id, r.get("admin1"), s.get("admin1"), note, more));
            if (!fatOk) mismatches.get("fatalities").add(m(id, r.get("fatalities"), s.get("fatalities"), note, more));
            if (!nameOk || !near) {
                String sys = SeedScorer.str(s.get("location")) + " / " + SeedScorer.str(s.get("admin1"))
                        + (Double.isNaN(dist) ? " (no coordinates)" : String.format(" (%.1f km off)", dist));
                mismatches.get("location").add(new Mismatch(id, r.get("location") + " / " + r.get("admin1")
                        + " (gp " + r.get("geo_precision") + ")", sys, note, more));
            }
        }
        Object geoprec1 = gp1 == 0 ? null : (Object) Py.round((double) gp1Ok / gp1, 3);
        return new AcledReport(n, system.count(), r3(det, n), r3(typ, n), r3(sub, n), r3(adm, n), r3(loc10, n),
                geoprec1, r3(locNamed, n), r3(fat, n), r3(act1, n), r3(act2, n), r3(extra, n), undetected, mismatches);
    }

    /** score.py's rank: (2 * same sub-type + same type, confidence), the first maximum wins. */
    private static SystemEvents.Event best(List<SystemEvents.Event> ss, Map<String, String> r, Path goldCsv) {
        SystemEvents.Event best = null;
        int bestScore = 0;
        double bestConf = 0;
        for (SystemEvents.Event s : ss) {
            int score = (Py.eq(s.get("sub_event_type"), col(r, "sub_event_type", goldCsv)) ? 2 : 0)
                    + (Py.eq(s.get("event_type"), col(r, "event_type", goldCsv)) ? 1 : 0);
            double conf = confidence(s);
            if (best == null || score > bestScore || (score == bestScore && conf > bestConf)) {
                best = s;
                bestScore = score;
                bestConf = conf;
            }
        }
        return best;
    }

    /** {@code s.get("confidence") or 0} as a number; score.py fails on a non-numeric confidence, so do we. */
    static double confidence(SystemEvents.Event s) {
        Object c = Py.or(s.get("confidence"), BigInteger.ZERO);
        if (c instanceof Boolean b) return b ? 1 : 0;
        if (c instanceof BigInteger i) return i.doubleValue();
        if (c instanceof Double d) return d;
        throw new EvalInputException(s.label() + ": confidence must be a number, got " + Py.repr(c));
    }

    private static Optional<Double> gold(String value) {
        return value == null ? Optional.empty() : Py.parseFloat(value);
    }

    private static String col(Map<String, String> r, String key, Path file) {
        if (!r.containsKey(key)) throw new EvalInputException(file + ": no column \"" + key + "\"");
        return r.get(key);
    }

    private static Mismatch m(String id, Object gold, Object sys, String note, int more) {
        return new Mismatch(id, SeedScorer.str(gold), SeedScorer.str(sys), note, more);
    }

    private static double r3(long a, long n) {
        return Py.round((double) a / n, 3);
    }
}
