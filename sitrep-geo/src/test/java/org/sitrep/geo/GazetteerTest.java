package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.GeoPlace;

/** The bundled index: variants resolve to the right entry, admin1 names are ACLED's. */
class GazetteerTest {
    static Gazetteer g;

    @BeforeAll static void load() { g = Gazetteer.loadDefault(); }

    /** match() sorts on packed keys for speed; its order must be BEST_FIRST's (names with many namesakes and variants). */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"San Juan", "Springfield", "Hama", "Aleppo", "Paris",
            "Kafr Nabudah", "Georgia", "Al Bab", "Victoria", "Santa Cruz"})
    void candidatesComeInBestFirstOrder(String name) {
        List<Gazetteer.Match> ms = g.match(name);
        assertFalse(ms.isEmpty(), name);
        List<Gazetteer.Match> expected = new java.util.ArrayList<>(ms);
        expected.sort(Gazetteer.BEST_FIRST);
        assertEquals(expected, ms);
    }

    @Test void bundledIndexIsWorldwideWithVillagesInTheConflictCountries() {
        assertTrue(g.size() > 250_000, "entries: " + g.size());
        assertTrue(g.attribution().contains("GeoNames") && g.attribution().contains("Who's On First"));
    }

    /** name as news writes it | country | admin1 (ACLED) | approximate lat | lon */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kafr Nabuda|SY|Hama|35.43|36.49",
            "Kafr Nabudah|SY|Hama|35.43|36.49",
            "Khan Sheikhoun|SY|Idleb|35.44|36.65",
            "Khan Shaykhun|SY|Idleb|35.44|36.65",
            "Maraat al-Numan|SY|Idleb|35.65|36.68",
            "Jisr al-Shughur|SY|Idleb|35.81|36.32",
            "Deir Ezzor|SY|Deir-ez-Zor|35.34|40.14",
            "Saraqib|SY|Idleb|35.86|36.80",
            "حماة|SY|Hama|35.13|36.76",
            "Kiev|UA|Kyiv City|50.45|30.52",
            "Київ|UA|Kyiv City|50.45|30.52",
            "Kharkov|UA|Kharkiv|49.98|36.25",
            "Mariupol|UA|Donetsk|47.10|37.55",
            "Mosul|IQ|Ninewa|36.34|43.13",
            "Fallujah|IQ|Al-Anbar|33.35|43.78",
            "Hodeidah|YE|Al Hudaydah|14.80|42.95",
            "Sidon|LB|South|33.56|35.37",
    })
    void variantsFindThePlace(String name, String iso2, String admin1, double lat, double lon) {
        List<Gazetteer.Match> ms = g.match(name);
        assertFalse(ms.isEmpty(), name + " matched nothing");
        GeoPlace hit = ms.stream().map(Gazetteer.Match::place)
                .filter(p -> p.iso2().equals(iso2) && Gazetteer.km(p.latitude(), p.longitude(), lat, lon) < 15)
                .findFirst().orElseThrow(() -> new AssertionError(name + ": no candidate near " + lat + "," + lon
                        + " in " + iso2 + "; got " + ms.subList(0, Math.min(5, ms.size()))));
        assertEquals(admin1, hit.admin1(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SY|Idlib|Idleb", "SY|Idleb province|Idleb", "SY|Rif Dimashq|Rural Damascus", "SY|Latakia|Lattakia",
            "SY|Deir ez-Zor|Deir-ez-Zor", "SY|Daraa|Dar'a", "SY|Suwayda|As-Sweida", "SY|Raqqa|Ar-Raqqa",
            "SY|Hasakah|Al-Hasakeh", "SY|Tartus|Tartous", "SY|Hama Governorate|Hama", "IQ|Nineveh|Ninewa",
            "IQ|Anbar|Al-Anbar", "IQ|Salahuddin|Salah al-Din", "YE|Hodeidah|Al Hudaydah", "LB|Bekaa|Beqaa",
            "UA|Donetsk|Donetsk", "UA|Kiev|Kyiv", "UA|Odessa|Odesa", "UA|Zaporizhzhia|Zaporizhia"})
    void admin1NamesAreAcleds(String iso2, String query, String acled) {
        GeoPlace a = g.admin1(iso2, query).orElseThrow(() -> new AssertionError("no admin1 " + query));
        assertEquals(acled, a.name());
        assertEquals("admin1", a.feature());
        assertEquals(iso2, a.iso2());
    }

    @Test void allFourteenSyrianGovernoratesHaveAcledNames() {
        for (String n : List.of("Aleppo", "Al-Hasakeh", "Ar-Raqqa", "As-Sweida", "Damascus", "Dar'a", "Deir-ez-Zor",
                "Hama", "Homs", "Idleb", "Lattakia", "Quneitra", "Rural Damascus", "Tartous")) {
            assertEquals(n, g.admin1("SY", n).map(GeoPlace::name).orElse("missing"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"SY|SY", "Syria|SY", "سوريا|SY", "Ukraine|UA", "Україна|UA", "U.S.|US",
            "Britain|GB", "ua|UA"})
    void countriesByNameOrCode(String q, String iso2) {
        assertEquals(iso2, g.country(q).map(GeoPlace::iso2).orElse("none"));
    }

    @Test void curatedFeaturesResolve() {
        GeoPlace ghab = g.candidates("Sahl al-Ghab").get(0);
        assertEquals("Hama", ghab.admin1());
        assertTrue(ghab.gazetteerId().startsWith("sitrep:"));
        assertEquals("Idleb", g.candidates("Jabal al-Zawiya").get(0).admin1());
    }

    /** A curated place carries its unit's own name, as the towns around it do ("Banaadir" written is "Banadir"). */
    @Test void curatedFeaturesCarryTheirUnitsName() {
        int checked = 0;
        for (String[] row : Resources.csv("features.csv")) {
            if (row[5].isEmpty() || row[6].isEmpty()) continue;
            GeoPlace p = g.candidates(row[1]).stream().filter(c -> c.gazetteerId().equals("sitrep:" + row[0])).findFirst()
                    .orElseThrow(() -> new AssertionError("curated place not found by its name: " + row[0]));
            assertEquals(p.admin1(), g.admin1(row[5], p.admin1()).map(GeoPlace::name).orElse("no such unit"), row[0]);
            checked++;
        }
        assertTrue(checked > 100, "curated places checked: " + checked);
    }

    @Test void aNameWithASunLetterArticleIsAlsoSpeltWithAl() {
        // news writes the article as "al-" whatever letter follows; transliterations assimilate it ("Ar Raml")
        Gazetteer small = Gazetteer.of(List.of(new GazetteerEntry(
                new GeoPlace("t:1", "Ar Ramlah", 15.0, 44.0, "YE", "Yemen", "Sanaa", null, "village", 0), List.of())));
        assertTrue(small.match("Al-Ramlah").stream().anyMatch(m -> m.exact() && m.place().gazetteerId().equals("t:1")));
        assertTrue(small.match("Ramlah").stream().anyMatch(m -> m.exact()));
        // inside the name too: "Busra al-Sham" for Busra ash Sham
        Gazetteer inner = Gazetteer.of(List.of(new GazetteerEntry(
                new GeoPlace("t:3", "Busra ash Sham", 32.5, 36.5, "SY", "Syria", "Dar'a", null, "town", 0), List.of())));
        assertTrue(inner.match("Busra al-Sham").stream().anyMatch(m -> m.exact() && m.place().gazetteerId().equals("t:3")));
        // an "al" name is not indexed under other articles: "Ar Ramlah" is the village that bears that article, and
        // only where none does is the name sought bare
        GazetteerEntry alRamlah = new GazetteerEntry(
                new GeoPlace("t:2", "Al Ramlah", 15.0, 44.0, "YE", "Yemen", "Sanaa", null, "village", 0), List.of());
        Gazetteer both = Gazetteer.of(List.of(alRamlah, new GazetteerEntry(
                new GeoPlace("t:4", "Ar Ramlah", 16.0, 45.0, "YE", "Yemen", "Marib", null, "village", 0), List.of())));
        assertEquals(List.of("t:4"), both.match("Ar Ramlah").stream().filter(Gazetteer.Match::exact).map(m -> m.place().gazetteerId()).toList());
        Gazetteer al = Gazetteer.of(List.of(alRamlah));
        assertEquals(List.of("t:2"), al.match("Ar Ramlah").stream().filter(Gazetteer.Match::exact).map(m -> m.place().gazetteerId()).toList());
    }

    /** "al-Khokha": a name led by an article that no place bears with it is the place known without it ("Khokha"). */
    @Test void aNameWithAnArticleNoPlaceBearsIsSoughtBare() {
        Gazetteer small = Gazetteer.of(List.of(new GazetteerEntry(
                new GeoPlace("t:1", "Al Khawkhah", 13.8, 43.25, "YE", "Yemen", "Al Hudaydah", null, "town", 0), List.of("Khokha"))));
        assertTrue(small.match("al-Khokha").stream().anyMatch(m -> m.exact() && m.place().gazetteerId().equals("t:1")));
        assertTrue(small.match("Khokha").stream().anyMatch(m -> m.exact()));
        // a name that some place bears with its article is that place's alone
        Gazetteer both = Gazetteer.of(List.of(
                new GazetteerEntry(new GeoPlace("t:2", "Bab", 36.0, 37.0, "SY", "Syria", "Aleppo", null, "village", 0), List.of()),
                new GazetteerEntry(new GeoPlace("t:3", "Al Bab", 36.37, 37.52, "SY", "Syria", "Aleppo", null, "town", 0), List.of())));
        assertEquals(List.of("t:3"), both.match("al-Bab").stream().filter(Gazetteer.Match::exact).map(m -> m.place().gazetteerId()).toList());
        // "El" opens Maghrebi and Spanish names as part of them: "El Bouni" is not a Comorian Bouni
        Gazetteer bouni = Gazetteer.of(List.of(new GazetteerEntry(
                new GeoPlace("t:5", "Bouni", -11.5, 43.4, "KM", "Comoros", "Grande Comore", null, "village", 0), List.of())));
        assertTrue(bouni.match("El Bouni").stream().noneMatch(Gazetteer.Match::exact));
    }

    @Test void unknownNamesGiveNothing() {
        assertTrue(g.candidates("Xqzzvv Plonk").isEmpty());
        assertTrue(g.candidates("").isEmpty());
        assertTrue(g.country("Narnia").isEmpty());
        assertTrue(g.admin1("SY", "Texas").isEmpty());
    }

    /** What the gazetteer holds near a point: the nearest entry in reach, across the date line, and none beyond reach. */
    @Test void theNearestEntryWithinReachIsFound() {
        Gazetteer small = Gazetteer.of(List.of(
                new GazetteerEntry(new GeoPlace("t:1", "Near", 35.00, 36.00, "SY", "Syria", "Hama", null, "village", 0), List.of()),
                new GazetteerEntry(new GeoPlace("t:2", "Nearer", 35.05, 36.05, "SY", "Syria", "Hama", null, "village", 0), List.of()),
                new GazetteerEntry(new GeoPlace("t:3", "East", -17.0, 179.98, "FJ", "Fiji", null, null, "village", 0), List.of())));
        assertEquals("t:2", small.nearest(35.06, 36.06, 10).map(GeoPlace::gazetteerId).orElse("none"));
        assertEquals("t:1", small.nearest(34.95, 35.95, 10).map(GeoPlace::gazetteerId).orElse("none"));
        assertTrue(small.nearest(35.5, 36.5, 10).isEmpty());
        assertEquals("t:3", small.nearest(-17.0, -179.98, 10).map(GeoPlace::gazetteerId).orElse("none"));
        // a reach wider than a cell: 40 km away at 35 degrees north is four cells east
        assertEquals("t:2", small.nearest(35.05, 36.49, 45).map(GeoPlace::gazetteerId).orElse("none"));
        assertTrue(small.nearest(35.05, 36.49, 30).isEmpty());
    }
}
