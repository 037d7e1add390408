package org.sitrep.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
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
    void theNeighbourAcrossAHyphenatedBorderIsNotTheStorysCountry() {
        // places as the geocoder reads them: Turkey named three times, once as the second of "Syria-Turkey", Syria twice
        String text = "Mine at Syria-Turkey border kills 7 rebels. The mine went off near the crossing with Turkey, "
                + "between Turkey and Syria's Idlib province, a monitor said.";
        GeoPlace syria = new GeoPlace("geonames:163843", "Syria", 35, 38, "SY", "Syria", null, null, "country", 0);
        GeoPlace turkey = new GeoPlace("geonames:298795", "Turkey", 39, 35, "TR", "Turkey", null, null, "country", 0);
        GeoPlace idlib = new GeoPlace("geonames:169387", "Idlib", 35.8, 36.6, "SY", "Syria", "Idlib", null, "admin1", 0);
        List<PlaceMention> places = new java.util.ArrayList<>();
        for (GeoPlace g : List.of(syria, turkey, idlib)) {
            for (int at = text.indexOf(g.name()); at >= 0; at = text.indexOf(g.name(), at + 1)) {
                places.add(new PlaceMention(new Span(at, at + g.name().length()), g.name(), g, "single-candidate", 3));
            }
        }
        places.sort(java.util.Comparator.comparingInt(p -> p.span().start()));
        Document d = Fixtures.tokenized("a", text).withPlaces(places);
        List<ActorMention> m = ANNOTATOR.apply(d, new StageContext("a")).actors();
        assertEquals("Rebel groups (Syria)", m.getFirst().actor().name());
    }

    @Test
    void aNationalityJoinedByAndToAStateForceSharesItsNoun() {
        List<ActorMention> m = annotate("Fighting broke out between Russian and Ukrainian forces near Bakhmut.");
        assertEquals(List.of("Military Forces of Russia", "Military Forces of Ukraine"),
                m.stream().map(x -> x.actor().name()).toList());
        assertEquals("Russian", m.get(0).text());
    }

    @Test
    void aCraftsTypeNameBetweenNationalityAndCraftKeepsTheNationality() {
        List<ActorMention> m = annotate("Rebels said they shot down a Russian Su-24 jet and a US MQ-9 Reaper drone near Idlib.");
        List<String> names = m.stream().map(x -> x.actor().name()).toList();
        assertEquals(List.of("Military Forces of Russia", "Military Forces of the United States"), names.subList(1, names.size()));
    }

    @Test
    void declaresItsLayers() {
        assertEquals(java.util.Set.of(Layer.TOKENS, Layer.SENTENCES), ANNOTATOR.requires());
        assertEquals(java.util.Set.of(Layer.ACTORS), ANNOTATOR.provides());
    }
}
