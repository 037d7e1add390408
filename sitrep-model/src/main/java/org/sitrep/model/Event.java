package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One coded event in the ACLED scheme (ONTOLOGY.md), with its evidence, claims and per-field provenance.
 * Nullable fields are unknown; empty lists mean none.
 */
public record Event(
        String eventId,
        String docId,
        LocalDate eventDate,
        Integer timePrecision,
        SubEventType subEventType,
        Actor actor1,
        String assocActor1,
        Actor actor2,
        String assocActor2,
        String country,
        String iso3,
        String admin1,
        String admin2,
        String location,
        Double latitude,
        Double longitude,
        Integer geoPrecision,
        String gazetteerId,
        int fatalities,
        String source,
        String notes,
        List<Evidence> evidence,
        List<Claim> claims,
        List<String> articles,
        boolean disputed,
        double confidence,
        Map<String, FieldProvenance> provenance) {

    public Event {
        evidence = List.copyOf(evidence);
        claims = List.copyOf(claims);
        articles = List.copyOf(articles);
        provenance = Map.copyOf(provenance);
        if (evidence.isEmpty()) throw new IllegalArgumentException("an event needs evidence");
        if (fatalities < 0) throw new IllegalArgumentException("negative fatalities");
    }

    public EventType eventType() { return subEventType.type(); }

    public String disorderType() { return subEventType.disorderType(); }
}
