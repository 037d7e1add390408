package org.sitrep.geo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.model.Article;

/** The ACLED-notes check on a small export written for the test. */
class AcledPlaceEvalTest {
    @TempDir Path dir;

    @Test void eachNoteIsScoredAndTheGazetteersOwnReachIsReported() throws Exception {
        Path csv = dir.resolve("gold.csv");
        // the second row's point lies in open desert, where the gazetteer holds nothing: no choice could reach it
        Files.writeString(csv, String.join("\n",
                "event_id_cnty,country,admin1,location,latitude,longitude,geo_precision",
                "T1,Iraq,Al Anbar,Fallujah,33.3558,43.7861,1",
                "T2,Iraq,Al Anbar,Desert Post,31.9,41.9,1",
                "T3,Iraq,Al Anbar,Anbar,33.0,42.0,3"));
        Map<String, Article> notes = new LinkedHashMap<>();
        notes.put("T1", note("T1", "On 3 May, gunmen attacked a checkpoint in Fallujah (Al Anbar)."));
        notes.put("T2", note("T2", "On 3 May, gunmen attacked a desert post west of Ramadi (Al Anbar)."));
        notes.put("T3", note("T3", "On 3 May, an IED struck a patrol in Anbar province."));
        Gazetteer gazetteer = Gazetteer.loadDefault();
        List<AcledPlaceEval.Item> items = new ArrayList<>();
        AcledPlaceEval.Result r = new AcledPlaceEval(new PlaceAnnotator(gazetteer), SimpleTokenizer::tokenize, gazetteer)
                .evaluate(notes, AcledPlaceEval.readGold(csv), items);
        assertEquals(3, items.size(), items.toString());
        assertTrue(items.get(0).errorKm() <= 10, items.get(0).toString());
        assertTrue(items.get(0).gazetteerWithin10());
        assertTrue(items.get(0).nameWithin10());
        assertFalse(items.get(1).gazetteerWithin10(), items.get(1).toString());
        assertFalse(items.get(1).nameWithin10());
        assertTrue(items.get(1).errorKm() > 10);
        assertEquals(2, r.precision1().notes());
        assertEquals(0.5, r.precision1().within10(), 1e-9);
        assertEquals(0.5, r.precision1().gazetteerWithin10(), 1e-9);
        assertEquals(0.5, r.precision1().nameWithin10(), 1e-9);
        assertTrue(r.summary().contains("reads a name of the note within 10 km 0.500, has any entry within 10 km 0.500"), r.summary());
    }

    private static Article note(String id, String text) {
        return new Article(id, null, text, null, null, null, null, null);
    }
}
