package org.sitrep.store.sqlite;

import org.sitrep.store.SearchText;

import java.util.stream.Collectors;

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
        // terms hold letters, digits, marks and spaces only, so quoting cannot break out
        return SearchText.terms(userText).stream()
                .map(t -> '"' + t.text() + '"' + (t.prefix() ? "*" : ""))
                .collect(Collectors.joining(" "));
    }
}
