package org.sitrep.nlp.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

class QuoteAnnotatorTest {
    static final QuoteAnnotator QUOTES = new QuoteAnnotator();

    static Document run(String text) {
        Document d = QUOTES.apply(TestDocs.doc(text), new StageContext("t"));
        for (Quote q : d.quotes()) {
            assertTrue(q.content().end() <= text.length());
            if (q.speakerSpan() != null) assertTrue(q.speakerSpan().end() <= text.length());
        }
        return d;
    }

    static List<Quote> direct(Document d) { return d.quotes().stream().filter(Quote::direct).toList(); }

    static Quote onlyDirect(Document d) {
        List<Quote> q = direct(d);
        assertEquals(1, q.size(), () -> "direct quotes: " + q);
        return q.get(0);
    }

    @Test
    void quoteThenSpeakerWithOffsets() {
        String text = "\"We pushed them out of the valley before dawn,\" a regional army commander said on Tuesday.";
        Document d = run(text);
        Quote q = onlyDirect(d);
        assertEquals("We pushed them out of the valley before dawn,", q.content().of(text));
        assertEquals("a regional army commander", q.speakerSpan().of(text));
        assertEquals("a regional army commander", q.speaker());
    }

    @Test
    void curlyQuotesAndInvertedSpeaker() {
        String text = "\u201cThe convoy never reached the bridge,\u201d said provincial governor Amira Haddad.";
        Quote q = onlyDirect(run(text));
        assertEquals("Amira Haddad", q.speaker());
        assertEquals("provincial governor Amira Haddad", q.speakerSpan().of(text));
    }

    @Test
    void organisationAliasesAndCountryQualifiedInstitutions() {
        String text = "The Observatory said \"at least nine fighters died in the shelling\" near the dam.\n\n"
                + "State news agency SANA said \"terrorist groups shelled the old quarter\" overnight.\n\n"
                + "\"Our jets hit only military sites,\" the defence ministry in Moscow said.";
        List<Quote> q = direct(run(text));
        assertEquals(3, q.size(), q::toString);
        assertEquals("Syrian Observatory for Human Rights", q.get(0).speaker());
        assertEquals("SANA", q.get(1).speaker());
        assertEquals("Ministry of Defence of Russia", q.get(2).speaker());
    }

    @Test
    void pronounTakesTheNearestNamedSpeakerAndContinuationParagraphsInherit() {
        String text = "Foreign Minister Karim Nasser told reporters the talks had stalled.\n\n"
                + "\"Nobody came to the table with a real offer,\" he said.\n\n"
                + "\"We will try again next month.\"\n\n"
                + "A local activist said \"the shelling went on all night\" in the eastern district.";
        List<Quote> q = direct(run(text));
        assertEquals(3, q.size(), q::toString);
        assertEquals("Karim Nasser", q.get(0).speaker());
        assertEquals("Karim Nasser", q.get(1).speaker());
        assertNull(q.get(1).speakerSpan(), "an inherited speaker has no span");
        assertEquals("a local activist", q.get(2).speaker());
    }

    @Test
    void genericReferencesPointBackToTheLastOrganisation() {
        String text = "Syria's army command said troops had entered the village.\n\n"
                + "\"The area is now secure,\" the statement said.";
        Quote q = onlyDirect(run(text));
        assertEquals("Syrian army command", q.speaker());
    }

    @Test
    void scareQuotesLabelsHeadingsAndUnattributedFragmentsAreDropped() {
        String text = "'Front lines shifting'\n\n"
                + "Officials said the \"safe corridor\" would open and called the fighters \"criminals\".\n\n"
                + "A court opened a case over alleged \"war crimes in the north\" last year.";
        assertTrue(direct(run(text)).isEmpty(), () -> direct(run(text)).toString());
    }

    @Test
    void singleQuotesAroundSeveralWordsCount() {
        String text = "The spokesman said the raid was 'a clear violation of the truce' and left.";
        Quote q = onlyDirect(run(text));
        assertEquals("a clear violation of the truce", q.content().of(text));
        assertEquals("the spokesman", q.speaker());
    }

    @Test
    void reportedSpeechAndAttributionForASentence() {
        String text = "Rebels shot down a helicopter near the airport, according to local residents.\n\n"
                + "The interior ministry said police had arrested four suspects in the port city.";
        Document d = run(text);
        Span first = d.sentences().get(0).span();
        Optional<Quote> a = QuoteAnnotator.attributionFor(d, first);
        assertTrue(a.isPresent());
        assertEquals("local residents", a.get().speaker());
        assertFalse(a.get().direct());
        Quote b = QuoteAnnotator.attributionFor(d, d.sentences().get(1).span()).orElseThrow();
        assertEquals("Ministry of Interior", b.speaker());
        assertEquals("police had arrested four suspects in the port city", b.content().of(text));
        assertTrue(QuoteAnnotator.attributionFor(d, new Span(text.length(), text.length())).isEmpty());
    }

    @Test
    void speechVerbsInsideQuotesAreNotAttributions() {
        String text = "\"They said we had no right to be there,\" the mayor told Reuters.";
        Document d = run(text);
        Quote q = onlyDirect(d);
        assertEquals("the mayor", q.speaker());
        assertTrue(d.quotes().stream().noneMatch(x -> "they".equals(x.speaker())), d.quotes()::toString);
    }

    @Test
    void denialCues() {
        Document d = run("The ministry denied that its jets struck the market.\n"
                + "\"We have no such information,\" an official said.\n"
                + "Moscow rejected reports of civilian deaths.\n"
                + "The army did not comment.\n"
                + "Jets struck the market on Monday.");
        List<Sentence> s = d.sentences();
        assertTrue(QuoteAnnotator.isDenial(d, s.get(0)));
        assertTrue(QuoteAnnotator.isDenial(d, s.get(1)));
        assertTrue(QuoteAnnotator.isDenial(d, s.get(2)));
        assertTrue(QuoteAnnotator.isDenial(d, s.get(3)));
        assertFalse(QuoteAnnotator.isDenial(d, s.get(4)));
    }

    @Test
    void canonicalSpeakerNames() {
        SourceAliases al = SourceAliases.bundled();
        assertEquals("Ministry of Defence of Russia", al.canonical("Russian Defence Ministry"));
        assertEquals("Government of Russia", al.canonical("the Kremlin"));
        assertEquals("Syria Civil Defence (White Helmets)", al.canonical("the White Helmets"));
        assertEquals("US Department of Defense", al.canonical("the Pentagon"));
        assertEquals("Patrick Ryder", al.canonical("US Central Command spokesman Colonel Patrick Ryder"));
        assertEquals("Rami Abdel Rahman", al.canonical("Observatory chief Rami Abdel Rahman"));
        assertEquals("a Syrian security source", al.canonical("a Syrian security source"));
        assertEquals("Syrian army command", al.canonical("Syria's army command"));
    }
}
