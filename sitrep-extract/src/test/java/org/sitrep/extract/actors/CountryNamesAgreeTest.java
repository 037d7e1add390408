package org.sitrep.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.GeoPlace;

/**
 * The gazetteer gives a place's country as ACLED names it (sitrep-geo's AcledCountryNames), and the actor catalogue
 * names countries in its actors from countries.tsv: the two must agree, or an event's country and its actors' names
 * ("Civilians (Palestine)") would disagree.
 */
class CountryNamesAgreeTest {
    @Test void everyCountryTheGazetteerKnowsIsNamedAsTheActorCatalogueNamesIt() {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (Country c : ActorCatalog.loadDefault().countries()) {
            GeoPlace country = gazetteer.countryByIso(c.iso2()).orElse(null);
            if (country == null) continue;
            compared++;
            if (!c.name().equals(country.country())) differ.add(c.iso2() + ": " + country.country() + " / " + c.name());
        }
        assertTrue(compared > 150, "countries compared: " + compared);
        assertEquals(List.of(), differ);
    }
}
