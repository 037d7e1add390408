package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;

/**
 * How both stores split a user's full-text query into words: letters, digits and combining marks (Arabic vowel
 * signs) are word characters, as for SQLite's unicode61 tokenizer, so the two stores agree on what a word is.
 */
public final class SearchText {
    private SearchText() {}

    /** One search term of a user's query: a word or a quoted phrase (words joined by spaces), optionally a prefix. */
    public record Term(String text, boolean prefix) {
    }

    /**
     * The terms of what a user typed: words (a trailing {@code *} makes a prefix), "quoted phrases"; everything else
     * separates. Both stores build their full-text queries from these, so the user's syntax never reaches the database.
     *
     * @throws IllegalArgumentException when the text holds no words at all
     */
    public static List<Term> terms(String userText) {
        List<Term> terms = new ArrayList<>();
        int i = 0;
        int n = userText.length();
        while (i < n) {
            char c = userText.charAt(i);
            if (c == '"') {
                int close = userText.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                String phrase = String.join(" ", words(userText.substring(i + 1, end)));
                if (!phrase.isEmpty()) terms.add(new Term(phrase, false));
                i = end + 1;
            } else if (isWordChar(userText, i)) {
                int start = i;
                while (i < n && isWordChar(userText, i)) i += Character.charCount(userText.codePointAt(i));
                boolean prefix = i < n && userText.charAt(i) == '*';
                terms.add(new Term(userText.substring(start, i), prefix));
            } else {
                i++;
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("search text '" + userText + "' has no words to search for");
        }
        return terms;
    }

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
