package org.sitrep.geo.tools;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerBuilder;

/**
 * Import figures for a GeoNames-format dump of about 1M rows, made by repeating cities500 five times with new
 * ids (run with -Xmx to test a memory bound):
 * <pre>java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.sitrep.geo.tools.ImportBench ../../shared/gazetteer /tmp</pre>
 */
public final class ImportBench {
    private ImportBench() {}

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]);
        Path work = Path.of(args.length > 1 ? args[1] : "/tmp");
        Path dump = work.resolve("allCountries-1M.txt");
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < 5; copy++) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(shared.resolve("cities500.txt.gz"))), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        int tab = line.indexOf('\t');
                        long id = Long.parseLong(line.substring(0, tab)) + copy * 100_000_000L;
                        w.write(Long.toString(id));
                        w.write(line, tab, line.length() - tab);
                        w.newLine();
                        rows++;
                    }
                }
            }
        }
        Path out = work.resolve("gazetteer-1M.bin.gz");
        long t0 = System.nanoTime();
        GazetteerBuilder.Report r = new GazetteerBuilder(0).build(GazetteerBuilder.Sources.detect(List.of(dump,
                shared.resolve("admin1CodesASCII.txt"), shared.resolve("countryInfo.txt"))), out);
        double secs = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        Gazetteer g = Gazetteer.load(out);
        System.out.printf("import of %d rows: %.1f s (%.0f rows/s), peak heap sampled %d MB, max heap %d MB, "
                        + "%d entries, index %d MB; loading it back %.1f s%n", rows, secs, rows / secs,
                r.peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20, r.entries(), Files.size(out) >> 20,
                (System.nanoTime() - t1) / 1e9, g.size());
        Files.delete(dump);
    }
}
