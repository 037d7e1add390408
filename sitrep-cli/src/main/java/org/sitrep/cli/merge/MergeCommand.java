package org.sitrep.cli.merge;

import org.sitrep.export.EventWriter;
import org.sitrep.export.Format;
import org.sitrep.merge.EventMerger;
import org.sitrep.merge.MergeCluster;
import org.sitrep.merge.eval.EventsFile;
import org.sitrep.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep merge EVENTS.jsonl... --out merged.jsonl}: one event per happening across articles. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge per-article events into one event per happening (keeps every report, claim and article).")
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "EVENTS.jsonl", description = "per-article events (output of `sitrep extract`)")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "merged events ('-' for stdout)")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default), csv (ACLED columns) or geojson")
    String format;

    @Override
    public Integer call() throws IOException {
        List<Event> events = new ArrayList<>();
        for (Path p : inputs) events.addAll(EventsFile.read(p));
        long t0 = System.nanoTime();
        EventMerger merger = new EventMerger();
        merger.addAll(events);
        List<MergeCluster> clusters = merger.clusters();
        Format fmt = format == null ? Format.JSONL : Format.parse(format);
        OutputStream os = out.equals("-") ? new java.io.FilterOutputStream(System.out) { @Override public void close() throws IOException { flush(); } }
                : new BufferedOutputStream(Files.newOutputStream(Path.of(out)));
        try (EventWriter w = EventWriter.open(fmt, os)) {
            for (MergeCluster c : clusters) w.write(c.merged());
        }
        long multi = clusters.stream().filter(c -> c.articles().size() > 1).count();
        long disputed = clusters.stream().filter(c -> c.merged().disputed()).count();
        System.err.printf(java.util.Locale.ROOT, "sitrep: %,d events -> %,d merged events (%,d reported by several articles, %,d disputed) in %.1f s%n",
                events.size(), clusters.size(), multi, disputed, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
