package org.sitrep.nlp.mentions;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * Whitespace-delimited "chunks" of raw text around a token. The tokenizer splits "2015-10-04" into "2015-" "10-"
 * "04" and "Su-24M" into "Su-" "24M", so digit-led tokens are judged by the whole chunk they sit in, which is a
 * short local look at the text rather than a regex over the article.
 */
final class Chunks {
    private Chunks() {}

    /** Start of the whitespace-delimited chunk containing {@code pos}. */
    static int chunkStart(String text, int pos) {
        int s = pos;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) s--;
        return s;
    }

    /** End (exclusive) of the whitespace-delimited chunk containing {@code pos}. */
    static int chunkEnd(String text, int pos) {
        int e = pos;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) e++;
        return e;
    }

    /** Index of the first token (from {@code from}) that starts at or after {@code charPos}, bounded by {@code end}. */
    static int tokenAt(List<Token> toks, int from, int end, int charPos) {
        int j = from;
        while (j < end && toks.get(j).start() < charPos) j++;
        return j;
    }

    static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    static boolean digitLed(Token t) { return !t.text().isEmpty() && isDigit(t.text().charAt(0)); }

    /** Trailing punctuation that may follow a number or date inside a chunk ("4," "30." "12)"). */
    static int stripTrailing(String text, int start, int end) {
        int e = end;
        while (e > start && ",.;:!?)]\"'\u201d\u2019".indexOf(text.charAt(e - 1)) >= 0) e--;
        return e;
    }

    /** Leading punctuation that may precede a number inside a chunk ("(12", "\"12"). */
    static int stripLeading(String text, int start, int end) {
        int s = start;
        while (s < end && "([\"'\u201c\u2018".indexOf(text.charAt(s)) >= 0) s++;
        return s;
    }

    /** All digits? */
    static boolean allDigits(String s, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) if (!isDigit(s.charAt(i))) return false;
        return true;
    }

    /** Parses "1,200" / "240,000" / "12" (grouping commas in threes only); -1 when not such a numeral. */
    static long integer(String s) {
        if (s.isEmpty() || s.length() > 15) return -1;
        long v = 0;
        int groupLen = -1;      // digits since the last comma, -1 before the first comma
        int lead = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') {
                if (groupLen == -1) { if (lead == 0 || lead > 3) return -1; }
                else if (groupLen != 3) return -1;
                groupLen = 0;
            } else if (isDigit(c)) {
                v = v * 10 + (c - '0');
                if (groupLen >= 0) groupLen++; else lead++;
            } else {
                return -1;
            }
        }
        if (groupLen >= 0 && groupLen != 3) return -1;
        return v;
    }

    /** An immutable set that tolerates duplicates in the listing (word lists grow by hand). */
    static Set<String> set(String... words) { return Set.copyOf(Arrays.asList(words)); }
}
