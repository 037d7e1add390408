package org.sitrep.merge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.model.SubEventType.*;

class TypeCompatibilityTest {
    @Test
    void accountsOfOneActScoreBetweenTheSameTypeAndOtherTypes() {
        assertEquals(1.0, TypeCompatibility.score(AIR_DRONE_STRIKE, AIR_DRONE_STRIKE));
        assertEquals(0.8, TypeCompatibility.score(AIR_DRONE_STRIKE, SHELLING_ARTILLERY_MISSILE), "seen from the ground");
        assertEquals(0.8, TypeCompatibility.score(SUICIDE_BOMB, REMOTE_EXPLOSIVE), "bomb vs suicide bomb");
        assertEquals(0.8, TypeCompatibility.score(ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY));
        assertEquals(0.7, TypeCompatibility.score(AIR_DRONE_STRIKE, SUICIDE_BOMB), "same event type, another act");
        assertEquals(0.6, TypeCompatibility.score(ATTACK, REMOTE_EXPLOSIVE), "the victims' side of a bombing");
        assertEquals(0.4, TypeCompatibility.score(ARMED_CLASH, ATTACK));
        assertEquals(0.0, TypeCompatibility.score(AIR_DRONE_STRIKE, PEACEFUL_PROTEST));
        assertEquals(TypeCompatibility.score(REMOTE_EXPLOSIVE, ATTACK), TypeCompatibility.score(ATTACK, REMOTE_EXPLOSIVE));
    }

    @Test
    void linkableTypesAreAlwaysOfOneEventTypeSoMergingMayBlockByEventType() {
        for (var a : org.sitrep.model.SubEventType.values()) {
            for (var b : org.sitrep.model.SubEventType.values()) {
                if (TypeCompatibility.score(a, b) >= TypeCompatibility.LINKABLE) {
                    assertEquals(a.type(), b.type(), a + " / " + b);
                }
            }
        }
    }
}
