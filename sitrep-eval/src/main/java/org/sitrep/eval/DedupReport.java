package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pairwise dedup figures (score.py {@code dedup}) and the pairs decided wrongly. */
public record DedupReport(int goldPairs, int tp, int fp, int fn, double precision, double recall, double f1,
                          double eventsF1, List<String> wrongPairs) implements EvalReport {
    @Override
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", "dedup");
        m.put("gold_pairs", goldPairs);
        m.put("tp", tp);
        m.put("fp", fp);
        m.put("fn", fn);
        m.put("precision", precision);
        m.put("recall", recall);
        m.put("f1", f1);
        m.put("events_f1", eventsF1);
        return m;
    }

    @Override
    public String explain() {
        StringBuilder b = new StringBuilder("WRONG PAIR DECISIONS (").append(wrongPairs.size()).append(")\n");
        for (String w : wrongPairs) b.append("  ").append(w).append('\n');
        return b.toString();
    }
}
