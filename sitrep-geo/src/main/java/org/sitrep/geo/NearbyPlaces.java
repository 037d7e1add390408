package org.sitrep.geo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.GeoPlace;

/**
 * The gazetteer's entries by position: a grid of cells a tenth of a degree square, for "what does the gazetteer hold
 * near this point". Evaluation asks it how many gold points any entry lies near (the most a place chooser could
 * reach with this gazetteer), which tells a gazetteer's gaps from choosing the wrong entry.
 */
final class NearbyPlaces {
    private static final double CELL_DEGREES = 0.1;
    private static final double KM_PER_DEGREE = 111.2;

    private final Gazetteer gazetteer;
    private final Map<Long, int[]> cells = new HashMap<>();

    NearbyPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<Long, int[]> growing = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        for (int i = 0; i < gazetteer.size(); i++) {
            GeoPlace p = gazetteer.place(i);
            long key = key(row(p.latitude()), column(p.longitude()));
            int n = sizes.merge(key, 1, Integer::sum);
            int[] a = growing.computeIfAbsent(key, k -> new int[4]);
            if (n > a.length) growing.put(key, a = Arrays.copyOf(a, a.length * 2));
            a[n - 1] = i;
        }
        growing.forEach((k, a) -> cells.put(k, Arrays.copyOf(a, sizes.get(k))));
    }

    /** The entry nearest the point within {@code maxKm}, if any. */
    Optional<GeoPlace> nearest(double latitude, double longitude, double maxKm) {
        int rows = (int) Math.ceil(maxKm / (KM_PER_DEGREE * CELL_DEGREES));
        // (a degree of longitude shrinks with the cosine of the latitude; near the poles every column is in reach)
        double cos = Math.cos(Math.toRadians(Math.min(89.9, Math.abs(latitude) + rows * CELL_DEGREES)));
        int columns = (int) Math.min(1800, Math.ceil(maxKm / (KM_PER_DEGREE * cos * CELL_DEGREES)));
        int r0 = row(latitude), c0 = column(longitude);
        GeoPlace best = null;
        double bestKm = maxKm;
        for (int r = r0 - rows; r <= r0 + rows; r++) {
            for (int c = c0 - columns; c <= c0 + columns; c++) {
                int[] here = cells.get(key(r, Math.floorMod(c, 3600)));
                if (here == null) continue;
                for (int i : here) {
                    GeoPlace p = gazetteer.place(i);
                    double d = Gazetteer.km(latitude, longitude, p.latitude(), p.longitude());
                    if (d <= bestKm) { best = p; bestKm = d; }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int row(double latitude) { return (int) Math.floor((latitude + 90) / CELL_DEGREES); }

    private static int column(double longitude) { return Math.floorMod((int) Math.floor((longitude + 180) / CELL_DEGREES), 3600); }

    private static long key(int row, int column) { return (long) row * 4096 + column; }
}
