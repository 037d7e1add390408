package org.sitrep.ingest;

import java.util.Arrays;
import java.util.Objects;
import org.sitrep.model.Span;

/**
 * Plain text extracted from HTML, with a map back to the HTML: {@code sourceOffsets[i]} is the position (UTF-16
 * index into the HTML string as decoded) of the source character that produced {@code text.charAt(i)}. A
 * character decoded from an entity ({@code &amp;}) maps to its '&'; a collapsed whitespace run maps to its first
 * character; an inserted line break maps to the source position of the text that follows it. For well-formed
 * HTML the offsets increase with the text; a parser repair (text moved out of a misnested table) can move a piece
 * out of source order, which {@link #sourceSpan} tolerates.
 */
public record HtmlText(String text, int[] sourceOffsets) {
    public HtmlText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceOffsets, "sourceOffsets");
        if (sourceOffsets.length != text.length()) {
            throw new IllegalArgumentException("sourceOffsets has " + sourceOffsets.length + " entries for "
                    + text.length() + " characters of text");
        }
        sourceOffsets = sourceOffsets.clone();
    }

    /** A copy: the record stays immutable. */
    @Override public int[] sourceOffsets() { return sourceOffsets.clone(); }

    /** Source position of the text character at {@code textIndex}. */
    public int sourceOffset(int textIndex) {
        Objects.checkIndex(textIndex, sourceOffsets.length);
        return sourceOffsets[textIndex];
    }

    /**
     * The HTML source range covering a text span: from the smallest source position of its characters to just
     * after the largest (an entity at the very end is covered up to its '&' only). An empty span maps to an empty
     * span at the source of the next character.
     */
    public Span sourceSpan(Span textSpan) {
        if (textSpan.end() > text.length()) {
            throw new IndexOutOfBoundsException("span " + textSpan + " is outside text of length " + text.length());
        }
        if (textSpan.length() == 0) {
            int at = textSpan.start() < sourceOffsets.length ? sourceOffsets[textSpan.start()]
                    : sourceOffsets.length == 0 ? 0 : sourceOffsets[sourceOffsets.length - 1] + 1;
            return new Span(at, at);
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = textSpan.start(); i < textSpan.end(); i++) {
            min = Math.min(min, sourceOffsets[i]);
            max = Math.max(max, sourceOffsets[i]);
        }
        return new Span(min, max + 1);
    }

    @Override public boolean equals(Object o) {
        return o instanceof HtmlText other && text.equals(other.text) && Arrays.equals(sourceOffsets, other.sourceOffsets);
    }

    @Override public int hashCode() { return 31 * text.hashCode() + Arrays.hashCode(sourceOffsets); }

    @Override public String toString() {
        return "HtmlText[" + text.length() + " chars]";
    }
}
