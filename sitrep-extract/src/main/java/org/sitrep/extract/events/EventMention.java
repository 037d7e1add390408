package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.ActorMention;
import org.sitrep.model.FieldProvenance;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quote;
import org.sitrep.model.SubEventType;
import java.util.Map;
import org.sitrep.model.Span;

/**
 * One candidate event read from one sentence, before mentions of the same happening are combined into an event.
 *
 * @param place       resolved place, or null when only the country is known
 * @param locationText the place as the article writes it
 * @param fatalities  deaths reported in this mention, or -1 when the mention gives none
 * @param attribution who says so, when the sentence is reported speech
 * @param ownPlace   the place mention named in this sentence, or null when it was carried over
 * @param anaphoric  "the attack", "this clash" with no place of its own: refers back to an event already read
 */
record EventMention(SubEventType type, TriggerMatch trigger, Span sentence, ActorMention actor1Mention, String actor1,
                    int inter1, String actor2, int inter2, GeoPlace place, String locationText, int geoPrecision,
                    LocalDate date, int timePrecision, int fatalities, List<Span> fatalitySpans, Quote attribution,
                    boolean killOnly, boolean anaphoric, PlaceMention ownPlace, Map<String, FieldProvenance> provenance) {

    /** The same mention with deaths told in a later sentence (whose span joins the evidence through the toll spans). */
    EventMention withToll(int deaths, List<Span> spans, Span sentenceSpan) {
        Map<String, FieldProvenance> prov = new java.util.HashMap<>(provenance);
        prov.put("fatalities", new FieldProvenance("extract.events", "deaths-in-following-sentence", spans));
        return new EventMention(type, trigger, sentence, actor1Mention, actor1, inter1, actor2, inter2, place,
                locationText, geoPrecision, date, timePrecision, deaths, spans, attribution, killOnly, anaphoric, ownPlace, prov);
    }

    /** The same mention with the toll a coder states explicitly ("Fatalities coded as 0"), which overrides any count. */
    EventMention withCodedToll(int deaths, List<Span> spans) {
        Map<String, FieldProvenance> prov = new java.util.HashMap<>(provenance);
        prov.put("fatalities", new FieldProvenance("extract.events", "coded-fatalities-statement", spans));
        return new EventMention(type, trigger, sentence, actor1Mention, actor1, inter1, actor2, inter2, place,
                locationText, geoPrecision, date, timePrecision, deaths, spans, attribution, killOnly, anaphoric, ownPlace, prov);
    }

    /** The same mention with a second actor, read by {@code rule} from {@code spans}. */
    EventMention withActor2(String name, int inter, String rule, List<Span> spans) {
        Map<String, FieldProvenance> prov = new java.util.HashMap<>(provenance);
        prov.put("actor2", new FieldProvenance("extract.events", rule, spans));
        return new EventMention(type, trigger, sentence, actor1Mention, actor1, inter1, name, inter, place, locationText,
                geoPrecision, date, timePrecision, fatalities, fatalitySpans, attribution, killOnly, anaphoric, ownPlace, prov);
    }

    /** The same mention with another sub-event type, the rule and the sentence that decided it added to its provenance. */
    EventMention retyped(SubEventType t, String rule, Span because) {
        Map<String, FieldProvenance> prov = new java.util.HashMap<>(provenance);
        FieldProvenance old = prov.get("sub_event_type");
        prov.put("sub_event_type", new FieldProvenance("extract.events", (old == null ? "" : old.rule() + " ") + rule, List.of(because)));
        return new EventMention(t, trigger, sentence, actor1Mention, actor1, inter1, actor2, inter2, place, locationText,
                geoPrecision, date, timePrecision, fatalities, fatalitySpans, attribution, killOnly, anaphoric, ownPlace, prov);
    }

    /** The same mention placed where the text set the scene, for sentences that name no place of their own. */
    EventMention atScene(PlaceMention scene) {
        Map<String, FieldProvenance> prov = new java.util.HashMap<>(provenance);
        prov.put("location", new FieldProvenance("geo.resolve", "place:document-scene pass:" + scene.pass(), List.of(scene.span())));
        GeoPlace p = scene.place();
        String text = scene.precision() == 3 && "admin1".equals(p.feature()) && p.admin1() != null ? p.admin1() : scene.text();
        return new EventMention(type, trigger, sentence, actor1Mention, actor1, inter1, actor2, inter2, p, text,
                scene.precision(), date, timePrecision, fatalities, fatalitySpans, attribution, killOnly, anaphoric, null, prov);
    }

    /** The same mention placed at the country its own sentence names as where it happened (geo_precision 3). */
    EventMention inNamedCountry(PlaceMention country) {
        return inCountry(country.place(), new FieldProvenance("geo.resolve", "place:sentence-country pass:" + country.pass(),
                List.of(country.span())));
    }

    /** The same mention placed at country level (geo_precision 3), for reports that name no smaller place. */
    EventMention atCountry(GeoPlace country) {
        return inCountry(country, new FieldProvenance("geo.resolve", "place:country-only", List.of()));
    }

    private EventMention inCountry(GeoPlace country, FieldProvenance why) {
        Map<String, FieldProvenance> prov = new java.util.HashMap<>(provenance);
        prov.put("location", why);
        return new EventMention(type, trigger, sentence, actor1Mention, actor1, inter1, actor2, inter2, country,
                country.name(), 3, date, timePrecision, fatalities, fatalitySpans, attribution, killOnly, anaphoric, null, prov);
    }
}
