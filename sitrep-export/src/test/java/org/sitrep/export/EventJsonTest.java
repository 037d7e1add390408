package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.FieldProvenance;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventJsonTest {

    static Event kafrNabuda() {
        return new Event("e1", "000_bd10abb298f214a6", LocalDate.of(2015, 10, 12), 1,
                SubEventType.GOVERNMENT_REGAINS_TERRITORY, new Actor("Military Forces of Syria", 1, "SY"), null,
                new Actor("Rebel groups (Syria)", 2, "SY"), null, "Syria", "SYR", "Hama", null, "Kafr Nabudah",
                35.42, 36.52, 1, "geonames:168660", 0, "The Straits Times (AFP); Syrian army command",
                "On 12 October 2015, regime forces captured Kafr Nabuda village in Hama.",
                List.of(new Evidence("000_bd10abb298f214a6", 1234, 1330, "regime forces had captured Kafr Nabuda")),
                List.of(new Claim("Syrian army command", "000_bd10abb298f214a6", 1234, 1330, Stance.ASSERTS, null)),
                List.of("000_bd10abb298f214a6"), false, 0.87,
                Map.of("location", new FieldProvenance("geo.resolve", "pass:admin-context", List.of(new Span(1290, 1301)))));
    }

    @Test
    void writesOntologyFieldsInOrderThenAdditionsThenProvenance() throws Exception {
        JsonNode n = new ObjectMapper().readTree(EventJson.toJson(kafrNabuda()));
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        List<String> expected = new ArrayList<>(EventJson.FIELDS);
        expected.addAll(List.of("actor1_iso2", "actor2_iso2", "provenance"));
        assertEquals(expected, names);
        assertEquals("Political violence", n.get("disorder_type").asText());
        assertEquals("Battles", n.get("event_type").asText());
        assertEquals("Military Forces of Syria", n.get("actor1").asText());
        assertEquals(1, n.get("inter1").asInt());
        assertTrue(n.get("assoc_actor_1").isNull());
        assertEquals("asserts", n.at("/claims/0/stance").asText());
        assertEquals(1290, n.at("/provenance/location/spans/0/0").asInt());
        assertEquals("2015-10-12", n.get("event_date").asText());
    }

    @Test
    void roundTripsTheOntologyExample() {
        Event e = kafrNabuda();
        assertEquals(e, EventJson.fromJson(EventJson.toJson(e)));
        assertFalse(EventJson.toJson(e).contains("\n"), "one event must stay on one line");
    }

    @Test
    void readsMinimalRecordsFromOtherTools() {
        Event e = EventJson.fromJson("""
                {"event_id":"x","doc_id":"d","sub_event_type":"Air/drone strike","actor1":"Military Forces of Russia",
                 "evidence":[{"doc_id":"d","start":0,"end":4,"text":"Jets"}],"unknown_field":[1,2]}""");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subEventType());
        assertEquals(new Actor("Military Forces of Russia", 0, null), e.actor1());
        assertNull(e.actor2());
        assertEquals(0, e.fatalities());
        assertEquals(Map.of(), e.provenance());
    }

    @Test
    void errorsNameTheField() {
        String ok = EventJson.toJson(kafrNabuda());
        var mismatch = assertThrows(IllegalArgumentException.class,
                () -> EventJson.fromJson(ok.replace("\"event_type\":\"Battles\"", "\"event_type\":\"Riots\"")));
        assertTrue(mismatch.getMessage().contains("event_type"), mismatch.getMessage());
        var date = assertThrows(IllegalArgumentException.class,
                () -> EventJson.fromJson(ok.replace("2015-10-12", "12/10/2015")));
        assertTrue(date.getMessage().contains("event_date"), date.getMessage());
        var inter = assertThrows(IllegalArgumentException.class,
                () -> EventJson.fromJson(ok.replace("\"inter1\":1", "\"inter1\":\"one\"")));
        assertTrue(inter.getMessage().contains("inter1"), inter.getMessage());
        var noEvidence = assertThrows(IllegalArgumentException.class,
                () -> EventJson.fromJson(ok.replaceAll("\"evidence\":\\[[^]]*]", "\"evidence\":[]")));
        assertTrue(noEvidence.getMessage().contains("evidence"), noEvidence.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EventJson.fromJson("{not json"));
        assertThrows(IllegalArgumentException.class, () -> EventJson.fromJson("[1]"));
    }

    @Test
    void refusesNonFiniteNumbersInsteadOfWritingInvalidJson() {
        Event e = kafrNabuda();
        Event nan = new Event(e.eventId(), e.docId(), e.eventDate(), e.timePrecision(), e.subEventType(), e.actor1(),
                null, e.actor2(), null, e.country(), e.iso3(), e.admin1(), e.admin2(), e.location(), Double.NaN,
                e.longitude(), e.geoPrecision(), e.gazetteerId(), 0, e.source(), e.notes(), e.evidence(), e.claims(),
                e.articles(), false, 0.5, Map.of());
        var ex = assertThrows(IllegalArgumentException.class, () -> EventJson.toJson(nan));
        assertTrue(ex.getMessage().contains("latitude"), ex.getMessage());
    }
}
