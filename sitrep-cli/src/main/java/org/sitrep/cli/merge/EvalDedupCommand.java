package org.sitrep.cli.merge;

import org.sitrep.merge.eval.SameEventEval;
import org.sitrep.merge.eval.SameEventReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code sitrep eval dedup-fakes GOLD EVENTS.jsonl}: merges per-article events and prints pairwise P/R/F1 and
 * B-cubed of "same happening" decisions over article pairs (eval-data/fakes-same-event/README.md).
 */
@Command(name = "dedup-fakes", mixinStandardHelpOptions = true,
        description = "Same-happening decisions over article pairs against a same-event gold: pairwise P/R/F1 and B-cubed.")
public final class EvalDedupCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD.json", description = "e.g. eval-data/fakes-same-event/groups.json")
    Path gold;

    @Parameters(index = "1", paramLabel = "EVENTS.jsonl", description = "per-article events from `sitrep extract` (merged here)")
    Path events;

    @Option(names = "--merged", description = "the events file already holds merged events: score it as it is")
    boolean merged;

    @Option(names = "--lead", paramLabel = "CHARS", description = "count only evidence starting before this offset (main stories)")
    Integer lead;

    @Option(names = "--explain", description = "list every false merge and every missed pair")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path p : new Path[] {gold, events}) {
            if (!Files.isRegularFile(p)) throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + p);
        }
        SameEventReport r = SameEventEval.run(gold, events, merged, lead == null ? Integer.MAX_VALUE : lead);
        var out = spec.commandLine().getOut();
        if (explain) {
            r.falseMerges().forEach(p -> out.println("false merge: " + p));
            r.missed().forEach(p -> out.println("missed:      " + p));
        }
        out.println(r.table());
        out.println(r.json());
        return 0;
    }
}
