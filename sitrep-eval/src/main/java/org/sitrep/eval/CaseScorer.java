package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.eval.py.EvalInputException;
import org.sitrep.eval.py.Py;
import org.sitrep.eval.py.PyCsv;

/**
 * CASE 2021 task 2 snippet typing, a port of score.py {@code case}: each snippet's label is the sub-type of its
 * highest-confidence event, or NONE; weighted F1 over the gold labels, accuracy, and the false-event rate on
 * snippets whose gold label is NONE.
 */
public final class CaseScorer {
    private CaseScorer() {}

    /** CASE 2021 label codes to ACLED sub-event types; any other code is NONE. */
    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("ABDUCT_DISSAP", "Abduction/forced disappearance"), Map.entry("AGREEMENT", "Agreement"),
            Map.entry("AIR_STRIKE", "Air/drone strike"), Map.entry("ARMED_CLASH", "Armed clash"),
            Map.entry("ARREST", "Arrests"), Map.entry("ART_MISS_ATTACK", "Shelling/artillery/missile attack"),
            Map.entry("ATTACK", "Attack"), Map.entry("CHANGE_TO_GROUP_ACT", "Change to group/activity"),
            Map.entry("CHEM_WEAP", "Chemical weapon"), Map.entry("DISR_WEAP", "Disrupted weapons use"),
            Map.entry("FORCE_AGAINST_PROTEST", "Excessive force against protesters"),
            Map.entry("GOV_REGAINS_TERIT", "Government regains territory"), Map.entry("GRENADE", "Grenade"),
            Map.entry("HQ_ESTABLISHED", "Headquarters or base established"), Map.entry("MOB_VIOL", "Mob violence"),
            Map.entry("NON_STATE_ACTOR_OVERTAKES_TER", "Non-state actor overtakes territory"),
            Map.entry("NON_VIOL_TERRIT_TRANSFER", "Non-violent transfer of territory"), Map.entry("OTHER", "Other"),
            Map.entry("PEACE_PROTEST", "Peaceful protest"), Map.entry("PROPERTY_DISTRUCT", "Looting/property destruction"),
            Map.entry("PROTEST_WITH_INTER", "Protest with intervention"),
            Map.entry("REM_EXPLOS", "Remote explosive/landmine/IED"), Map.entry("SEX_VIOL", "Sexual violence"),
            Map.entry("SUIC_BOMB", "Suicide bomb"), Map.entry("VIOL_DEMONSTR", "Violent demonstration"));

    public static CaseReport score(Path goldTsv, Path systemJsonl) throws IOException {
        SystemEvents system = SystemEvents.load(systemJsonl);
        List<Map<String, String>> gold = PyCsv.readDicts(goldTsv, '\t');
        if (gold.isEmpty()) throw new EvalInputException(goldTsv + ": no gold rows");
        List<String> gs = new ArrayList<>();
        List<Object> ps = new ArrayList<>();
        List<String> confusions = new ArrayList<>();
        for (Map<String, String> r : gold) {
            if (!r.containsKey("SubType") || !r.containsKey("id")) {
                throw new EvalInputException(goldTsv + ": needs the columns \"id\" and \"SubType\"");
            }
            String g = LABELS.getOrDefault(r.get("SubType"), "NONE");
            String id = r.get("id") == null ? "None" : r.get("id");
            List<SystemEvents.Event> ss = system.forDoc(id);
            Object p = ss.isEmpty() ? "NONE" : top(ss).get("sub_event_type");
            gs.add(g);
            ps.add(p);
            if (!Py.eq(g, p)) confusions.add(id + "  gold " + g + " | sys " + Py.str(p));
        }
        int tot = gs.size();
        double wf = 0.0;
        TreeSet<String> labels = new TreeSet<>(Py.CODE_POINT_ORDER);
        labels.addAll(gs);
        for (String l : labels) {
            int tp = 0, fp = 0, fn = 0, support = 0;
            for (int i = 0; i < tot; i++) {
                boolean g = gs.get(i).equals(l), p = Py.eq(ps.get(i), l);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
                support += g ? 1 : 0;
            }
            double pr = tp + fp > 0 ? (double) tp / (tp + fp) : 0;
            double rc = tp + fn > 0 ? (double) tp / (tp + fn) : 0;
            double f = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
            wf += f * support / tot;
        }
        int correct = 0, none = 0, noneFp = 0;
        for (int i = 0; i < tot; i++) {
            correct += Py.eq(gs.get(i), ps.get(i)) ? 1 : 0;
            boolean gNone = gs.get(i).equals("NONE");
            none += gNone ? 1 : 0;
            noneFp += gNone && !Py.eq(ps.get(i), "NONE") ? 1 : 0;
        }
        return new CaseReport(tot, Py.round(wf, 3), Py.round((double) correct / tot, 3),
                Py.round((double) noneFp / Math.max(1, none), 3), confusions);
    }

    /** {@code max(ss, key=lambda e: e.get("confidence") or 0)}: the first event of highest confidence. */
    private static SystemEvents.Event top(List<SystemEvents.Event> ss) {
        if (ss.size() == 1) return ss.get(0);
        SystemEvents.Event best = ss.get(0);
        double bc = AcledScorer.confidence(best);
        for (SystemEvents.Event s : ss.subList(1, ss.size())) {
            double c = AcledScorer.confidence(s);
            if (c > bc) {
                best = s;
                bc = c;
            }
        }
        return best;
    }
}
