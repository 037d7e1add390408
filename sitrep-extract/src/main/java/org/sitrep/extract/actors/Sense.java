package org.sitrep.extract.actors;

import java.util.Set;

/**
 * One meaning of a lexicon entry: a generic cue kind, a named actor, or a country.
 *
 * @param type          what the entry is
 * @param kind          cue kind (for named actors, NAMED_GROUP or the kind of a named state unit)
 * @param name          canonical name for named actors (may hold "{name?}"), null otherwise
 * @param inter         ACLED inter code for named actors, 0 otherwise
 * @param home          home country of a named actor or the country of a country cue; null when none
 * @param scope         countries where a named actor's aliases mean it; empty = anywhere
 * @param needsCountry  a generic cue that only counts with a country attached ("Ukrainian forces")
 */
public record Sense(Type type, CueKind kind, String name, int inter, String home, Set<String> scope,
                    boolean needsCountry) {
    public enum Type { GENERIC, NAMED, COUNTRY }

    public Sense {
        scope = Set.copyOf(scope);
    }

    static Sense generic(CueKind kind, boolean needsCountry) {
        return new Sense(Type.GENERIC, kind, null, 0, null, Set.of(), needsCountry);
    }

    static Sense country(String iso2) {
        return new Sense(Type.COUNTRY, CueKind.COUNTRY, null, 0, iso2, Set.of(), false);
    }

    boolean isNamed() { return type == Type.NAMED; }

    boolean isGeneric() { return type == Type.GENERIC; }

    boolean isCountry() { return type == Type.COUNTRY; }
}
