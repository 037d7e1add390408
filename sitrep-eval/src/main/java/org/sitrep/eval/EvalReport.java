package org.sitrep.eval;

import java.util.Map;
import org.sitrep.eval.py.Py;
import org.sitrep.eval.py.PyJson;

/** What every scorer returns: score.py's summary (same keys, same order), a table, and an explanation. */
public interface EvalReport {
    /** The summary with the keys and key order of score.py's JSON line. */
    Map<String, Object> summary();

    /** The JSON line score.py prints for the same files, character for character. */
    default String toJson() {
        return PyJson.dumps(summary());
    }

    /** A readable two-column table of the summary. */
    default String table() {
        Map<String, Object> s = summary();
        int w = s.keySet().stream().mapToInt(String::length).max().orElse(10);
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object> e : s.entrySet()) {
            String v = e.getValue() instanceof String str ? str : PyJson.dumps(e.getValue());
            b.append(String.format("  %-" + w + "s  %s%n", e.getKey(), v));
        }
        return b.toString();
    }

    /** Every item behind the figures (matches, misses, false positives...), for fast error analysis. */
    String explain();

    /** {@code round(num / den, 3)} as score.py writes it, or the int 0 score.py writes when den is 0. */
    static Object ratioOrZero(long num, long den) {
        return den == 0 ? (Object) java.math.BigInteger.ZERO : (Object) Py.round((double) num / den, 3);
    }
}
