package org.sitrep.pipeline;

/**
 * One step of work with typed input and output. Implementations are pure and thread-safe: any state they hold
 * (models, lexicons, gazetteer) is loaded once and read-only afterwards.
 */
public interface Stage<I, O> {
    /** Stable id, e.g. "geo.resolve"; used in metrics, failure records and provenance. */
    String name();

    O apply(I input, StageContext ctx);
}
