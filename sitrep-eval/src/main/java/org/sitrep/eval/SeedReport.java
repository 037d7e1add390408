package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.eval.py.PyJson;

/**
 * Full-article figures (score.py {@code seed}) plus what is behind them: every matched pair with per-field
 * agreement, every miss, every neutral gold event and every false positive.
 *
 * <p>The accuracies are {@code Double}, or the int 0 that score.py writes when nothing matched.
 */
public record SeedReport(int gold, int system, int matched, double precision, double recall, double f1,
                         Object subtypeAcc, Object actor1Acc, Object fatalitiesAcc, Object dateAcc,
                         List<Match> matches, List<Miss> misses, List<Neutral> neutrals,
                         List<FalsePositive> falsePositives, Map<Object, Object> links) implements EvalReport {

    /** A matched gold/system pair; {@code strict} = matched in the exact sub-event-type pass. */
    public record Match(String doc, String goldId, String systemId, boolean strict, Field subEventType,
                        Field actor1, Field fatalities, Field eventDate, String goldPlace, String systemPlace) {
        /** One compared field: gold value, system value, whether score.py counts them equal. */
        public record Field(Object gold, Object system, boolean agrees) {}
    }

    /** An unmatched gold event that counts as a miss, with the gold's evidence sentences. */
    public record Miss(String doc, String goldId, String eventType, String subEventType, String place,
                       List<String> evidence) {}

    /** An unmatched gold event that is neutral because it possibly overlaps matched gold event {@code with}. */
    public record Neutral(String doc, String goldId, String with) {}

    /** An unmatched system event; {@code knownNotEvent} names a gold not_event its evidence overlaps. */
    public record FalsePositive(String doc, String systemId, String eventType, String subEventType, String place,
                                List<String> evidence, Optional<String> knownNotEvent) {}

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", "seed");
        m.put("gold", gold);
        m.put("system", system);
        m.put("matched", matched);
        m.put("precision", precision);
        m.put("recall", recall);
        m.put("f1", f1);
        m.put("subtype_acc", subtypeAcc);
        m.put("actor1_acc", actor1Acc);
        m.put("fatalities_acc", fatalitiesAcc);
        m.put("date_acc", dateAcc);
        return m;
    }

    @Override
    public String explain() {
        StringBuilder b = new StringBuilder();
        b.append("MATCHED (").append(matches.size()).append(")  [x = field disagrees; values as JSON]\n");
        for (Match m : matches) {
            b.append(String.format("  %s  gold %s ~ sys %s  %s%n", m.doc(), m.goldId(), m.systemId(),
                    m.strict() ? "(same sub-type)" : "(same type only)"));
            b.append(String.format("      place     gold %s | sys %s%n", m.goldPlace(), m.systemPlace()));
            field(b, "sub_type", m.subEventType());
            field(b, "actor1", m.actor1());
            field(b, "fatalities", m.fatalities());
            field(b, "date", m.eventDate());
        }
        b.append("\nMISSED (").append(misses.size()).append(")\n");
        for (Miss m : misses) {
            b.append(String.format("  %s  %s  %s / %s  at %s%n", m.doc(), m.goldId(), m.eventType(), m.subEventType(), m.place()));
            for (String e : m.evidence()) b.append("      \"").append(e).append("\"\n");
        }
        b.append("\nNEUTRAL (").append(neutrals.size()).append(") possible overlaps of matched events\n");
        for (Neutral n : neutrals) b.append(String.format("  %s  %s overlaps %s%n", n.doc(), n.goldId(), n.with()));
        b.append("\nFALSE POSITIVES (").append(falsePositives.size()).append(")\n");
        for (FalsePositive f : falsePositives) {
            b.append(String.format("  %s  %s  %s / %s  at %s%n", f.doc(), f.systemId(), f.eventType(), f.subEventType(), f.place()));
            f.knownNotEvent().ifPresent(n -> b.append("      gold not_event: ").append(n).append('\n'));
            for (String e : f.evidence()) b.append("      \"").append(e).append("\"\n");
        }
        return b.toString();
    }

    private static void field(StringBuilder b, String name, Match.Field f) {
        b.append(String.format("    %s %-10s gold %s | sys %s%n", f.agrees() ? " " : "x", name,
                PyJson.dumps(f.gold()), PyJson.dumps(f.system())));
    }
}
