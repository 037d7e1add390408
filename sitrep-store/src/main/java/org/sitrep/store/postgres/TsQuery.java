package org.sitrep.store.postgres;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.SearchText;

/**
 * Turns what a user types into a PostgreSQL {@code tsquery} expression with bound parameters. User text never
 * reaches {@code to_tsquery} syntax directly (a stray {@code &}, {@code !} or {@code :} would be a syntax error or
 * an operator): it is split into terms here, and each term becomes a parser-driven {@code phraseto_tsquery} (words
 * and "quoted phrases", tokenised exactly as the indexed text is) or, for {@code word*}, a prefix lexeme built from
 * letters and digits only. Terms combine with {@code &&}: all must occur. Same rules as the SQLite store's search.
 */
final class TsQuery {

    /** One search term: a word or phrase (words separated by spaces), optionally a prefix. */
    record Term(String text, boolean prefix) {
    }

    /**
     * A tsquery SQL expression and its parameters, e.g.
     * {@code (phraseto_tsquery('simple', sitrep_fold(?)) && to_tsquery('simple', sitrep_fold(?)))}.
     */
    record Sql(String expression, List<Object> params) {
    }

    private TsQuery() {
    }

    static Sql toSql(String userText) {
        List<Term> terms = terms(userText);
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Term t : terms) {
            if (t.prefix()) {
                // the word holds letters, digits and marks only (see terms()), so quoting it cannot break out
                parts.add("to_tsquery('simple', sitrep_fold(?))");
                params.add("'" + t.text() + "':*");
            } else {
                parts.add("phraseto_tsquery('simple', sitrep_fold(?))");
                params.add(t.text());
            }
        }
        return new Sql("(" + String.join(" && ", parts) + ")", List.copyOf(params));
    }

    /** The terms of the user's text; throws when it holds no words at all. */
    static List<Term> terms(String userText) {
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

    private static List<String> words(String s) { return SearchText.words(s); }

    private static boolean isWordChar(String s, int i) { return SearchText.isWordChar(s, i); }
}
