package org.sitrep.pipeline;

/** Annotation layers a {@link Document} can carry; annotators declare which they require and provide. */
public enum Layer {
    TOKENS, SENTENCES, POS, PLACES, ACTORS, NUMBERS, DATES, QUOTES, EVENTS
}
