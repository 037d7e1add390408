package org.sitrep.export;

import org.sitrep.model.Event;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writer and parser throughput on the ONTOLOGY.md example event. A benchmark, not a test:
 * {@code java -cp <test classpath> org.sitrep.export.ExportBench [events]}.
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Event e = EventJsonTest.kafrNabuda();
        for (int round = 0; round < 2; round++) { // first round is JIT warm-up
            for (Format f : Format.values()) {
                long t0 = System.nanoTime();
                try (EventWriter w = f.open(OutputStream.nullOutputStream())) {
                    for (int i = 0; i < n; i++) w.write(e);
                }
                if (round == 1) System.out.printf("write %-8s %,10.0f events/s%n", f, n / ((System.nanoTime() - t0) / 1e9));
            }
            String json = EventJson.toJson(e);
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) EventJson.fromJson(json);
            if (round == 1) System.out.printf("parse EventJson %,10.0f events/s (%d bytes each)%n", n / ((System.nanoTime() - t0) / 1e9), json.length());
        }
    }
}
