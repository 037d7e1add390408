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

    /**
     * A tsquery SQL expression and its parameters, e.g.
     * {@code (phraseto_tsquery('simple', sitrep_fold(?)) && to_tsquery('simple', sitrep_fold(?)))}.
     */
    record Sql(String expression, List<Object> params) {
    }

    private TsQuery() {
    }

    static Sql toSql(String userText) {
        List<SearchText.Term> terms = SearchText.terms(userText);
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (SearchText.Term t : terms) {
            if (t.prefix()) {
                // the word holds letters, digits and marks only (SearchText.terms), so quoting it cannot break out
                parts.add("to_tsquery('simple', sitrep_fold(?))");
                params.add("'" + t.text() + "':*");
            } else {
                parts.add("phraseto_tsquery('simple', sitrep_fold(?))");
                params.add(t.text());
            }
        }
        return new Sql("(" + String.join(" && ", parts) + ")", List.copyOf(params));
    }
}
