package org.sitrep.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Article;
import org.sitrep.model.DateMention;
import org.sitrep.model.Event;
import org.sitrep.model.NumberMention;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * An article and the annotation layers added to it so far. Immutable: each annotator returns a copy with its
 * layer set ({@code withX}). Every layer is a typed list, so there is no bag of untyped annotation keys.
 */
public record Document(
        Article article,
        Set<Layer> layers,
        List<Token> tokens,
        List<Sentence> sentences,
        List<PlaceMention> places,
        List<ActorMention> actors,
        List<NumberMention> numbers,
        List<DateMention> dates,
        List<Quote> quotes,
        List<Event> events) {

    public Document {
        layers = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        numbers = List.copyOf(numbers);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    public static Document of(Article article) {
        return new Document(article, EnumSet.noneOf(Layer.class), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    public boolean has(Layer layer) { return layers.contains(layer); }

    public String text() { return article.text(); }

    /** Tokens of one sentence. */
    public List<Token> tokensOf(Sentence s) { return tokens.subList(s.firstToken(), s.endToken()); }

    private Set<Layer> plus(Layer... added) {
        EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        for (Layer l : added) s.add(l);
        return s;
    }

    public Document withTokensAndSentences(List<Token> t, List<Sentence> s) {
        return new Document(article, plus(Layer.TOKENS, Layer.SENTENCES), t, s, places, actors, numbers, dates, quotes, events);
    }

    /** Same tokens with POS tags filled in. */
    public Document withTaggedTokens(List<Token> t) {
        if (t.size() != tokens.size()) throw new IllegalArgumentException("tagging changed the token count");
        return new Document(article, plus(Layer.POS), t, sentences, places, actors, numbers, dates, quotes, events);
    }

    public Document withPlaces(List<PlaceMention> p) {
        return new Document(article, plus(Layer.PLACES), tokens, sentences, p, actors, numbers, dates, quotes, events);
    }

    public Document withActors(List<ActorMention> a) {
        return new Document(article, plus(Layer.ACTORS), tokens, sentences, places, a, numbers, dates, quotes, events);
    }

    public Document withNumbers(List<NumberMention> n) {
        return new Document(article, plus(Layer.NUMBERS), tokens, sentences, places, actors, n, dates, quotes, events);
    }

    public Document withDates(List<DateMention> d) {
        return new Document(article, plus(Layer.DATES), tokens, sentences, places, actors, numbers, d, quotes, events);
    }

    public Document withQuotes(List<Quote> q) {
        return new Document(article, plus(Layer.QUOTES), tokens, sentences, places, actors, numbers, dates, q, events);
    }

    public Document withEvents(List<Event> e) {
        return new Document(article, plus(Layer.EVENTS), tokens, sentences, places, actors, numbers, dates, quotes, e);
    }
}
