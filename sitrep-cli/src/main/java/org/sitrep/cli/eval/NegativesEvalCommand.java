package org.sitrep.cli.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.NegativesScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval negatives [FILE]}: false-event rate on hard negatives (bundled set by default). */
@Command(name = "negatives", mixinStandardHelpOptions = true,
        description = "False-event rate on snippets that report no conflict event (plans, threats, denials, disasters...),"
                + " with positives mixed in. Without FILE the bundled dev set is used.")
final class NegativesEvalCommand extends ScoringCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Snippets JSONL (id, text, published, expect_events, rule, sub_event_type).")
    Path file;

    private Path bundled;

    @Override
    Optional<Path> input() throws IOException {
        if (file != null) {
            requireFile(file, "FILE");
            return Optional.of(file);
        }
        if (bundled == null) bundled = NegativesScorer.bundledSnippets();
        return Optional.of(bundled);
    }

    @Override
    EvalReport score(Path eventsFile) throws IOException {
        return NegativesScorer.score(input().orElseThrow(), eventsFile);
    }

    @Override
    void cleanUp() throws IOException {
        if (bundled != null) Files.deleteIfExists(bundled);
    }
}
