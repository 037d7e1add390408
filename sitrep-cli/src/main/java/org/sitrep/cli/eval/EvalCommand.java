package org.sitrep.cli.eval;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.eval.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval}: scores sitrep's events against the dev sets with the rules of EVAL.md, agreeing with
 * ../shared/tools/score.py. Register an instance carrying the extractor:
 * {@code new CommandLine(root).addSubcommand(new EvalCommand(extractor))}. Without an extractor the subcommands
 * still score an existing events file given with {@code --events}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extracted events against gold data (EVAL.md); prints a table, then score.py's JSON line."},
        subcommands = {SeedEvalCommand.class, AcledEvalCommand.class, NegativesEvalCommand.class, FakesEvalCommand.class,
                DedupEvalCommand.class, ProvenanceEvalCommand.class})
public final class EvalCommand implements Callable<Integer> {
    private final Extractor extractor;

    @Spec
    CommandSpec spec;

    /** Without extraction: every subcommand then needs {@code --events FILE}. */
    public EvalCommand() {
        this.extractor = null;
    }

    public EvalCommand(Extractor extractor) {
        this.extractor = java.util.Objects.requireNonNull(extractor, "extractor");
    }

    Optional<Extractor> extractor() {
        return Optional.ofNullable(extractor);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
