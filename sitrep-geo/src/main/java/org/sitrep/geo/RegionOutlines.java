package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;

/**
 * First-level units' outlines (Who's On First regions as GeoJSON: a FeatureCollection whose features carry
 * {@code properties.wof_id} and a Polygon or MultiPolygon), for telling which unit a point lies in. The import uses
 * it for the Who's On First villages filed under no region (about one in sixteen), which would otherwise have no
 * admin1 and so could never be read inside the province a text names.
 */
final class RegionOutlines {
    /** One unit: its id, bounding box and rings (outer rings and holes alike; even-odd rule), as lon/lat pairs. */
    private record Region(long wofId, double minLat, double maxLat, double minLon, double maxLon, List<double[]> rings) {
        boolean contains(double lat, double lon) {
            if (lat < minLat || lat > maxLat || lon < minLon || lon > maxLon) return false;
            boolean inside = false;
            for (double[] ring : rings) if (crossesOdd(ring, lat, lon)) inside = !inside;
            return inside;
        }
    }

    private final List<Region> regions;

    private RegionOutlines(List<Region> regions) { this.regions = regions; }

    static RegionOutlines none() { return new RegionOutlines(List.of()); }

    boolean isEmpty() { return regions.isEmpty(); }

    /** Reads GeoJSON files (plain or .gz); a file that is not such a collection fails with its name. */
    static RegionOutlines read(List<Path> files) {
        ObjectMapper json = new ObjectMapper();
        List<Region> out = new ArrayList<>();
        for (Path f : files) {
            JsonNode root;
            try (InputStream raw = Files.newInputStream(f);
                 InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                root = json.readTree(in);
            } catch (IOException e) {
                throw new GazetteerFormatException("cannot read region outlines " + f + ": " + e.getMessage(), e);
            }
            JsonNode features = root == null ? null : root.get("features");
            if (features == null || !features.isArray())
                throw new GazetteerFormatException(f + ": not a GeoJSON FeatureCollection of region outlines");
            for (JsonNode feature : features) {
                JsonNode id = feature.path("properties").path("wof_id");
                JsonNode geometry = feature.path("geometry");
                if (!id.canConvertToLong() || geometry.isMissingNode()) continue;
                List<double[]> rings = new ArrayList<>();
                switch (geometry.path("type").asText()) {
                    case "Polygon" -> addRings(geometry.path("coordinates"), rings);
                    case "MultiPolygon" -> { for (JsonNode polygon : geometry.path("coordinates")) addRings(polygon, rings); }
                    default -> { }
                }
                if (!rings.isEmpty()) out.add(region(id.asLong(), rings));
            }
        }
        return new RegionOutlines(List.copyOf(out));
    }

    /** The id of the unit whose outline holds the point; empty when none does (or several overlap: then the first). */
    OptionalLong regionAt(double lat, double lon) {
        for (Region r : regions) if (r.contains(lat, lon)) return OptionalLong.of(r.wofId());
        return OptionalLong.empty();
    }

    private static void addRings(JsonNode polygon, List<double[]> rings) {
        for (JsonNode ring : polygon) {
            double[] xy = new double[ring.size() * 2];
            int k = 0;
            for (JsonNode point : ring) {
                xy[k++] = point.get(0).asDouble();
                xy[k++] = point.get(1).asDouble();
            }
            if (k >= 6) rings.add(xy);
        }
    }

    private static Region region(long id, List<double[]> rings) {
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (double[] ring : rings) {
            for (int k = 0; k < ring.length; k += 2) {
                minLon = Math.min(minLon, ring[k]);
                maxLon = Math.max(maxLon, ring[k]);
                minLat = Math.min(minLat, ring[k + 1]);
                maxLat = Math.max(maxLat, ring[k + 1]);
            }
        }
        return new Region(id, minLat, maxLat, minLon, maxLon, rings);
    }

    /** Does a ray from the point eastwards cross the ring an odd number of times? */
    private static boolean crossesOdd(double[] ring, double lat, double lon) {
        boolean odd = false;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i], yi = ring[2 * i + 1], xj = ring[2 * j], yj = ring[2 * j + 1];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) odd = !odd;
        }
        return odd;
    }
}
