package org.sitrep.server;

import org.sitrep.model.Failure;

import java.util.List;

/**
 * What one ingest request did.
 *
 * @param articles  articles that went through the pipeline and were stored
 * @param eventIds  ids of the events stored for them, in article order
 * @param failures  articles (or stages) that failed, with origin, stage and reason; empty when all went well
 */
public record IngestReport(int articles, List<String> eventIds, List<Failure> failures) {
    public IngestReport {
        if (articles < 0) throw new IllegalArgumentException("negative article count: " + articles);
        eventIds = List.copyOf(eventIds);
        failures = List.copyOf(failures);
    }

    public int events() { return eventIds.size(); }
}
