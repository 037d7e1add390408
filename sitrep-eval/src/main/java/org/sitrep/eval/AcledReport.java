package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.py.PyJson;

/**
 * ACLED-notes figures (score.py {@code acled}) and, for error analysis, the notes without any event and the
 * per-field mismatches of the compared event, grouped by field, each with the note text. {@code actor2Acc} (the
 * second side, or its absence, as ACLED codes it) is sitrep's own addition: the table shows it, score.py's JSON
 * line does not.
 */
public record AcledReport(int docs, int system, double detected, double eventTypeAcc, double subtypeAcc,
                          double admin1Acc, double within10km, Object within10kmGeoprec1, double locationNameAcc,
                          double fatalitiesAcc, double actor1Acc, double actor2Acc, double extraEventsPerDoc,
                          List<Mismatch> undetected, Map<String, List<Mismatch>> mismatches) implements EvalReport {

    /** One note where the system disagrees with ACLED on a field ({@code moreEvents} = other events on that note). */
    public record Mismatch(String noteId, String gold, String system, String note, int moreEvents) {}

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", "acled");
        m.put("docs", docs);
        m.put("system", system);
        m.put("detected", detected);
        m.put("event_type_acc", eventTypeAcc);
        m.put("subtype_acc", subtypeAcc);
        m.put("admin1_acc", admin1Acc);
        m.put("within10km", within10km);
        m.put("within10km_geoprec1", within10kmGeoprec1);
        m.put("location_name_acc", locationNameAcc);
        m.put("fatalities_acc", fatalitiesAcc);
        m.put("actor1_acc", actor1Acc);
        m.put("extra_events_per_doc", extraEventsPerDoc);
        return m;
    }

    @Override
    public String table() {
        return EvalReport.super.table() + String.format("  %-20s  %s   (not in score.py)%n", "actor2_acc", PyJson.dumps(actor2Acc));
    }

    @Override
    public String explain() {
        StringBuilder b = new StringBuilder();
        b.append("NO EVENT (").append(undetected.size()).append(" notes)\n");
        for (Mismatch u : undetected) b.append(String.format("  %s  gold %s%n      %s%n", u.noteId(), u.gold(), u.note()));
        for (Map.Entry<String, List<Mismatch>> e : mismatches.entrySet()) {
            b.append('\n').append(e.getKey().toUpperCase(java.util.Locale.ROOT)).append(" MISMATCHES (")
                    .append(e.getValue().size()).append(")\n");
            Map<String, Integer> pairs = new LinkedHashMap<>();
            for (Mismatch m : e.getValue()) pairs.merge(m.gold() + "  ->  " + m.system(), 1, Integer::sum);
            if (!e.getKey().equals("location")) {
                b.append("  most frequent (gold -> system):\n");
                pairs.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                        .forEach(p -> b.append(String.format("    %5d  %s%n", p.getValue(), p.getKey())));
            }
            for (Mismatch m : e.getValue()) {
                b.append(String.format("  %s  gold %s | sys %s%s%n      %s%n", m.noteId(), m.gold(), m.system(),
                        m.moreEvents() > 0 ? "  (+" + m.moreEvents() + " more events)" : "", m.note()));
            }
        }
        return b.toString();
    }
}
