package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.GeoPlace;

/** An event's location is the town's full own name where the text wrote a short form of it in a Latin-script country. */
class EventLocationNameTest {
    private static GeoPlace town(String name, String iso2, String feature) {
        return new GeoPlace("t:" + name, name, 0, 0, iso2, iso2, "Unit", null, feature, 10_000);
    }

    @Test void theFirstOrLastWordsOfATownsNameAreItsShortForm() {
        assertTrue(EventAnnotator.shortFormOf("Acapulco", town("Acapulco de Juárez", "MX", "city")));
        assertTrue(EventAnnotator.shortFormOf("Guaymas", town("Heroica Guaymas", "MX", "town")));
        // a word inside the name, part of a word, or the name itself is no short form
        assertFalse(EventAnnotator.shortFormOf("Juárez", town("Acapulco de Juárez Norte", "MX", "city")));
        assertFalse(EventAnnotator.shortFormOf("Acapul", town("Acapulco de Juárez", "MX", "city")));
        assertFalse(EventAnnotator.shortFormOf("Acapulco", town("Acapulco", "MX", "city")));
    }

    @Test void transliteratedNamesAndUnitsKeepTheTextsSpelling() {
        // the longer form adds a kind word news leaves out
        assertFalse(EventAnnotator.shortFormOf("Radhan", town("Goth Radhan", "PK", "village")));
        assertFalse(EventAnnotator.shortFormOf("Durango", town("Durango Province", "MX", "admin1")));
    }
}
