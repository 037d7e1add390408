package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.py.EvalInputException;
import org.sitrep.eval.py.Py;
import org.sitrep.eval.py.PyJson;

/**
 * Cross-article deduplication (EVAL.md), a port of score.py {@code dedup}: pairwise "same happening" decisions
 * over gold events of different articles; the system says "same" when both gold events are matched to the same
 * system event (same event_id). Pairwise precision and recall, not B-cubed.
 */
public final class DedupScorer {
    private DedupScorer() {}

    public static DedupReport score(Path gold, Path systemJsonl) throws IOException {
        Object root = PyJson.load(gold);
        if (!(root instanceof Map<?, ?>)) throw new EvalInputException(gold + ": gold must be a JSON object");
        @SuppressWarnings("unchecked")
        Map<String, Object> g = (Map<String, Object>) root;
        SeedReport seed = SeedScorer.score(g, gold.toString(), SystemEvents.load(systemJsonl));
        Map<Object, Object> link = seed.links();

        List<Object[]> same = new ArrayList<>();
        for (Object grp : SystemEvents.iter(Py.or(g.get("cross_article_duplicates"), List.of()), gold + " cross_article_duplicates")) {
            Object ids = grp instanceof Map<?, ?> m ? m.get("event_ids") : grp;
            List<Object> l = SystemEvents.iter(ids, gold + " cross_article_duplicates group");
            for (Object a : l) {
                for (Object b : l) {
                    if (Py.compare(a, b, gold.toString()) < 0 && !containsPair(same, a, b)) same.add(new Object[] {a, b});
                }
            }
        }
        Map<Object, Map<String, Object>> ev = new LinkedHashMap<>();
        for (Map<String, Object> e : SeedScorer.objects(Py.require(g, "events", gold.toString()), gold + " events")) {
            ev.put(Py.require(e, "event_id", gold + " event"), e);
        }
        List<Object> ids = new ArrayList<>(ev.keySet());
        ids.sort((a, b) -> Py.compare(a, b, gold.toString()));
        int tp = 0, fp = 0, fn = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Object a = ids.get(i), b = ids.get(j);
                if (Py.eq(ev.get(a).get("doc"), ev.get(b).get("doc"))) continue;
                boolean gs = containsPair(same, a, b);
                boolean ps = link.containsKey(a) && link.containsKey(b) && linkEq(link.get(a), link.get(b));
                if (gs && ps) tp++;
                if (ps && !gs) { fp++; wrong.add("merged but different: " + Py.str(a) + " + " + Py.str(b)); }
                if (gs && !ps) { fn++; wrong.add("same but not merged: " + Py.str(a) + " + " + Py.str(b)); }
            }
        }
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        double rc = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        double f1 = p + rc > 0 ? Py.round(2 * p * rc / (p + rc), 3) : 0.0;
        return new DedupReport(same.size(), tp, fp, fn, Py.round(p, 3), Py.round(rc, 3), f1, seed.f1(), wrong);
    }

    private static boolean containsPair(List<Object[]> pairs, Object a, Object b) {
        for (Object[] p : pairs) if (Py.eq(p[0], a) && Py.eq(p[1], b)) return true;
        return false;
    }

    /** A link is the system event_id, or the event itself (identity) when it has none. */
    private static boolean linkEq(Object x, Object y) {
        if (x instanceof SystemEvents.Event || y instanceof SystemEvents.Event) return x == y;
        return Py.eq(x, y);
    }
}
