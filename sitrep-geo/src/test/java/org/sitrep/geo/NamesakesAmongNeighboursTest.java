package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceMention;

/**
 * Local news that names a town sharing its name with a capital or a bigger namesake elsewhere, among the town's own
 * neighbours: the namesake beside them is meant, dateline included. Sentences written for the tests.
 */
class NamesakesAmongNeighboursTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    private static List<PlaceMention> all(String text) { return annotator.annotate(TestDocs.doc(text)); }

    private static void allIn(String text, String name, String iso2, String admin1) {
        List<PlaceMention> ms = all(text);
        int n = 0;
        for (PlaceMention m : ms) {
            if (!m.text().equalsIgnoreCase(name)) continue;
            n++;
            assertEquals(iso2, m.place() == null ? null : m.place().iso2(), m.text() + " at " + m.span());
            assertEquals(admin1, m.place().admin1(), m.text() + " at " + m.span());
        }
        assertTrue(n >= 1, "a mention of " + name);
    }

    @Test void aCapitalsNamesakeAmongItsNeighboursIsTheLocalTown() {
        String text = "PARIS — Crews in Lamar County cleared fallen trees on Thursday after a storm swept through Reno "
                + "and Detroit overnight. Power came back to most homes in Paris by evening, the utility said.";
        allIn(text, "Paris", "US", "Texas");
    }

    @Test void aNamesakeInAnotherStateGivesWayToTheOneAmongTheTextsTowns() {
        // a Marion County and a Salem lie side by side in Illinois too; the text's other towns are Oregon's
        String text = "SALEM — A Portland man was sentenced on Monday for a crash near Woodburn that killed two Silverton "
                + "residents. At the hearing in Marion County, relatives spoke of weekend trips to Salem and Keizer.";
        allIn(text, "Salem", "US", "Oregon");
        allIn(text, "Marion County", "US", "Oregon");
    }

    @Test void aDatelineFollowsItsNameReadInTheText() {
        String text = "VICTORIA — Police are looking for a man who robbed a store in Esquimalt and a gas station in "
                + "Langford late on Sunday. Officers in Victoria asked drivers on the road to Sooke for dashcam video.";
        allIn(text, "Victoria", "CA", "British Columbia");
    }

    @Test void aNameTheTextPlacesItselfKeepsThatPlaceBesideAnotherCountrysPeople() {
        // Mexico's Guadalajara is twenty times bigger, and the text speaks of Mexicans
        String text = "GUADALAJARA, Spain — Farmers blocked the motorway between Guadalajara and Alcala de Henares on "
                + "Tuesday. The protest in Guadalajara, east of Madrid and not the Mexican city, slowed traffic.";
        allIn(text, "Guadalajara", "ES", "Castille-La Mancha");
    }

    @Test void bigTownsReadInOneRegionStayThere() {
        // Cambridge and Oxford in Maryland lie side by side, but the English towns lie beside each other and London
        String text = "Researchers at Cambridge said on Monday that the vaccine trial had been widened to 500 "
                + "volunteers in London and Oxford.";
        allIn(text, "Cambridge", "GB", "England");
        allIn(text, "Oxford", "GB", "England");
        // more names beside the namesakes still read them as the local towns
        String local = "Storm damage closed the road between Cambridge and Oxford on Monday, Dorchester County "
                + "officials said.";
        allIn(local, "Cambridge", "US", "Maryland");
    }
}
