package org.sitrep.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.Extractor;
import org.sitrep.eval.ProvenanceCheck;
import org.sitrep.eval.ProvenanceReport;
import org.sitrep.eval.py.EvalInputException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code sitrep eval} subcommand does: get events (run extraction on the input, or read
 * {@code --events}), check their provenance against the input, score them, print a table (and with
 * {@code --explain} every item behind it) and, last, the JSON line score.py prints for the same files.
 */
abstract class ScoringCommand implements Callable<Integer> {
    @ParentCommand
    EvalCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--explain", description = "List every match, miss and false positive (or mismatch) with its evidence.")
    boolean explain;

    @Option(names = "--events", paramLabel = "FILE", description = "Score this events file (JSON Lines) instead of running extraction.")
    Path events;

    @Option(names = "--save", paramLabel = "FILE", description = "Keep the scored events here (reuse them later with --events).")
    Path save;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the table, explanation and JSON line to this file.")
    Path report;

    /** The articles the events come from (extraction input, and provenance reference); empty if there is none. */
    abstract Optional<Path> input() throws IOException;

    abstract EvalReport score(Path eventsFile) throws IOException;

    /** The exit code for a scored report: 0, except where the check itself is pass/fail (provenance). */
    int exitCode(EvalReport r) {
        return CommandLine.ExitCode.OK;
    }

    /** Temporary files a subcommand made (e.g. the bundled snippets), deleted at the end. */
    void cleanUp() throws IOException {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path scored = null;
        boolean temporary = false;
        try {
            Optional<Path> in = input();
            if (events != null) {
                requireFile(events, "--events");
                scored = events;
            } else {
                Extractor x = parent.extractor().orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "this sitrep build has no extractor wired into 'eval'; pass --events FILE to score existing events"));
                Path input = in.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "nothing to extract from; pass --events FILE"));
                scored = x.extract(input);
                temporary = true;
            }
            if (save != null && !save.equals(scored)) Files.copy(scored, save, StandardCopyOption.REPLACE_EXISTING);
            EvalReport r = score(scored);
            StringBuilder text = new StringBuilder();
            if (explain) text.append(r.explain()).append('\n');
            text.append(spec.qualifiedName()).append('\n').append(r.table());
            if (in.isPresent()) text.append(provenanceLine(in.get(), scored));
            String json = r.toJson();
            out.print(text);
            out.println(json);
            out.flush();
            if (report != null) Files.writeString(report, text + json + "\n", StandardCharsets.UTF_8);
            return exitCode(r);
        } catch (EvalInputException e) {
            err.println("sitrep eval: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        } catch (IOException | UncheckedIOException e) {
            err.println("sitrep eval: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        } finally {
            try {
                if (temporary && scored != null) Files.deleteIfExists(scored);
                cleanUp();
            } catch (IOException e) {
                err.println("sitrep eval: could not remove a temporary file: " + e.getMessage());
            }
        }
    }

    /** One table line on evidence integrity (check_provenance.py's rule); events from other inputs fail it. */
    private static String provenanceLine(Path input, Path eventsFile) throws IOException {
        ProvenanceReport p = ProvenanceCheck.check(input, eventsFile);
        String line = String.format("  %-20s  valid_share %s of %d events (evidence text = article text at its offsets)%s%n", "provenance",
                p.validShare(), p.events(), p.passed() ? "" : "  (see: sitrep eval provenance --explain)");
        return p.events() == 0 ? String.format("  %-20s  no events%n", "provenance") : line;
    }

    static void requireFile(Path p, String what) {
        if (!Files.isRegularFile(p)) throw new EvalInputException(what + ": no such file: " + p);
    }
}
