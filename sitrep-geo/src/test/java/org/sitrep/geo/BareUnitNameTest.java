package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unit names without their unit word, as news and ACLED write them. */
class BareUnitNameTest {
    private static final Set<String> NOT_PLACES = Set.of("western", "central");

    @Test void unitWordAfterOrBeforeTheName() {
        assertEquals(Optional.of("Los Lagos"), GazetteerBuilder.bareName("Los Lagos Region", NOT_PLACES));
        assertEquals(Optional.of("Magallanes"), GazetteerBuilder.bareName("Region of Magallanes", NOT_PLACES));
        assertEquals(Optional.of("Coquimbo"), GazetteerBuilder.bareName("Coquimbo Region", NOT_PLACES));
    }

    @Test void noBareNameThatSaysOnlyWhatKindOrWhichWay() {
        assertEquals(Optional.empty(), GazetteerBuilder.bareName("Western Region", NOT_PLACES));
        assertEquals(Optional.empty(), GazetteerBuilder.bareName("Capital Region", NOT_PLACES));
        assertEquals(Optional.empty(), GazetteerBuilder.bareName("Biobío", NOT_PLACES));
        assertEquals(Optional.empty(), GazetteerBuilder.bareName("Ica Region", NOT_PLACES), "too short to stand alone");
    }

    @Test void aBareUnitNameThatIsItsSeatsNameIsTheSeat() {
        // "Omsk Oblast" is also read as "Omsk", whose city is the unit's seat: the bare name alone means the city
        PlaceAnnotator a = new PlaceAnnotator(Gazetteer.loadDefault());
        var m = TestDocs.mention(a, "About twenty relatives took part in an unauthorised protest in Omsk on Monday.", "Omsk");
        assertEquals("city", m.place().feature());
        var unit = TestDocs.mention(a, "Protests were held across Omsk Oblast on Monday.", "Omsk Oblast");
        assertEquals("admin1", unit.place().feature());
    }

    @Test void bundledGazetteerReadsTheBareName() {
        Gazetteer g = Gazetteer.loadDefault();
        assertEquals(true, g.match("Los Lagos").stream().anyMatch(m -> m.exact() && "admin1".equals(m.place().feature())
                && "CL".equals(m.place().iso2())));
    }
}
