package org.sitrep.cli.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.geo.Gazetteer;
import picocli.CommandLine.Option;

/** {@code --gazetteer FILE}: an index built by 'sitrep gazetteer import' instead of the bundled one. */
final class GazetteerOption {
    @Option(names = "--gazetteer", paramLabel = "INDEX",
            description = "Gazetteer index from 'sitrep gazetteer import' (default: the bundled one).")
    Path index;

    Gazetteer load() {
        if (index == null) return Gazetteer.loadDefault();
        if (!Files.isRegularFile(index))
            throw new IllegalArgumentException("gazetteer index " + index + " does not exist; build one with 'sitrep gazetteer import'");
        return Gazetteer.load(index);
    }
}
