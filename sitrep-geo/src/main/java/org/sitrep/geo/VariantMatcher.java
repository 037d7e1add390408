package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.GeoPlace;

/**
 * Loose, vowel-tolerant matching of a transliterated name against the settlements of a few admin1 units. News spells
 * Arabic and Ukrainian village names its own way ("Zarzoor" for Zurzur, "Tamanah" and "Tamaneh" for At Tamani`ah,
 * "Khwain" for Khuwayn al Kabir, "al-Bahsa" for Al Bahsah), so the exact and skeleton keys of the index miss them or
 * match too much. This matcher is only asked when the text strongly says a settlement is named (the caller checks
 * the cue: "the town of X", a list that continues one) and only inside the units the document is about, which is
 * what keeps "Assad" and "Sunday" out.
 *
 * <p>Two spellings agree when their {@link #light light keys} have the same first letter and the same consonants,
 * and differ by at most one vowel edit (two for long names). A name's trailing Arabic descriptor ("al Kabir", "the
 * big"; "al Gharbi", "the western"), or a word that tells twin villages apart ("New Badah", "Setharja Old"), may be
 * left out by the text. Covers the settlements of countries whose names are
 * transliterated ({@link GazetteerBuilder#transliterated}); built once per gazetteer, thread-safe once built.
 */
final class VariantMatcher {
    /** Trailing descriptors of Arabic village names, folded: the bare name usually means the main one. */
    private static final List<String> DESCRIPTORS = List.of("kabir", "kebir", "kbir", "saghir", "sghir", "saghira",
            "kabira", "fawqani", "fouqani", "tahtani", "gharbi", "sharqi", "shamali", "janubi", "jadid", "jadida",
            "qadim", "qadima", "gharbiyah", "sharqiyah", "shamaliyah", "janubiyah",
            // (and the English, Hindustani and Persian words a gazetteer adds to tell twin villages apart: "Setharja
            // Old", "Daska Kalan" the big, "Renala Khurd" the small, "Bala" the upper, "Payin" the lower; Arabic "Ulya")
            "old", "new", "kalan", "khurd", "khas", "bala", "payin", "ulya", "sufla", "olya", "sofla");
    /** Opening descriptors of the same kind: "New Badah" for the town news calls Badah. */
    private static final Set<String> LEADING_DESCRIPTORS = Set.of("new", "old", "upper", "lower");
    private static final Set<String> ARTICLES = Set.of("al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "ath",
            "adh", "ed", "er", "es", "et", "ez");

    private final Gazetteer gazetteer;
    /** Place indices by admin1 key ({@link Disambiguator#admin1Key}). */
    private final Map<String, int[]> byUnit;
    /** Light keys per place index (null for places outside the covered countries); one or two per place. */
    private final String[][] keys;
    /** The consonants of each light key, in the same layout (compared first: cheap and selective). */
    private final String[][] consonantKeys;

    VariantMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, List<Integer>> units = new HashMap<>();
        this.keys = new String[gazetteer.size()][];
        this.consonantKeys = new String[gazetteer.size()][];
        for (int i = 0; i < gazetteer.size(); i++) {
            GeoPlace p = gazetteer.place(i);
            if (p.admin1() == null || !GazetteerBuilder.transliterated(p.iso2()) || Gazetteer.featureRank(p) < 2
                    || "admin2".equals(p.feature()) || p.gazetteerId().startsWith("sitrep:")) continue;
            String folded = NameNormalizer.fold(p.name());
            java.util.LinkedHashSet<String> own = new java.util.LinkedHashSet<>();
            own.add(light(folded));
            String bare = withoutDescriptor(folded);
            if (bare != null) own.add(light(bare));
            // (and without its opening kind word: "Nahiyat Jurf as Sakhr" is written "Jurf al-Sakhar")
            GazetteerBuilder.withoutKindWord(p.name()).map(NameNormalizer::fold).ifPresent(kindless -> own.add(light(kindless)));
            keys[i] = own.toArray(new String[0]);
            consonantKeys[i] = new String[keys[i].length];
            for (int k = 0; k < keys[i].length; k++) consonantKeys[i][k] = consonants(keys[i][k]);
            units.computeIfAbsent(Disambiguator.admin1Key(p), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> m = new HashMap<>();
        units.forEach((k, v) -> m.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.byUnit = m;
    }

    /** The admin1 keys ({@link Disambiguator#admin1Key}) of a country whose settlements this matcher covers. */
    List<String> unitsOf(String iso2) {
        List<String> out = new ArrayList<>();
        for (String k : byUnit.keySet()) if (k.startsWith(iso2 + "/")) out.add(k);
        java.util.Collections.sort(out);
        return out;
    }

    /**
     * Settlements of the given admin1 units whose name agrees with the folded text up to transliteration, closest
     * spellings first; empty when none (or when the text is too short to compare).
     */
    List<Gazetteer.Match> find(String folded, Collection<String> units) {
        return find(folded, units, false);
    }

    /**
     * As {@link #find(String, Collection)}; with {@code oneUnit}, the closest spellings must all lie in one of the
     * units (else nothing: a name that two of the document's provinces spell as closely is not decided here), and only
     * that unit's matches are returned.
     */
    List<Gazetteer.Match> find(String folded, Collection<String> units, boolean oneUnit) {
        if (units.isEmpty()) return List.of();
        // the text's own trailing descriptor may be one the gazetteer leaves out ("Al-Karak al-Sharqi" for Al Karak)
        String bare = withoutDescriptor(folded);
        List<String[]> queries = new ArrayList<>(2); // {light key, its consonants}
        for (String q : bare == null ? List.of(folded) : List.of(folded, bare)) {
            String a = light(q), sa = consonants(a);
            if (a.length() >= 4 && sa.length() >= 2) queries.add(new String[] {a, sa});
        }
        if (queries.isEmpty()) return List.of();
        List<int[]> found = new ArrayList<>(); // {place index, distance}
        for (String u : units) {
            int[] ps = byUnit.get(u);
            if (ps == null) continue;
            for (int i : ps) {
                int best = Integer.MAX_VALUE;
                for (int qi = 0; qi < queries.size(); qi++) {
                    String a = queries.get(qi)[0], sa = queries.get(qi)[1];
                    for (int k = 0; k < keys[i].length; k++) {
                        String b = keys[i][k];
                        if (b.isEmpty() || b.charAt(0) != a.charAt(0) || !consonantKeys[i][k].equals(sa)) continue;
                        int d = distance(a, b);
                        // (a match of the bare text ranks after a match of the whole)
                        if (d <= allowed(a, b)) best = Math.min(best, d + qi);
                    }
                }
                if (best != Integer.MAX_VALUE) found.add(new int[] {i, best});
            }
        }
        found.sort((x, y) -> x[1] != y[1] ? Integer.compare(x[1], y[1])
                : Long.compare(gazetteer.place(y[0]).population(), gazetteer.place(x[0]).population()));
        if (oneUnit && !found.isEmpty()) {
            String unit = Disambiguator.admin1Key(gazetteer.place(found.get(0)[0]));
            int bestDistance = found.get(0)[1];
            for (int[] f : found) {
                if (f[1] == bestDistance && !Disambiguator.admin1Key(gazetteer.place(f[0])).equals(unit)) return List.of();
            }
            found.removeIf(f -> !Disambiguator.admin1Key(gazetteer.place(f[0])).equals(unit));
        }
        List<Gazetteer.Match> out = new ArrayList<>(found.size());
        for (int[] f : found) out.add(new Gazetteer.Match(gazetteer.place(f[0]), false, gazetteer.names(f[0])));
        return out;
    }

    /** Vowel edits allowed between two light keys: one, two when both are long. */
    private static int allowed(String a, String b) {
        return Math.min(a.length(), b.length()) >= 8 ? 2 : 1;
    }

    /**
     * The folded name without a trailing Arabic descriptor ("khuwayn al kabir" to "khuwayn") or a descriptor that
     * opens it ("new badah" to "badah"), or null when it has none or would be left with a single short word.
     */
    static String withoutDescriptor(String folded) {
        String[] w = folded.split(" ");
        if (w.length < 2) return null;
        if (LEADING_DESCRIPTORS.contains(w[0])) {
            String rest = String.join(" ", Arrays.copyOfRange(w, 1, w.length));
            return NameNormalizer.withoutArticle(rest).length() < 4 ? null : rest;
        }
        if (!DESCRIPTORS.contains(w[w.length - 1])) return null;
        int end = w.length - 1;
        if (end > 0 && ARTICLES.contains(w[end - 1])) end--;
        if (end == 0) return null;
        String rest = String.join(" ", Arrays.copyOfRange(w, 0, end));
        return NameNormalizer.withoutArticle(rest).length() < 4 ? null : rest;
    }

    /**
     * A spelling-tolerant key of a folded name: no leading article, no spaces, consonant digraphs as one letter
     * (sh, ch, kh, gh, dh, th, ph, zh, ts; th and dh the same), q/c as k, j as g, vowels reduced to a/i/u (e as a, o and w as u, y as
     * i, except a word-initial y or w), a word-final h after a vowel dropped (-ah/-eh), doubled letters single.
     * "Zarzoor" gives zarzur, "Khwain" and "Khuwayn" give huain, "Tamaneh" gives tamana.
     */
    static String light(String folded) {
        String core = MentionFinder.core(withoutInnerArticles(folded));
        StringBuilder out = new StringBuilder(core.length());
        int n = core.length();
        if (n > 3 && core.charAt(n - 1) == 'h' && isVowel(core.charAt(n - 2))) n--;
        for (int i = 0; i < n; i++) {
            char c = core.charAt(i);
            char next = i + 1 < n ? core.charAt(i + 1) : 0;
            char m;
            if (next == 'h' && "sckgdtpz".indexOf(c) >= 0) {
                // (th and dh are one letter: news writes Arabic dhal either way, "Thiban" for Dhiban)
                m = switch (c) { case 's', 'c' -> 's'; case 'k' -> 'h'; case 'p' -> 'f'; case 't' -> 'd'; default -> c; };
                i++;
            } else if (c == 't' && next == 's') {
                m = 's';
                i++;
            } else {
                m = switch (c) {
                    case 'q', 'c' -> 'k';
                    case 'j' -> 'g';
                    case 'e' -> 'a';
                    case 'o' -> 'u';
                    case 'w' -> i == 0 ? 'w' : 'u';
                    case 'y' -> i == 0 ? 'y' : 'i';
                    default -> c;
                };
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != m) out.append(m);
        }
        return out.toString();
    }

    /**
     * The folded name without the articles inside it ("aita al shaab" and "aita ech chaab" both to "aita shaab"):
     * French and English transliterations write them differently, or not at all. A leading article stays for
     * {@link MentionFinder#core} to drop.
     */
    static String withoutInnerArticles(String folded) {
        if (folded.indexOf(' ') < 0) return folded;
        String[] w = folded.split(" ");
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < w.length; i++) {
            if (i > 0 && i < w.length - 1 && INNER_ARTICLES.contains(w[i])) continue;
            if (b.length() > 0) b.append(' ');
            b.append(w[i]);
        }
        return b.toString();
    }

    /** {@link #ARTICLES} and the French forms Lebanese names write inside them ("Aita ech Chaab", "Nabatiyet en ..."). */
    private static final Set<String> INNER_ARTICLES = MentionFinder.union(ARTICLES, Set.of("esh", "ech", "en"));

    private static String consonants(String light) {
        StringBuilder b = new StringBuilder(light.length());
        for (int i = 0; i < light.length(); i++) {
            char c = light.charAt(i);
            if (c != 'a' && c != 'i' && c != 'u' && (b.isEmpty() || b.charAt(b.length() - 1) != c)) b.append(c);
        }
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** Levenshtein distance (short strings). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
