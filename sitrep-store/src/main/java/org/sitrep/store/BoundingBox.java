package org.sitrep.store;

/**
 * A longitude/latitude box in WGS 84 degrees. {@code west > east} means the box crosses the antimeridian.
 */
public record BoundingBox(double west, double south, double east, double north) {
    public BoundingBox {
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new IllegalArgumentException("bad bounding box latitudes: south " + south + ", north " + north
                    + " (need -90 <= south <= north <= 90)");
        }
        if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
            throw new IllegalArgumentException("bad bounding box longitudes: west " + west + ", east " + east
                    + " (need -180..180)");
        }
    }

    /** Parses "west,south,east,north" (the order of GeoJSON bbox and most map libraries). */
    public static BoundingBox parse(String text) {
        String[] p = text.split(",");
        if (p.length != 4) throw new IllegalArgumentException("bounding box must be 'west,south,east,north', got '" + text + "'");
        try {
            return new BoundingBox(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()),
                    Double.parseDouble(p[2].trim()), Double.parseDouble(p[3].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bounding box must be four numbers 'west,south,east,north', got '" + text + "'", e);
        }
    }

    public boolean crossesAntimeridian() { return west > east; }

    public boolean contains(double latitude, double longitude) {
        boolean lat = latitude >= south && latitude <= north;
        boolean lon = crossesAntimeridian() ? longitude >= west || longitude <= east : longitude >= west && longitude <= east;
        return lat && lon;
    }
}
