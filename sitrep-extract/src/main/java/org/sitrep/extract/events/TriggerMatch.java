package org.sitrep.extract.events;

import org.sitrep.model.Span;

/**
 * A trigger found in a sentence: token range [from, to) in the document's token list, its character span, the
 * class it signals and the lexicon pattern that matched (kept for provenance).
 */
public record TriggerMatch(int from, int to, Span span, TriggerClass type, String pattern) {
}
