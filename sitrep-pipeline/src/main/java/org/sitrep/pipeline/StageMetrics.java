package org.sitrep.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe time and call counters per stage, for progress reports and benchmarks. */
public final class StageMetrics {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    void record(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
        calls.computeIfAbsent(stage, k -> new LongAdder()).increment();
    }

    public void failed(String stage) { failures.computeIfAbsent(stage, k -> new LongAdder()).increment(); }

    public Map<String, Long> millisByStage() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1_000_000));
        return out;
    }

    public Map<String, Long> failuresByStage() {
        Map<String, Long> out = new LinkedHashMap<>();
        failures.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long calls(String stage) {
        LongAdder a = calls.get(stage);
        return a == null ? 0 : a.sum();
    }
}
