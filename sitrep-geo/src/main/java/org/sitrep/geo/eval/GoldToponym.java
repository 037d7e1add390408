package org.sitrep.geo.eval;

/**
 * A gold place mention: offsets into its article's text (already aligned to the phrase), and the gold
 * coordinates, or NaN when the gold gives none (such mentions count for recognition only).
 */
public record GoldToponym(int start, int end, String phrase, double latitude, double longitude) {
    public boolean hasCoordinates() { return !Double.isNaN(latitude) && !Double.isNaN(longitude); }
}
