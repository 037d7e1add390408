package org.sitrep.model;

/**
 * One token. {@code norm} is a lower-cased, accent-folded form used by lexicon matching.
 *
 * @param pos Universal POS tag (NOUN, VERB, PROPN …) or null when no tagger ran
 */
public record Token(int start, int end, String text, String norm, String pos) {
    public Span span() { return new Span(start, end); }

    public boolean capitalized() { return !text.isEmpty() && Character.isUpperCase(text.charAt(0)); }

    public Token withPos(String newPos) { return new Token(start, end, text, norm, newPos); }
}
