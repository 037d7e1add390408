package org.sitrep.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-casing and accent folding used for lexicon matching; never changes offsets (it makes a separate string). */
public final class TextNorm {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextNorm() {}

    /** "Ma`arrat" -> "ma`arrat", "Kyiv" -> "kyiv", "Ḥamāh" -> "hamah"; curly apostrophes become straight ones. */
    public static String norm(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        String t = ascii ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        t = t.toLowerCase(Locale.ROOT);
        return t.indexOf('\u2019') >= 0 || t.indexOf('\u2018') >= 0 ? t.replace('\u2019', '\'').replace('\u2018', '\'') : t;
    }
}
