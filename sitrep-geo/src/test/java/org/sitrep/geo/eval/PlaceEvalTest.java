package org.sitrep.geo.eval;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;

/** The end-to-end reading follows the reference scorer: within 3 characters, most overlap, then nearest start. */
class PlaceEvalTest {
    private static PlaceMention at(int start, int end) { return new PlaceMention(new Span(start, end), "x", null, "test", 1); }

    @Test void readingIsTheMostOverlappingMentionWithinThreeCharacters() {
        GoldToponym gold = new GoldToponym(10, 20, "Springfield", 1, 1);
        PlaceMention small = at(10, 14), big = at(12, 20), near = at(21, 25);
        assertSame(big, PlaceEval.scorersReading(List.of(small, big, near), gold));
        // only a neighbour within 3 characters: it is taken (as the scorer does)
        assertSame(near, PlaceEval.scorersReading(List.of(near), gold));
        assertNull(PlaceEval.scorersReading(List.of(at(23, 30), at(0, 7)), gold));
        // equal overlap: the nearer start, then the first
        PlaceMention left = at(10, 13), right = at(17, 20);
        assertSame(left, PlaceEval.scorersReading(List.of(right, left), gold));
    }
}
