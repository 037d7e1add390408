package org.sitrep.extract.actors;

import java.util.List;

/**
 * A country as the actor names need it.
 *
 * @param iso2   ISO 3166-1 alpha-2
 * @param iso3   ISO 3166-1 alpha-3
 * @param name   as ACLED writes it in parentheses: "Civilians (Democratic Republic of Congo)"
 * @param ofForm as it follows "Military Forces of": "the Democratic Republic of Congo"
 * @param cues   other names, abbreviations and adjectives that point to it in text
 */
public record Country(String iso2, String iso3, String name, String ofForm, List<String> cues) {
    public Country {
        cues = List.copyOf(cues);
    }
}
