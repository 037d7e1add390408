package org.sitrep.extract;

import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;
import org.sitrep.extract.actors.ActorAnnotator;
import org.sitrep.extract.actors.ActorCatalog;
import org.sitrep.extract.events.EventAnnotator;
import org.sitrep.extract.events.TriggerLexicon;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.OutletLocales;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.geo.eval.SimpleTokenizer;
import org.sitrep.model.Article;
import org.sitrep.nlp.OpenNlpModels;
import org.sitrep.nlp.TokenizerAnnotator;
import org.sitrep.nlp.mentions.DateAnnotator;
import org.sitrep.nlp.mentions.NumberAnnotator;
import org.sitrep.nlp.mentions.QuoteAnnotator;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageContext;

/**
 * The default extraction pipeline: tokens and sentences -> places (gazetteer) -> actors -> numbers -> dates ->
 * quotes and attributions -> events. Loading the resources takes about a second; build one and share it: every
 * stage is thread-safe.
 */
public final class StandardPipeline {
    private StandardPipeline() {}

    /** The resources the stages read, loaded once. */
    public record Resources(OpenNlpModels models, Gazetteer gazetteer, ActorCatalog actors, TriggerLexicon triggers) {
        public static Resources loadDefault() {
            return new Resources(OpenNlpModels.load(), Gazetteer.loadDefault(), ActorCatalog.loadDefault(),
                    TriggerLexicon.loadDefault());
        }
    }

    public static Pipeline create(Resources r) { return create(r, OutletLocales.NONE); }

    /** The pipeline reading each article with its outlet's home, as a first pass over the batch found it. */
    public static Pipeline create(Resources r, OutletLocales outlets) {
        return Pipeline.builder()
                .add(new TokenizerAnnotator(r.models()))
                .add(new PlacesOnRegexTokens(new PlaceAnnotator(r.gazetteer()).withOutletLocales(outlets)))
                .add(new ActorAnnotator(r.actors()))
                .add(new NumberAnnotator())
                .add(new DateAnnotator())
                .add(new QuoteAnnotator())
                .add(new EventAnnotator(r.triggers(), r.gazetteer()))
                .build();
    }

    /**
     * The first pass over a batch: tokens and places of every article that names its outlet (source or url), tallied
     * into where each outlet is at home (its {@link OutletLocales.Survey#result result}). The survey tokenises with the
     * regex tokenizer of the 'places' command, several times faster than the statistical one and as good for finding
     * names; articles without an outlet are skipped.
     */
    public static OutletLocales.Survey surveyOutlets(Resources r, Iterator<Article> articles, int threads) {
        Pipeline places = Pipeline.builder()
                .add(new SurveyTokens())
                .add(new PlaceAnnotator(r.gazetteer()))
                .build();
        OutletLocales.Survey survey = new OutletLocales.Survey();
        Iterator<Article> withOutlet = java.util.stream.StreamSupport.stream(
                        java.util.Spliterators.spliteratorUnknownSize(articles, java.util.Spliterator.ORDERED), false)
                .filter(a -> OutletLocales.outletOf(a) != null).iterator();
        // (an article the first pass cannot read fails again in the second, which reports it)
        new BatchRunner(places, threads).run(withOutlet, res -> {
            if (res.ok()) survey.add(res.document().article(), res.document().places());
        });
        return survey;
    }

    /**
     * Places read on the regex tokens of the 'places' command, the tokens every geocoding figure is measured on, not
     * on the statistical tokenizer's: that one glues a possessive to its word before a capital ("Peshawar's Saddar
     * area" gave no place) and splits hyphenated names ("Croix", "-", "des-Bouquets" read as France's Croix). The
     * mentions are character spans, so the later stages read them on their own tokens.
     */
    private record PlacesOnRegexTokens(PlaceAnnotator places) implements Annotator {
        @Override public String name() { return PlaceAnnotator.NAME; }

        @Override public Set<Layer> requires() { return places.requires(); }

        @Override public Set<Layer> provides() { return places.provides(); }

        @Override public Document apply(Document doc, StageContext ctx) {
            return doc.withPlaces(places.annotate(SimpleTokenizer.tokenize(doc.article())));
        }
    }

    /** Tokens and sentences by {@link SimpleTokenizer}: enough for the survey's place names. */
    private static final class SurveyTokens implements Annotator {
        @Override public String name() { return "outlets.tokens"; }

        @Override public Set<Layer> requires() { return EnumSet.noneOf(Layer.class); }

        @Override public Set<Layer> provides() { return EnumSet.of(Layer.TOKENS, Layer.SENTENCES); }

        @Override public Document apply(Document doc, StageContext ctx) {
            Document t = SimpleTokenizer.tokenize(doc.article());
            return doc.withTokensAndSentences(t.tokens(), t.sentences());
        }
    }
}
