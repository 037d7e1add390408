package org.sitrep.extract.actors;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Token;

/**
 * Splits tokens into the words the lexicon is keyed on, and aliases into the same words, so that text and lexicon
 * agree whatever the tokenizer did: hyphens separate words ("pro-government" = "pro government", a slash inside a
 * token reads as "or" ("Boko Haram/IS"),
 * "al-Shabaab" = "al shabaab"), "'s" is a word of its own, periods vanish ("U.S." = "us"), brackets and quotes are
 * transparent, and other punctuation becomes a break word that no alias contains.
 */
final class Words {
    /** A break: sentence-internal punctuation that stops composition ("in Syria, troops ..."). */
    static final String BREAK = ",";

    /** One word of text: normalised form, surface form (for case checks), token index and character span. */
    record Word(String norm, String surface, int token, int start, int end) {}

    private Words() {}

    static List<Word> of(List<Token> tokens, int from, int to) {
        List<Word> out = new ArrayList<>((to - from) + 8);
        for (int ti = from; ti < to; ti++) split(tokens.get(ti), ti, out);
        return out;
    }

    /** The words of an alias written in a resource file, with their surface forms for case rules. */
    static List<Word> ofAlias(String alias) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = alias.length();
        // aliases are plain text: split on spaces first, then treat each chunk as a token would be
        while (i < n) {
            while (i < n && Character.isWhitespace(alias.charAt(i))) i++;
            int s = i;
            while (i < n && !Character.isWhitespace(alias.charAt(i))) i++;
            if (i > s) {
                String text = alias.substring(s, i);
                split(new Token(s, i, text, org.sitrep.nlp.TextNorm.norm(text), null), -1, out);
            }
        }
        return out;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014'
                || Character.isWhitespace(c);
    }

    private static void split(Token t, int ti, List<Word> out) {
        String n = t.norm();
        String x = t.text();
        boolean aligned = n.length() == x.length();
        int i = 0;
        int len = n.length();
        while (i < len) {
            if (n.charAt(i) == '/') {
                // "Boko Haram/IS", "and/or": a slash offers alternatives, so it reads as "or"
                int p = aligned ? t.start() + i : t.start();
                out.add(new Word("or", "or", ti, p, aligned ? p + 1 : t.end()));
                i++;
                continue;
            }
            if (isSeparator(n.charAt(i))) { i++; continue; }
            int s = i;
            while (i < len && !isSeparator(n.charAt(i)) && n.charAt(i) != '/') i++;
            piece(t, ti, n, x, aligned, s, i, out);
        }
    }

    private static void piece(Token t, int ti, String n, String x, boolean aligned, int s, int e, List<Word> out) {
        // possessive: "syria's" -> "syria" + "'s"
        if (e - s > 2 && n.startsWith("'s", e - 2)) {
            emit(t, ti, n, x, aligned, s, e - 2, out);
            emit(t, ti, n, x, aligned, e - 2, e, out);
            return;
        }
        emit(t, ti, n, x, aligned, s, e, out);
    }

    private static void emit(Token t, int ti, String n, String x, boolean aligned, int s, int e, List<Word> out) {
        // trim leading/trailing punctuation other than the possessive apostrophe, drop periods
        int a = s;
        int b = e;
        while (a < b && isEdgePunct(n.charAt(a)) && !n.startsWith("'s", a)) a++;
        while (b > a && isEdgePunct(n.charAt(b - 1))) b--;
        int start = aligned ? t.start() + a : t.start();
        int end = aligned ? t.start() + b : t.end();
        if (a >= b) {
            // pure punctuation: brackets and quotes are transparent, the rest is a break
            for (int k = s; k < e; k++) {
                char c = n.charAt(k);
                if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?') {
                    out.add(new Word(BREAK, BREAK, ti, t.start() + (aligned ? s : 0), aligned ? t.start() + e : t.end()));
                    return;
                }
            }
            return;
        }
        String w = n.substring(a, b);
        String sx = aligned ? x.substring(a, b) : x;
        if (w.indexOf('.') >= 0) {
            w = w.replace(".", "");
            sx = sx.replace(".", "");
            if (w.isEmpty()) return;
        }
        out.add(new Word(w, sx, ti, start, end));
    }

    private static boolean isEdgePunct(char c) {
        return !Character.isLetterOrDigit(c) && c != '&';
    }
}
