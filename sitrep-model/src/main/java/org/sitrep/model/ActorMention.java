package org.sitrep.model;

/** A span naming an actor, with its canonical form and the lexicon entry that matched. */
public record ActorMention(Span span, String text, Actor actor, String rule) {
}
