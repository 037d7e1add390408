package org.sitrep.merge.eval;

import org.sitrep.merge.eval.SameEventGold.Pair;
import org.sitrep.model.Event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores merged events against a same-happening gold at the level of articles: two judged articles are "same" for
 * the system when some merged event lists both in {@code articles} (or carries evidence from both).
 *
 * <p>Pairwise: precision, recall and F1 over all pairs of judged articles, neutral pairs left out.
 * <p>B-cubed: for each article, its system set S (itself and every article it shares a merged event with) and its
 * gold set G (itself and its same-group articles), neutral partners removed from both; precision = mean of
 * |S ∩ G| / |S|, recall = mean of |S ∩ G| / |G|. When both sides are partitions this is the usual B-cubed;
 * an article may sit in several happenings, which this relation form handles without double counting.
 */
public final class SameEventScorer {
    private SameEventScorer() {}

    /** Every shared merged event counts (the decision rule of the task). */
    public static SameEventReport score(SameEventGold gold, Collection<Event> mergedEvents) {
        return score(gold, mergedEvents, Integer.MAX_VALUE);
    }

    /**
     * Only lead events count: an article takes part in a merged event when some of its evidence starts before
     * {@code leadChars} (the dateline, title and first sentences, where an article states its main story). This
     * matches a gold of main stories; {@link #score(SameEventGold, Collection)} also credits background mentions.
     */
    public static SameEventReport score(SameEventGold gold, Collection<Event> mergedEvents, int leadChars) {
        Set<String> judged = gold.articles();
        Map<String, Set<String>> sys = new HashMap<>();
        for (Event e : mergedEvents) {
            Set<String> docs = new TreeSet<>();
            if (leadChars == Integer.MAX_VALUE) {
                docs.addAll(e.articles());
                if (e.docId() != null) docs.add(e.docId());
            }
            e.evidence().forEach(ev -> { if (ev.start() < leadChars) docs.add(ev.docId()); });
            docs.retainAll(judged);
            for (String a : docs) for (String b : docs) if (!a.equals(b)) sys.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        }
        Set<Pair> same = gold.samePairs();
        Set<Pair> neutral = gold.neutralPairs();
        Map<String, Set<String>> goldRel = new HashMap<>();
        for (Pair p : same) {
            goldRel.computeIfAbsent(p.a(), k -> new HashSet<>()).add(p.b());
            goldRel.computeIfAbsent(p.b(), k -> new HashSet<>()).add(p.a());
        }

        int tp = 0, fp = 0, fn = 0;
        List<String> falseMerges = new ArrayList<>(), missed = new ArrayList<>();
        Set<Pair> systemPairs = new TreeSet<>(java.util.Comparator.comparing(Pair::a).thenComparing(Pair::b));
        sys.forEach((a, bs) -> bs.forEach(b -> systemPairs.add(Pair.of(a, b))));
        for (Pair p : systemPairs) {
            if (neutral.contains(p)) continue;
            if (same.contains(p)) tp++;
            else { fp++; falseMerges.add(p.toString()); }
        }
        List<Pair> sortedSame = new ArrayList<>(same);
        sortedSame.sort(java.util.Comparator.comparing(Pair::a).thenComparing(Pair::b));
        for (Pair p : sortedSame) {
            if (!systemPairs.contains(p)) { fn++; missed.add(p.toString()); }
        }
        double p = tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);

        double bp = 0, br = 0;
        for (String a : judged) {
            Set<String> s = new HashSet<>(sys.getOrDefault(a, Set.of()));
            Set<String> g = new HashSet<>(goldRel.getOrDefault(a, Set.of()));
            s.removeIf(b -> neutral.contains(Pair.of(a, b)));
            g.removeIf(b -> neutral.contains(Pair.of(a, b)));
            s.add(a);
            g.add(a);
            Set<String> both = new HashSet<>(s);
            both.retainAll(g);
            bp += (double) both.size() / s.size();
            br += (double) both.size() / g.size();
        }
        int n = Math.max(1, judged.size());
        bp /= n;
        br /= n;
        double bf = bp + br == 0 ? 0 : 2 * bp * br / (bp + br);
        return new SameEventReport(judged.size(), same.size(), tp, fp, fn, p, r, f1, bp, br, bf, falseMerges, missed);
    }
}
