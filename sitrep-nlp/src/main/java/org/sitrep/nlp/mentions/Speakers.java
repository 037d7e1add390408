package org.sitrep.nlp.mentions;

import java.util.List;
import java.util.Set;
import org.sitrep.nlp.mentions.SourceAliases.Country;

/**
 * Speaker phrase -> canonical name. Works on parallel lists of lower-cased words and their surface forms (a
 * possessive "'s" is its own word). Order of tests: exact organisation alias; country-qualified institution
 * ("Syria's army command", "the defence ministry in Moscow"); a country alone (its government); a person (a
 * capitalised run at the end of the phrase, titles removed); an organisation alias inside the phrase ("state news
 * agency SANA"); otherwise the phrase itself ("a Syrian security source").
 */
final class Speakers {
    private Speakers() {}

    enum Kind { PERSON, ORG, OTHER }

    /** A canonical speaker: name, kind, and the country it belongs to when known. */
    record Canon(String name, Kind kind, Country country) {}

    static final Set<String> DETERMINERS = Chunks.set("the", "a", "an");

    static final Set<String> TITLES = Chunks.set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president",
            "minister", "prime", "foreign", "defence", "defense", "interior", "spokesman", "spokeswoman",
            "spokesperson", "colonel", "col", "col.", "general", "gen", "gen.", "lieutenant", "lt", "lt.", "major",
            "maj", "captain", "capt", "brigadier", "commander", "chief", "envoy", "ambassador", "secretary", "senator",
            "governor", "mayor", "king", "prince", "sheikh", "emir", "sultan", "crown", "deputy", "director", "head",
            "leader", "chairman", "chairwoman", "counterpart", "adviser", "advisor", "official", "analyst",
            "researcher", "professor", "prof", "sergeant", "sgt", "admiral", "marshal", "pope", "premier", "vice",
            "staff", "sir", "lord", "ayatollah", "presidential", "military", "army", "peace", "un", "us", "eu",
            "activist", "journalist", "correspondent", "mufti", "representative", "coordinator", "founder",
            "resident", "witness", "doctor", "surgeon", "nurse", "medic", "rebel", "opposition", "militia");

    /** Words that make a capitalised run an organisation or place, not a person. */
    static final Set<String> ORG_WORDS = Chunks.set("ministry", "observatory", "army", "forces", "force", "council",
            "command", "news", "agency", "television", "coalition", "front", "group", "state", "network",
            "committee", "watch", "organisation", "organization", "union", "nations", "office", "department",
            "channel", "government", "party", "movement", "brigade", "brigades", "division", "corps", "guard",
            "guards", "police", "daily", "times", "post", "press", "tv", "radio", "media", "institute", "center",
            "centre", "foundation", "commission", "court", "parliament", "assembly", "house", "kremlin", "pentagon",
            "international", "authority", "service", "services", "company", "university", "hospital", "rights",
            "crescent", "cross", "monitor", "conquest", "democratic", "national", "islamic", "republic", "kingdom",
            "ministers", "leaders", "officials", "sources", "agencies", "journal", "herald", "tribune", "gazette",
            "telegraph", "guardian", "independent", "al-qaeda", "hezbollah", "taliban", "jazeera", "reuters", "afp",
            "ap", "sana", "tass", "interfax", "assembly", "senate", "congress", "bureau", "unit", "operations",
            "room", "alliance", "mission", "forum", "association", "federation", "society", "fund", "bank",
            "general", "staff", "defence", "defense", "affairs", "interior", "foreign", "security", "intelligence",
            "administration", "municipality", "province", "governorate", "city", "county", "district", "region",
            "policy", "programme", "program", "council", "tv", "facebook", "twitter", "page");

    /** Name particles that may sit lower-case inside a person's name. */
    static final Set<String> PARTICLES = Chunks.set("de", "al", "al-", "bin", "ibn", "abu", "abdel", "abdul", "van",
            "von", "el", "la", "du", "da", "di", "ul", "bint", "der", "den", "le", "dos", "das");

    static boolean capitalised(String surface) {
        return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
    }

    private static final java.util.regex.Pattern PUNCT = java.util.regex.Pattern.compile("[,()\\[\\]\"\u201c\u201d]");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("([A-Za-z])'s\\b");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Canonical name of a speaker phrase as written; splits it into words the way the alias table is keyed. */
    static Canon canonical(SourceAliases al, String surface, Country ctx) {
        String clean = POSSESSIVE.matcher(PUNCT.matcher(surface.trim().replace('\u2019', '\'')).replaceAll(" "))
                .replaceAll("$1 's").trim();
        if (clean.isEmpty()) return new Canon(surface.trim(), Kind.OTHER, null);
        List<String> s = java.util.Arrays.asList(SPACES.split(clean));
        List<String> w = new java.util.ArrayList<>(s.size());
        for (String x : s) w.add(org.sitrep.nlp.TextNorm.norm(x));
        return canonical(al, w, s, ctx);
    }

    /**
     * @param w    lower-cased words
     * @param s    the same words as written
     * @param ctx  country to qualify an unqualified ministry with ("the defence ministry" in a Russian context),
     *             or null
     */
    static Canon canonical(SourceAliases al, List<String> w, List<String> s, Country ctx) {
        int b = 0;
        while (b < w.size() && DETERMINERS.contains(w.get(b))) b++;
        if (b == w.size()) return new Canon(String.join(" ", s), Kind.OTHER, null);
        List<String> key = w.subList(b, w.size());
        String k = String.join(" ", key);
        var org = al.org(k);
        if (org.isPresent()) return new Canon(org.get(), Kind.ORG, countryIn(al, key));
        // country-qualified institution or a country alone
        Country country = null;
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            String x = key.get(i);
            Country c = null;
            if (i + 1 < key.size()) c = al.country(x + " " + key.get(i + 1)).orElse(null);
            if (c != null) { country = country == null ? c : country; i++; }
            else if ((c = al.country(x).orElse(null)) != null) { if (country == null) country = c; }
            else if (x.equals("'s") && country != null) { /* possessive of the country */ }
            else if (x.equals("in") && i + 1 < key.size() && al.country(key.get(i + 1)).isPresent()) { /* "in Moscow" */ }
            else { if (rest.length() > 0) rest.append(' '); rest.append(x); }
            if (c != null) continue;
        }
        String r = rest.toString();
        if (country != null && r.isEmpty()) return new Canon("Government of " + country.name(), Kind.ORG, country);
        if (!r.isEmpty() && (country != null || !r.equals(k))) {
            var o = al.org(r);
            if (o.isPresent()) return new Canon(o.get(), Kind.ORG, country);
        }
        if (!r.isEmpty()) {
            Country q = country != null ? country : (r.contains("ministry") ? ctx : null);
            var g = al.generic(r, q);
            if (g.isPresent()) return new Canon(g.get(), Kind.ORG, q);
        }
        String person = person(al, w.subList(b, w.size()), s.subList(b, s.size()));
        if (!person.isEmpty()) return new Canon(person, Kind.PERSON, null);
        // an organisation alias inside the phrase, longest first
        for (int n = Math.min(al.maxAliasTokens(), key.size()); n >= 1; n--) {
            for (int i = 0; i + n <= key.size(); i++) {
                var o = al.org(String.join(" ", key.subList(i, i + n)));
                if (o.isPresent() && (n > 1 || key.get(i).length() > 2 || capitalised(s.get(b + i)))) {
                    return new Canon(o.get(), Kind.ORG, country);
                }
            }
        }
        String surface = String.join(" ", s).replace(" 's", "'s");
        if (b > 0 && capitalised(surface)) surface = Character.toLowerCase(surface.charAt(0)) + surface.substring(1);
        return new Canon(surface, Kind.OTHER, country);
    }

    static Country countryIn(SourceAliases al, List<String> key) {
        for (String x : key) {
            var c = al.country(x);
            if (c.isPresent()) return c.get();
        }
        return null;
    }

    /**
     * The person named at the end of a phrase: its trailing run of capitalised words (and name particles), minus
     * leading titles, countries and organisation words. A run qualifies when a title or role word precedes it or
     * sits in it, or it has two or more words and no organisation word; a single capitalised word that is no known
     * alias qualifies too ("Lavrov said"). Empty when the phrase names no person.
     */
    static String person(SourceAliases al, List<String> w, List<String> s) {
        int end = s.size();
        int i = end - 1;
        while (i >= 0 && (capitalised(s.get(i)) || (PARTICLES.contains(w.get(i)) && i < end - 1 && i > 0))) i--;
        int runStart = i + 1;
        if (runStart >= end) return "";
        boolean titled = i >= 0 && TITLES.contains(w.get(i));
        int k = runStart;
        while (k < end && (TITLES.contains(w.get(k)) || al.country(w.get(k)).isPresent()
                || ORG_WORDS.contains(w.get(k)) || DETERMINERS.contains(w.get(k)))) {
            if (TITLES.contains(w.get(k))) titled = true;
            k++;
        }
        if (k >= end) return "";
        for (int m = k; m < end; m++) if (ORG_WORDS.contains(w.get(m))) return "";
        if (k < end && w.get(k).equals("'s")) return "";
        int len = end - k;
        if (al.org(String.join(" ", w.subList(k, end))).isPresent()) return "";
        if (!(titled || len >= 2 || (len == 1 && runStart == 0 && end == 1))) return "";
        return String.join(" ", s.subList(k, end));
    }
}
