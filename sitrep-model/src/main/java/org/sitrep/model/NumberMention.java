package org.sitrep.model;

/**
 * A count in the text ("at least 12", "dozens", "three").
 *
 * @param value  lowest credible value ("dozens" = 24, "at least 12" = 12)
 * @param approximate true for vague counts ("dozens", "scores", "about 10")
 */
public record NumberMention(Span span, String text, int value, boolean approximate) {
}
