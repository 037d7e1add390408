package org.sitrep.eval;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.eval.FakesReport.Disagreement;
import org.sitrep.eval.py.EvalInputException;
import org.sitrep.eval.py.Py;
import org.sitrep.eval.py.PyCsv;
import org.sitrep.eval.py.PyJson;

/**
 * Agreement of sitrep's events with the FA-KES crowd coding (one record per article, governorate level): a
 * sanity check on real multi-outlet news, not event gold.
 *
 * <p>Per article the system's "main" event is the one with the most fatalities (ties: higher confidence, then
 * first). Compared: governorate (main event, and any event), actor class of actor1, cause of death from the
 * sub-event type, and civilians killed (the largest toll among events whose actor2 is civilians; exact, and within
 * max(2, 25%)). Shares are over all crowd articles, so an article without events disagrees on everything but a
 * crowd count of 0 civilians.
 */
public final class FakesAgreement {
    private FakesAgreement() {}

    public static FakesReport score(Path crowdCsv, Path articlesJsonl, Path systemJsonl) throws IOException {
        List<Map<String, String>> crowd = PyCsv.readDicts(crowdCsv, ',');
        if (crowd.isEmpty()) throw new EvalInputException(crowdCsv + ": no crowd rows");
        for (String c : List.of("unit_id", "location", "actor", "cause_of_death", "nb_civilians")) {
            if (!crowd.get(0).containsKey(c)) throw new EvalInputException(crowdCsv + ": no column \"" + c + "\"");
        }
        Map<String, String> titles = new HashMap<>();
        for (PyJson.Line l : PyJson.loadLines(articlesJsonl)) {
            if (l.value() instanceof Map<?, ?> m && m.get("id") != null) {
                titles.put(Py.str(m.get("id")), m.get("title") instanceof String t ? t : "");
            }
        }
        SystemEvents system = SystemEvents.load(systemJsonl);
        int n = crowd.size(), withEvents = 0, govTop = 0, govAny = 0, actor = 0, cause = 0, civExact = 0, civClose = 0;
        Map<String, List<Disagreement>> dis = new LinkedHashMap<>();
        for (String k : List.of("governorate", "actor", "cause_of_death", "civilians")) dis.put(k, new ArrayList<>());
        Map<String, Map<String, Integer>> actorConfusion = new TreeMap<>(), causeConfusion = new TreeMap<>();
        int missingArticles = 0;
        for (Map<String, String> row : crowd) {
            String id = row.get("unit_id");
            if (!titles.containsKey(id)) missingArticles++;
            String title = titles.getOrDefault(id, row.getOrDefault("article_title", ""));
            List<SystemEvents.Event> ev = system.forDoc(id);
            SystemEvents.Event main = main(ev);
            if (main != null) withEvents++;

            String crowdGov = FakesClasses.governorate(row.get("location"));
            String sysGov = main == null ? "" : FakesClasses.governorate(main.get("admin1"));
            boolean gTop = !crowdGov.isEmpty() && crowdGov.equals(sysGov);
            boolean gAny = ev.stream().anyMatch(e -> !crowdGov.isEmpty() && crowdGov.equals(FakesClasses.governorate(e.get("admin1"))));
            govTop += gTop ? 1 : 0;
            govAny += gAny ? 1 : 0;
            if (!gTop) dis.get("governorate").add(new Disagreement(id, title, row.get("location"), main == null ? "(no event)" : SeedScorer.str(main.get("admin1"))));

            String crowdActor = row.get("actor") == null ? "" : row.get("actor").strip();
            String sysActor = main == null ? "(no event)" : FakesClasses.actorClass(text(main.get("actor1")));
            actorConfusion.computeIfAbsent(crowdActor, k -> new TreeMap<>()).merge(sysActor, 1, Integer::sum);
            if (crowdActor.equals(sysActor)) actor++;
            else dis.get("actor").add(new Disagreement(id, title, crowdActor, sysActor + (main == null ? "" : " <- " + SeedScorer.str(main.get("actor1")))));

            String crowdCause = row.get("cause_of_death") == null ? "" : row.get("cause_of_death").strip();
            String sysCause = main == null ? "(no event)" : FakesClasses.cause(text(main.get("sub_event_type")), main.evidenceTexts());
            causeConfusion.computeIfAbsent(crowdCause, k -> new TreeMap<>()).merge(sysCause, 1, Integer::sum);
            if (crowdCause.equals(sysCause)) cause++;
            else dis.get("cause_of_death").add(new Disagreement(id, title, crowdCause, sysCause + (main == null ? "" : " <- " + SeedScorer.str(main.get("sub_event_type")))));

            long crowdCiv = count(row.get("nb_civilians"), crowdCsv + " unit " + id + " nb_civilians");
            long sysCiv = civilians(ev);
            if (crowdCiv == sysCiv) civExact++;
            if (Math.abs(crowdCiv - sysCiv) <= Math.max(2, 0.25 * crowdCiv)) civClose++;
            else dis.get("civilians").add(new Disagreement(id, title, String.valueOf(crowdCiv), String.valueOf(sysCiv)));
        }
        return new FakesReport(n, system.count(), r(withEvents, n), r(govTop, n), r(govAny, n), r(actor, n), r(cause, n),
                r(civExact, n), r(civClose, n), missingArticles, dis, actorConfusion, causeConfusion);
    }

    /** The event with the most fatalities; ties go to higher confidence, then to the first. */
    private static SystemEvents.Event main(List<SystemEvents.Event> ev) {
        SystemEvents.Event best = null;
        long bf = -1;
        double bc = 0;
        for (SystemEvents.Event e : ev) {
            long f = fatalities(e);
            double c = AcledScorer.confidence(e);
            if (best == null || f > bf || (f == bf && c > bc)) {
                best = e;
                bf = f;
                bc = c;
            }
        }
        return best;
    }

    private static long civilians(List<SystemEvents.Event> ev) {
        long max = 0;
        for (SystemEvents.Event e : ev) {
            String a2 = text(e.get("actor2"));
            if (a2 != null && a2.toLowerCase(java.util.Locale.ROOT).startsWith("civilians")) max = Math.max(max, fatalities(e));
        }
        return max;
    }

    private static long fatalities(SystemEvents.Event e) {
        BigInteger f = Py.toInt(Py.or(e.get("fatalities"), BigInteger.ZERO), e.label() + " fatalities");
        return f.min(BigInteger.valueOf(Long.MAX_VALUE / 4)).longValue();
    }

    private static long count(String s, String what) {
        return s == null || s.isBlank() ? 0 : Py.toInt(s, what).longValue();
    }

    private static String text(Object o) {
        return o instanceof String s ? s : null;
    }

    private static double r(int a, int n) {
        return Py.round((double) a / n, 3);
    }
}
