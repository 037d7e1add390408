package org.sitrep.merge;

import org.junit.jupiter.api.Test;
import org.sitrep.export.EventJson;
import org.sitrep.model.Event;
import org.sitrep.model.Stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.merge.Fixtures.*;
import static org.sitrep.model.SubEventType.*;

/**
 * Golden file: eight hand-made reports from six articles (three happenings, a dispute, a two-day pair and a
 * lone report) merged into {@code golden/merged.jsonl}. Regenerate with {@code -Dgolden.update=true} and review
 * the diff.
 */
class GoldenMergeTest {
    static List<Event> reports() {
        return List.of(
                event("ev_01", "sanaA", "2015-10-01", AIR_DRONE_STRIKE, KAFR_NABUDAH, "Military Forces of Russia", 0,
                        "Russian warplanes hit four Islamic State targets, the defence ministry said", "Ministry of Defence of Russia", Stance.ASSERTS),
                event("ev_02", "afpB", "2015-10-01", AIR_DRONE_STRIKE, KAFR_NABUDA_NO_ID, "Military Forces of Syria", 11,
                        "A Syrian security source said the strikes hit Army of Conquest bases; 11 were killed", "Syrian security source", Stance.ASSERTS),
                event("ev_03", "reuC", "2015-10-01", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 30,
                        "At least 30 people were killed in air strikes on Kafr Nabudah, the Observatory said", "Syrian Observatory for Human Rights", Stance.ASSERTS),
                event("ev_04", "afpB", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, "Military Forces of Syria", 58,
                        "A suspected gas attack killed at least 58 people in Khan Shaykhun"),
                event("ev_05", "reuC", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, "Military Forces of Syria", 72,
                        "The toll from the gas attack on Khan Shaykhun rose to 72"),
                event("ev_06", "tassD", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 0,
                        "Moscow said it had no data on any strike on the town", "Ministry of Defence of Russia", Stance.DENIES),
                event("ev_07", "sanaA", "2015-10-03", AIR_DRONE_STRIKE, KAFR_NABUDAH, "Military Forces of Russia", 0,
                        "Two days later warplanes struck the village again"),
                event("ev_08", "nnaE", "2015-02-22", SUICIDE_BOMB, QARDAHA, null, 4, "A suicide bomber killed four at a hospital in Qardaha"));
    }

    @Test
    void mergedEventsMatchTheGoldenFile() throws IOException {
        String actual = EventMerger.merge(reports()).stream().map(EventJson::toJson).collect(Collectors.joining("\n")) + "\n";
        Path golden = Path.of("src", "test", "resources", "golden", "merged.jsonl");
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "merged events changed; if intended, rerun with -Dgolden.update=true and review the diff");
    }
}
