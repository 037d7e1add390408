package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Event;

/**
 * An event known only to its province (geo_precision 3) is placed at the province's capital, as ACLED places such
 * events, not at the province's centre; its place stays the province. Sentences written for the test.
 */
class ProvinceLevelCoordinatesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Regime forces shelled rebel positions in Idleb province on Sunday.|Idleb|35.93|36.63",
            "Taliban fighters attacked a checkpoint in Kandahar province on Sunday.|Kandahar|31.61|65.71",
            "Police fired tear gas at protesters across West Bengal on Sunday.|West Bengal|22.57|88.36",
    })
    void atTheCapital(String text, String admin1, double lat, double lon) {
        List<Event> events = Pipelines.extract(text, LocalDate.of(2020, 5, 3));
        assertFalse(events.isEmpty(), text);
        Event e = events.get(0);
        assertEquals(3, e.geoPrecision(), () -> "precision: " + e);
        assertEquals(admin1, e.admin1());
        double km = Gazetteer.km(e.latitude(), e.longitude(), lat, lon);
        assertTrue(km < 10, () -> e.location() + " placed " + Math.round(km) + " km from the capital: " + e.latitude() + "," + e.longitude());
    }
}
