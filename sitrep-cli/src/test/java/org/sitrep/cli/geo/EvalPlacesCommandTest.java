package org.sitrep.cli.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * 'sitrep eval places GOLD.jsonl PLACES.jsonl' prints the reference scorer's places line; '--explain' lists the found
 * mentions the end-to-end figure counts as far off (made-up files).
 */
class EvalPlacesCommandTest {
    @TempDir Path dir;

    @Test void goldAndPlacesListsAreScoredAsTheReferenceScorerDoes() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                "{\"doc_id\": \"a\", \"start\": 10, \"end\": 16, \"phrase\": \"Aleppo\", \"lat\": 36.2, \"lon\": 37.16}",
                "{\"doc_id\": \"a\", \"start\": 30, \"end\": 34, \"phrase\": \"Homs\", \"lat\": 34.73, \"lon\": 36.71}",
                "{\"doc_id\": \"b\", \"start\": 0, \"end\": 5, \"phrase\": \"Paris\", \"lat\": 48.85, \"lon\": 2.35}"));
        // Aleppo right, Homs read 319 km off, Paris not found (score.py prints exactly this line)
        Path places = Files.writeString(dir.resolve("places.jsonl"), String.join("\n",
                "{\"doc_id\": \"a\", \"start\": 10, \"end\": 16, \"latitude\": 36.21, \"longitude\": 37.15}",
                "{\"doc_id\": \"a\", \"start\": 30, \"end\": 34, \"latitude\": 35.33, \"longitude\": 40.14}"));
        CommandLine cl = new CommandLine(new EvalPlacesCommand());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute(gold.toString(), places.toString()));
        assertEquals("{\"mode\": \"places\", \"gold_mentions\": 3, \"recall\": 0.667, \"acc161_of_found\": 0.5, "
                + "\"within10km_of_found\": 0.5, \"median_km\": 319.3}", out.toString().strip());
    }

    @Test void explainListsTheFoundMentionsTheEndToEndFigureCountsFarOff() throws Exception {
        // gold puts "Aleppo" in Texas, 11,000 km from the Syrian city any reader takes it for
        Path gold = Files.writeString(dir.resolve("gold.xml"), """
                <articles><article docid="d1"><text>Shelling hit Aleppo and Homs on Monday.</text><toponyms>
                <toponym><start>13</start><end>19</end><phrase>Aleppo</phrase><gaztag><lat>31.0</lat><lon>-97.0</lon></gaztag></toponym>
                <toponym><start>24</start><end>28</end><phrase>Homs</phrase><gaztag><lat>34.73</lat><lon>36.71</lon></gaztag></toponym>
                </toponyms></article></articles>
                """);
        CommandLine cl = new CommandLine(new EvalPlacesCommand());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute(gold.toString(), "--explain", "5"));
        String text = out.toString();
        String endToEnd = text.substring(text.indexOf("end to end, found mentions"), text.indexOf("gold spans resolved"));
        assertTrue(endToEnd.contains("d1 13 'Aleppo' gold 31.000,-97.000 -> ") && endToEnd.contains(", SY ["), text);
        assertTrue(!endToEnd.contains("'Homs'"), text);
    }
}
