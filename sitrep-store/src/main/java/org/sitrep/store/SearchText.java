package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;

/**
 * How both stores split a user's full-text query into words: letters, digits and combining marks (Arabic vowel
 * signs) are word characters, as for SQLite's unicode61 tokenizer, so the two stores agree on what a word is.
 */
public final class SearchText {
    private SearchText() {}

    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (isWordChar(s, i)) {
                int start = i;
                while (i < s.length() && isWordChar(s, i)) i += Character.charCount(s.codePointAt(i));
                out.add(s.substring(start, i));
            } else {
                i++;
            }
        }
        return out;
    }

    public static boolean isWordChar(String s, int i) {
        int cp = s.codePointAt(i);
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
