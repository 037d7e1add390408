package org.sitrep.cli.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.eval.AcledScorer;
import org.sitrep.eval.EvalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval acled GOLD.csv NOTES.jsonl}: per-note agreement with ACLED's own coding. */
@Command(name = "acled", mixinStandardHelpOptions = true,
        description = "ACLED notes vs ACLED's coding: detection, type, sub-type, admin1, location, fatalities, actor1.")
final class AcledEvalCommand extends ScoringCommand {
    @Parameters(index = "0", paramLabel = "GOLD.csv")
    Path gold;

    @Parameters(index = "1", paramLabel = "NOTES.jsonl", description = "The notes as articles (extraction input).")
    Path notes;

    @Override
    Optional<Path> input() {
        requireFile(gold, "GOLD.csv");
        requireFile(notes, "NOTES.jsonl");
        return Optional.of(notes);
    }

    @Override
    EvalReport score(Path eventsFile) throws IOException {
        return AcledScorer.score(gold, eventsFile);
    }
}
