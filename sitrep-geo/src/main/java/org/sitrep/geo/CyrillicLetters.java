package org.sitrep.geo;

/**
 * The letter-by-letter walk that UkrainianLatin and RussianLatin share: each Cyrillic letter is replaced by what the
 * scheme makes of it (seeing the whole name and the letter's place, for initial "ye" or "zgh"), capitalised as it
 * was; anything the scheme leaves alone is kept.
 */
final class CyrillicLetters {
    private CyrillicLetters() {}

    /** A scheme: the Latin for the lower-case letter c at index i of name, or null to keep the character as it is. */
    interface Scheme {
        String latin(String name, int i, char c);
    }

    /** The name in the scheme's Latin letters; null when no letter of it was one the scheme writes otherwise. */
    static String transliterate(String name, Scheme scheme) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        boolean any = false;
        for (int i = 0; i < name.length(); i++) {
            char raw = name.charAt(i);
            String latin = scheme.latin(name, i, Character.toLowerCase(raw));
            if (latin == null) {
                out.append(raw);
                continue;
            }
            // (an apostrophe the scheme drops is no Cyrillic letter: a Latin name with one is no Cyrillic name)
            if (Character.UnicodeScript.of(raw) == Character.UnicodeScript.CYRILLIC) any = true;
            if (!latin.isEmpty() && Character.isUpperCase(raw)) latin = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
            out.append(latin);
        }
        return any ? out.toString() : null;
    }

    /** Does the name's letter at i open a word (after a non-letter other than an apostrophe, or at the start)? */
    static boolean wordInitial(String name, int i) {
        if (i == 0) return true;
        char before = name.charAt(i - 1);
        return !Character.isLetter(before) && before != '\'' && before != '\u2019';
    }
}
