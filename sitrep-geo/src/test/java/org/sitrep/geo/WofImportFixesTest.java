package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.GeoPlace;

/**
 * Who's On First rows the import does not take at their word: a geonames_id that points at a place far away, a
 * population copied from a namesake, a name only in Cyrillic or Arabic script. Small invented inputs in the dump
 * formats (Ukraine's country line; places and ids made up).
 */
class WofImportFixesTest {
    @TempDir Path dir;

    private static final String COUNTRY = "UA\tUKR\t804\tUP\tUkraine\tKyiv\t603700\t41000000\tEU\t.ua\tUAH\tHryvnia\t380\t\t\tuk\t690791\t\t\n";
    private static final String ADMIN1 = "UA.01\tNorthoblast\tNorthoblast\t900001\nUA.02\tSouthoblast\tSouthoblast\t900002\n";
    private static final String REGIONS = "11\t900001\tregion\tNorthoblast\t50.0\t30.0\tUA\t\t\t0\t\t\t\n"
            + "12\t900002\tregion\tSouthoblast\t47.0\t32.0\tUA\t\t\t0\t\t\t\n";

    private Gazetteer build(String dumpRows, String wofRows) throws IOException {
        return DumpFixtures.build(dir, Map.of("UA.txt", dumpRows, "countryInfo.txt", COUNTRY,
                "admin1CodesASCII.txt", ADMIN1, "wof-ua.tsv", DumpFixtures.WOF_HEADER + REGIONS + wofRows));
    }

    private static String town(long id, String name, double lat, double lon, String admin1, long population) {
        return id + "\t" + name + "\t" + name + "\t\t" + lat + "\t" + lon + "\tP\tPPLA\tUA\t\t" + admin1
                + "\t\t\t\t" + population + "\t\t100\tEurope/Kyiv\t2024-01-01\n";
    }

    @Test void aRowLinkedToAFarPlaceStaysItsOwnPlace() throws IOException {
        // the WOF row of small Kalynove (Northoblast) carries Bigcity's GeoNames id, 300 km away
        Gazetteer g = build(town(5001, "Bigcity", 47.0, 32.0, "02", 500_000),
                "21\t5001\tlocality\tKalynove\t49.6\t30.5\tUA\t11\t\t14000\tKalynove|Bigcity\t\t\n");
        List<GeoPlace> big = g.candidates("Bigcity");
        List<GeoPlace> kalynove = g.candidates("Kalynove");
        assertEquals("Kalynove", kalynove.get(0).name(), kalynove.toString());
        assertEquals(49.6, kalynove.get(0).latitude(), 1e-4);
        // Bigcity's entry has not taken the village's name
        assertTrue(kalynove.stream().noneMatch(p -> p.name().equals("Bigcity")), kalynove.toString());
        assertEquals("Bigcity", big.get(0).name());
    }

    @Test void aPopulationCopiedFromAFarNamesakeIsDropped() throws IOException {
        // both rows say 498,748: the city (merged into GeoNames' Bigcity) keeps it, the far village loses it
        Gazetteer g = build(town(5001, "Bigcity", 47.0, 32.0, "02", 470_000),
                "21\t5001\tlocality\tBigcity\t47.01\t32.01\tUA\t12\t\t498748\t\t\t\n"
                        + "22\t0\tlocality\tLittlecity\t50.3\t25.0\tUA\t11\t\t498748\tBigcity\t\t\n");
        GeoPlace village = g.candidates("Littlecity").get(0);
        assertEquals(0, village.population(), village.toString());
        assertEquals("village", village.feature());
        assertEquals(470_000, g.candidates("Bigcity").get(0).population());
    }

    @Test void aNameOnlyInAnotherScriptIsShownInLatinLetters() throws IOException {
        Gazetteer g = build(town(5001, "Bigcity", 47.0, 32.0, "02", 470_000),
                "21\t0\tlocality\tВугледар\t47.78\t37.26\tUA\t12\t\t0\t\t\t\n"
                        + "22\t0\tlocality\tقرطبا\t48.0\t33.0\tUA\t12\t\t0\tQartaba\t\t\n");
        // the national Latin spelling of the Ukrainian name; the Cyrillic original still finds the place
        assertEquals("Vuhledar", g.candidates("Vuhledar").get(0).name());
        assertEquals("Vuhledar", g.candidates("Вугледар").get(0).name());
        // the row's Latin name for a name in Arabic script
        assertEquals("Qartaba", g.candidates("قرطبا").get(0).name());
    }

    @Test void anUnlinkedTwinBesideAGeoNamesTownIsThatTown() throws IOException {
        // WOF's "Bigcity" (no geonames_id, 1 km off, spelt "Bigcety") is GeoNames' Bigcity; a village of another name
        // as near stays a place of its own
        Gazetteer g = build(town(5001, "Bigcity", 47.0, 32.0, "02", 470_000),
                "21\t0\tlocality\tBigcety\t47.005\t32.005\tUA\t12\t\t0\tBigcety\t\t\n"
                        + "22\t0\tlocality\tOtherville\t47.006\t32.004\tUA\t12\t\t0\t\t\t\n");
        List<GeoPlace> twin = g.candidates("Bigcety");
        assertEquals("geonames:5001", twin.get(0).gazetteerId(), twin.toString());
        assertTrue(twin.stream().noneMatch(p -> p.gazetteerId().equals("wof:21")), twin.toString());
        assertEquals("wof:22", g.candidates("Otherville").get(0).gazetteerId());
    }
}
