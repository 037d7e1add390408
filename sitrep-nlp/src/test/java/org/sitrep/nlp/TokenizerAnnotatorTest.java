package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

class TokenizerAnnotatorTest {
    static final TokenizerAnnotator TOKENIZER = new TokenizerAnnotator(OpenNlpModels.load());

    static Document tokenize(String text) {
        return TOKENIZER.apply(Document.of(new Article("d", null, text, null, null, null, null, null)), new StageContext("d"));
    }

    @Test
    void tokenOffsetsIndexTheTextAndNeverGoBackwards() {
        String text = "Syria's army command said regime forces had captured Kafr Nabuda village in Hama.\n\n"
                + "BEIRUT (AFP) - At least 12 civilians, including five children, were killed in Ma\u2019arrat al-Nu\u2019man on Friday.";
        Document d = tokenize(text);
        int last = 0;
        for (Token t : d.tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
            assertTrue(t.start() >= last, "offsets go backwards at " + t);
            last = t.end();
        }
        assertEquals(TextNorm.norm("Ma\u2019arrat"), "ma'arrat");
    }

    @Test
    void lineBreaksAreSentenceBoundaries() {
        Document d = tokenize("Syrian troops make gains\nRussian jets hit Idlib on Monday. Rebels said so.");
        List<Sentence> s = d.sentences();
        assertEquals(3, s.size());
        assertEquals("Syrian troops make gains", s.get(0).span().of(d.text()));
        assertEquals("Rebels said so.", s.get(2).span().of(d.text()));
    }

    @Test
    void aHyphenGluedToTheEndOfAWordIsItsOwnToken() {
        // the model glues the hyphen to the first word here, to the second one there
        for (String place : List.of("Mogadishu-Hodan (Banadir)", "Athens-Central (Attica)")) {
            Document d = tokenize("On 8 May 2020, gunmen shot dead a trader in " + place + ".");
            List<String> words = d.tokens().stream().map(Token::text).toList();
            String[] parts = place.substring(0, place.indexOf(' ')).split("-");
            assertTrue(words.contains(parts[0]) && words.contains("-") && words.contains(parts[1]), words.toString());
            assertTrue(words.stream().noneMatch(w -> w.length() > 1 && (w.endsWith("-") || w.startsWith("-"))), words.toString());
        }
    }

    @Test
    void aTownAndItsDistrictOrNumberGluedByAHyphenAreThreeTokens() {
        Document d = tokenize("Monitors heard explosions near Donetsk-Kirovskyi and Zolote-5 on Friday.");
        List<String> words = d.tokens().stream().map(Token::text).toList();
        assertTrue(words.containsAll(List.of("Donetsk", "-", "Kirovskyi", "Zolote", "5")), words.toString());
    }

    @Test
    void normFoldsAccentsAndCase() {
        assertEquals("hamah", TextNorm.norm("Ḥamāh"));
        assertEquals("kyiv", TextNorm.norm("Kyiv"));
    }
}
