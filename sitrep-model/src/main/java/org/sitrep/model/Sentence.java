package org.sitrep.model;

/** A sentence: its character span and its tokens as the half-open index range [firstToken, endToken). */
public record Sentence(int index, Span span, int firstToken, int endToken) {
    public int tokenCount() { return endToken - firstToken; }
}
