package org.sitrep.extract;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Pipeline;

/** One standard pipeline per test JVM: loading the gazetteer and models takes a few seconds. */
public final class Pipelines {
    private static Pipeline pipeline;

    private Pipelines() {}

    public static synchronized Pipeline standard() {
        if (pipeline == null) pipeline = StandardPipeline.create(StandardPipeline.Resources.loadDefault());
        return pipeline;
    }

    public static List<Event> extract(String text, LocalDate published) {
        Article a = new Article("t", null, text, published, "Test Wire", null, null, "test");
        Pipeline.Result r = standard().process(a);
        if (!r.ok()) throw new AssertionError("pipeline failed: " + r.failure());
        return r.document().events();
    }
}
