package org.sitrep.extract.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2015-2022 line of contact in eastern Ukraine (donbas-line.tsv), for ACLED's convention on ceasefire-monitor
 * reports: fire observed at a place on one side of the line is coded to the forces on the other side ("explosions
 * near Horlivka" are Ukrainian fire; near Avdiivka, the separatists'). Read-only once loaded.
 */
public final class DonbasLine {
    /** The line held from the February 2015 ceasefire until the invasion of 24 February 2022. */
    public static final LocalDate FROM = LocalDate.of(2015, 2, 15);
    public static final LocalDate UNTIL = LocalDate.of(2022, 2, 24);

    private static final String FILE = "donbas-line.tsv";

    private final double[] lon;
    private final double[] lat;

    private DonbasLine(double[] lon, double[] lat) {
        this.lon = lon;
        this.lat = lat;
    }

    /** The bundled line, read once on first use (the holder class defers loading until then, thread-safely). */
    public static DonbasLine loadDefault() {
        return Bundled.LINE;
    }

    private static final class Bundled {
        static final DonbasLine LINE = load();
    }

    /** True for an admin1 name of the two oblasts the line crosses. */
    public static boolean inDonbasOblast(String admin1) {
        return "Donetsk".equals(admin1) || "Luhansk".equals(admin1);
    }

    /** True when the date falls in the period the line describes. */
    public static boolean applies(LocalDate date) {
        return date != null && !date.isBefore(FROM) && date.isBefore(UNTIL);
    }

    /** True for a point in the areas outside government control (even-odd ray casting over the polygon). */
    public boolean outsideGovernmentControl(double latitude, double longitude) {
        boolean inside = false;
        int n = lon.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((lat[i] > latitude) != (lat[j] > latitude)
                    && longitude < (lon[j] - lon[i]) * (latitude - lat[i]) / (lat[j] - lat[i]) + lon[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /**
     * Approximate distance in kilometres from a point to the line of contact itself (the polygon's edges that
     * close it through Russia and along the coast do not count). Ceasefire violations are reported near the line,
     * so among namesakes the nearest one is the likeliest.
     */
    public double kmToLine(double latitude, double longitude) {
        double best = Double.MAX_VALUE;
        double kx = 111.32 * Math.cos(Math.toRadians(latitude));
        double ky = 110.57;
        int n = lon.length;
        for (int i = 0; i + 1 < n; i++) {
            if (artificial(i) || artificial(i + 1)) continue;
            double ax = (lon[i] - longitude) * kx, ay = (lat[i] - latitude) * ky;
            double bx = (lon[i + 1] - longitude) * kx, by = (lat[i + 1] - latitude) * ky;
            double dx = bx - ax, dy = by - ay;
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
            double px = ax + t * dx, py = ay + t * dy;
            best = Math.min(best, Math.sqrt(px * px + py * py));
        }
        return best;
    }

    /** Vertices that close the polygon (east of the Russian border, on the coast) rather than trace the line. */
    private boolean artificial(int i) {
        return lon[i] > 39.75 || lat[i] <= 47.0;
    }

    private static DonbasLine load() {
        List<double[]> pts = new ArrayList<>();
        for (String[] f : ActorCatalog.rows(FILE, 2)) {
            try {
                pts.add(new double[] {Double.parseDouble(f[0].trim()), Double.parseDouble(f[1].trim())});
            } catch (NumberFormatException e) {
                throw new IllegalStateException(FILE + ": not a number: " + String.join("\t", f), e);
            }
        }
        if (pts.size() < 3) throw new IllegalStateException(FILE + ": a polygon needs at least 3 vertices");
        double[] lo = new double[pts.size()];
        double[] la = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) { lo[i] = pts.get(i)[0]; la[i] = pts.get(i)[1]; }
        return new DonbasLine(lo, la);
    }
}
