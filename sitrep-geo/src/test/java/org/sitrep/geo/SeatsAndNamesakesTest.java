package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceMention;

/**
 * District seats, namesakes the gazetteer's stray aliases suggest, world cities against small namesakes of the story's
 * state, and qualifier chains. Sentences written for the tests.
 */
class SeatsAndNamesakesTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    private static PlaceMention resolved(String text, String name) { return TestDocs.resolved(annotator, text, name); }

    @Test void aVillageMatchingADistrictOnlyThroughAStrayAliasIsNoSeatOfIt() {
        // one of Ubay's romanised aliases appends its province ("ywbay bhl"), so Ubay matched "Bohol" loosely and
        // stood for the province as its seat
        PlaceMention bohol = resolved("Floods cut the roads across the island province of Bohol on Tuesday, officials said.", "Bohol");
        assertEquals("Bohol", bohol.place().name());
        assertEquals("PH", bohol.place().iso2());
    }

    @Test void aTownSpeltLooselyStillStandsForTheDistrictNamedAfterIt() {
        // "Boukamal" is exactly the district's alias and loosely the town's (57,000 of its 265,000 people)
        PlaceMention m = resolved("Air strikes hit the border town of Boukamal overnight, activists said.", "Boukamal");
        assertEquals("town", m.place().feature());
        assertEquals("SY", m.place().iso2());
    }

    @Test void aWorldCapitalIsNoSmallNamesakeOfTheStoryStateWhenTheStoryGoesAbroad() {
        String text = "The designer, who is based in London, said the shirts had sold out in Los Angeles and across "
                + "California within a week. The chain also sells them in Spain, Sweden and Taiwan.";
        assertEquals("GB", resolved(text, "London").place().iso2());
        // a Canadian paper's London is London, Ontario, a city itself, even where the story names a place abroad
        assertEquals("CA", resolved("Police in London said the suspect had flown in from Florida a day before his arrest "
                + "in Kitchener. Officers from Windsor and Sarnia searched his home.", "London").place().iso2());
    }

    @Test void aChainsFirstLevelUnitBoundsItsTownTheCountryAfterItDoesNotWidenIt() {
        // Midland, Texas (130,000) lies in the USA of the chain, but not in its Michigan
        assertEquals("Michigan", resolved("Staff at a weekly paper in Midland, Michigan, USA left the building on Tuesday after "
                + "a letter holding white powder arrived.", "Midland").place().admin1());
    }

    @Test void persianNamesAreTheSameWithTheEzafeWrittenAnyWayOrLeftOut() {
        for (String name : List.of("Qala-e Naw", "Qala-i-Naw", "Qala Naw")) {
            PlaceMention m = resolved("Insurgents attacked police posts around " + name + " overnight, officials said.", name);
            assertEquals("Badghis", m.place().admin1(), name);
        }
        // a name with an ezafe the gazetteer does not know whole is no pair of names: "Shar" is no Omani town, "Naw" no
        // Thai town's airport code
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("A car bomb went off in Kabul's Shar-e Naw area on Sunday, "
                + "the interior ministry said."));
        assertEquals(List.of("Kabul"), ms.stream().filter(x -> x.place() != null).map(PlaceMention::text).toList());
        // the ezafe written apart: "Dara" is no Syrian city here
        List<PlaceMention> apart = annotator.annotate(TestDocs.doc("Afghan troops pushed the Taliban out of three villages "
                + "in Dara i Sufi Payin district on Sunday, the governor of Kabul said."));
        assertEquals(List.of("Kabul"), apart.stream().filter(x -> x.place() != null && !"country".equals(x.place().feature()))
                .map(PlaceMention::text).toList());
    }

    @Test void aBareNameIsTheBigCityOfACountryTheTextNamesNotASmallNamesakeOfAStateItMentions() {
        assertEquals("PE", resolved("Riot police in Lima fired tear gas at teachers marching against the Peruvian education "
                + "reform, while an Ohio-based company paused work at its copper mine.", "Lima").place().iso2());
        assertEquals("GR", resolved("Protesters filled the streets of Athens as Greek unions struck, and the consulate in "
                + "Atlanta, Georgia, closed for the day.", "Athens").place().iso2());
        // local news that names no country of a namesake city keeps the state's town
        assertEquals("Ohio", resolved("Firefighters in Lima put out a barn fire on Tuesday, and crews from Wapakoneta and "
                + "Findlay helped, the Allen County sheriff said.", "Lima").place().admin1());
    }

    @Test void aPeoplesWordOfTwoWordsIsReadWhole() {
        List<PlaceMention> ms = annotator.annotateWithPeoples(TestDocs.doc("Sri Lankan fishermen and a Costa Rican "
                + "trawler were held at the port, officials said."));
        assertEquals("LK", TestDocs.named(ms, "Sri Lankan").place().iso2());
        assertEquals("CR", TestDocs.named(ms, "Costa Rican").place().iso2());
    }

    @Test void aTownOfTheStorysCountryIsMeantOverASmallFirstLevelUnitAbroad() {
        // Pedernales is a Dominican province of 15,000 and a coastal town of Ecuador of 6,000
        assertEquals("EC", resolved("An earthquake shook Ecuador's coast on Saturday. In Pedernales, a fishing town, most "
                + "houses collapsed.", "Pedernales").place().iso2());
    }

    @Test void aPeoplesAppositionAfterTheNameSaysWhoseTownItIs() {
        // Nawabganj is also a town of 100,000 in India's Uttar Pradesh
        assertEquals("BD", resolved("Guards said two men were shot near Nawabganj, a Bangladeshi border town facing "
                + "India, late on Sunday.", "Nawabganj").place().iso2());
    }

    @Test void europeanRegionsAreFoundByTheNamesNewsWritesAsWellAsByTheGazetteers() {
        String text = "Storms flooded towns across Rhineland-Palatinate, Castilla-La Mancha and Puglia on Friday.";
        for (String[] want : new String[][] {{"Rhineland-Palatinate", "DE"}, {"Castilla-La Mancha", "ES"}, {"Puglia", "IT"}}) {
            PlaceMention m = resolved(text, want[0]);
            assertEquals("admin1", m.place().feature(), want[0]);
            assertEquals(want[1], m.place().iso2(), want[0]);
        }
    }

    @Test void aCountyQualifiesItsTownEvenWhereAFarVillageSharesTheCountysName() {
        // Lincolnshire is also a village near Chicago; it puts no Boston of Massachusetts in the chain
        PlaceMention m = resolved("Riot police were called to a hotel in Boston, Lincolnshire, after a night of unrest.", "Boston");
        assertEquals("GB", m.place().iso2());
    }
}
