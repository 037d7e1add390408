package org.sitrep.model;

/**
 * A place named in the text and, when resolved, its gazetteer entry.
 *
 * @param place   resolved entry, or null when the name matched nothing unambiguous
 * @param pass    the disambiguation pass that decided ("single-candidate", "admin-context", "focus-country" …)
 * @param precision ACLED geo_precision the mention supports on its own: 1 town, 2 area, 3 admin1
 */
public record PlaceMention(Span span, String text, GeoPlace place, String pass, int precision) {
}
