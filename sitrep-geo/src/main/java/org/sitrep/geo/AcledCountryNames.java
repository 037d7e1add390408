package org.sitrep.geo;

import java.util.Map;

/**
 * Country names as ACLED writes them where GeoNames writes them otherwise: events are exported in ACLED's scheme, and
 * ACLED's actor names carry the country ("Civilians (Palestine)", "Military Forces of the Democratic Republic of
 * Congo"), so a place's country is given in ACLED's form.
 */
final class AcledCountryNames {
    private AcledCountryNames() {}

    private static final Map<String, String> BY_ISO2 = Map.of(
            "CD", "Democratic Republic of Congo",
            "CG", "Republic of Congo",
            "CZ", "Czech Republic",
            "MK", "North Macedonia",
            "PS", "Palestine",
            "SZ", "eSwatini",
            "TL", "East Timor",
            "VA", "Vatican City");

    /** ACLED's name of the country with this ISO code, or the given name when ACLED writes it the same. */
    static String of(String iso2, String name) {
        return name == null || name.isEmpty() ? name : BY_ISO2.getOrDefault(iso2, name);
    }
}
