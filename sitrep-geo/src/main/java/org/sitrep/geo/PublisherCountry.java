package org.sitrep.geo;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.GeoPlace;

/**
 * The country an article's publisher is in, from its metadata: a country, a people or a major city named in the
 * source ("Los Tiempos (Bolivia)", "Nairobi News", "Kyiv Independent"), else the country code ending the address's
 * host name ("thevisitor.co.uk"). News writes its own country's towns without the country ("Puerto Natales, Los
 * Lagos" in a Chilean paper), so the publisher's country is weak evidence of where an ambiguous name lies; the text's
 * own names outvote it.
 */
final class PublisherCountry {
    /** Country-code domains used worldwide for other meanings (.tv, .io, .me, .co ...), which say nothing of a country. */
    private static final Set<String> GENERIC_CCTLDS = Set.of("tv", "io", "me", "co", "fm", "am", "ly", "cc", "ws", "to",
            "gg", "nu", "tk", "ai", "la", "im", "is", "ag", "sh", "ac", "vc", "gl", "ms", "mu", "so", "st", "tc", "vg",
            "eu", "su", "gd", "ps", "ml", "ga", "cf", "gq", "ki", "pw");
    /** A city named in a source stands for its country when it is this big or a capital. */
    private static final long CITY_POPULATION = 1_000_000;
    private static final int MAX_WORDS = 4;

    private final Gazetteer gazetteer;
    private final Map<String, String> demonymCountry;

    PublisherCountry(Gazetteer gazetteer, Map<String, String> demonymCountry) {
        this.gazetteer = gazetteer;
        this.demonymCountry = demonymCountry;
    }

    /** The publisher's country (ISO2), when its source or address tells. */
    Optional<String> of(Article a) {
        if (a == null) return Optional.empty();
        Optional<String> bySource = fromSource(a.source());
        return bySource.isPresent() ? bySource : fromUrl(a.url());
    }

    Optional<String> fromSource(String source) {
        if (source == null || source.isBlank()) return Optional.empty();
        // "Libya24", "Kenya247": a name run together with digits. Only capitalised words count: an agency's acronym
        // ("SANA", the Syrian agency, is not Sana'a) or a lower-case word ("sana") names no place; null marks a gap
        List<String> words = new ArrayList<>();
        for (String w : source.replaceAll("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", " ").split("[\\s;,()/|]+")) {
            boolean capitalised = !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && !(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)));
            String f = capitalised ? NameNormalizer.fold(w) : "";
            words.add(f.isEmpty() ? null : f);
        }
        long nameWords = words.stream().filter(java.util.Objects::nonNull).count();
        String city = null;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i) == null) continue;
            String iso = demonymCountry.get(words.get(i));
            if (iso != null && iso.length() == 2) return Optional.of(iso);
            for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
                List<String> part = words.subList(i, i + n);
                if (part.contains(null)) continue;
                String name = String.join(" ", part);
                if (name.length() < 4 || !gazetteer.hasExact(name)) continue;
                GeoPlace top = null;
                for (Gazetteer.Match m : gazetteer.matchFolded(name)) {
                    if (!m.exact() || m.place().iso2() == null) continue;
                    if ("country".equals(m.place().feature())) return Optional.of(m.place().iso2());
                    if (top == null || m.place().population() > top.population()) top = m.place();
                }
                // a city stands for its country in an outlet's name ("Nairobi News"), not alone ("Sana", "Aden")
                if (city == null && top != null && nameWords > n && (top.population() >= CITY_POPULATION || "capital".equals(top.feature()))
                        && Gazetteer.featureRank(top) == 2) city = top.iso2();
            }
        }
        return Optional.ofNullable(city);
    }

    static Optional<String> fromUrl(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) return Optional.empty();
        String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (tld.length() != 2 || GENERIC_CCTLDS.contains(tld) || !tld.chars().allMatch(Character::isLetter)) return Optional.empty();
        return Optional.of(tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT));
    }
}
