package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceMention;

/**
 * Names read by prominence alone, or read as their only reading, in a text clearly about one country, whose readings are
 * all small places of another country the text neither names nor places anything else in, beyond a border's reach;
 * and a town across the border from a note's unit, which stays. Sentences written for the tests.
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

    @Test void aMilitiaNamedLikeAForeignTownIsNoPlace() {
        // Fano, in Italy's Marche, is the only reading of the name: the Amhara militia is no Italian town
        String text = "ADDIS ABABA - Fighting between the army and Fano militiamen spread across the Amhara region "
                + "on Tuesday. Clashes were reported in Gondar and Bahir Dar, and Fano fighters briefly held Lalibela "
                + "before they withdrew toward Woldia.";
        assertNull(TestDocs.mention(annotator, text, "Fano").place());
        assertEquals("ET", resolved(text, "Gondar").place().iso2());
    }

    @Test void aSmallPlaceListedWithCountriesAbroadStays() {
        // the sentence turns to places abroad: a small town among countries keeps its only reading
        PlaceMention fano = resolved("ADDIS ABABA - Fighting spread across the Amhara region on Tuesday, and clashes "
                + "were reported in Gondar and Bahir Dar. The minister later flew to Greece, Fano and Malta to meet "
                + "donors.", "Fano");
        assertEquals("IT", fano.place().iso2());
    }

    @Test void aSmallPlaceInACountryWhereTheTextPlacesAnotherNameStays() {
        PlaceMention fano = resolved("ADDIS ABABA - Fighting spread across the Amhara region on Tuesday, and clashes "
                + "were reported in Gondar and Bahir Dar. The drones had been serviced in Fano, said an engineer "
                + "trained in Palermo.", "Fano");
        assertEquals("IT", fano.place().iso2());
    }

    @Test void aTownAcrossTheBorderFromTheNotesUnitIsTheReportsPlace() {
        // the note's unit is Homs; Israel is named by nothing else, and Beit She'an (17,000) is the name's only reading,
        // some 280 km from the air base
        String text = "On 3 March 2018, a drone launched from T4 airbase (Homs) was shot down over Beit Shean by an "
                + "air defence battery.";
        assertEquals("IL", resolved(text, "Beit Shean").place().iso2());
        assertEquals("SY", resolved(text, "T4 airbase").place().iso2());
    }
}
