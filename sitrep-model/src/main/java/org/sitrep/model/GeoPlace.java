package org.sitrep.model;

/**
 * A resolved gazetteer entry.
 *
 * @param gazetteerId "geonames:168660" or "wof:1344177173"
 * @param name        preferred name in the gazetteer
 * @param iso2        country code (ISO 3166-1 alpha-2)
 * @param country     country name ("Syria")
 * @param admin1      first-level admin unit name ("Hama"), or null
 * @param admin2      second-level admin unit name, or null
 * @param feature     kind of place: "city", "village", "admin1", "admin2", "country", "region" …
 */
public record GeoPlace(String gazetteerId, String name, double latitude, double longitude, String iso2,
                       String country, String admin1, String admin2, String feature, long population)
        implements java.io.Serializable {
    // (serialisable: a batch's outlet homes carry places to Spark executors)
}
