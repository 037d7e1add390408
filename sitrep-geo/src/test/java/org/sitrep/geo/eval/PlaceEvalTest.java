package org.sitrep.geo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceAnnotator;
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

    /** Misses on wide areas are counted apart: a gold point for a country far from the gazetteer's is no town's error. */
    @Test void missesOnCountriesAreCountedApartFromMissesOnTowns() {
        String text = "Protests spread across Canada on Sunday, and shelling hit Hama again.";
        int canada = text.indexOf("Canada"), hama = text.indexOf("Hama");
        // Canada's gold point a thousand km west of the gazetteer's; Hama's wrong by far more than 161 km
        GoldArticle a = new GoldArticle("t1", text, null, List.of(
                new GoldToponym(canada, canada + 6, "Canada", 60.1, -113.6),
                new GoldToponym(hama, hama + 4, "Hama", 33.5, 36.3)));
        PlaceEval eval = new PlaceEval(new PlaceAnnotator(Gazetteer.loadDefault()), SimpleTokenizer::tokenize);
        PlaceEval.Result r = eval.evaluate(new GeoparsingCorpus.Loaded("test", List.of(a), 0), new ArrayList<>(), new ArrayList<>());
        assertEquals(2, r.endToEnd().misses(), r.summary());
        assertEquals(1, r.endToEnd().wideAreaMisses(), r.summary());
        assertEquals(0.0, r.endToEnd().accuracy161(), 1e-9);
    }
}
