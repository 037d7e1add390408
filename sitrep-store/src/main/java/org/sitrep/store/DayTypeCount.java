package org.sitrep.store;

import java.time.LocalDate;

/** Number of events of one type on one day: a point of the timeline. */
public record DayTypeCount(LocalDate day, String eventType, long count) {
}
