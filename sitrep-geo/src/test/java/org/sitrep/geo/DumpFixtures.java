package org.sitrep.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small invented import inputs in the dump formats, written to a folder and built into an index, for import tests. */
final class DumpFixtures {
    private DumpFixtures() {}

    /** The header line of a Who's On First TSV as the bundled sources write it. */
    static final String WOF_HEADER = "wof_id\tgeonames_id\tplacetype\tname\tlat\tlon\tcountry\tregion_id\tcounty_id"
            + "\tpopulation\tnames_eng\tnames_ara\tnames_other_latin\n";

    /** Writes each file (name to content; a null content writes nothing) and builds the index from them. */
    static Gazetteer build(Path dir, Map<String, String> files) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getValue() != null) paths.add(Files.writeString(dir.resolve(f.getKey()), f.getValue()));
        }
        Path out = dir.resolve("index.bin.gz");
        new GazetteerBuilder(0).build(GazetteerBuilder.Sources.detect(paths), out);
        return Gazetteer.load(out);
    }
}
