package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The national Latin spelling of Ukrainian names, which the gazetteer adds as aliases. */
class UkrainianLatinTest {
    @Test void cyrillicNamesInTheNationalSpelling() {
        assertEquals("Vodiane", UkrainianLatin.of("Водяне"));
        assertEquals("Marinka", UkrainianLatin.of("Мар'їнка"));
        assertEquals("Yasynuvata", UkrainianLatin.of("Ясинувата"));
        assertEquals("Zghurivka", UkrainianLatin.of("Згурівка"));
        assertEquals("Shyrokyne", UkrainianLatin.of("Широкине"));
        assertNull(UkrainianLatin.of("Mariupol"));
    }

    @Test void russianStyleLatinNamesGainTheNationalSpelling() {
        Set<String> names = new LinkedHashSet<>();
        GazetteerBuilder.withUkrainianLatin("Vodyane", names);
        GazetteerBuilder.withUkrainianLatin("Serednye Vodyane", names);
        assertTrue(names.contains("Vodiane") && names.contains("Serednie Vodiane"), names.toString());
        // a word-initial "Ya" stays ("Yasynuvata")
        Set<String> initial = new LinkedHashSet<>();
        GazetteerBuilder.withUkrainianLatin("Yasynuvata", initial);
        assertTrue(initial.isEmpty(), initial.toString());
    }
}
