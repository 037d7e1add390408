package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.PlaceMention;

/**
 * Village names spelt as news spells them, found only where the text strongly cues a settlement and only inside
 * the admin1 units the text is about ({@link VariantMatcher}). Sentences written for the tests.
 */
class CuedVariantTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    static List<PlaceMention> places(String text) { return annotator.annotate(TestDocs.doc(text)); }

    static PlaceMention get(String text, String mention) {
        List<PlaceMention> ms = places(text);
        return ms.stream().filter(m -> m.text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + mention + "' in " + ms));
    }

    static boolean found(String text, String mention) {
        return places(text).stream().anyMatch(m -> m.text().contains(mention));
    }

    @Test void lightKeysAbsorbVowelAndGlideVariation() {
        assertEquals(VariantMatcher.light("khwain"), VariantMatcher.light("khuwayn"));
        assertEquals(VariantMatcher.light("al bahsa"), VariantMatcher.light("al bahsah"));
        assertEquals(VariantMatcher.light("tamaneh"), VariantMatcher.light("tamanah"));
        assertEquals(1, VariantMatcher.distance(VariantMatcher.light("zarzoor"), VariantMatcher.light("zurzur")));
        assertEquals("khuwayn", VariantMatcher.withoutDescriptor("khuwayn al kabir"));
        assertEquals("badah", VariantMatcher.withoutDescriptor("new badah"));
        assertEquals("renala", VariantMatcher.withoutDescriptor("renala khurd"));
    }

    /**
     * A unit right after a name vouches for a place spelt otherwise than the gazetteer spells it; each row: the rule,
     * the text, the name as written, and the first-level unit (or, after "#", the country) it must be read in.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "in X, Unit|Gunmen shot a trader dead in al-Ghourzah, Sa`dah, on Friday.|al-Ghourzah|Sadah",
            "in X (Unit)|A drone struck a car in al-Nouqoub (Hadramawt).|al-Nouqoub|Hadramawt",
            // (the article inside a name spelt either way: "al-Shaab" for the gazetteer's French "ech Chaab")
            "bracket without a preposition|Artillery shelled Aita al-Shaab (Bint Jbeil, Nabatieh) at dawn.|Aita al-Shaab|Nabatieh",
            // ("governorate" names Yemen's Al Jawf, not Saudi Arabia's region)
            "apposition|Tribal fighters seized al-Hazm, the capital of Al Jawf governorate, on Sunday.|al-Hazm|#YE",
            "apposition's unit word|Tribal fighters seized al-Hazm, the capital of Al Jawf governorate, on Sunday.|Al Jawf|#YE",
            "in a direction of the unit|Gunboats shelled fishing boats off al-Luhayya in northern Hudaydah governorate.|al-Luhayya|Al Hudaydah",
            // ("in" and a unit named with its unit word, after a place preposition)
            "near X in Unit province|Shells landed near Samtah in Jizan province overnight.|Samtah|Jizan",
            // (a bearing from a known place after a place preposition: a place near it, spelt as news spells it)
            "in X, bearing of Y|Farmland was bulldozed in al-Khader, south of Bethlehem, on Monday.|al-Khader|West Bank",
            "comma, direction, unit|A drone struck a car in az-Zawaida, central Gaza Strip, at night.|az-Zawaida|#PS",
            // (a sub-district the gazetteer names with its kind word, "Nahiyat Jurf as Sakhr")
            "name without its kind word|Militias recaptured Jurf al-Sakhar in northern Babil on Friday.|Jurf al-Sakhar|Babylon",
            "the entrance of X|A drone hit a car at the entrance of Bazouriyeh, South Lebanon, at dawn.|Bazouriyeh|#LB",
            // (a country whose names are transliterated, after a direction, is searched whole)
            "in X, direction country|Two shells landed in Meiss el-Jabal, south Lebanon, at noon.|Meiss el-Jabal|Nabatieh",
            // (the gazetteer tells twin towns apart by a word news leaves out: "Setharja Old")
            "without the word telling twins apart|Teachers rallied in Setharja town (Khairpur, Sindh) on Monday.|Setharja|Sindh",
    })
    void aUnitRightAfterANameVouchesForItsSpelling(String rule, String text, String name, String where) {
        PlaceMention m = get(text, name);
        String actual = m.place() == null ? null : where.startsWith("#") ? "#" + m.place().iso2() : m.place().admin1();
        assertEquals(where, actual, () -> rule + ": " + m);
    }

    @Test void withoutAPrepositionOrAUnitNoVariantIsSought() {
        assertFalse(found("Al-Nouqoub elders met on Friday in Mukalla.", "Nouqoub"));
    }

    @Test void articleLedVillageAfterTownOf() {
        PlaceMention m = get("Government forces said they had entered the town of al-Bahsa in Sahel al-Ghab, west of Hama, on Friday.",
                "al-Bahsa");
        assertNotNull(m.place());
        assertEquals("SY", m.place().iso2());
        assertEquals("Hama", m.place().admin1());
        // the qualifier "in Sahel al-Ghab" picks the namesake in the plain, not the one near Hama city
        assertTrue(Gazetteer.km(m.place().latitude(), m.place().longitude(), 35.68, 36.28) < 10, m.place().toString());
    }

    @Test void listOpenedByACueInTheSentencesProvince() {
        String text = "Insurgents lost the villages of Khwain, Zarzoor and Tamanah in southern Idlib after a week of shelling.";
        for (String v : List.of("Khwain", "Zarzoor", "Tamanah")) {
            PlaceMention m = get(text, v);
            assertNotNull(m.place(), v);
            assertEquals("Idleb", m.place().admin1(), v);
        }
    }

    @Test void documentProvinceWhenTheSentenceNamesNone() {
        String text = "Shelling hit several villages of Idlib province overnight. Residents said the town of Tamaneh "
                + "was emptied by morning.";
        assertEquals("Idleb", get(text, "Tamaneh").place().admin1());
    }

    @Test void noCueNoLooseReading() {
        // the same spelling without a settlement cue is not read loosely
        assertTrue(!found("Zarzoor spoke to reporters in Idlib on Monday.", "Zarzoor"));
    }

    @Test void noProvinceContextNoLooseReading() {
        // a cue alone, in a text about no transliterated country's province, finds nothing
        assertTrue(!found("Police said the town of Tamaneh had no power for two days.", "Tamaneh"));
    }

    @Test void peopleAndDaysAreNotVillages() {
        List<PlaceMention> ms = places("In the town of Assad near Hama, fighters loyal to Assad gathered on Sunday.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Sunday")), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Assad") && m.span().start() > 30), ms.toString());
    }

    @Test void firstWordOfALongerNameIsNotAVillage() {
        // "Deir" alone is a village somewhere in Idlib; "the city of Deir el-Zour" is not it
        List<PlaceMention> ms = places("Bombers struck targets near the city of Deir el-Zour, far from Idlib province.");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Deir")), ms.toString());
    }

    @Test void documentProvincesMustAgreeOnTheClosestSpelling() {
        // a sentence naming no province takes the provinces the document names; the village is read in the one
        // province that has the closest spelling (Ash Shaddadah is in Hasakeh, though Hama is named more often)
        String text = "Fighting went on in Hama and in northern Hama and near Hama city. In Hasakeh, fighters entered "
                + "the town of Shaddadeh at dawn.";
        PlaceMention m = get(text, "Shaddadeh");
        assertNotNull(m.place());
        assertEquals("Al-Hasakeh", m.place().admin1());
    }
}
