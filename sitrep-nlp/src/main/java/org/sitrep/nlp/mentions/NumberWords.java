package org.sitrep.nlp.mentions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Token;

/**
 * Parses English number words over tokens ("twelve", "thirty-six", "thirty - six", "a hundred", "one hundred and
 * twenty", "four million", "half a million"). Shared by the number and date annotators; tables are immutable.
 */
final class NumberWords {
    private NumberWords() {}

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));

    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L);

    /** A parsed number: value and the token index just after it. */
    record Parsed(long value, int end) {}

    static boolean isWord(String norm) {
        return SMALL.containsKey(norm) || TENS.containsKey(norm) || SCALES.containsKey(norm) || hyphenated(norm) > 0;
    }

    /** "thirty-six" as one token -> 36; -1 when the token is not a hyphenated tens-unit word. */
    static int hyphenated(String norm) {
        int h = norm.indexOf('-');
        if (h <= 0 || h == norm.length() - 1) return -1;
        Integer t = TENS.get(norm.substring(0, h));
        Integer u = SMALL.get(norm.substring(h + 1));
        return t != null && u != null && u > 0 && u < 10 ? t + u : -1;
    }

    /**
     * Parses number words starting at token {@code i} (exclusive bound {@code end}). "a"/"an" counts as one only
     * directly before a scale word or "dozen" ("a hundred", "a dozen"); "half a million" is 500,000.
     */
    static Optional<Parsed> parse(List<Token> toks, int i, int end) {
        long total = 0, current = 0;
        boolean any = false;
        int j = i;
        if (j + 2 < end && toks.get(j).norm().equals("half") && isArticle(toks.get(j + 1).norm())) {
            String s = toks.get(j + 2).norm();
            if (SCALES.containsKey(s)) return Optional.of(new Parsed(SCALES.get(s) / 2, j + 3));
            if (s.equals("dozen")) return Optional.of(new Parsed(6, j + 3));
        }
        while (j < end) {
            String w = toks.get(j).norm();
            Integer small = SMALL.get(w);
            Integer tens = TENS.get(w);
            int hy = hyphenated(w);
            Long scale = SCALES.get(w);
            if (small != null || hy > 0) {
                if (any && current % 100 != 0 && current % 10 == 0 && current >= 20 && small != null && small < 10) {
                    current += small;          // "thirty six"
                } else if (any && current % 100 != 0) {
                    break;                     // "two three" is two numbers, stop
                } else {
                    current += small != null ? small : hy;
                }
                any = true;
                j++;
            } else if (tens != null) {
                if (any && current % 100 != 0) break;
                current += tens;
                any = true;
                j++;
                // "thirty - six": the tokenizer splits the hyphen off
                if (j + 1 < end && toks.get(j).text().equals("-")) {
                    Integer u = SMALL.get(toks.get(j + 1).norm());
                    if (u != null && u > 0 && u < 10) { current += u; j += 2; }
                }
            } else if (scale != null) {
                if (!any) {
                    if (j > i && isArticle(toks.get(j - 1).norm())) current = 1;
                    else break;
                }
                if (scale == 100) current = (current == 0 ? 1 : current) * 100;
                else { total += (current == 0 ? 1 : current) * scale; current = 0; }
                any = true;
                j++;
            } else if (isArticle(w) && !any && j + 1 < end && SCALES.containsKey(toks.get(j + 1).norm())) {
                j++;                           // "a hundred": the scale branch above reads the article
            } else if (w.equals("and") && any && j + 1 < end && (SMALL.containsKey(toks.get(j + 1).norm())
                    || TENS.containsKey(toks.get(j + 1).norm()) || hyphenated(toks.get(j + 1).norm()) > 0)
                    && (total > 0 || current >= 100)) {
                j++;                           // "one hundred and twenty"
            } else {
                break;
            }
        }
        return any ? Optional.of(new Parsed(total + current, j)) : Optional.empty();
    }

    static boolean isArticle(String norm) { return norm.equals("a") || norm.equals("an"); }
}
