package org.sitrep.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * An apposition that calls the name before it a settlement: ", the capital of", ", a town in", ", the provincial
 * capital", ", a trading town on the Irrawaddy". The mention finder takes such a name for a place even where nothing
 * else cues it; event extraction takes it for where the event happened.
 */
public final class Appositions {
    /** Nouns of a settlement's kind an apposition may name. */
    private static final Set<String> KINDS = Set.of("capital", "town", "village", "city", "seat", "centre", "center",
            "hamlet", "suburb", "neighbourhood", "neighborhood", "district");
    /** Words that may follow the kind's word: prepositions, compass words, relatives ("a village elder" is a person). */
    private static final Set<String> AFTER_KIND = Set.of("on", "in", "of", "near", "close", "about", "some", "just",
            "where", "which", "that", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "outside", "along", "between", "across", "at", "and", "located", "lying", "held", "controlled");

    private Appositions() {}

    /**
     * Does a settlement apposition open at token {@code k} (a comma) and end before {@code end}: "the", "a" or "an",
     * up to two more lower-case words, and a kind's word that ends the phrase?
     */
    public static boolean settlementAt(List<Token> tokens, int k, int end) {
        if (k + 1 >= end || !tokens.get(k).text().equals(",")) return false;
        int j = k + 1;
        String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
        if (w.equals("the") || w.equals("a") || w.equals("an")) j++;
        for (int stop = Math.min(end, j + 3); j < stop; j++) {
            String x = tokens.get(j).text();
            if (x.isEmpty() || !Character.isLowerCase(x.charAt(0))) return false;
            if (KINDS.contains(x)) {
                if (j + 1 >= end) return true;
                String next = tokens.get(j + 1).text();
                return next.isEmpty() || !Character.isLetter(next.charAt(0)) || AFTER_KIND.contains(next.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }
}
