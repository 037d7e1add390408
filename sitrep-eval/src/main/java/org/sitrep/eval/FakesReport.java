package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** FA-KES crowd agreement shares, the disagreements by dimension, and crowd-by-system confusion counts. */
public record FakesReport(int articles, int system, double withEvents, double governorateMain, double governorateAny,
                          double actorClass, double causeOfDeath, double civiliansExact, double civiliansClose,
                          int crowdRowsWithoutArticle, Map<String, List<Disagreement>> disagreements,
                          Map<String, Map<String, Integer>> actorConfusion,
                          Map<String, Map<String, Integer>> causeConfusion) implements EvalReport {

    /** One article where the system's reading differs from the crowd's. */
    public record Disagreement(String unitId, String title, String crowd, String system) {}

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", "fakes");
        m.put("articles", articles);
        m.put("system", system);
        m.put("with_events", withEvents);
        m.put("governorate_main", governorateMain);
        m.put("governorate_any", governorateAny);
        m.put("actor_class", actorClass);
        m.put("cause_of_death", causeOfDeath);
        m.put("civilians_exact", civiliansExact);
        m.put("civilians_close", civiliansClose);
        return m;
    }

    @Override
    public String table() {
        StringBuilder b = new StringBuilder(EvalReport.super.table());
        if (crowdRowsWithoutArticle > 0) {
            b.append("  (").append(crowdRowsWithoutArticle).append(" crowd rows have no article in the articles file)\n");
        }
        return b.toString();
    }

    private static void confusion(StringBuilder b, String title, Map<String, Map<String, Integer>> c) {
        b.append("  ").append(title).append('\n');
        c.forEach((crowd, sys) -> sys.forEach((s, k) -> b.append(String.format("    %4d  %s -> %s%n", k, crowd, s))));
    }

    @Override
    public String explain() {
        StringBuilder b = new StringBuilder();
        confusion(b, "ACTOR CLASS (crowd -> system)", actorConfusion);
        confusion(b, "CAUSE OF DEATH (crowd -> system)", causeConfusion);
        b.append('\n');
        disagreements.forEach((dim, list) -> {
            b.append(dim.toUpperCase(java.util.Locale.ROOT)).append(" DISAGREEMENTS (").append(list.size()).append(")\n");
            for (Disagreement d : list) {
                b.append(String.format("  %s  crowd %s | sys %s%n      %s%n", d.unitId(), d.crowd(), d.system(), d.title()));
            }
            b.append('\n');
        });
        return b.toString();
    }
}
