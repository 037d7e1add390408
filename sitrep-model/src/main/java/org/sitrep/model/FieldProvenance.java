package org.sitrep.model;

import java.util.List;

/**
 * Why an event field has its value: the stage and rule that decided it, and the spans it rests on.
 *
 * @param stage stable stage name, e.g. "extract.trigger" or "geo.resolve"
 * @param rule  rule, pattern or pass that fired, e.g. "trigger:airstrike" or "pass:admin-context"
 */
public record FieldProvenance(String stage, String rule, List<Span> spans) {
    public FieldProvenance {
        spans = List.copyOf(spans);
    }
}
