package org.sitrep.geo.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.geo.GazetteerBuilder;

/**
 * Rebuilds the bundled index src/main/resources/org/sitrep/geo/gazetteer.bin.gz from ../shared/gazetteer.
 * Run from sitrep-geo after compiling the tests and writing the classpath (the builder reads the curated tables,
 * features.csv among them, from target/classes):
 * <pre>mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.sitrep.geo.tools.BuildBundledGazetteer ../../shared/gazetteer</pre>
 */
public final class BuildBundledGazetteer {
    private BuildBundledGazetteer() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../../shared/gazetteer");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/org/sitrep/geo/gazetteer.bin.gz");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                return n.equals("cities500.txt.gz") || n.equals("admin1CodesASCII.txt") || n.equals("countryInfo.txt")
                        || n.startsWith("wof-") && n.endsWith(".tsv.gz") || n.startsWith("regions-") && n.endsWith(".geojson");
            }).sorted().forEach(files::add);
        }
        GazetteerBuilder.Report r = new GazetteerBuilder(0).build(GazetteerBuilder.Sources.detect(files), out);
        System.out.printf("wrote %s: %d entries from %d GeoNames rows and %d WOF rows (%d WOF merged into GeoNames) "
                        + "in %d ms, peak heap %d MB, %d bytes%n", out, r.entries(), r.geonamesRows(), r.wofRows(),
                r.wofMerged(), r.millis(), r.peakHeapBytes() >> 20, Files.size(out));
    }
}
