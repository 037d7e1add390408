package org.sitrep.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.StageContext;

class ActorAnnotatorTest {
    private static final ActorAnnotator ANNOTATOR = new ActorAnnotator();

    private static List<ActorMention> annotate(String text) {
        Document d = Fixtures.tokenized("a", text);
        Document out = ANNOTATOR.apply(d, new StageContext("a"));
        assertTrue(out.has(Layer.ACTORS));
        return out.actors();
    }

    @Test
    void genericFormsTakeTheArticlesFocusCountry() {
        List<ActorMention> m = annotate("Syrian state media said the army captured two villages. "
                + "Rebels said civilians fled. Russian jets struck Idlib.");
        assertEquals(List.of("Military Forces of Syria", "Rebel groups (Syria)",
                "Civilians (Syria)", "Military Forces of Russia"), m.stream().map(x -> x.actor().name()).toList());
        assertEquals(8, m.get(3).actor().inter(), "Russia in Syria is an external force");
        assertEquals("generic:STATE_GROUND", m.get(0).rule());
        assertEquals("army", m.get(0).text());
    }

    @Test
    void namedGroupsCarryTheirAliasAsRule() {
        List<ActorMention> m = annotate("On Monday al-Shabab fighters ambushed Jubaland troops outside Kismayo.");
        assertEquals("Al Shabaab", m.get(0).actor().name());
        assertEquals("lexicon:al shabab fighters", m.get(0).rule());
        assertEquals("al-Shabab fighters", m.get(0).text());
        assertEquals("Military Forces of Somalia (2017-) Jubaland Security Force", m.get(1).actor().name());
        assertEquals(CueKind.NAMED_GROUP, ActorCatalog.loadDefault().kindOf(m.get(0).rule()).orElseThrow());
    }

    @Test
    void countryScopedAcronymsAreDroppedElsewhere() {
        List<ActorMention> m = annotate("Turkish police dispersed protesters, AA reported from Istanbul, Turkey.");
        assertEquals(List.of("Police Forces of Turkey", "Protesters (Turkey)"),
                m.stream().map(x -> x.actor().name()).toList());
    }

    @Test
    void declaresItsLayers() {
        assertEquals(java.util.Set.of(Layer.TOKENS, Layer.SENTENCES), ANNOTATOR.requires());
        assertEquals(java.util.Set.of(Layer.ACTORS), ANNOTATOR.provides());
    }
}
