package org.sitrep.spark;

import org.sitrep.extract.StandardPipeline;
import org.sitrep.geo.OutletLocales;
import org.sitrep.pipeline.Pipeline;

/**
 * The standard pipeline's resources, one set per JVM, loaded on first use. Spark ships a task's function to
 * executors by serialising it, once per task; the resources (OpenNLP models, the gazetteer, the actor and trigger
 * lexicons: a few seconds to load and a few hundred MB) are neither serialisable nor cheap, so the function holds no
 * reference to them and asks this holder instead. The first task on an executor loads them, later tasks (and the
 * executor's other task threads) reuse them; every stage is thread-safe, so one pipeline serves all cores. The
 * pipeline is built for the job's outlet homes (a small broadcast value) and rebuilt only when they change.
 */
final class PipelineHolder {
    private static volatile StandardPipeline.Resources resources;
    private static Built built;

    private record Built(OutletLocales outlets, Pipeline pipeline) {}

    private PipelineHolder() {}

    static StandardPipeline.Resources resources() {
        StandardPipeline.Resources r = resources;
        if (r == null) {
            synchronized (PipelineHolder.class) {
                r = resources;
                if (r == null) {
                    r = StandardPipeline.Resources.loadDefault();
                    resources = r;
                }
            }
        }
        return r;
    }

    /** The standard pipeline reading articles with these outlet homes. */
    static synchronized Pipeline get(OutletLocales outlets) {
        if (built == null || !built.outlets().equals(outlets)) built = new Built(outlets, StandardPipeline.create(resources(), outlets));
        return built.pipeline();
    }
}
