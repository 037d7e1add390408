package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** CPU time and load: on a shared machine, wall-clock rates alone say little, so every figure carries both. */
final class Machine {
    private Machine() {}

    /** CPU time used by this whole process so far, in seconds (all threads, GC and JIT included). */
    static double processCpuSeconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime() / 1e9;
        return Double.NaN;
    }

    /** One-minute load average of the machine (other processes included); NaN where unknown. */
    static double loadAverage() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? Double.NaN : l;
    }

    static int cores() { return Runtime.getRuntime().availableProcessors(); }

    /** A clock for one phase: wall and process CPU seconds, and the load average at its start and end. */
    record Clock(long startNanos, double startCpu, double startLoad) {
        static Clock start() { return new Clock(System.nanoTime(), processCpuSeconds(), loadAverage()); }

        double wallSeconds() { return (System.nanoTime() - startNanos) / 1e9; }

        double cpuSeconds() { return processCpuSeconds() - startCpu; }

        double meanLoad() { return (startLoad + loadAverage()) / 2; }
    }
}
