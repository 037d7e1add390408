package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hard-negative figures: {@code falseEventRate} = share of negative snippets with at least one event (target
 * at most 0.05), {@code falseEventsPerNegative}, and on positives the share detected and the share whose top event
 * has the expected sub-event type.
 */
public record NegativesReport(int snippets, int negatives, int positives, double falseEventRate,
                              double falseEventsPerNegative, double positiveDetected, double positiveSubtypeAcc,
                              List<RuleCount> byRule, List<Item> falseEvents, List<Item> missedPositives)
        implements EvalReport {

    /** Negatives tested under one rule and how many of them got an event. */
    public record RuleCount(String rule, int snippets, int withEvents) {}

    /** A snippet the system got wrong, with what it expected and the events the system produced. */
    public record Item(String id, String rule, String text, String expected, List<String> systemEvents) {}

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", "negatives");
        m.put("snippets", snippets);
        m.put("negatives", negatives);
        m.put("positives", positives);
        m.put("false_event_rate", falseEventRate);
        m.put("false_events_per_negative", falseEventsPerNegative);
        m.put("positive_detected", positiveDetected);
        m.put("positive_subtype_acc", positiveSubtypeAcc);
        return m;
    }

    @Override
    public String table() {
        StringBuilder b = new StringBuilder(EvalReport.super.table());
        b.append(String.format("  %-22s %9s %12s%n", "rule", "snippets", "with events"));
        for (RuleCount r : byRule) b.append(String.format("  %-22s %9d %12d%n", r.rule(), r.snippets(), r.withEvents()));
        return b.toString();
    }

    @Override
    public String explain() {
        StringBuilder b = new StringBuilder("FALSE EVENTS ON NEGATIVES (").append(falseEvents.size()).append(")\n");
        for (Item i : falseEvents) item(b, i);
        b.append("\nPOSITIVES MISSED OR MISTYPED (").append(missedPositives.size()).append(")\n");
        for (Item i : missedPositives) item(b, i);
        return b.toString();
    }

    private static void item(StringBuilder b, Item i) {
        b.append(String.format("  %s  [%s] expected %s%n      %s%n", i.id(), i.rule(), i.expected(), i.text()));
        if (i.systemEvents().isEmpty()) b.append("      system: no event\n");
        for (String e : i.systemEvents()) b.append("      system: ").append(e).append('\n');
    }
}
