package org.sitrep.merge;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Stance;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sitrep.merge.Fixtures.*;
import static org.sitrep.model.SubEventType.AIR_DRONE_STRIKE;

class ClaimIndexTest {
    private final ClaimIndex index = ClaimIndex.of(List.of(
            event("ev_a", "docA", "2015-10-08", AIR_DRONE_STRIKE, KHAN_SHAYKHUN, "Military Forces of Russia", 0,
                    "Moscow said its jets hit Islamic State targets near Khan Shaykhun", "Ministry of Defence of Russia", Stance.ASSERTS),
            event("ev_b", "docB", "2015-11-02", AIR_DRONE_STRIKE, MAARAT, "Military Forces of Russia", 0,
                    "the ministry said strikes hit a command post", "Ministry of Defence of Russia", Stance.ASSERTS),
            event("ev_c", "docC", "2015-10-09", AIR_DRONE_STRIKE, KAFR_NABUDAH, "Military Forces of Russia", 0,
                    "the defence ministry said it struck 12 targets in Hama", "Ministry of Defence of Russia", Stance.ASSERTS),
            event("ev_d", "docD", "2015-10-10", AIR_DRONE_STRIKE, KHAN_SHAYKHUN, null, 0,
                    "the Observatory said the strikes killed civilians", "Syrian Observatory for Human Rights", Stance.DISPUTES)));

    @Test
    void whatHasTheRussianDefenceMinistryClaimedInIdlibInOctober() {
        var rows = index.find(ClaimQuery.all().withBy("Russian defence ministry").withWhere("Idleb")
                .withDates(LocalDate.of(2015, 10, 1), LocalDate.of(2015, 10, 31)));
        assertEquals(List.of("ev_a"), rows.stream().map(ClaimRecord::eventId).toList());
        assertEquals("Ministry of Defence of Russia", rows.get(0).speaker());
    }

    @Test
    void spellingsOfTheSpeakerAgree() {
        assertEquals(3, index.find(ClaimQuery.all().withBy("Russian MoD")).size());
        assertEquals(3, index.find(ClaimQuery.all().withBy("Russian Defense Ministry")).size());
        assertEquals(0, index.find(ClaimQuery.all().withBy("Turkish defence ministry")).size());
    }

    @Test
    void placeMatchesTownOrProvinceAndStanceFilters() {
        assertEquals(List.of("ev_a", "ev_d"), index.find(ClaimQuery.all().withWhere("Khan Sheikhoun")).stream().map(ClaimRecord::eventId).toList());
        assertEquals(List.of("ev_d"), index.find(ClaimQuery.all().withStance(Stance.DISPUTES)).stream().map(ClaimRecord::eventId).toList());
        assertEquals(1, index.find(ClaimQuery.all().withWhere("Idlib").withLimit(1)).size());
        assertEquals(3, index.speakers().get("Ministry of Defence of Russia"));
    }

    @Test
    void anEmptyDateRangeIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> ClaimQuery.all().withDates(LocalDate.of(2015, 11, 1), LocalDate.of(2015, 10, 1)));
        assertEquals("date range is empty: from 2015-11-01 is after to 2015-10-01", e.getMessage());
    }
}
