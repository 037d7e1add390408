package org.sitrep.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.eval.py.EvalInputException;
import org.sitrep.eval.py.Py;

/**
 * The normalisations of the reference scorer (score.py {@code skel}, {@code norm_actor}, {@code norm_admin},
 * {@code km}), step for step, so that place, admin and actor comparisons come out the same in both.
 */
public final class Norm {
    private Norm() {}

    private static final Pattern QUOTES = Pattern.compile("[`'\u2019\u2018\u02bf\u02be\\-]");
    private static final Pattern ARTICLES =
            Pattern.compile("\\b(al|el|ar|as|ash|an|ad|adh|at|az|ath|aj|ez|es|en|ed)\\b");
    private static final Pattern STOP = Pattern.compile("\\b(province|governorate|city|village|town|countryside|plain|"
            + "area|region|outskirts|of|the|near|northern|southern|eastern|western|north|south|east|west|rural)\\b");
    private static final Pattern NON_LETTER_SPACE = Pattern.compile("[^a-z ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]");
    private static final Pattern RUNS = Pattern.compile("(.)\\1+", Pattern.UNIX_LINES);
    private static final String[][] DIGRAPHS = {
        {"sh", "s"}, {"kh", "k"}, {"q", "k"}, {"dh", "d"}, {"th", "t"}, {"gh", "g"}, {"ph", "f"}, {"w", "u"}, {"j", "g"}};
    // Python's "." excludes only \n; Java's default also excludes \r, \u0085, \u2028, \u2029
    private static final Pattern PARENS = Pattern.compile("\\(.*?\\)", Pattern.UNIX_LINES);
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

    /** Transliteration-tolerant consonant skeleton of a place name ("Kafr Nabudah" and "Kafr Nabuda" agree). */
    public static String skel(Object value) {
        if (!Py.truthy(value)) return "";
        if (!(value instanceof String s)) throw new EvalInputException("place name is not a string: " + Py.repr(value));
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder ascii = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) if (n.charAt(i) < 128) ascii.append(n.charAt(i));
        String t = ascii.toString().toLowerCase(Locale.ROOT);
        t = QUOTES.matcher(t).replaceAll(" ");
        t = ARTICLES.matcher(t).replaceAll(" ");
        t = STOP.matcher(t).replaceAll(" ");
        t = NON_LETTER_SPACE.matcher(t).replaceAll("");
        for (String[] d : DIGRAPHS) t = t.replace(d[0], d[1]);
        t = SPACES.matcher(t).replaceAll("");
        t = VOWELS.matcher(t).replaceAll("");
        return RUNS.matcher(t).replaceAll("$1");
    }

    /** Actor name for comparison: parenthesised parts (years) dropped, case and punctuation ignored. */
    public static String normActor(Object value) {
        if (!Py.truthy(value)) return "";
        if (!(value instanceof String s)) throw new EvalInputException("actor is not a string: " + Py.repr(value));
        String t = PARENS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return Py.strip(NON_LETTERS.matcher(t).replaceAll(" "));
    }

    /** Admin1 skeleton; "Rif Dimashq"-style spellings of Rural Damascus compare equal to Damascus. */
    public static String normAdmin(Object value) {
        String s = skel(Py.or(value, ""));
        return s.equals("rfdmsks") ? "dmsks" : s;
    }

    /** Great-circle distance in km, the same formula and operation order as score.py. */
    public static double km(double a, double b, double c, double d) {
        double p = Math.PI / 180;
        double s1 = StrictMath.sin((c - a) * p / 2);
        double s2 = StrictMath.sin((d - b) * p / 2);
        double h = s1 * s1 + StrictMath.cos(a * p) * StrictMath.cos(c * p) * (s2 * s2);
        return 12742 * StrictMath.asin(StrictMath.sqrt(h));
    }
}
