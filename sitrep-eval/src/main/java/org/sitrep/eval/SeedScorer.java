package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.eval.SeedReport.FalsePositive;
import org.sitrep.eval.SeedReport.Match;
import org.sitrep.eval.SeedReport.Miss;
import org.sitrep.eval.SeedReport.Neutral;
import org.sitrep.eval.py.EvalInputException;
import org.sitrep.eval.py.Py;
import org.sitrep.eval.py.PyJson;

/**
 * Full-article scoring against seed_events.json-style gold (EVAL.md "Full articles"), a port of score.py
 * {@code seed}: per article, greedy one-to-one matching (exact sub-event type first, then event type) under the
 * place rule, gold events that possibly overlap a matched one neutral.
 */
public final class SeedScorer {
    private SeedScorer() {}

    public static SeedReport score(Path gold, Path systemJsonl) throws IOException {
        Object root = PyJson.load(gold);
        if (!(root instanceof Map<?, ?>)) throw new EvalInputException(gold + ": gold must be a JSON object");
        @SuppressWarnings("unchecked")
        Map<String, Object> g = (Map<String, Object>) root;
        return score(g, gold.toString(), SystemEvents.load(systemJsonl));
    }

    static SeedReport score(Map<String, Object> gold, String goldName, SystemEvents system) {
        List<Map<String, Object>> events = objects(Py.require(gold, "events", goldName), goldName + " events");
        List<Map<String, Object>> articles = objects(Py.require(gold, "articles", goldName), goldName + " articles");
        List<Map<String, Object>> notEvents = gold.get("not_events") instanceof List<?>
                ? objects(gold.get("not_events"), goldName + " not_events") : List.of();
        Map<String, List<Map<String, Object>>> byDoc = new LinkedHashMap<>();
        TreeSet<String> docs = new TreeSet<>(Py.CODE_POINT_ORDER);
        for (Map<String, Object> e : events) {
            String doc = docName(Py.require(e, "doc", goldName + " event"), goldName);
            byDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(e);
            docs.add(doc);
        }
        for (Map<String, Object> a : articles) docs.add(docName(Py.require(a, "doc", goldName + " article"), goldName));

        int tp = 0, fp = 0, fn = 0, sub = 0, act = 0, fat = 0, date = 0, nm = 0;
        Map<Object, Object> link = new LinkedHashMap<>();
        List<Match> matches = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        List<Neutral> neutrals = new ArrayList<>();
        List<FalsePositive> fps = new ArrayList<>();
        for (String doc : docs) {
            List<Map<String, Object>> gs = byDoc.getOrDefault(doc, List.of());
            List<SystemEvents.Event> ss = sysDocs(system, doc);
            Set<Integer> used = new HashSet<>();
            Set<Integer> matchedGold = new HashSet<>();
            for (boolean strict : new boolean[] {true, false}) {
                for (int gi = 0; gi < gs.size(); gi++) {
                    if (matchedGold.contains(gi)) continue;
                    Map<String, Object> ge = gs.get(gi);
                    for (int si = 0; si < ss.size(); si++) {
                        SystemEvents.Event s = ss.get(si);
                        if (used.contains(si)
                                || !Py.eq(s.get("event_type"), Py.require(ge, "event_type", goldName + " event"))) continue;
                        Object gSub = Py.require(ge, "sub_event_type", goldName + " event");
                        if (strict && !Py.eq(s.get("sub_event_type"), gSub)) continue;
                        if (!placeOk(ge, s)) continue;
                        used.add(si);
                        matchedGold.add(gi);
                        Object gid = Py.require(ge, "event_id", goldName + " event");
                        link.put(gid, Py.truthy(s.get("event_id")) ? s.get("event_id") : s);
                        nm++;
                        boolean subOk = Py.eq(s.get("sub_event_type"), gSub);
                        boolean actOk = Norm.normActor(s.get("actor1")).equals(Norm.normActor(ge.get("actor1")));
                        boolean fatOk = Py.eq(Py.or(s.get("fatalities"), java.math.BigInteger.ZERO),
                                Py.or(ge.get("fatalities"), java.math.BigInteger.ZERO));
                        boolean dateOk = Py.eq(s.get("event_date"), ge.get("event_date"));
                        sub += subOk ? 1 : 0;
                        act += actOk ? 1 : 0;
                        fat += fatOk ? 1 : 0;
                        date += dateOk ? 1 : 0;
                        matches.add(new Match(doc, Py.str(gid), s.label(), strict,
                                new Match.Field(gSub, s.get("sub_event_type"), subOk),
                                new Match.Field(ge.get("actor1"), s.get("actor1"), actOk),
                                new Match.Field(ge.get("fatalities"), s.get("fatalities"), fatOk),
                                new Match.Field(ge.get("event_date"), s.get("event_date"), dateOk),
                                place(ge), place(s.fields())));
                        break;
                    }
                }
            }
            List<Object> ids = new ArrayList<>();
            for (int i : new TreeSet<>(matchedGold)) ids.add(gs.get(i).get("event_id"));
            int neutral = 0;
            for (int i = 0; i < gs.size(); i++) {
                if (matchedGold.contains(i)) continue;
                Map<String, Object> ge = gs.get(i);
                List<Object> overlaps = SystemEvents.iter(Py.or(ge.get("possible_overlap_with"), List.of()),
                        goldName + " possible_overlap_with");
                Optional<Object> with = ids.stream().filter(id -> overlaps.stream().anyMatch(o -> Py.eq(id, o))).findFirst();
                if (with.isPresent()) {
                    neutral++;
                    neutrals.add(new Neutral(doc, Py.str(ge.get("event_id")), Py.str(with.get())));
                } else {
                    misses.add(new Miss(doc, Py.str(ge.get("event_id")), str(ge.get("event_type")),
                            str(ge.get("sub_event_type")), place(ge), strings(ge.get("evidence"))));
                }
            }
            for (int si = 0; si < ss.size(); si++) {
                if (used.contains(si)) continue;
                SystemEvents.Event s = ss.get(si);
                fps.add(new FalsePositive(doc, s.label(), str(s.get("event_type")), str(s.get("sub_event_type")),
                        place(s.fields()), s.evidenceTexts(), knownNotEvent(notEvents, doc, s.evidenceTexts())));
            }
            tp += matchedGold.size();
            fn += gs.size() - matchedGold.size() - neutral;
            fp += ss.size() - used.size();
        }
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new SeedReport(tp + fn, system.count(), tp, Py.round(p, 3), Py.round(r, 3), Py.round(f, 3),
                EvalReport.ratioOrZero(sub, nm), EvalReport.ratioOrZero(act, nm),
                EvalReport.ratioOrZero(fat, nm), EvalReport.ratioOrZero(date, nm),
                matches, misses, neutrals, fps, link);
    }

