package org.sitrep.cli.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep gazetteer import FILE... --out INDEX}: builds an index from GeoNames dump files (allCountries.txt,
 * a country file such as SY.txt, or cities500.txt; plain, .gz or .zip), admin1CodesASCII.txt, countryInfo.txt,
 * optionally admin2Codes.txt and alternateNamesV2.txt, and Who's On First TSVs. Streams the dump rows.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Build a gazetteer index from GeoNames dump files and Who's On First TSVs.")
public final class GazetteerImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "GeoNames dumps, admin1CodesASCII.txt, countryInfo.txt, [admin2Codes.txt], [alternateNamesV2.txt], "
                    + "WOF .tsv(.gz), [WOF region outlines .geojson: files the villages that name no region]")
    List<Path> files;

    @Option(names = "--out", paramLabel = "INDEX", defaultValue = "gazetteer.bin.gz",
            description = "Index file to write (default: ${DEFAULT-VALUE}); use it with --gazetteer")
    Path out;

    @Option(names = "--min-population", defaultValue = "0",
            description = "Skip populated places smaller than this (default: ${DEFAULT-VALUE}, keep all)")
    long minPopulation;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        GazetteerBuilder.Sources sources = GazetteerBuilder.Sources.detect(files);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        GazetteerBuilder.Report r = new GazetteerBuilder(minPopulation).build(sources, tmp);
        // check the index reads back before it replaces an old one
        Gazetteer check = Gazetteer.load(tmp);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getOut().printf("wrote %s: %d entries (%d GeoNames rows read, %d WOF rows, %d WOF places merged"
                        + " into GeoNames) in %.1f s, peak heap about %d MB; %d entries load back%n", out, r.entries(),
                r.geonamesRows(), r.wofRows(), r.wofMerged(), r.millis() / 1000.0, r.peakHeapBytes() >> 20, check.size());
        spec.commandLine().getOut().println(GazetteerBuilder.ATTRIBUTION);
        return 0;
    }
}
