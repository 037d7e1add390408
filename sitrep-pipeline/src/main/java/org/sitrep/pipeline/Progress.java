package org.sitrep.pipeline;

import java.io.PrintStream;

/**
 * Progress of long work: count, rate and ETA on a terminal, redrawn at most a few times a second; silent when the
 * output is not a terminal (logs, CI), where only the final summary line is printed.
 */
public final class Progress {
    private final PrintStream out;
    private final boolean interactive;
    private final long total;
    private final long t0 = System.nanoTime();
    private long done;
    private long lastDraw;

    public Progress(PrintStream out, boolean interactive, long total) {
        this.out = out;
        this.interactive = interactive;
        this.total = total;
    }

    public static Progress onStderr(long total) {
        return new Progress(System.err, System.console() != null && System.getenv("CI") == null, total);
    }

    public void step() {
        done++;
        if (!interactive) return;
        long now = System.nanoTime();
        if (now - lastDraw < 250_000_000L) return;
        lastDraw = now;
        double secs = (now - t0) / 1e9;
        double rate = done / Math.max(secs, 1e-9);
        String eta = total > 0 ? String.format(" ETA %ds", (long) ((total - done) / Math.max(rate, 1e-9))) : "";
        out.printf("\r%d%s articles, %.1f/s%s   ", done, total > 0 ? "/" + total : "", rate, eta);
        out.flush();
    }

    public long done() { return done; }

    public double seconds() { return (System.nanoTime() - t0) / 1e9; }

    public void finish() {
        if (interactive) out.print("\r");
    }
}
