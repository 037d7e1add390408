package org.sitrep.merge;

import org.sitrep.model.Stance;

import java.time.LocalDate;

/**
 * Which claims to return; null components do not filter. Build from {@link #all()} with the {@code withX} copies.
 *
 * @param by     speaker: every word of it must occur in the coded speaker, with demonyms and spellings folded
 *               ("Russian defence ministry" finds "Ministry of Defence of Russia"; "MoD" = ministry of defence)
 * @param where  place: the event's location, admin2, admin1 or country, transliteration-tolerant ("Idleb" = "Idlib")
 * @param from   first event date included
 * @param to     last event date included
 * @param stance only claims with this stance
 * @param limit  at most this many rows
 */
public record ClaimQuery(String by, String where, LocalDate from, LocalDate to, Stance stance, int limit) {
    public ClaimQuery {
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
        by = by == null || by.isBlank() ? null : by.strip();
        where = where == null || where.isBlank() ? null : where.strip();
    }

    public static ClaimQuery all() { return new ClaimQuery(null, null, null, null, null, Integer.MAX_VALUE); }

    public ClaimQuery withBy(String v) { return new ClaimQuery(v, where, from, to, stance, limit); }

    public ClaimQuery withWhere(String v) { return new ClaimQuery(by, v, from, to, stance, limit); }

    public ClaimQuery withDates(LocalDate f, LocalDate t) { return new ClaimQuery(by, where, f, t, stance, limit); }

    public ClaimQuery withStance(Stance v) { return new ClaimQuery(by, where, from, to, v, limit); }

    public ClaimQuery withLimit(int v) { return new ClaimQuery(by, where, from, to, stance, v); }
}
