package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceMention;

/** Which reading a found name gets: aliases, big cities against favoured states' namesakes. Sentences written for the tests. */
class DisambiguationFixesTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = new PlaceAnnotator(Gazetteer.loadDefault()); }

    private static PlaceMention first(String text, String name) {
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc(text));
        return ms.stream().filter(m -> m.text().equals(name) && m.place() != null).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not resolved in " + ms));
    }

    @Test void aTownCarryingACitysNameAsAnAliasIsNotMeantInAnAmericanStory() {
        // the American focus must not reach back to the Californian and Virginian villages once called Jerusalem
        PlaceMention m = first("Congress approved money so the U.S. envoy can keep desks in Washington, in Jerusalem and in New York.", "Jerusalem");
        assertEquals("IL", m.place().iso2(), m.toString());
    }

    @Test void aBigCityKeepsItsClaimOverTheFavouredStatesVillage() {
        // Long Island towns favour New York state, whose village of Boston is far smaller than the city
        PlaceMention m = first("A Brookhaven lab on Long Island, N.Y., hired engineers who had trained in Boston.", "Boston");
        assertEquals("Massachusetts", m.place().admin1(), m.toString());
    }
}
