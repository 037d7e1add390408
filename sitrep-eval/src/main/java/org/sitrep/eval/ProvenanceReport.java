package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * check_provenance.py's summary and, for each failing event, why it fails. {@code validShare} is a Double, or
 * the 0.0 Python writes for an empty file.
 */
public record ProvenanceReport(int events, int spans, int eventsWithBadOrNoEvidence, Object validShare,
                               List<Object> examples, List<String> problems) implements EvalReport {
    /** check_provenance.py's exit status: 0 when there are events and all pass. */
    public boolean passed() {
        return events > 0 && eventsWithBadOrNoEvidence == 0;
    }

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", events);
        m.put("spans", spans);
        m.put("events_with_bad_or_no_evidence", eventsWithBadOrNoEvidence);
        m.put("valid_share", validShare);
        m.put("examples", examples);
        return m;
    }

    @Override
    public String explain() {
        StringBuilder b = new StringBuilder("EVENTS FAILING PROVENANCE (").append(problems.size()).append(")\n");
        for (String p : problems) b.append("  ").append(p).append('\n');
        return b.toString();
    }
}
