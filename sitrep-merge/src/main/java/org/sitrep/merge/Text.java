package org.sitrep.merge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by place comparison, speaker matching and evidence wording. Package-private on
 * purpose: the public surface of the module is the merger, the claims index and the scorer.
 */
final class Text {
    private Text() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUOTES = Pattern.compile("[`'\u2019\u2018\u02bf\u02be\\-]");
    private static final Pattern ARTICLES = Pattern.compile("\\b(al|el|ar|as|ash|an|ad|adh|at|az|ath|aj|ez|es|en|ed)\\b");
    private static final Pattern PLACE_WORDS = Pattern.compile("\\b(province|governorate|city|village|town|countryside"
            + "|plain|area|region|outskirts|of|the|near|northern|southern|eastern|western|north|south|east|west|rural)\\b");
    private static final Pattern FINAL_H = Pattern.compile("(?<=[aeiou])h\\b"); // Nabudah = Nabuda, Hasakeh = Hasake
    private static final Pattern NON_LETTER_SPACE = Pattern.compile("[^a-z ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]");
    private static final Pattern RUNS = Pattern.compile("(.)\\1+");
    private static final String[][] DIGRAPHS = {
        {"sh", "s"}, {"kh", "k"}, {"q", "k"}, {"dh", "d"}, {"th", "t"}, {"gh", "g"}, {"ph", "f"}, {"w", "u"}, {"j", "g"}};

    /**
     * Transliteration-tolerant consonant skeleton of a place name (the same rule as the reference scorer):
     * "Kafr Nabuda" and "Kafr Nabudah" give "kfrnbd"; "al-", apostrophes, vowels, doubled letters and generic
     * words ("province", "countryside") are ignored. Empty for null or blank names.
     */
    static String skeleton(String name) {
        if (name == null || name.isBlank()) return "";
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        s = QUOTES.matcher(s).replaceAll(" ");
        s = ARTICLES.matcher(s).replaceAll(" ");
        s = PLACE_WORDS.matcher(s).replaceAll(" ");
        s = NON_LETTER_SPACE.matcher(s).replaceAll("");
        s = FINAL_H.matcher(s).replaceAll("");
        for (String[] d : DIGRAPHS) s = s.replace(d[0], d[1]);
        s = SPACES.matcher(s).replaceAll("");
        s = VOWELS.matcher(s).replaceAll("");
        return RUNS.matcher(s).replaceAll("$1");
    }

    /** admin1 skeleton with "Rural Damascus" folded into "Damascus" (the two are often confused in reports). */
    static String admin1Key(String admin1) {
        String s = skeleton(admin1);
        return s.equals("rfdmsks") ? "dmsks" : s;
    }

    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "been", "its", "their",
            "his", "her", "from", "this", "these", "those", "into", "onto", "over", "after", "before", "than", "said",
            "says", "say", "told", "according", "also", "which", "who", "while", "when", "where", "on", "in", "of",
            "at", "by", "to", "an", "as", "is", "it", "be", "or", "but", "not", "no", "more", "least", "other",
            "others", "some", "syria", "syrian", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "people", "group", "monitor", "observatory", "reported", "report");

    /**
     * Content words of a text, lowercased and cut to their first five letters (a cheap stem: "killed"/"killing"
     * -> "kille"/"killi" differ, but "strikes"/"strike" agree), numbers kept as written.
     */
    static java.util.List<String> contentWords(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (text == null) return out;
        String s = text.toLowerCase(Locale.ROOT);
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < n && Character.isLetterOrDigit(s.charAt(j))) j++;
                String w = s.substring(i, j);
                boolean digits = Character.isDigit(w.charAt(0));
                if ((digits || w.length() >= 3) && !STOP.contains(w)) out.add(digits || w.length() <= 5 ? w : w.substring(0, 5));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Lowercase words of a speaker or actor name with demonyms mapped to countries and function words dropped. */
    static Set<String> nameTokens(String name) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (name == null) return out;
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("u.s.", "us").replace("u.n.", "un").replace("'s", "")
                .replace("united states", "unitedstates").replace("united kingdom", "unitedkingdom")
                .replace("united nations", "unitednations");
        for (String w : s.split("[^a-z0-9]+")) {
            if (w.isEmpty() || NAME_STOP.contains(w)) continue;
            if (w.equals("mod")) { out.add("ministry"); out.add("defence"); continue; }
            out.add(DEMONYMS.getOrDefault(w, w));
        }
        return out;
    }

    private static final Set<String> NAME_STOP = Set.of("the", "of", "for", "and", "s");

    private static final java.util.Map<String, String> DEMONYMS = java.util.Map.ofEntries(
            java.util.Map.entry("russian", "russia"), java.util.Map.entry("syrian", "syria"),
            java.util.Map.entry("turkish", "turkey"), java.util.Map.entry("iranian", "iran"),
            java.util.Map.entry("iraqi", "iraq"), java.util.Map.entry("american", "unitedstates"),
            java.util.Map.entry("us", "unitedstates"), java.util.Map.entry("usa", "unitedstates"),
            java.util.Map.entry("british", "unitedkingdom"), java.util.Map.entry("uk", "unitedkingdom"),
            java.util.Map.entry("french", "france"), java.util.Map.entry("israeli", "israel"),
            java.util.Map.entry("lebanese", "lebanon"), java.util.Map.entry("jordanian", "jordan"),
            java.util.Map.entry("kurdish", "kurd"), java.util.Map.entry("kurds", "kurd"),
            java.util.Map.entry("defense", "defence"), java.util.Map.entry("ministry", "ministry"),
            java.util.Map.entry("un", "unitednations"));
}
