package org.sitrep.merge;

import org.sitrep.model.Event;

import java.util.List;

/**
 * One happening: the merged event and every report (per-article event) it was built from.
 *
 * @param id      the merged event's id ("mev_" + 16 hex), stable while reports join
 * @param merged  the merged event (its {@code eventId} is {@code id})
 * @param reports the per-article events, by event id
 */
public record MergeCluster(String id, Event merged, List<Event> reports) {
    public MergeCluster {
        reports = List.copyOf(reports);
        if (reports.isEmpty()) throw new IllegalArgumentException("a cluster needs at least one report");
    }

    /** Distinct article ids of the reports. */
    public List<String> articles() { return merged.articles(); }
}
