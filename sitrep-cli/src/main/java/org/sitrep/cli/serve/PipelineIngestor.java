package org.sitrep.cli.serve;

import org.sitrep.extract.StandardPipeline;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.server.IngestReport;
import org.sitrep.server.Ingestor;
import org.sitrep.store.EventStore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The server's {@link Ingestor} with the real extraction: each posted article goes through the standard pipeline,
 * then the article and its events go to the store (replacing earlier events of the same article). A failed
 * article is recorded in the store's quarantine and reported, never thrown. The pipeline's resources (models,
 * gazetteer) load on the first ingest, so `sitrep serve` starts fast.
 */
public final class PipelineIngestor implements Ingestor {
    private final EventStore store;
    private final Supplier<Pipeline> pipeline;
    private volatile Pipeline loaded;

    public PipelineIngestor(EventStore store, Supplier<Pipeline> pipeline) {
        this.store = store;
        this.pipeline = pipeline;
    }

    /** The standard per-article pipeline over the default resources. */
    public static PipelineIngestor standard(EventStore store) {
        return new PipelineIngestor(store, () -> StandardPipeline.create(StandardPipeline.Resources.loadDefault()));
    }

    private Pipeline pipeline() {
        Pipeline p = loaded;
        if (p == null) {
            synchronized (this) {
                if (loaded == null) loaded = pipeline.get();
                p = loaded;
            }
        }
        return p;
    }

    @Override
    public IngestReport ingest(List<Article> articles) {
        Pipeline p = pipeline();
        int stored = 0;
        List<String> eventIds = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Article a : articles) {
            Pipeline.Result r = p.process(a);
            if (!r.ok()) {
                failures.add(r.failure());
                store.recordFailure(r.failure());
                continue;
            }
            List<Event> events = r.document().events();
            store.putArticle(a, null);
            store.putEvents(a.id(), events);
            stored++;
            for (Event e : events) eventIds.add(e.eventId());
        }
        return new IngestReport(stored, eventIds, failures);
    }
}
