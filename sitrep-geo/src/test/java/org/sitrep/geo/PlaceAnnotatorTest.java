package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.PlaceMention;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.StageContext;

class PlaceAnnotatorTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    static List<PlaceMention> places(String text) { return annotator.annotate(TestDocs.doc(text)); }

    static Optional<PlaceMention> find(List<PlaceMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    static PlaceMention get(List<PlaceMention> ms, String text) {
        return find(ms, text).orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms));
    }

    @Test void providesPlacesLayerWithOffsetsIntoTheText() {
        Document d = TestDocs.doc("Warplanes struck Saraqib in Idlib province.");
        Document out = annotator.apply(d, new StageContext("t"));
        assertTrue(out.has(Layer.PLACES));
        for (PlaceMention m : out.places()) assertEquals(m.text(), m.span().of(d.text()));
    }

    @Test void townsResolveWithPrecisionOne() {
        List<PlaceMention> ms = places("Syrian warplanes struck Kafr Nabuda and Khan Sheikhoun on Sunday.");
        PlaceMention k = get(ms, "Kafr Nabuda");
        assertEquals("SY", k.place().iso2());
        assertEquals("Hama", k.place().admin1());
        assertEquals(1, k.precision());
        assertEquals("Idleb", get(ms, "Khan Sheikhoun").place().admin1());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Assad said on Sunday that the war was over.",
            "Many residents fled. Mansoura is a common word? no, but many is.",
            "Russia said it would respond.",
            "The Syrian Observatory for Human Rights reported the toll on Monday in March.",
            "Jordan Henderson scored twice for Liverpool FC.",
            "President Putin met Erdogan.",
    })
    void falsePositivesAreNotPlaces(String text) {
        List<PlaceMention> ms = places(text);
        for (String bad : List.of("Assad", "Many", "Russia", "Syrian", "Observatory", "Monday", "March", "Sunday",
                "Jordan", "Henderson", "Putin", "Erdogan", "President"))
            assertTrue(find(ms, bad).isEmpty(), bad + " taken as a place in: " + text + " -> " + ms);
    }

    @Test void hamaIsAPlace() {
        PlaceMention h = get(places("Clashes continued in Hama on Tuesday."), "Hama");
        assertEquals("SY", h.place().iso2());
        assertEquals(1, h.precision());
    }

    @Test void adminSuffixGivesAdmin1WithPrecisionThree() {
        PlaceMention m = get(places("Airstrikes hit Idlib province overnight."), "Idlib");
        assertEquals("admin1", m.place().feature());
        assertEquals("Idleb", m.place().name());
        assertEquals("admin-suffix", m.pass());
        assertEquals(3, m.precision());
    }

    @Test void areaModifiersGivePrecisionTwo() {
        List<PlaceMention> ms = places("Shelling hit northern Latakia and the outskirts of Idlib, north of Homs. "
                + "Rebels held the Sahl al-Ghab plain.");
        PlaceMention lat = get(ms, "Latakia");
        assertEquals("area-modifier", lat.pass());
        assertEquals("Lattakia", lat.place().admin1());
        assertEquals(2, lat.precision());
        PlaceMention idlib = get(ms, "Idlib");
        assertEquals(2, idlib.precision());
        assertTrue(!"admin1".equals(idlib.place().feature()), "outskirts of a city: the city");
        assertEquals(2, get(ms, "Homs").precision());
        PlaceMention ghab = get(ms, "Sahl al-Ghab");
        assertEquals("Hama", ghab.place().admin1());
        assertEquals(2, ghab.precision());
    }

    @Test void adminContextPicksTheVillageInsideTheNamedProvince() {
        // "Tall Ahmad" names several Syrian villages; the qualifier picks the one in Al-Hasakeh
        PlaceMention m = get(places("Fighting was reported in Tall Ahmad, Hasakah."), "Tall Ahmad");
        assertEquals("admin-context", m.pass());
        assertEquals("Al-Hasakeh", m.place().admin1());
    }

    @Test void focusCountryPicksTheNamesakeInTheArticlesCountry() {
        // Tripoli: Libya's capital is larger, but this article is about Lebanon
        List<PlaceMention> ms = places("Lebanon's army deployed in Tripoli after clashes. Beirut and Lebanon's "
                + "government called for calm.");
        PlaceMention t = get(ms, "Tripoli");
        assertEquals("LB", t.place().iso2());
        assertTrue(t.pass().startsWith("focus-country") || t.pass().equals("proximity"), t.pass());
    }

    @Test void populationDecidesWithoutContext() {
        PlaceMention t = get(places("He moved to Tripoli."), "Tripoli");
        assertEquals("LY", t.place().iso2());
        assertEquals("population", t.pass());
    }

    @Test void proximityPicksTheNearbyNamesake() {
        // several villages are called Tall Ahmad; an unqualified one next to Qamishli is the one near it
        List<PlaceMention> ms = places("Turkish drones struck Qamishli and the village of Tall Ahmad nearby.");
        PlaceMention t = get(ms, "Tall Ahmad");
        assertNotNull(t.place());
        PlaceMention q = get(ms, "Qamishli");
        assertTrue(Gazetteer.km(t.place(), q.place()) < Disambiguator.NEAR_KM, t + " far from " + q);
    }

    @Test void arabicAndCyrillicScriptMentions() {
        assertEquals("SY", get(places("قصف على حماة وإدلب"), "حماة").place().iso2());
        assertEquals("UA", get(places("Обстріл Харкова та Києва. Удар по Київ."), "Київ").place().iso2());
    }

    @Test void sameNameSameArticleSamePlace() {
        List<PlaceMention> ms = places("Tripoli in Lebanon saw protests. Later, Tripoli was calm.");
        List<PlaceMention> tr = ms.stream().filter(m -> m.text().equals("Tripoli")).toList();
        assertEquals(2, tr.size());
        assertEquals(tr.get(0).place(), tr.get(1).place());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "On 3 May 2021, shells fell on Aleppo.",
            "A ministry spokesman, Karim Maan, said the toll was rising in Aleppo.",
            "The group's leader Abu Bakr al-Baghdadi was reported hurt near Aleppo.",
            "Baghdadi's aides were moving across Syria, a spokesman for Central Command said.",
            "Energy minister Alexander Novak travelled to Moscow.",
    })
    void namesMonthsAndOrdinaryWordsAreNotPlaces(String text) {
        List<PlaceMention> ms = places(text);
        for (PlaceMention m : ms) {
            String t = m.text();
            assertTrue(!t.equals("May") && !t.equals("Maan") && !t.equals("Abu Bakr") && !t.equals("Baghdadi")
                    && !t.equals("Command") && !t.equals("Alexander Novak"), t + " taken as a place in: " + text + " -> " + ms);
        }
    }

    @Test void focusCountryBeatsALargerNamesakeAbroad() {
        // Mansoura is a city in Egypt and a village in Syria; this text is about Syria
        List<PlaceMention> ms = places("Government troops in Syria took Mansoura village after fighting around Hama "
                + "and Idlib, Syria's army said.");
        assertEquals("SY", get(ms, "Mansoura").place().iso2());
    }

    @Test void bracketedAdminChainQualifiesAndAForeignNamesakeIsRefused() {
        // the town is inside the province named in brackets
        PlaceMention k = get(places("Gunmen attacked a market in Kafr Nabuda (Hama, Syria)."), "Kafr Nabuda");
        assertEquals("Hama", k.place().admin1());
        // a name with readings only outside the bracketed country is a place the gazetteer does not know
        List<PlaceMention> ms = places("Militants raided the village of Tieba (Bankass, Mopti) at dawn.");
        find(ms, "Tieba").ifPresent(m -> assertTrue(m.place() == null || "ML".equals(m.place().iso2()), m.toString()));
    }

    @Test void mainPlaceOfANoteIsTheQualifiedTown() {
        var doc = TestDocs.doc("On 2 March 2021, rebels from Donetsk shelled Avdiivka (Pokrovsk, Donetsk), police said.");
        PlaceMention m = annotator.mainPlace(doc).orElseThrow();
        assertEquals("Avdiivka", m.text());
        assertEquals("UA", m.place().iso2());
    }

    @Test void usStateAbbreviationQualifiesTheTown() {
        PlaceMention a = get(places("The storm hit Alexandria, La., on Monday."), "Alexandria");
        assertEquals("US", a.place().iso2());
        assertEquals("Louisiana", a.place().admin1());
    }
}
