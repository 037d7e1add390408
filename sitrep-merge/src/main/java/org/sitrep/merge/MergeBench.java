package org.sitrep.merge;

import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Merging benchmark (not a test): {@code java -cp ... org.sitrep.merge.MergeBench [events] [--incremental]}.
 * Synthetic per-article events shaped like the FA-KES extraction: ~4 events per article, 600 places in 14
 * provinces, three years of days, one happening reported by 1-5 outlets with different tolls, spellings
 * (province-only or country-only places for some) and wording. Prints wall time for the whole merge, including
 * building every merged event.
 */
public final class MergeBench {
    private MergeBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 100_000;
        boolean incremental = List.of(args).contains("--incremental");
        List<Event> events = synthetic(n, new Random(42));
        int rounds = List.of(args).contains("--once") ? 1 : 3;
        for (int round = 1; round <= rounds; round++) {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            EventMerger m = new EventMerger();
            if (incremental) events.forEach(m::add);
            else m.addAll(events);
            int merged = m.mergedEvents().size();
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            long multi = m.clusters().stream().filter(c -> c.articles().size() > 1).count();
            System.out.printf(java.util.Locale.ROOT, "round %d: %,d events -> %,d merged events (%,d from several articles) in %.2f s wall, %.2f s CPU (%s; load average %.1f)%n",
                    round, events.size(), merged, multi, s, cpu, incremental ? "one by one" : "batch",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Letters only: place names are compared by their consonant skeleton, digits would vanish. */
    private static String placeName(int i) {
        StringBuilder b = new StringBuilder("Kafr ");
        String c = "bdfgklmnrstz";
        do { b.append(c.charAt(i % c.length())).append('a'); i /= c.length(); } while (i > 0);
        return b.toString();
    }

    static List<Event> synthetic(int n, Random rnd) {
        String[] provinces = {"Aleppo", "Idlib", "Hama", "Homs", "Damascus", "Rural Damascus", "Daraa", "Quneitra",
            "Lattakia", "Tartus", "Raqqa", "Deir ez-Zor", "Al-Hasakeh", "As-Suwayda"};
        // a news-sized vocabulary: unrelated reports share few content words, as in real wire copy
        String[] words = new String[3000];
        for (int i = 0; i < words.length; i++) words[i] = "word" + Integer.toString(i, 36);
        SubEventType[] types = SubEventType.values();
        int places = 600;
        double[][] coords = new double[places][];
        for (int i = 0; i < places; i++) coords[i] = new double[] {32.5 + rnd.nextDouble() * 4.5, 35.8 + rnd.nextDouble() * 6};
        List<Event> out = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2015, 1, 1);
        int doc = 0, serial = 0;
        while (out.size() < n) {
            int place = rnd.nextInt(places);
            String province = provinces[place % provinces.length];
            LocalDate day = start.plusDays(rnd.nextInt(3 * 365));
            SubEventType type = types[rnd.nextInt(6) == 0 ? rnd.nextInt(types.length) : rnd.nextInt(8)];
            int toll = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(60);
            StringBuilder wire = new StringBuilder();
            for (int w = 0; w < 14; w++) wire.append(words[rnd.nextInt(words.length)]).append(' ');
            int outlets = 1 + rnd.nextInt(5);
            for (int o = 0; o < outlets && out.size() < n; o++) {
                String d = "doc" + (doc++ / 4);
                String id = "ev_" + (serial++);
                int precision = rnd.nextInt(10) == 0 ? 3 : 1;
                boolean countryOnly = rnd.nextInt(12) == 0;
                String text = wire.toString() + words[rnd.nextInt(words.length)] + " " + toll;
                out.add(new Event(id, d, day.plusDays(rnd.nextInt(8) == 0 ? 1 : 0), rnd.nextInt(8) == 0 ? 2 : 1, type,
                        new Actor(rnd.nextBoolean() ? "Military Forces of Syria" : "Rebel groups (Syria)", 1, "SY"), null,
                        null, null, "Syria", "SYR", countryOnly ? null : province, null,
                        countryOnly ? "Syria" : precision == 3 ? province : placeName(place),
                        countryOnly ? 35.0 : coords[place][0], countryOnly ? 38.0 : coords[place][1], countryOnly ? 3 : precision,
                        countryOnly ? "geonames:163843" : "geonames:" + (precision == 3 ? 900_000 + place % provinces.length : 100_000 + place),
                        Math.max(0, toll + rnd.nextInt(5) - 2), "outlet" + o, null,
                        List.of(new Evidence(d, 0, text.length(), text)),
                        List.of(new Claim("outlet" + o, d, 0, text.length(), Stance.ASSERTS, null)), List.of(d), false, 0.6, Map.of()));
            }
        }
        return out;
    }
}
