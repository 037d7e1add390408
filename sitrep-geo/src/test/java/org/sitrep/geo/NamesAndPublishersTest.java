package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.TestDocs.found;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.PlaceMention;
import org.sitrep.pipeline.Document;

/**
 * Names with elided articles and possessives, whole unit names opened by a word that is no place, party-and-state
 * labels, water bodies, peoples' words, and the publisher's country. Sentences written for the tests.
 */
class NamesAndPublishersTest {
    static Gazetteer gazetteer;
    static PlaceAnnotator annotator;

    @BeforeAll static void load() {
        gazetteer = Gazetteer.loadDefault();
        annotator = new PlaceAnnotator(gazetteer);
    }

    private static List<PlaceMention> places(String text) { return annotator.annotate(TestDocs.doc(text)); }


    @Test void elidedArticleAndPossessiveAreInsideTheName() {
        List<PlaceMention> ms = places("Delegates flew from Côte d'Ivoire to the People's Republic of China on Monday.");
        PlaceMention ci = TestDocs.named(ms, "Côte d'Ivoire");
        assertEquals("CI", ci.place().iso2());
        PlaceMention cn = TestDocs.named(ms, "People's Republic of China");
        assertEquals("CN", cn.place().iso2(), "the People's Republic is not the Republic of China (Taiwan)");
    }

