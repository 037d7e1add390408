package org.sitrep.cli.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.eval.DedupScorer;
import org.sitrep.eval.EvalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval dedup GOLD.json INPUT.jsonl}: pairwise cross-article "same event" decisions. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Cross-article deduplication: pairwise precision/recall of same-event decisions (gold cross_article_duplicates).")
final class DedupEvalCommand extends ScoringCommand {
    @Parameters(index = "0", paramLabel = "GOLD.json")
    Path gold;

    @Parameters(index = "1", paramLabel = "INPUT.jsonl")
    Path input;

    @Override
    Optional<Path> input() {
        requireFile(gold, "GOLD.json");
        requireFile(input, "INPUT.jsonl");
        return Optional.of(input);
    }

    @Override
    EvalReport score(Path eventsFile) throws IOException {
        return DedupScorer.score(gold, eventsFile);
    }
}
