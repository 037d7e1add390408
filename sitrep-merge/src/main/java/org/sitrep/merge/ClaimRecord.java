package org.sitrep.merge;

import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;

/**
 * One row of the claims index: who said what about which event, where and when the event happened.
 *
 * @param speaker the claim's speaker as coded ("Ministry of Defence of Russia", an outlet code for the outlet's own
 *                voice)
 * @param span    [start, end) of the claim's text in article {@code docId}
 */
public record ClaimRecord(String eventId, String speaker, Stance stance, String docId, int start, int end,
                          String detail, LocalDate eventDate, String location, String admin1, String country,
                          SubEventType subEventType, boolean disputed) {

    static ClaimRecord of(Event e, Claim c) {
        return new ClaimRecord(e.eventId(), c.by(), c.stance(), c.docId(), c.start(), c.end(), c.detail(), e.eventDate(),
                e.location(), e.admin1(), e.country(), e.subEventType(), e.disputed());
    }
}
