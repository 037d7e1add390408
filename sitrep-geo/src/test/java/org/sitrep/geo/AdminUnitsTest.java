package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceMention;

/**
 * First-level units as news and ACLED-style coding name them, where GeoNames files them otherwise; and towns that
 * stand in for a facility named after them. Sentences written for the test, against the bundled gazetteer.
 */
class AdminUnitsTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    static PlaceMention get(String text, String mention) { return TestDocs.mention(annotator, text, mention); }

    @Test void belgradeIsItsOwnRegionNotCentralSerbia() {
        // GeoNames keeps the City of Belgrade as an admin2 of "Central Serbia"
        assertEquals("Belgrade", get("Thousands marched through Belgrade on Saturday.", "Belgrade").place().admin1());
        assertEquals("Belgrade", get("A bus was set alight in Zemun, Serbia, on Friday.", "Zemun").place().admin1());
        // the rest of Central Serbia stays there
        assertEquals("Central Serbia", get("Workers protested in Kragujevac, Serbia, on Friday.", "Kragujevac").place().admin1());
    }

    @Test void russianRegionsCarryTheirKindOfUnit() {
        assertEquals("Omsk Oblast", get("Workers blocked a road in Omsk, Russia, on Monday.", "Omsk").place().admin1());
        PlaceMention y = get("Gas field workers protested in Yakutia on Tuesday.", "Yakutia");
        assertEquals("admin1", y.place().feature());
        assertEquals("Republic of Sakha", y.place().name());
    }

    @Test void aTownCalledACityIsNotTheDistrictNamedAfterIt() {
        // Lebanese districts (qada) bear their seats' names and hold more people than the seats, which ranked them first
        PlaceMention city = get("Gunmen killed a trader in Baalbek city (Baalbek, Baalbek-Hermel) on Tuesday.", "Baalbek");
        assertEquals("town", city.place().feature());
        assertEquals(1, city.precision());
        PlaceMention hermel = get("Two shops were looted in Hermel town (Hermel, Baalbek-Hermel) overnight.", "Hermel");
        assertEquals("town", hermel.place().feature());
        // "district" after the name is the district, placed at its seat as monitors place it, with precision 2
        assertEquals(2, get("Shells fell on Baalbek district (Baalbek-Hermel) on Monday.", "Baalbek").precision());
    }

    @Test void aProvincesPossessiveNamesTheProvince() {
        // "Hajjah's Abs district": the governorate, not its seat town; the district read inside it
        assertEquals("admin1", get("Houthi shells hit homes in Hajjah's Abs district on Friday.", "Hajjah").place().feature());
        assertEquals("Hajjah", get("Houthi shells hit homes in Hajjah's Abs district on Friday.", "Abs").place().admin1());
        // a capital's possessive stays the city, and an airport is no place of a province
        assertEquals("capital", get("Flights from Moscow's Sheremetyevo airport resumed on Friday.", "Moscow").place().feature());
    }

    @Test void unitsNamedTheWayNewsWritesThem() {
        assertEquals("Kayin", get("Troops clashed with rebels in Karen State on Monday.", "Karen State").place().admin1());
        assertEquals("Urozgan", get("Two soldiers were killed in Chora district, Urozgan, on Friday.", "Urozgan").place().admin1());
        assertEquals("Banadir", get("A grenade was thrown at a checkpoint in Mogadishu on Friday.", "Mogadishu").place().admin1());
    }

    @Test void facilityNamedAfterATownStandsInTheTown() {
        // the capitalised words after the name were read as the rest of a person's or an organisation's name
        PlaceMention m = get("Monitors heard 20 explosions near Donetsk Filtration Station on Friday.", "Donetsk");
        assertNotNull(m.place());
        assertEquals("Donetsk", m.place().admin1());
        PlaceMention p = get("Shells fell near the Aleppo Thermal Power Plant overnight.", "Aleppo");
        assertEquals("SY", p.place().iso2());
    }

    @Test void bracketedQualifierIsTheUnitNotTheCapitalDistrict() {
        // the city of Buenos Aires is its own unit; "(Buenos Aires)" after a suburb names the province
        PlaceMention q = get("On 30 April, in Villa Tesei (Buenos Aires), residents banged pots in protest.", "Buenos Aires");
        assertEquals("admin1", q.place().feature());
        assertEquals("Buenos Aires", q.place().admin1());
        // the city named alone stays the city
        PlaceMention c = get("Thousands marched in Buenos Aires on Friday.", "Buenos Aires");
        assertEquals("Ciudad Autonoma de Buenos Aires", c.place().admin1());
    }

    @Test void namedAfterMakesTheWordPartOfALongerName() {
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc(
                "Shells hit positions near Shakhta imeni Gagarina, Donetsk, on Tuesday."));
        for (PlaceMention m : ms) if (m.place() != null) assertEquals("UA", m.place().iso2(), m.toString());
    }

    @Test void stateShortFormQualifiesTownsSpeltOtherwiseInTheGazetteer() {
        // "Mahabubnagar" is "Mahbubnagar" in the gazetteer: no exact reading voted for India, so "TS" was not read
        PlaceMention ts = get("On 5 May, farmers rallied against sand mining in Mahabubnagar city (Mahabubnagar, TS).", "TS");
        assertEquals("Telangana", ts.place().name());
        PlaceMention town = get("On 5 May, farmers rallied against sand mining in Mahabubnagar city (Mahabubnagar, TS).", "Mahabubnagar");
        assertEquals("Telangana", town.place().admin1());
        PlaceMention kpk = get("On 7 May, two soldiers were killed in an attack on a check post in Idak area (North Waziristan, KPK).", "KPK");
        assertEquals("Khyber Pakhtunkhwa", kpk.place().name());
    }

    @Test void exactUnitNameBeatsABiggerUnitItsSpellingResembles() {
        assertEquals("Chin", get("Troops and rebels clashed in Paletwa Township, Chin State, on Friday.", "Chin").place().admin1());
    }

    @Test void theProvinceOfANameIsTheProvince() {
        PlaceMention m = get("The opposition said 36 civilians were killed in the central province of Homs on Wednesday.", "Homs");
        assertEquals("admin1", m.place().feature());
        assertEquals(3, m.precision());
    }

    @Test void theOldCityOfATownIsNoPlaceOfThatName() {
        // "Old City" opened by a name word was read as Sanaa's Old City district or, by a loose spelling, Latakia
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("A blast brought down a building used by the army in Aleppos Old City on Thursday."));
        for (PlaceMention m : ms) if (m.text().equals("Old City") && m.place() != null) assertEquals("Aleppo", m.place().admin1(), m.toString());
    }

    @Test void iranianProvincesAreSpeltAsAcledSpellsThem() {
        // "West Azarbaijan", not the GeoNames "West Azerbaijan": the unit, not the country, and its town read inside it
        PlaceMention unit = get("Border guards shot a porter near Piranshahr (Piranshahr, West Azarbaijan) at dawn.", "West Azarbaijan");
        assertEquals("IR", unit.place().iso2());
        assertEquals("admin1", unit.place().feature());
        PlaceMention town = get("A porter was shot dead near Sardasht (West Azarbaijan) on Sunday.", "Sardasht");
        assertEquals("West Azarbaijan", town.place().admin1());
    }
}

