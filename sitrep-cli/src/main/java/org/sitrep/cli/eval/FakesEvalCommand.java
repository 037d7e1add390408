package org.sitrep.cli.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.FakesAgreement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval fakes CROWD.csv ARTICLES.jsonl}: agreement with the FA-KES crowd coding. */
@Command(name = "fakes", mixinStandardHelpOptions = true,
        description = "Agreement with FA-KES crowd coding per article: governorate, actor class, cause of death, civilians killed.")
final class FakesEvalCommand extends ScoringCommand {
    @Parameters(index = "0", paramLabel = "CROWD.csv")
    Path crowd;

    @Parameters(index = "1", paramLabel = "ARTICLES.jsonl")
    Path articles;

    @Override
    Optional<Path> input() {
        requireFile(crowd, "CROWD.csv");
        requireFile(articles, "ARTICLES.jsonl");
        return Optional.of(articles);
    }

    @Override
    EvalReport score(Path eventsFile) throws IOException {
        return FakesAgreement.score(crowd, articles, eventsFile);
    }
}
