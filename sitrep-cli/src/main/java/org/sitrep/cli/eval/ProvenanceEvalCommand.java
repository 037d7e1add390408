package org.sitrep.cli.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.ProvenanceCheck;
import org.sitrep.eval.ProvenanceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval provenance INPUT.jsonl}: check_provenance.py's evidence-span check. */
@Command(name = "provenance", mixinStandardHelpOptions = true,
        description = "Every event must carry evidence spans whose text equals the article text at their UTF-16 offsets.")
final class ProvenanceEvalCommand extends ScoringCommand {
    @Parameters(index = "0", paramLabel = "INPUT.jsonl")
    Path input;

    @Override
    Optional<Path> input() {
        requireFile(input, "INPUT.jsonl");
        return Optional.of(input);
    }

    /** 1 when any event fails, as check_provenance.py exits. */
    @Override
    int exitCode(EvalReport r) {
        return ((ProvenanceReport) r).passed() ? 0 : 1;
    }

    @Override
    EvalReport score(Path eventsFile) throws IOException {
        return ProvenanceCheck.check(input, eventsFile);
    }
}
