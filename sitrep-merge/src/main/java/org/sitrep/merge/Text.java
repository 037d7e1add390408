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

    /** Lower-case letters of a name, accents and everything else dropped ("Syria", "SYRIA " -> "syria"); "" for null. */
    static String letters(String name) {
        if (name == null) return "";
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z]", "");
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

    /**
     * A scraped page's list of links to related stories, from its "Related" label to the end of the span: the label
     * follows a count or a bracketed count ("... 55 Related", "(1881) Related"), and the list either ends in the
     * page's tags or the span is itself a cut-off fragment ("... 14 Related"). Headlines there are other stories.
     */
    private static final Pattern RELATED_LIST = Pattern.compile("(?<=\\d|\\d\\)) Related (?=\\p{Lu}|\\d)");

    /** The text without a trailing list of related headlines (page furniture); the text itself when it has none. */
    static String withoutRelatedHeadlines(String text) {
        if (text == null || !text.contains(" Related ")) return text;
        java.util.regex.Matcher m = RELATED_LIST.matcher(text);
        if (!m.find()) return text;
        boolean fragment = text.startsWith("...") || text.startsWith("\u2026");
        boolean tagged = text.indexOf(" Tags ", m.end()) >= 0;
        return fragment || tagged ? text.substring(0, m.start()) : text;
    }

    /** Content words that are words, not figures. */
    static int wordCount(java.util.List<String> contentWords) {
        int n = 0;
        for (String w : contentWords) if (!Character.isDigit(w.charAt(0))) n++;
        return n;
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

    /**
     * Countries of conflict news a text names as the place where something is, as ISO 3166 alpha-3 codes: a country
     * after a preposition or compass word ("in Syria", "northern Iraq") or its people's adjective before a place noun
     * ("Syrian towns", "the Syrian capital", "Syrian state television"). Not "Russian jets" or "Turkey said": a
     * country acting is not where it happens. A short list on purpose: it serves to notice a place geocoded into the
     * wrong country.
     */
    static java.util.Set<String> countriesNamed(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (text == null) return out;
        String[] w = text.split("[^\\p{L}]+");
        for (int i = 0; i < w.length; i++) {
            String iso = COUNTRY_WORDS.get(w[i]);
            if (iso == null) continue;
            boolean name = COUNTRY_NAMES.contains(w[i]);
            String before = i > 0 ? w[i - 1].toLowerCase(Locale.ROOT) : "";
            String after = i + 1 < w.length ? w[i + 1].toLowerCase(Locale.ROOT) : "";
            if (name ? PLACE_BEFORE.contains(before) || gluedCompass(before) : PLACE_NOUNS.contains(after)) out.add(iso);
        }
        return out;
    }

    /**
     * A compass word glued to the word before it by scraped text that lost a space ("near Kobaninorth Syria"): a
     * lower-case word ending in "north", "south", "east" or "west" (or their "-ern" forms) with letters before it.
     */
    private static boolean gluedCompass(String word) {
        for (String c : GLUED_COMPASS) if (word.length() > c.length() + 2 && word.endsWith(c)) return true;
        return false;
    }

    private static final java.util.List<String> GLUED_COMPASS = java.util.List.of("northern", "southern", "eastern",
            "western", "north", "south", "east", "west");

    private static final Set<String> PLACE_BEFORE = Set.of("in", "across", "into", "inside", "throughout", "northern",
            "southern", "eastern", "western", "central", "northwestern", "northeastern", "southwestern", "southeastern",
            "north", "south", "east", "west");
    private static final Set<String> PLACE_NOUNS = Set.of("town", "towns", "city", "cities", "village", "villages",
            "province", "provinces", "capital", "region", "territory", "border", "state", "countryside", "desert",
            "governorate", "district", "coast", "neighbourhood", "neighborhood");

    private static final java.util.Map<String, String> COUNTRY_WORDS = countryWords(
            "SYR Syria Syrian Syrians", "IRQ Iraq Iraqi Iraqis", "LBN Lebanon Lebanese", "TUR Turkey Turkish Turks",
            "JOR Jordan Jordanian", "ISR Israel Israeli", "PSE Palestine Palestinian Gaza", "IRN Iran Iranian",
            "YEM Yemen Yemeni", "LBY Libya Libyan", "EGY Egypt Egyptian", "AFG Afghanistan Afghan",
            "PAK Pakistan Pakistani", "NGA Nigeria Nigerian", "SOM Somalia Somali", "SDN Sudan Sudanese",
            "MLI Mali Malian", "UKR Ukraine Ukrainian", "RUS Russia Russian", "IND India Indian",
            "MMR Myanmar Burmese", "ETH Ethiopia Ethiopian", "COD Congo Congolese", "COL Colombia Colombian",
            "MEX Mexico Mexican");

    private static java.util.Map<String, String> countryWords(String... rows) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String row : rows) {
            String[] f = row.split(" ");
            for (int i = 1; i < f.length; i++) m.put(f[i], f[0]);
        }
        return java.util.Map.copyOf(m);
    }

    /** The first word after the code in each row of {@link #COUNTRY_WORDS}: the country's name. */
    private static final Set<String> COUNTRY_NAMES = Set.of("Syria", "Iraq", "Lebanon", "Turkey", "Jordan", "Israel",
            "Palestine", "Gaza", "Iran", "Yemen", "Libya", "Egypt", "Afghanistan", "Pakistan", "Nigeria", "Somalia",
            "Sudan", "Mali", "Ukraine", "Russia", "India", "Myanmar", "Ethiopia", "Congo", "Colombia", "Mexico");
}
