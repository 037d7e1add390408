package org.sitrep.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.cli.eval.EvalCommand;
import org.sitrep.cli.geo.EvalPlacesCommand;
import org.sitrep.cli.geo.GazetteerCommand;
import org.sitrep.cli.geo.PlacesCommand;
import org.sitrep.cli.serve.ServeCommand;
import org.sitrep.export.EventWriter;
import org.sitrep.export.Format;
import org.sitrep.model.Event;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one {@code sitrep} command. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Sourced, geolocated ACLED-style conflict events from news articles.")
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(System.out); }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // configuration and I/O problems: one clear line, no stack trace
            cmd.getErr().println("sitrep: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine eval = new CommandLine(new EvalCommand(Main::extractToTempFile));
        eval.addSubcommand("places", new EvalPlacesCommand());
        eval.addSubcommand("dedup-fakes", new org.sitrep.cli.merge.EvalDedupCommand());
        return new CommandLine(new Main())
                .addSubcommand("extract", new ExtractCommand())
                .addSubcommand("demo", new DemoCommand())
                .addSubcommand("serve", new ServeCommand())
                .addSubcommand("watch", new org.sitrep.cli.watch.WatchCommand())
                .addSubcommand("merge", new org.sitrep.cli.merge.MergeCommand())
                .addSubcommand("claims", new org.sitrep.cli.merge.ClaimsCommand())
                .addSubcommand("eval", eval)
                .addSubcommand("places", new PlacesCommand())
                .addSubcommand("gazetteer", new GazetteerCommand())
                .addSubcommand("help", new CommandLine.HelpCommand());
    }

    /** The extraction that `sitrep eval` scores: the standard pipeline on all cores, events to a temp JSONL file. */
    static Path extractToTempFile(Path inputJsonl) throws IOException {
        Path out = Files.createTempFile("sitrep-eval-events", ".jsonl");
        ExtractionRun run = ExtractionRun.standard(Runtime.getRuntime().availableProcessors());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out));
             EventWriter w = EventWriter.open(Format.JSONL, os)) {
            ExtractionRun.Summary s = run.run(List.of(inputJsonl.toString()), ae -> {
                try {
                    for (Event e : ae.events()) w.write(e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, f -> { });
            ExtractionRun.report(s, System.err);
        }
        return out;
    }
}
