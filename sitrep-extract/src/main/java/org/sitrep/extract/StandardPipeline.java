package org.sitrep.extract;

import org.sitrep.extract.actors.ActorAnnotator;
import org.sitrep.extract.actors.ActorCatalog;
import org.sitrep.extract.events.EventAnnotator;
import org.sitrep.extract.events.TriggerLexicon;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.nlp.OpenNlpModels;
import org.sitrep.nlp.TokenizerAnnotator;
import org.sitrep.nlp.mentions.DateAnnotator;
import org.sitrep.nlp.mentions.NumberAnnotator;
import org.sitrep.nlp.mentions.QuoteAnnotator;
import org.sitrep.pipeline.Pipeline;

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

    public static Pipeline create(Resources r) {
        return Pipeline.builder()
                .add(new TokenizerAnnotator(r.models()))
                .add(new PlaceAnnotator(r.gazetteer()))
                .add(new ActorAnnotator(r.actors()))
                .add(new NumberAnnotator())
                .add(new DateAnnotator())
                .add(new QuoteAnnotator())
                .add(new EventAnnotator(r.triggers(), r.gazetteer()))
                .build();
    }
}
