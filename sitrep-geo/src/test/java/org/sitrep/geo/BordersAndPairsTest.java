package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceMention;

/** Places named in hyphenated pairs across a border, and the countries those pairs name. Sentences written for the tests. */
class BordersAndPairsTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    private static PlaceMention resolved(String text, String name) { return TestDocs.resolved(annotator, text, name); }

    @Test void bothPlacesOfAPairAcrossABorderAreNamed() {
        assertEquals("TR", resolved("Shelling hit villages along the Syria-Turkey border overnight.", "Turkey").place().iso2());
        assertEquals("UA", resolved("The Russia-Ukraine war entered its third year on Monday.", "Ukraine").place().iso2());
        assertEquals("GB", resolved("The first direct Amsterdam-London train left on time.", "London").place().iso2());
        // a country pairs with a prominent place of its neighbour
        assertEquals("PS", resolved("Trucks queued for days on the Egypt-Gaza border.", "Gaza").place().iso2());
    }

    @Test void theNeighbourAcrossTheBorderDoesNotSetTheStorysCountry() {
        // Pakistan's Hyderabad (1.7 million), not India's bigger one: the story is Pakistan's, India only its neighbour
        // (joined by a hyphen or by the en dash edited copy writes)
        for (String dash : List.of("-", "\u2013")) {
            PlaceMention m = resolved("Rangers arrested three suspects in Hyderabad on Sunday. Trade across the Pakistan"
                    + dash + "India border has stopped.", "Hyderabad");
            assertEquals("PK", m.place().iso2(), dash);
        }
    }

    @Test void aCountrysNameNamesNoUnitOfATownThatSharesIt() {
        // "Iraq" is also an alias of Iran's Arak: read after a hyphen, the name kept that reading, whose province
        // (Markazi) then counted as a unit the sentence names and ruled out the Syrian al-Tanf
        for (String text : List.of("A drone targeted the garrison at al-Tanf near Iraq.",
                "A drone targeted the garrison at al-Tanf near the Syria-Iraq-Jordan border triangle.")) {
            assertEquals("SY", resolved(text, "al-Tanf").place().iso2(), text);
        }
    }
}
