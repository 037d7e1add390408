package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.sitrep.model.Event;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportPropertiesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Provide
    Arbitrary<Event> events() {
        return EventArbitraries.events();
    }

    @Provide
    Arbitrary<List<Event>> eventLists() {
        return EventArbitraries.events().list().ofMaxSize(6);
    }

    @Property(tries = 500)
    void jsonRoundTripIsExact(@ForAll("events") Event e) {
        String json = EventJson.toJson(e);
        assertEquals(e, EventJson.fromJson(json));
        assertEquals(json, EventJson.toJson(EventJson.fromJson(json)), "serialisation must be stable");
    }

    @Property(tries = 100)
    void jsonlHasOneParsableEventPerLine(@ForAll("eventLists") List<Event> events) throws IOException {
        String out = export(Format.JSONL, events);
        List<Event> back = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isEmpty()) back.add(EventJson.fromJson(line));
        }
        assertEquals(events, back);
        assertTrue(events.isEmpty() || out.endsWith("\n"));
    }

    @Property(tries = 200)
    void csvQuotesCommasQuotesAndNewlines(@ForAll("eventLists") List<Event> events) throws IOException {
        List<List<String>> rows = Csv.parse(export(Format.CSV, events));
        assertEquals(events.size() + 1, rows.size());
        assertEquals(AcledCsvEventWriter.COLUMNS, rows.get(0));
        for (int i = 0; i < events.size(); i++) {
            List<String> row = rows.get(i + 1);
            Event e = events.get(i);
            assertEquals(AcledCsvEventWriter.COLUMNS.size(), row.size());
            assertEquals(AcledCsvEventWriter.values(e), row);
            assertEquals(e.notes() == null ? "" : e.notes(), cell(row, "notes"));
            assertEquals(e.source() == null ? "" : e.source(), cell(row, "source"));
            assertEquals(Integer.toString(e.fatalities()), cell(row, "fatalities"));
            if (e.latitude() != null) assertEquals(e.latitude(), Double.parseDouble(cell(row, "latitude")));
        }
    }

    @Property(tries = 100)
    void geoJsonParsesBack(@ForAll("eventLists") List<Event> events) throws IOException {
        JsonNode fc = MAPPER.readTree(export(Format.GEOJSON, events));
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(events.size(), fc.get("features").size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            JsonNode f = fc.get("features").get(i);
            assertEquals("Feature", f.get("type").asText());
            if (e.latitude() != null && e.longitude() != null) {
                assertEquals("Point", f.at("/geometry/type").asText());
                assertEquals(e.longitude(), f.at("/geometry/coordinates/0").doubleValue());
                assertEquals(e.latitude(), f.at("/geometry/coordinates/1").doubleValue());
            } else {
                assertTrue(f.get("geometry").isNull(), "events without coordinates keep a null geometry");
            }
            assertEquals(e, EventJson.fromTree(f.get("properties")));
        }
    }

    private static String cell(List<String> row, String column) {
        return row.get(AcledCsvEventWriter.COLUMNS.indexOf(column));
    }

    static String export(Format format, List<Event> events) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EventWriter w = format.open(bytes)) {
            w.writeAll(events);
            assertEquals(events.size(), w.count());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
