package org.sitrep.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * A place given by its bearing from another: ", north of", "60 km west of", ", some 20 kilometres south-east of".
 * The mention finder reads names placed so near the place they are placed from; event extraction does not take the
 * place a bearing is taken from as the scene.
 */
public final class Bearings {
    /** The four directions, which may also follow a city's name for a part of it ("Khartoum North"). */
    static final Set<String> MAIN_COMPASS = Set.of("north", "south", "east", "west");

    private static final Set<String> ABOUT = Set.of("some", "about", "around", "nearly", "roughly");
    private static final Set<String> UNITS = Set.of("km", "kms", "kilometres", "kilometers", "miles", "mi");

    private Bearings() {}

    /** Do the tokens from {@code from} up to {@code to} (exclusive) read as a bearing ending in "of"? */
    public static boolean between(List<Token> tokens, int from, int to) {
        int t = from;
        // ("Mare', north of Aleppo": an ayn mark the tokenizer left apart from the name)
        if (t < to && (tokens.get(t).text().equals("'") || tokens.get(t).text().equals("\u2019"))) t++;
        if (t < to && tokens.get(t).text().equals(",")) t++;
        if (t < to && ABOUT.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) t++;
        if (t + 1 < to && startsWithDigit(tokens.get(t)) && UNITS.contains(tokens.get(t + 1).text().toLowerCase(Locale.ROOT))) t += 2;
        StringBuilder d = new StringBuilder();
        while (t < to && !tokens.get(t).text().equals("of")) {
            String x = tokens.get(t).text().toLowerCase(Locale.ROOT).replace("-", "");
            if (!x.isEmpty() && !MAIN_COMPASS.contains(x) && !x.matches("(north|south)(east|west)")) return false;
            d.append(x);
            t++;
        }
        return d.length() > 0 && t == to - 1;
    }

    private static boolean startsWithDigit(Token t) { return !t.text().isEmpty() && Character.isDigit(t.text().charAt(0)); }
}
