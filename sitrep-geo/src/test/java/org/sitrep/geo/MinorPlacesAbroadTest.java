package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceMention;

/**
 * Names read by prominence alone in a text clearly about one country, whose only readings are small places of another
 * country the text does not name and that lie beyond a border's reach. Sentences written for the tests.
 */
class MinorPlacesAbroadTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    private static PlaceMention resolved(String text, String name) { return TestDocs.resolved(annotator, text, name); }

    @Test void aVillageTheGazetteerLacksIsNoDistrictAcrossTheSea() {
        // Yemen's Tawilah district has 59,000 people; the Darfur town is not in the gazetteer
        String text = "PORT SUDAN - Paramilitary shelling hit a clinic in El Fasher, the capital of North Darfur state, "
                + "on Monday. Thousands of families walked for days to Tawila, west of the city, aid workers said. "
                + "Fighters also took Kutum.";
        assertNull(TestDocs.mention(annotator, text, "Tawila").place());
        assertEquals("SD", resolved(text, "El Fasher").place().iso2());
    }

    @Test void aSmallPlaceInACountryTheTextNamesStays() {
        PlaceMention tawila = resolved("PORT SUDAN - Aid workers in El Fasher, North Darfur, said a convoy had left "
                + "for Yemen, where it would unload in Tawila on Friday.", "Tawila");
        assertEquals("YE", tawila.place().iso2());
    }
}
