package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CASE 2021 snippet figures (score.py {@code case}) and every snippet whose label the system got wrong. */
public record CaseReport(int snippets, double weightedF1, double accuracy, double falseEventRateOnUnseen,
                         List<String> confusions) implements EvalReport {
    @Override
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", "case");
        m.put("snippets", snippets);
        m.put("weighted_f1", weightedF1);
        m.put("accuracy", accuracy);
        m.put("false_event_rate_on_unseen", falseEventRateOnUnseen);
        return m;
    }

    @Override
    public String explain() {
        StringBuilder b = new StringBuilder("WRONG LABELS (").append(confusions.size()).append(")\n");
        for (String c : confusions) b.append("  ").append(c).append('\n');
        return b.toString();
    }
}
