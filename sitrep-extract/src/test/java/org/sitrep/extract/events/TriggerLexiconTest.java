package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.nlp.OpenNlpModels;
import org.sitrep.nlp.TokenizerAnnotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

class TriggerLexiconTest {
    static final TokenizerAnnotator TOK = new TokenizerAnnotator(OpenNlpModels.load());
    static final TriggerLexicon LEX = TriggerLexicon.loadDefault();

    static List<TriggerMatch> find(String text) {
        Document d = TOK.apply(Document.of(new Article("t", null, text, null, null, null, null, null)), new StageContext("t"));
        return LEX.find(d.tokens(), 0, d.tokens().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russian warplanes pounded rebel positions near Latakia.|AIR",
            "Dozens of air strikes hit Sahl al-Ghab on Monday.|AIR",
            "A roadside bomb exploded near a patrol.|IED",
            "A teenage suicide bomber blew himself up at a checkpoint.|SUICIDE",
            "Regime forces recaptured the village.|CAPTURE",
            "The army took control of the town.|CAPTURE",
            "Hundreds of people protested outside parliament.|PROTEST",
            "Government troops fired 82mm mortars at separatist positions.|FIRE",
            "Artillery shelling hit the town.|SHELLING",
            "Gunmen abducted two aid workers.|ABDUCT",
            "Police arrested three suspects.|ARREST",
    })
    void findsTheTriggerClass(String sentence, TriggerClass expected) {
        List<TriggerMatch> m = find(sentence);
        assertTrue(m.stream().anyMatch(t -> t.type() == expected), "expected " + expected + " in " + m);
    }

    @Test
    void longestMatchWinsAndSpansIndexTheText() {
        String text = "A suicide car bomb killed five.";
        List<TriggerMatch> m = find(text);
        assertEquals(TriggerClass.SUICIDE, m.getFirst().type());
        assertEquals("suicide car bomb", m.getFirst().span().of(text));
    }

    @Test
    void gapPatternsMatchAcrossAFewTokens() {
        String text = "Syrian government warplanes on Sunday struck the town.";
        assertTrue(find(text).stream().anyMatch(t -> t.type() == TriggerClass.AIR && t.span().of(text).startsWith("warplanes")));
    }

    @Test
    void badLexiconLinesNameTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TriggerLexicon.parse("# header\nair strike\tNOT_A_CLASS\n", "x.tsv"));
        assertTrue(e.getMessage().contains("x.tsv:2"), e.getMessage());
    }
}
