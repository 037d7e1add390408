package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.ActorMention;
import org.sitrep.model.FieldProvenance;
import org.sitrep.model.GeoPlace;
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
 */
record EventMention(SubEventType type, TriggerMatch trigger, Span sentence, ActorMention actor1Mention, String actor1,
                    int inter1, String actor2, int inter2, GeoPlace place, String locationText, int geoPrecision,
                    LocalDate date, int timePrecision, int fatalities, List<Span> fatalitySpans, Quote attribution,
                    boolean killOnly, Map<String, FieldProvenance> provenance) {
}
