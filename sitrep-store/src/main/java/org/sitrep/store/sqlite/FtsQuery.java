package org.sitrep.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.SearchText;

/**
 * Turns what a user types into a safe FTS5 MATCH expression. Raw user text must never reach MATCH: FTS5 syntax
 * errors ("fts5: syntax error near ...") and column filters would leak through. Supported: words (all must
 * occur), "quoted phrases", and a trailing * for prefix search; everything else is treated as separators.
 */
final class FtsQuery {
    private FtsQuery() {
    }

    /** The MATCH expression, e.g. {@code "barrel" "bomb"*} or {@code "khan shaykhun"}. */
    static String toMatch(String userText) {
        List<String> terms = new ArrayList<>();
        int i = 0;
        int n = userText.length();
        while (i < n) {
            char c = userText.charAt(i);
            if (c == '"') {
                int close = userText.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                String phrase = String.join(" ", words(userText.substring(i + 1, end)));
                if (!phrase.isEmpty()) terms.add('"' + phrase + '"');
                i = end + 1;
            } else if (isWordChar(userText, i)) {
                int start = i;
                while (i < n && isWordChar(userText, i)) i += Character.charCount(userText.codePointAt(i));
                String word = userText.substring(start, i);
                boolean prefix = i < n && userText.charAt(i) == '*';
                terms.add('"' + word + '"' + (prefix ? "*" : ""));
            } else {
                i++;
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("search text '" + userText + "' has no words to search for");
        }
        return String.join(" ", terms);
    }

    private static List<String> words(String s) { return SearchText.words(s); }

    private static boolean isWordChar(String s, int i) { return SearchText.isWordChar(s, i); }
}
