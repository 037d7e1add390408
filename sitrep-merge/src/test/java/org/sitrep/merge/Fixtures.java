package org.sitrep.merge;

import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Hand-made per-article events for tests. */
final class Fixtures {
    private Fixtures() {}

    record Place(String name, String admin1, double lat, double lon, String gazetteerId) {}

    static final Place KAFR_NABUDAH = new Place("Kafr Nabudah", "Hama", 35.42, 36.52, "geonames:168660");
    static final Place KAFR_NABUDA_NO_ID = new Place("Kafr Nabuda", "Hama", 35.421, 36.521, null);
    static final Place KHAN_SHAYKHUN = new Place("Khan Shaykhun", "Idlib", 35.44, 36.65, "geonames:170017");
    static final Place MAARAT = new Place("Maarat al-Numan", "Idlib", 35.64, 36.67, "geonames:170154");
    static final Place HAMA_CITY = new Place("Hama", "Hama", 35.13, 36.75, "geonames:170016");
    static final Place QARDAHA = new Place("Qardaha", "Lattakia", 35.46, 36.06, "geonames:173364");
    /** Known only to its province (geo_precision 3). */
    static final Place IDLIB_PROVINCE = new Place("Idlib", "Idlib", 35.83, 36.63, "geonames:169387");
    /** Known only to the country (geo_precision 4 for merging: location = country, no admin1). */
    static final Place SYRIA_ONLY = new Place("Syria", null, 35.0, 38.0, "geonames:163843");

    static Event event(String id, String doc, String date, SubEventType type, Place p, String actor1, int fatalities,
                       String evidence) {
        return event(id, doc, date, type, p, actor1, fatalities, evidence, doc.substring(0, 3), Stance.ASSERTS);
    }

    static Event event(String id, String doc, String date, SubEventType type, Place p, String actor1, int fatalities,
                       String evidence, String speaker, Stance stance) {
        Actor a1 = actor1 == null ? null : new Actor(actor1, actor1.startsWith("Military") ? 1 : 2, "SY");
        return new Event(id, doc, LocalDate.parse(date), 1, type, a1, null, null, null, "Syria", "SYR", p.admin1(),
                null, p.name(), p.lat(), p.lon(), 1, p.gazetteerId(), fatalities, doc.substring(0, 3), "notes " + id,
                List.of(new Evidence(doc, 0, evidence.length(), evidence)),
                List.of(new Claim(speaker, doc, 0, evidence.length(), stance, null)), List.of(doc), false, 0.6, Map.of());
    }

    /** The same event dated only by its report (extraction rule e.g. "date:dateline", "date:statement-weekday"): precision 2. */
    static Event reportDated(Event e, String rule) {
        return new Event(e.eventId(), e.docId(), e.eventDate(), 2, e.subEventType(), e.actor1(), e.assocActor1(), e.actor2(),
                e.assocActor2(), e.country(), e.iso3(), e.admin1(), e.admin2(), e.location(), e.latitude(), e.longitude(),
                e.geoPrecision(), e.gazetteerId(), e.fatalities(), e.source(), e.notes(), e.evidence(), e.claims(), e.articles(),
                e.disputed(), e.confidence(), Map.of("event_date", new org.sitrep.model.FieldProvenance("extract.events", rule, List.of())));
    }

    /** The same event citing another span of its article. */
    static Event atSpan(Event e, int start, int end) {
        String text = "x".repeat(end - start);
        return new Event(e.eventId(), e.docId(), e.eventDate(), e.timePrecision(), e.subEventType(), e.actor1(), e.assocActor1(),
                e.actor2(), e.assocActor2(), e.country(), e.iso3(), e.admin1(), e.admin2(), e.location(), e.latitude(),
                e.longitude(), e.geoPrecision(), e.gazetteerId(), e.fatalities(), e.source(), e.notes(),
                List.of(new Evidence(e.docId(), start, end, text)), List.of(), e.articles(), e.disputed(), e.confidence(), e.provenance());
    }
}
