package org.sitrep.extract.places;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.model.Article;
import org.sitrep.model.PlaceMention;
import org.sitrep.nlp.OpenNlpModels;
import org.sitrep.nlp.TokenizerAnnotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

/**
 * Place names as the extraction pipeline's own tokenizer splits them: it keeps some Arabic articles glued to the word
 * after them ("ez-Zor", "az-Zour") and splits others ("al", "-", "Ain"), so the place finder must read both. Sentences
 * written for the test.
 */
class TokenizedPlacesTest {
    static final TokenizerAnnotator TOK = new TokenizerAnnotator(OpenNlpModels.load());
    static final PlaceAnnotator PLACES = new PlaceAnnotator(Gazetteer.loadDefault());

    static List<PlaceMention> places(String text) {
        Document d = TOK.apply(Document.of(new Article("t", null, text, null, null, null, null, null)), new StageContext("t"));
        return PLACES.annotate(d);
    }

    @ParameterizedTest(name = "{1} in {2}")
    @CsvSource(delimiter = '|', value = {
            "Rebels shelled Ras al-Ain, Jisr al-Shughour, Maarat al-Numan, Deir ez-Zor and Tal al-Abyad on Monday.|Deir ez-Zor|Deir-ez-Zor",
            "Rebels shelled Ras al-Ain, Jisr al-Shughour, Maarat al-Numan, Deir ez-Zor and Tal al-Abyad on Monday.|Tal al-Abyad|Ar-Raqqa",
            "Rebels shelled Ras al-Ain, Jisr al-Shughour, Maarat al-Numan, Deir ez-Zor and Tal al-Abyad on Monday.|Maarat al-Numan|Idleb",
            "Fighting was reported in Deir az-Zour province on Sunday.|Deir az-Zour|Deir-ez-Zor",
            // the tokenizer keeps a possessive on its word ("Arabia's"): the name ends before it
            "Houthi forces launched a drone attack on Saudi Arabia's Najran airport on Sunday.|Najran|Najran",
            "Shells fell on Aleppo's eastern districts on Sunday.|Aleppo|Aleppo",
            "Warplanes bombed the town of Al Quriyah at dawn. A doctor in Al-Quriyah said the market was hit, east of Deir Ezzor city.|Al-Quriyah|Deir-ez-Zor",
    })
    void readInItsProvince(String text, String name, String admin1) {
        List<PlaceMention> ms = places(text);
        assertTrue(ms.stream().anyMatch(m -> m.text().equals(name) && m.place() != null && admin1.equals(m.place().admin1())),
                () -> name + " not in " + admin1 + ": " + ms);
    }
}
