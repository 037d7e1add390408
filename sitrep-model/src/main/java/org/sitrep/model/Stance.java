package org.sitrep.model;

/** What a source says about an event. */
public enum Stance {
    /** reports or claims it happened as coded */
    ASSERTS,
    /** says it happened, but gives a different perpetrator, target, toll or place */
    DISPUTES,
    /** says it did not happen ("we have no such data") */
    DENIES;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
}
