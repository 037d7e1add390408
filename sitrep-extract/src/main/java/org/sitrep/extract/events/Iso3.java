package org.sitrep.extract.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 3166 alpha-2 -> alpha-3, from the JDK's own country table. */
final class Iso3 {
    private static final Map<String, String> TABLE = new HashMap<>();

    static {
        for (String c : Locale.getISOCountries()) {
            try {
                TABLE.put(c, Locale.of("", c).getISO3Country());
            } catch (java.util.MissingResourceException e) {
                // a code without an alpha-3 form: leave it out, of() answers null for it
            }
        }
        TABLE.put("XK", "XKX");
    }

    private Iso3() {}

    static String of(String iso2) { return iso2 == null ? null : TABLE.get(iso2.toUpperCase(Locale.ROOT)); }
}