    @Test void aWordThatIsNoPlaceMayOpenAUnitsWholeName() {
        List<PlaceMention> ms = places("Wildfires spread across British Columbia while aid reached DR Congo.");
        PlaceMention bc = TestDocs.named(ms, "British Columbia");
        assertEquals("admin1", bc.place().feature());
        assertEquals("CA", bc.place().iso2());
        assertFalse(found(ms, "Columbia"), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("DR Congo") && "CD".equals(m.place().iso2())), ms.toString());
    }

    @Test void partyAndStateLabelIsTheState() {
        List<PlaceMention> ms = places("The bill was drafted by Sen. Jay Pettis (D-W. Va.) and Rep. Ann Molloy (R-N.D.) last week.");
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("D-") || m.text().startsWith("R-")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.place() != null && "West Virginia".equals(m.place().name())), ms.toString());
    }

    @Test void waterBodiesNamedAfterPlacesAreNotThosePlaces() {
        List<PlaceMention> ms = places("Fishermen on Lake Ontario, barges on the Mississippi River and tankers in the Gulf of Alaska "
                + "waited while hikers left Zion National Park.");
        assertTrue(ms.stream().noneMatch(m -> m.place() != null && List.of("Ontario", "Mississippi", "Alaska").contains(m.place().name())), ms.toString());
        assertFalse(found(ms, "National Park"), ms.toString());
        assertFalse(found(ms, "Gulf"), ms.toString());
        // a town whose name begins with the water word is still the town
        assertTrue(found(places("Floods closed roads in Lake Charles, Louisiana."), "Lake Charles"));
    }

    @Test void aPeoplesWordIsNoTownOfThatName() {
        List<PlaceMention> ms = places("Jets flew close to the Canadian capital, officials in Ottawa said.");
        assertFalse(found(ms, "Canadian"), ms.toString());
    }

    @Test void aPeoplesWordOpeningAStreetsOrQuartersNameIsNoMentionOfItsCountry() {
        List<PlaceMention> ms = annotator.annotateWithPeoples(TestDocs.doc(
                "The parade left the French Quarter by Frenchmen Street, passing the Russian Museum's touring show."));
        assertFalse(found(ms, "French") || found(ms, "Frenchmen"), ms.toString());
        // a nation's own institution stands in that country
        assertEquals("RU", TestDocs.named(ms, "Russian").place().iso2());
    }

    @Test void theEnglishTheScotsAndTheWelshAreThePeoplesOfTheirUnits() {
        List<PlaceMention> ms = annotator.annotateWithPeoples(TestDocs.doc("English and Scottish fans met Welsh supporters before the British final."));
        assertEquals("England", TestDocs.named(ms, "English").place().name());
        assertEquals("Scotland", TestDocs.named(ms, "Scottish").place().name());
        assertEquals("Wales", TestDocs.named(ms, "Welsh").place().name());
        assertEquals("GB", TestDocs.named(ms, "British").place().iso2());
        assertEquals("country", TestDocs.named(ms, "British").place().feature());
    }

    @Test void placesCommandListsPeoplesWordsAsTheirCountry() {
        List<PlaceMention> ms = annotator.annotateWithPeoples(TestDocs.doc("Russian artists exhibited in Paris and Berlin."));
        PlaceMention ru = TestDocs.named(ms, "Russian");
        assertEquals("RU", ru.place().iso2());
        assertEquals("demonym", ru.pass());
        assertTrue(found(ms, "Paris") && found(ms, "Berlin"), ms.toString());
        for (int i = 1; i < ms.size(); i++) assertTrue(ms.get(i - 1).span().start() <= ms.get(i).span().start(), "text order");
        // event extraction's layer does not take them
        assertFalse(found(annotator.annotate(TestDocs.doc("Russian artists exhibited in Paris and Berlin.")), "Russian"));
    }

    @Test void publisherCountryFromSourceOrAddress() {
        PublisherCountry pc = new PublisherCountry(gazetteer, Map.of("bolivian", "BO"));
        assertEquals(Optional.of("BO"), pc.fromSource("La Prensa (Bolivia)"));
        assertEquals(Optional.of("BO"), pc.fromSource("Bolivian Times"));
        assertEquals(Optional.of("LY"), pc.fromSource("Libya24"));
        assertEquals(Optional.of("KE"), pc.fromSource("Nairobi Daily"));
        assertEquals(Optional.empty(), pc.fromSource("Evening Courier"));
        // an agency's acronym or a lower-case word is no place; a capital alone is an agency's name, not its city
        assertEquals(Optional.empty(), pc.fromSource("SANA"));
        assertEquals(Optional.empty(), pc.fromSource("sana"));
        assertEquals(Optional.empty(), pc.fromSource("Nairobi"));
        assertEquals(Optional.of("GB"), PublisherCountry.fromUrl("https://www.example.co.uk/news/1"));
        assertEquals(Optional.of("DE"), PublisherCountry.fromUrl("http://zeitung.de/a"));
        assertEquals(Optional.empty(), PublisherCountry.fromUrl("https://news.example.tv/x"));
        assertEquals(Optional.empty(), PublisherCountry.fromUrl("https://example.com/x"));
        assertEquals(Optional.empty(), PublisherCountry.fromUrl("not a url"));
    }

    @Test void publishersCountryDecidesOnlyWhereTheTextIsSilent() {
        String text = "Firefighters protested outside the station in San Carlos on Tuesday.";
        PlaceMention chile = inPublished(text, "Diario del Sur (Chile)");
        assertNotNull(chile.place());
        assertEquals("CL", chile.place().iso2());
        PlaceMention venezuela = inPublished(text, "Diario del Sur (Venezuela)");
        assertEquals("VE", venezuela.place().iso2());
        // the text's own names outvote the publisher
        PlaceMention named = inPublished("Firefighters protested in San Carlos, Cojedes, on Tuesday.", "Diario del Sur (Chile)");
        assertEquals("VE", named.place().iso2());
    }

    @Test void aStrayReadingAbroadIsDroppedInATextThatGroundsOnlyItsPublisher() {
        // nothing in the text grounds it; a Mauritanian paper's "Mal" is no Belgian village
        String text = "Youths rioted in Mal on Friday over water cuts.";
        Document d = TestDocs.doc(text);
        Document withSource = Document.of(new Article("t", null, text, null, "Al Akhbar (Mauritania)", null, null, null))
                .withTokensAndSentences(d.tokens(), d.sentences());
        PlaceMention mal = annotator.annotate(withSource).stream().filter(m -> m.text().equals("Mal")).findFirst()
                .orElseThrow(() -> new AssertionError(annotator.annotate(withSource)));
        assertEquals(null, mal.place(), String.valueOf(mal));
        // without a publisher the reading stands (nothing says it is wrong)
        assertNotNull(TestDocs.mention(annotator, text, "Mal").place());
    }

    private static PlaceMention inPublished(String text, String source) {
        Document d = TestDocs.doc(text);
        Document withSource = Document.of(new Article("t", null, text, null, source, null, null, null))
                .withTokensAndSentences(d.tokens(), d.sentences());
        return annotator.annotate(withSource).stream().filter(m -> m.text().equals("San Carlos")).findFirst()
                .orElseThrow(() -> new AssertionError(annotator.annotate(withSource)));
    }

    @Test void kenyasFormerProvincesAreRegionsButABareNyanzaStaysRwandas() {
        List<PlaceMention> ms = places("Cholera cases rose in Nyanza Province and the Rift Valley, Kenya's health ministry said.");
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Nyanza Province") && "KE".equals(m.place().iso2())), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Rift Valley") && "KE".equals(m.place().iso2())), ms.toString());
        List<PlaceMention> rw = places("Refugees crossed from Nyanza in southern Rwanda.");
        assertTrue(rw.stream().anyMatch(m -> m.text().equals("Nyanza") && "RW".equals(m.place().iso2())), rw.toString());
    }

    @Test void thePlacesListingNamesThePlaceOpeningABodysName() {
        String text = "Firefighters fought the blaze near Eastland on Tuesday, according to the Texas Forest Service.";
        List<PlaceMention> listed = annotator.annotateWithPeoples(TestDocs.doc(text));
        assertTrue(listed.stream().anyMatch(m -> m.text().equals("Texas") && "admin1".equals(m.place().feature())), listed.toString());
        // event extraction's mentions leave the body's name alone: it says nothing of where a thing happened
        assertTrue(places(text).stream().noneMatch(m -> m.text().equals("Texas")), places(text).toString());
    }
}

