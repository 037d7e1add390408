package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceMention;

/**
 * Provinces the gazetteer's first level does not hold (Italy's, Spain's), named after their seats, and units spelt
 * loosely like a unit of a country the text is not about. Sentences written for the tests.
 */
class ProvincesNamedAfterSeatsTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    private static PlaceMention resolved(String text, String name) { return TestDocs.resolved(annotator, text, name); }

    @Test void aProvinceNamedAfterItsSeatIsPlacedThereNotAtANamesakeProvinceAbroad() {
        // Argentina has a Cordoba province; Spain's lies around its city
        PlaceMention cordoba = resolved("Firefighters in Spain held a blaze in Cordoba province near Seville on Sunday.", "Cordoba");
        assertEquals("ES", cordoba.place().iso2());
        assertEquals(2, cordoba.precision());
    }

    @Test void aProvinceIsNoUnitAbroadSpeltLikeIt() {
        // Ukraine's Rivne has the same consonants
        PlaceMention ravenna = resolved("Floodwater reached the province of Ravenna on Tuesday, and rescuers worked "
                + "through the night in Bologna, Italy.", "Ravenna");
        assertEquals("IT", ravenna.place().iso2());
        assertEquals(2, ravenna.precision());
        PlaceMention oudalan = resolved("Gunmen attacked a market in Oudalan province, northern Burkina Faso, near Gorom-Gorom.", "Oudalan");
        assertEquals("BF", oudalan.place().iso2());
    }
}
