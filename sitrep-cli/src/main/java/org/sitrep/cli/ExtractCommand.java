package org.sitrep.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.EventWriter;
import org.sitrep.export.Format;
import org.sitrep.model.Event;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract INPUT... --out FILE}: articles in, events out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract ACLED-style events from articles (.jsonl, .txt, .html, RSS/Atom files or URLs, directories).",
                "Exit code: 0 all inputs processed, 1 some inputs failed (each is listed on stderr), 2 usage or I/O error."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories (recursive) or feed URLs")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "output file ('-' for stdout)")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default), csv (ACLED columns) or geojson")
    String format;

    @Option(names = "--store", paramLabel = "DB", description = "also keep articles and events in this store: an SQLite file path, or a postgresql:// URL")
    String store;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--debug", description = "print why each candidate event was dropped (to stderr)")
    boolean debug;

    @Override public Integer call() throws IOException {
        Format fmt = format != null ? Format.parse(format) : formatOf(out);
        ExtractionRun run = ExtractionRun.standard(threads);
        if (debug) run.onWarning(w -> System.err.println("  note: " + w));
        // the writer closes its stream when done: never close the process's stdout
        OutputStream os = out.equals("-") ? new java.io.FilterOutputStream(System.out) { @Override public void close() throws IOException { flush(); } }
                : new BufferedOutputStream(Files.newOutputStream(Path.of(out)));
        ExtractionRun.Summary summary;
        try (EventWriter writer = EventWriter.open(fmt, os); EventStore db = store == null ? null : EventStores.open(store)) {
            summary = run.run(inputs, ae -> {
                try {
                    for (Event e : ae.events()) writer.write(e);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
                }
                if (db != null) {
                    db.putArticle(ae.article(), ae.article().text());
                    db.putEvents(ae.article().id(), ae.events());
                }
            }, f -> {
                if (db != null) db.recordFailure(f);
            });
        }
        ExtractionRun.report(summary, System.err);
        return summary.anyFailed() ? 1 : 0;
    }

    /** The format a file name asks for; JSON Lines unless it ends in .csv or .geojson. */
    static Format formatOf(String fileName) {
        String f = fileName.toLowerCase(java.util.Locale.ROOT);
        if (f.endsWith(".csv")) return Format.CSV;
        if (f.endsWith(".geojson")) return Format.GEOJSON;
        return Format.JSONL;
    }
}
