package org.sitrep.cli.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** 'sitrep gazetteer lookup' lists a name's readings in the bundled gazetteer, and says when a name has none. */
class GazetteerLookupCommandTest {
    private static String run(int expectedExit, String... args) {
        CommandLine cl = new CommandLine(new GazetteerLookupCommand());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(expectedExit, cl.execute(args), out.toString());
        return out.toString();
    }

    @Test void aVillageIsListedWithItsGovernorateAndASpellingVariantFindsIt() {
        String out = run(0, "Kafr Nabudah", "--country", "SY", "--limit", "3");
        assertTrue(out.startsWith("Kafr Nabudah: "), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("exact") && l.contains("Hama") && l.contains(" SY ")), out);
        // news spells it otherwise: the same village comes back as a variant
        String variant = run(0, "Kfar Nbouda", "--country", "SY");
        assertTrue(variant.lines().anyMatch(l -> l.contains("Kafr Nabudah") && l.contains("Hama")), variant);
    }

    @Test void aNameWithNoReadingExitsWithOne() {
        String out = run(1, "Xqzwvpl");
        assertTrue(out.startsWith("Xqzwvpl: 0 readings"), out);
    }
}
