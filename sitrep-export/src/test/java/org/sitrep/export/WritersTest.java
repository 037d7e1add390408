package org.sitrep.export;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WritersTest {

    @Test
    void csvRowForTheOntologyExampleHasAcledValues() throws IOException {
        String csv = ExportPropertiesTest.export(Format.CSV, List.of(EventJsonTest.kafrNabuda()));
        List<List<String>> rows = Csv.parse(csv);
        List<String> row = rows.get(1);
        assertEquals("2015-10-12", at(row, "event_date"));
        assertEquals("2015", at(row, "year"));
        assertEquals("12", at(row, "interaction"));
        assertEquals("760", at(row, "iso"));
        assertEquals("Middle East", at(row, "region"));
        assertEquals("35.42", at(row, "latitude"));
        assertEquals("\"The Straits Times (AFP); Syrian army command\"".replace("\"", ""), at(row, "source"));
        assertTrue(csv.contains("\"On 12 October 2015, regime forces captured Kafr Nabuda village in Hama.\""),
                "notes with commas are quoted");
        assertTrue(csv.startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"));
    }

    @Test
    void interactionCodesFollowAcled() {
        assertEquals("37", AcledCsvEventWriter.interaction(new Actor("a", 7, null), new Actor("b", 3, null)));
        assertEquals("60", AcledCsvEventWriter.interaction(new Actor("Protesters (Syria)", 6, null), null));
        assertEquals("", AcledCsvEventWriter.interaction(null, null));
    }

    @Test
    void placeNamesAreWrittenAsAcledWritesThem() {
        // ACLED's own country, admin and location names are ASCII
        assertEquals("Michoacan", AcledCsvEventWriter.ascii("Michoacán"));
        assertEquals("Sao Paulo", AcledCsvEventWriter.ascii("São Paulo"));
        assertEquals("Tartar", AcledCsvEventWriter.ascii("Tǝrtǝr"));
        assertEquals("Ma'arrat an Nu'man", AcledCsvEventWriter.ascii("Ma‘arrat an Nu‘man"));
        assertEquals("Lodz", AcledCsvEventWriter.ascii("Łódź"));
        assertEquals("", AcledCsvEventWriter.ascii(null));
    }

    @Test
    void quotingIsMinimalAndDoublesQuotes() {
        assertEquals("plain", AcledCsvEventWriter.quote("plain"));
        assertEquals("\"a,b\"", AcledCsvEventWriter.quote("a,b"));
        assertEquals("\"say \"\"no\"\"\"", AcledCsvEventWriter.quote("say \"no\""));
        assertEquals("\"two\nlines\"", AcledCsvEventWriter.quote("two\nlines"));
    }

    @Test
    void emptyGeoJsonIsAValidCollection() throws IOException {
        String out = ExportPropertiesTest.export(Format.GEOJSON, List.of());
        assertEquals(0, new com.fasterxml.jackson.databind.ObjectMapper().readTree(out).get("features").size());
    }

    @Test
    void writerRefusesUseAfterClose() throws IOException {
        EventWriter w = new JsonlEventWriter(new StringWriter());
        w.close();
        w.close();
        Event e = EventJsonTest.kafrNabuda();
        assertThrows(IllegalStateException.class, () -> w.write(e));
    }

    @Test
    void formatsParseFromNamesAndFileNames() {
        assertEquals(Format.GEOJSON, Format.ofFileName("out/events.geojson"));
        assertEquals(Format.CSV, Format.parse("CSV"));
        assertEquals(Format.JSONL, Format.parse("json"));
        var ex = assertThrows(IllegalArgumentException.class, () -> Format.parse("xml"));
        assertTrue(ex.getMessage().contains("jsonl, csv, geojson"), ex.getMessage());
    }

    private static String at(List<String> row, String col) {
        return row.get(AcledCsvEventWriter.COLUMNS.indexOf(col));
    }
}
