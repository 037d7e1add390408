package org.sitrep.geo.tools;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.NameNormalizer;

/**
 * Load time of the bundled index and lookup throughput (names per second, one thread). Not a unit test: run
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.sitrep.geo.tools.GazetteerBench [INDEX]</pre>
 */
public final class GazetteerBench {
    private GazetteerBench() {}

    public static void main(String[] args) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
        Gazetteer g = args.length > 0 ? Gazetteer.load(java.nio.file.Path.of(args[0])) : Gazetteer.loadDefault();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("load: %d ms wall, %d ms CPU of the loading thread%n", loadMs,
                (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("loaded %d entries in %d ms, heap in use after GC %d MB%n", g.size(), loadMs,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        // a mix of hits, variants and misses, as a text scanner would ask
        List<String> names = new ArrayList<>(List.of("Hama", "Kafr Nabudah", "Khan Sheikhoun", "Maraat al-Numan",
                "Kiev", "Deir Ezzor", "Jisr al-Shughur", "London", "the", "Sunday", "Assad", "Idlib province",
                "Springfield", "Mariupol", "Donetsk", "Sanaa", "Mosul", "Tripoli", "Avdiivka", "Bakhmut",
                "yesterday", "forces", "Syrian Observatory", "حماة", "Київ", "Saraqib", "Ariha", "Raqqa"));
        for (int i = 0; i < 200; i++) names.add("word" + i);
        long hits = 0;
        for (int round = 0; round < 3; round++) {
            long n = 0;
            long s = System.nanoTime(), cs = cpu.getCurrentThreadCpuTime();
            while (System.nanoTime() - s < 2_000_000_000L) {
                for (String name : names) {
                    hits += g.matchFolded(NameNormalizer.fold(name)).size();
                    n++;
                }
            }
            double secs = (System.nanoTime() - s) / 1e9, cpuSecs = (cpu.getCurrentThreadCpuTime() - cs) / 1e9;
            System.out.printf("round %d: %.0f names/s wall, %.0f names per CPU second (match incl. fold + skeleton)%n",
                    round, n / secs, n / cpuSecs);
        }
        System.out.println("(hits " + hits + ")");
    }
}
