package org.sitrep.geo;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.GeoPlace;

/**
 * One gazetteer entry as stored in an index: the place and the other names it is known by (Latin, Arabic or
 * Cyrillic script only; the preferred name is {@code place.name()} and is not repeated here).
 */
public record GazetteerEntry(GeoPlace place, List<String> alternateNames) {
    public GazetteerEntry {
        Objects.requireNonNull(place, "place");
        alternateNames = List.copyOf(alternateNames);
    }
}
