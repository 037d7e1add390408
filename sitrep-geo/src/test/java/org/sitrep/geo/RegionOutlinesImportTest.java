package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import files Who's On First villages that name no region under the region whose outline holds them, and a
 * WOF region GeoNames does not list under the GeoNames unit most of its towns lie in. Small invented inputs in the
 * dump formats (a country "QQ" with two units).
 */
class RegionOutlinesImportTest {
    @TempDir Path dir;

    private static final String COUNTRY = "QQ\tQQQ\t999\tQQ\tQueensia\tNorthtown\t1000\t100000\tAS\t.qq\tQQD\tDinar\t999\t\t\tqq\t9999999\t\t\n";
    private static final String ADMIN1 = "QQ.01\tNorthland\tNorthland\t900001\nQQ.02\tSouthland\tSouthland\t900002\n";

    private Gazetteer build(String wofRows, String outlines) throws IOException {
        return build(null, wofRows, outlines);
    }

    /** The country, its two units, a GeoNames dump (or none), the WOF rows and the outlines (or none). */
    private Gazetteer build(String dumpRows, String wofRows, String outlines) throws IOException {
        Map<String, String> files = new HashMap<>();
        files.put("countryInfo.txt", COUNTRY);
        files.put("admin1CodesASCII.txt", ADMIN1);
        files.put("wof-qq.tsv", DumpFixtures.WOF_HEADER + wofRows);
        files.put("QQ.txt", dumpRows);
        files.put("regions-qq.geojson", outlines);
        return DumpFixtures.build(dir, files);
    }

    /** Two square units side by side: Northland (wof 11) north of latitude 10, Southland (wof 12) south of it. */
    private static final String OUTLINES = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"wof_id":11,"name":"Northland"},"geometry":{"type":"Polygon","coordinates":[[[40,10],[42,10],[42,12],[40,12],[40,10]]]}},
             {"type":"Feature","properties":{"wof_id":12,"name":"Southland"},"geometry":{"type":"MultiPolygon","coordinates":[[[[40,8],[42,8],[42,10],[40,10],[40,8]]]]}}
            ]}""";

    private static final String REGIONS = "11\t900001\tregion\tNorthland\t11.0\t41.0\tQQ\t\t\t0\t\t\t\n"
            + "12\t900002\tregion\tSouthland\t9.0\t41.0\tQQ\t\t\t0\t\t\t\n";

    @Test void aVillageFiledUnderNoRegionTakesTheUnitWhoseOutlineHoldsIt() throws IOException {
        String villages = "21\t0\tlocality\tKhayli Hamah\t9.5\t41.5\tQQ\t\t\t0\t\t\t\n"       // no region: inside Southland
                + "24\t0\tlocality\tAs Sadah\t11.2\t41.2\tQQ\t-1\t\t0\t\t\t\n"          // WOF's -1: inside Northland
                + "22\t0\tlocality\tTall Rim\t11.5\t40.5\tQQ\t11\t\t0\t\t\t\n"             // filed: stays Northland
                + "23\t0\tlocality\tFar Away\t20.0\t60.0\tQQ\t\t\t0\t\t\t\n";              // outside every outline
        Gazetteer g = build(REGIONS + villages, OUTLINES);
        assertEquals("Southland", g.candidates("Khayli Hamah").get(0).admin1());
        assertEquals("Northland", g.candidates("Tall Rim").get(0).admin1());
        assertEquals("Northland", g.candidates("As Sadah").get(0).admin1());
        assertNull(g.candidates("Far Away").get(0).admin1());
        // without outlines the village has no unit, as before
        Gazetteer plain = build(REGIONS + villages, null);
        assertNull(plain.candidates("Khayli Hamah").get(0).admin1());
    }

    /** GeoNames' town Eastville (id 5001), in Southland (code 02). */
    private static final String EASTVILLE = "5001\tEastville\tEastville\t\t9.2\t41.8\tP\tPPL\tQQ\t\t02"
            + "\t\t\t\t2000\t\t10\tAsia/Qq\t2024-01-01\n";

    @Test void aRegionGeoNamesDoesNotListStandsForTheUnitItsTownsLieIn() throws IOException {
        // "Eastland" (wof 13) is a newer unit GeoNames does not list; its town Eastville is GeoNames' town of Southland
        Gazetteer g = build(EASTVILLE, REGIONS
                + "13\t0\tregion\tEastland\t9.3\t41.7\tQQ\t\t\t0\t\t\t\n"
                + "31\t5001\tlocality\tEastville\t9.2\t41.8\tQQ\t13\t\t0\t\t\t\n"
                + "32\t0\tlocality\tHill Camp\t9.4\t41.9\tQQ\t13\t\t0\t\t\t\n", null);
        assertEquals("Southland", g.candidates("Hill Camp").get(0).admin1());
    }

    @Test void placesThatNameNoRegionAreNoRegionOfTheirOwn() throws IOException {
        // a GeoNames town whose WOF row names no region must not make "no region" stand for its unit: a WOF village
        // that names none either, outside every outline, stays without one
        Gazetteer g = build(EASTVILLE, REGIONS
                + "31\t5001\tlocality\tEastville\t9.2\t41.8\tQQ\t-1\t\t0\t\t\t\n"
                + "32\t0\tlocality\tFar Away\t20.0\t60.0\tQQ\t-1\t\t0\t\t\t\n", null);
        assertNull(g.candidates("Far Away").get(0).admin1());
    }

    @Test void arabicPlaceNamesAreAlsoKnownWithoutTheirOpeningKindWord() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(List.of("Nahiyat al Latifiyah"));
        GazetteerBuilder.withoutKindWords("Qaryat al Hashimiyah", names, "IQ");
        GazetteerBuilder.withoutKindWords("Qaryat 'Uwarij", names, "IQ");
        assertEquals(true, names.contains("'Uwarij"), names.toString());
        // a tribe's hamlet is named without "'Arab" (the Arabs of) too
        GazetteerBuilder.withoutKindWords("'Arab Albu Juwari", names, "IQ");
        assertEquals(true, names.contains("Albu Juwari"), names.toString());
        assertEquals(true, names.contains("al Hashimiyah") && names.contains("al Latifiyah"), names.toString());
        // the word that tells twin villages apart goes too, a compass word stays (Ali ash Sharqi is a town of its own)
        java.util.Set<String> twins = new java.util.LinkedHashSet<>();
        GazetteerBuilder.withoutKindWords("Qaryat Abu Sayda as Saghirah", twins, "IQ");
        GazetteerBuilder.withoutKindWords("Nahiyat Ali ash Sharqi", twins, "IQ");
        assertEquals(true, twins.contains("Abu Sayda") && twins.contains("Ali ash Sharqi") && !twins.contains("Ali"), twins.toString());
        // not where names are no transliterated Arabic, nor when too little is left
        java.util.Set<String> other = new java.util.LinkedHashSet<>();
        GazetteerBuilder.withoutKindWords("Qaryat Hill", other, "FR");
        GazetteerBuilder.withoutKindWords("Qaryat Ba", other, "IQ");
        assertEquals(true, other.isEmpty(), other.toString());
    }

    @Test void aFileThatIsNoFeatureCollectionIsReportedByName() throws IOException {
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> build(REGIONS, "{\"type\":\"Feature\"}"));
        assertEquals(true, e.getMessage().contains("regions-qq.geojson"), e.getMessage());
    }
}
