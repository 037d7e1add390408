package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceMention;

/** Air bases, airports and regions that reports name as places of their own. Sentences written for the tests. */
class SitesAndRegionsTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    private static PlaceMention resolved(String text, String name) { return TestDocs.resolved(annotator, text, name); }

    @Test void airBasesAndAirportsAreTheirOwnPlaces() {
        // the bare name of a base no town bears
        assertEquals("sitrep:sy-hmeimim", resolved("Russian jets took off from Hmeimim on Tuesday.", "Hmeimim").place().gazetteerId());
        assertEquals("AF", resolved("The last US troops left Bagram air base at night.", "Bagram air base").place().iso2());
        // a name with its base or airport words in lower case: the base, not the quarter or the city
        assertEquals("sitrep:sy-mezzeh-airport", resolved("Israeli missiles struck Mezzeh military airport in Damascus.",
                "Mezzeh military airport").place().gazetteerId());
        assertEquals("sitrep:iq-baghdad-airport", resolved("Rockets hit Baghdad airport overnight.", "Baghdad airport")
                .place().gazetteerId());
        // London's Heathrow, not the Florida village
        assertEquals("GB", resolved("Flights were cancelled at Heathrow on Friday after a fire.", "Heathrow").place().iso2());
    }

    @Test void iraqsKurdistanRegionIsNoIranianProvince() {
        for (String name : new String[] {"Kurdistan Region", "Kurdistan region", "Iraqi Kurdistan"}) {
            PlaceMention m = resolved("Turkish drones struck two villages in the " + name + " on Sunday, officials in Erbil said.", name);
            assertEquals("sitrep:iq-kurdistan-region", m.place().gazetteerId(), name);
        }
        // Iran's province keeps its unit word
        assertEquals("IR", resolved("Protesters gathered in Sanandaj, the capital of Kurdistan province.", "Kurdistan")
                .place().iso2());
    }

    @Test void aRangeIsNotTheVillageThatSharesItsFirstWord() {
        // the gazetteer's Atlas is a Pennsylvania village, its Ural a Siberian one
        for (String text : new String[] {"Rebels hid in the Atlas Mountains for weeks.", "The virus spread east of the Ural Mountains."}) {
            List<PlaceMention> ms = annotator.annotate(TestDocs.doc(text));
            assertTrue(ms.stream().noneMatch(m -> m.place() != null && "village".equals(m.place().feature())), text + ": " + ms);
        }
        // a range news names in a war is a curated place of its own, not the West Bank village Nuba
        assertEquals("South Kordofan", resolved("Shelling hit villages in the Nuba Mountains on Monday.", "Nuba Mountains")
                .place().admin1());
        // a curated region named with the word stays
        assertEquals("sitrep:world-caucasus", resolved("Talks stalled in the Caucasus Mountains.", "Caucasus").place().gazetteerId());
    }
}
