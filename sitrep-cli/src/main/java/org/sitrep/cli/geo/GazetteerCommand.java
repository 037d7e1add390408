package org.sitrep.cli.geo;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep gazetteer}: gazetteer maintenance (import) and lookups. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Build gazetteer indexes and look names up in them.",
        subcommands = {GazetteerImportCommand.class, GazetteerLookupCommand.class})
public final class GazetteerCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
