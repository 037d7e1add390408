package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Document;

/** Outlets' homes learnt from a batch, and a town paper's bare names read with them. Texts written for the tests. */
class OutletLocalesTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    private static Article article(String id, String source, String url) {
        return new Article(id, null, "text", null, source, url, null, null);
    }

    private static GeoPlace town(String id, String iso2, String admin1) {
        return new GeoPlace(id, id, 0, 0, iso2, iso2, admin1, null, "town", 1000);
    }

    private static PlaceMention mention(String text, GeoPlace p, String pass) {
        return new PlaceMention(new Span(0, text.length()), text, p, pass, 1);
    }

    @Test void anOutletIsItsSourceElseItsHost() {
        assertEquals("the daily star", OutletLocales.outletOf(article("a", " The Daily Star ", "https://other.example/x")));
        assertEquals("parispi.example", OutletLocales.outletOf(article("a", null, "http://www.parispi.example/news/1")));
        assertNull(OutletLocales.outletOf(article("a", null, null)));
        assertNull(OutletLocales.outletOf(article("a", null, "not a url at all")));
        assertNull(OutletLocales.outletOf(null));
    }

    @Test void aHomeNeedsEnoughArticlesGroundedInOneUnit() {
        GeoPlace a = town("a", "US", "Tennessee"), b = town("b", "US", "Tennessee"), c = town("c", "US", "Kentucky");
        OutletLocales.Survey survey = new OutletLocales.Survey();
        survey.add(article("1", "Gazette", null), List.of(mention("Aton", a, "admin-context")));
        survey.add(article("2", "Gazette", null), List.of(mention("Bton", b, "focus-state")));
        assertTrue(survey.result().homes().isEmpty(), "two articles are too few");
        survey.add(article("3", "Gazette", null), List.of(mention("Aton", a, "single-candidate"), mention("Cton", c, "population")));
        OutletLocales.Home home = survey.result().homes().get("gazette");
        assertEquals("US/Tennessee", home.admin1Key());
        assertEquals("US", home.iso2());
        // a guess by prominence ("population") grounds nothing: Kentucky has no vote and Cton no reading
        assertEquals(Optional.empty(), Optional.ofNullable(home.lexicon().get("cton")));
        assertEquals("a", home.lexicon().get("aton").gazetteerId(), "grounded by its qualifier once");
    }

    @Test void anOutletCoveringManyUnitsHasNoHomeAndAContestedNameNoReading() {
        OutletLocales.Survey survey = new OutletLocales.Survey();
        String[] units = {"Ohio", "Texas", "Iowa", "Utah"};
        for (int i = 0; i < units.length; i++)
            survey.add(article("n" + i, "Wire", null), List.of(mention("Springfield", town("s" + i, "US", units[i]), "admin-context")));
        OutletLocales.Home home = survey.result().homes().get("wire");
        // every article is in the US, so the country is home; no unit leads and Springfield has four readings
        assertEquals("US", home.iso2());
        assertNull(home.admin1Key());
        assertTrue(home.lexicon().isEmpty(), String.valueOf(home.lexicon()));
    }

    @Test void theLexiconHoldsOnlyReadingsInTheOutletsHomeCountry() {
        OutletLocales.Survey survey = new OutletLocales.Survey();
        for (int i = 0; i < 3; i++)
            survey.add(article("h" + i, "Herald", null), List.of(mention("Aton", town("a", "US", "Ohio"), "admin-context")));
        survey.add(article("h3", "Herald", null), List.of(mention("London", town("l", "GB", "England"), "admin-context")));
        OutletLocales.Home home = survey.result().homes().get("herald");
        assertEquals("US", home.iso2());
        assertEquals(java.util.Set.of("aton"), home.lexicon().keySet(), "a reading abroad is no part of a local paper's lexicon");
        // a source that covers the world has no home country, so no lexicon
        OutletLocales.Survey wire = new OutletLocales.Survey();
        String[] cc = {"PR", "AR", "PH", "US"};
        for (int i = 0; i < cc.length; i++)
            wire.add(article("w" + i, "Local Source", null), List.of(mention("San Juan", town("s" + i, cc[i], "X"), "admin-context")));
        assertEquals(null, wire.result().homes().get("local source"));
    }

    @Test void surveysOfPartsMergeIntoTheSurveyOfTheWhole() throws Exception {
        List<Article> arts = new ArrayList<>();
        List<List<PlaceMention>> ms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            arts.add(article("m" + i, null, "https://www.town.example/" + i));
            ms.add(List.of(mention("Aton", town("a", "US", i < 4 ? "Ohio" : "Iowa"), "admin-context")));
        }
        OutletLocales.Survey whole = new OutletLocales.Survey(), left = new OutletLocales.Survey(), right = new OutletLocales.Survey();
        for (int i = 0; i < 6; i++) {
            whole.add(arts.get(i), ms.get(i));
            (i % 2 == 0 ? left : right).add(arts.get(i), ms.get(i));
        }
        // (a survey crosses to Spark executors and back: it survives serialisation)
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) { out.writeObject(right); }
        OutletLocales.Survey copy;
        try (ObjectInputStream in = new ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (OutletLocales.Survey) in.readObject();
        }
        OutletLocales merged = left.merge(copy).result();
        assertEquals(whole.result(), merged);
        assertEquals("US/Ohio", merged.homes().get("town.example").admin1Key());
    }

    /** The masthead town an outlet at home in this unit gets from its name, or null. */
    private static String mastheadOf(String source, String url, String iso2, String admin1) {
        OutletLocales.Survey survey = new OutletLocales.Survey();
        for (int i = 0; i < 3; i++)
            survey.add(article("m" + i, source, url), List.of(mention("Aton", town("t" + i, iso2, admin1), "admin-context")));
        OutletLocales.Home h = survey.result().withMastheads(Gazetteer.loadDefault()).homeOf(article("x", source, url)).orElseThrow();
        assertEquals(iso2 + "/" + admin1, h.admin1Key());
        return h.masthead() == null ? null : h.masthead().name() + ", " + h.masthead().admin1();
    }

    @Test void anOutletsNameCarriesItsTownWhereThatTownIsInItsHomeUnit() {
        assertEquals("Augusta, Georgia", mastheadOf(null, "https://chronicle.augusta.com/news/1", "US", "Georgia"));
        assertEquals("Columbus, Nebraska", mastheadOf(null, "http://www.columbustelegram.com/a", "US", "Nebraska"));
        assertEquals("Athens, Georgia", mastheadOf(null, "http://onlineathens.com/a", "US", "Georgia"));
        assertEquals("Paris, Texas", mastheadOf(null, "http://www.theparisnews.com/a", "US", "Texas"));
        assertEquals("Augusta, Georgia", mastheadOf("The Augusta Chronicle", null, "US", "Georgia"));
        // "porter" runs into "reporter" with two letters left: no town's name
        assertNull(mastheadOf(null, "http://www.reporter.net/a", "US", "Indiana"));
        // a town of the name in another unit is not the outlet's
        assertNull(mastheadOf(null, "https://chronicle.augusta.com/news/1", "US", "Alaska"));
        assertEquals("Augusta, Maine", mastheadOf(null, "https://chronicle.augusta.com/news/1", "US", "Maine"));
        // a name that is also the unit's own names the unit, unless the town is a city
        assertNull(mastheadOf("Diario do Estado Goias", null, "BR", "Goiás"));
        assertEquals("Oaxaca, Oaxaca", mastheadOf("Quadratin Oaxaca", null, "MX", "Oaxaca"));
    }

    private static Document doc(String id, String url, String text) {
        Document d = TestDocs.doc(id, text);
        return Document.of(new Article(id, null, text, null, null, url, null, null)).withTokensAndSentences(d.tokens(), d.sentences());
    }

    @Test void aTownPapersBareNameTakesTheReadingItsOtherArticlesGround() {
        String url = "https://www.paris-post.example/news/";
        List<Document> batch = List.of(
                doc("p1", url + "1", "The Henry County commission met in Paris, Tenn., on Monday to discuss the budget."),
                doc("p2", url + "2", "A fire destroyed a barn near Paris, Tennessee, late on Friday."),
                doc("p3", url + "3", "Students from Puryear and Cottage Grove in Henry County won a regional prize."),
                doc("p4", url + "4", "Paris police arrested a man after a car chase on Tuesday."));
        Document bare = batch.get(3);
        PlaceMention alone = TestDocs.mention(annotator, bare.text(), "Paris");
        assertEquals("FR", alone.place().iso2(), "read alone, a bare Paris is the capital: " + alone);
        PlaceAnnotator local = annotator.forBatch(batch);
        assertEquals("US/Tennessee", local.outletLocales().homeOf(bare.article()).orElseThrow().admin1Key());
        PlaceMention paris = TestDocs.named(local.annotate(bare), "Paris");
        assertEquals("Tennessee", paris.place().admin1(), String.valueOf(paris));
        // an article of another outlet is read as before
        Document elsewhere = doc("x", "https://news.example/1", bare.text());
        assertEquals("FR", TestDocs.named(local.annotate(elsewhere), "Paris").place().iso2());
    }
}