    /** score.py {@code place_ok}: same admin1, and for a named town (geo_precision 1) agreeing names. */
    static boolean placeOk(Map<String, Object> g, SystemEvents.Event s) {
        String ga = Norm.normAdmin(g.get("admin1"));
        if (!ga.isEmpty() && !ga.equals(Norm.normAdmin(s.get("admin1")))) {
            // a named-town match is allowed even if the system put it in a neighbouring governorate
            String gl = Norm.skel(g.get("location"));
            return !gl.isEmpty() && gl.equals(Norm.skel(s.get("location")));
        }
        Object gp = g.get("geo_precision");
        if (gp == null || Py.eq(gp, java.math.BigInteger.TWO) || Py.eq(gp, java.math.BigInteger.valueOf(3))) return true;
        String gs = Norm.skel(g.get("location")), ss = Norm.skel(s.get("location"));
        return !gs.isEmpty() && !ss.isEmpty() && (gs.equals(ss) || ss.contains(gs) || gs.contains(ss));
    }

    /** Events filed under the doc name and under its stem ("000_x.txt" and "000_x"), as score.py joins them. */
    static List<SystemEvents.Event> sysDocs(SystemEvents system, String doc) {
        int dot = doc.lastIndexOf('.');
        String stem = dot >= 0 ? doc.substring(0, dot) : doc;
        List<SystemEvents.Event> out = new ArrayList<>(system.forDoc(doc));
        if (!stem.equals(doc)) out.addAll(system.forDoc(stem));
        return out;
    }

    private static String docName(Object doc, String goldName) {
        if (doc instanceof String s) return s;
        throw new EvalInputException(goldName + ": \"doc\" must be a string, got " + Py.repr(doc));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Object v, String what) {
        if (!(v instanceof List<?> l)) throw new EvalInputException(what + " must be a JSON list");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : l) {
            if (!(o instanceof Map<?, ?>)) throw new EvalInputException(what + ": every entry must be a JSON object");
            out.add((Map<String, Object>) o);
        }
        return out;
    }

    static String str(Object o) {
        return o == null ? "-" : Py.str(o);
    }

    static String place(Map<String, Object> e) {
        return str(e.get("location")) + " / " + str(e.get("admin1")) + " (gp " + str(e.get("geo_precision")) + ")";
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) for (Object o : l) out.add(Py.str(o));
        else if (v != null) out.add(Py.str(v));
        return out;
    }

    /** A gold not_event of the same article whose text overlaps the false positive's evidence, if any. */
    static Optional<String> knownNotEvent(List<Map<String, Object>> notEvents, String doc, List<String> evidence) {
        for (Map<String, Object> ne : notEvents) {
            if (!doc.equals(ne.get("doc")) || !(ne.get("text") instanceof String t)) continue;
            String nt = squash(t);
            for (String ev : evidence) {
                String e = squash(ev);
                if (e.length() >= 12 && (nt.contains(e) || e.contains(nt))) {
                    return Optional.of(str(ne.get("category")) + (Py.truthy(ne.get("borderline")) ? " (borderline)" : "")
                            + ": " + str(ne.get("reason")));
                }
            }
        }
        return Optional.empty();
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
