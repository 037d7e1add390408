package org.sitrep.geo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceAnnotator;

/** The UCDP check on a small export written for the test (the layout of UCDP GED, with HDX's tag row). */
class UcdpPlaceEvalTest {
    @TempDir Path dir;

    @Test void eachExactlyLocatedPlaceIsNamedAsNewsWritesItAndScoredAgainstUcdpsPoint() throws Exception {
        Path csv = dir.resolve("ged.csv");
        Files.writeString(csv, String.join("\n",
                "id,where_prec,where_coordinates,adm_1,latitude,longitude",
                "#id,#loc+prec,#loc+name,#adm1+name,#geo+lat,#geo+lon",
                "1,1,Al Fallūjah town,Al Anbār province,33.355813,43.786124",
                "2,1,Al Fallūjah town,Al Anbār province,33.355813,43.786124",
                "3,2,Bayjī town,Şalāḩ ad Dīn province,34.9307,43.493107",
                "4,1,\"Sinjār town, Sinjar district\",Nīnawá province,36.320901,41.876562",
                "5,1,Qaryat Nowhere Atall village,Diyālá province,33.9,44.9"));
        List<UcdpPlaceEval.Item> items = new ArrayList<>();
        UcdpPlaceEval.Result r = new UcdpPlaceEval(new PlaceAnnotator(Gazetteer.loadDefault()), SimpleTokenizer::tokenize)
                .evaluate(csv, items);
        // Fallujah once (distinct places), Bayji left out (not exact), Sinjar by its first name, the invented village
        assertEquals(3, r.places(), items.toString());
        assertEquals(List.of("Al Fallujah", "Sinjar", "Qaryat Nowhere Atall"), items.stream().map(UcdpPlaceEval.Item::name).toList());
        assertEquals("Al Anbar", items.get(0).province());
        assertTrue(items.get(0).errorKm() <= 10, items.get(0).toString());
        assertTrue(items.get(1).errorKm() <= 10, items.get(1).toString());
        assertEquals(2.0 / 3, r.within10(), 1e-9);
    }
}
