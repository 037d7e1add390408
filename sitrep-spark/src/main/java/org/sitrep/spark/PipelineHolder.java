package org.sitrep.spark;

import org.sitrep.extract.StandardPipeline;
import org.sitrep.pipeline.Pipeline;

/**
 * One standard pipeline per JVM, built on first use. Spark ships a task's function to executors by serialising
 * it, once per task; the pipeline's resources (OpenNLP models, the gazetteer, the actor and trigger lexicons:
 * a few seconds to load and a few hundred MB) are neither serialisable nor cheap, so the function holds no
 * reference to them and asks this holder instead. The first task on an executor loads them, later tasks (and the
 * executor's other task threads) reuse them; every stage is thread-safe, so one instance serves all cores.
 */
final class PipelineHolder {
    private static volatile Pipeline pipeline;

    private PipelineHolder() {}

    static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (PipelineHolder.class) {
                p = pipeline;
                if (p == null) {
                    p = StandardPipeline.create(StandardPipeline.Resources.loadDefault());
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
