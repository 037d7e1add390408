package org.sitrep.cli.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.SeedScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval seed GOLD.json INPUT.jsonl}: full-article event F1 and field accuracies. */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Full articles vs seed_events.json-style gold: event precision/recall/F1, field accuracy on matches.")
final class SeedEvalCommand extends ScoringCommand {
    @Parameters(index = "0", paramLabel = "GOLD.json")
    Path gold;

    @Parameters(index = "1", paramLabel = "INPUT.jsonl", description = "The articles (extraction input).")
    Path input;

    @Override
    Optional<Path> input() {
        requireFile(gold, "GOLD.json");
        requireFile(input, "INPUT.jsonl");
        return Optional.of(input);
    }

    @Override
    EvalReport score(Path eventsFile) throws IOException {
        return SeedScorer.score(gold, eventsFile);
    }
}
