package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Stance;

/** Two speakers' accounts of the same act in one article: kept side by side, the event marked disputed. */
class DisputedAccountsTest {

    static final String TWO_ACCOUNTS = "Russia said on Thursday that its jets had bombed \"three Islamic State targets\" in Syria overnight. "
            + "\"Russian warplanes struck bases held by the Army of Conquest in Saraqib in Idlib province,\" a Syrian security source said.";

    @Test
    void anotherSpeakersTargetDisputesTheEvent() {
        List<Event> es = Pipelines.extract(TWO_ACCOUNTS, LocalDate.parse("2015-10-02"));
        Event saraqib = es.stream().filter(e -> "Saraqib".equals(e.location())).findFirst()
                .orElseThrow(() -> new AssertionError("no event at Saraqib: " + es));
        // "bases held by X": X owned the target, it did not strike
        assertTrue(saraqib.actor2() != null && saraqib.actor2().name().contains("Army of Conquest"), saraqib.toString());
        assertTrue(saraqib.disputed(), saraqib.toString());
        Claim russia = saraqib.claims().stream().filter(c -> c.stance() == Stance.DISPUTES).findFirst()
                .orElseThrow(() -> new AssertionError("no disputing claim: " + saraqib.claims()));
        assertTrue(russia.detail().contains("Islamic State"), russia.toString());
        assertTrue(saraqib.claims().stream().anyMatch(c -> c.stance() == Stance.ASSERTS), saraqib.claims().toString());
    }

    @Test
    void oneSpeakerTellingItTwiceIsNoDispute() {
        List<Event> es = Pipelines.extract("Russian warplanes struck bases held by the Army of Conquest in Saraqib in Idlib "
                + "province on Thursday, a Syrian security source said.", LocalDate.parse("2015-10-02"));
        assertFalse(es.isEmpty());
        assertEquals(0, es.stream().filter(Event::disputed).count(), es.toString());
    }
}
