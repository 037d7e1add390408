package org.sitrep.nlp.mentions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.nlp.TextNorm;

/**
 * Canonical names of news sources and speakers ("the Observatory" -> "Syrian Observatory for Human Rights",
 * "Russian defence ministry" -> "Ministry of Defence of Russia", "Syria's army command" -> "Syrian army command"),
 * read once from {@code source_aliases.tsv} on the classpath. Immutable after loading, so thread-safe.
 */
public final class SourceAliases {
    private static final String RESOURCE = "/org/sitrep/nlp/mentions/source_aliases.tsv";
    private static final SourceAliases BUNDLED = load();

    /** A country: its name and adjective ("Russia", "Russian"). */
    public record Country(String name, String adjective) {}

    private record Generic(String template, String fallback) {}

    private final Map<String, Country> countries;
    private final Map<String, String> orgs;
    private final Map<String, Generic> generics;
    private final int maxAliasTokens;

    private SourceAliases(Map<String, Country> countries, Map<String, String> orgs, Map<String, Generic> generics,
                          int maxAliasTokens) {
        this.countries = Map.copyOf(countries);
        this.orgs = Map.copyOf(orgs);
        this.generics = Map.copyOf(generics);
        this.maxAliasTokens = maxAliasTokens;
    }

    /** The table bundled with sitrep-nlp. */
    public static SourceAliases bundled() { return BUNDLED; }

    private static SourceAliases load() {
        Map<String, Country> countries = new HashMap<>();
        Map<String, String> orgs = new HashMap<>();
        Map<String, Generic> generics = new HashMap<>();
        int max = 1;
        try (InputStream in = SourceAliases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("source alias table " + RESOURCE + " is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                String kind = f[0];
                int need = kind.equals("COUNTRY") ? 4 : 3;
                if (f.length != need) {
                    throw new IllegalStateException(RESOURCE + " line " + no + ": expected " + need + " tab-separated columns, got " + f.length);
                }
                String[] aliases = f[need - 1].split("\\|");
                for (String a : aliases) max = Math.max(max, a.split(" ").length);
                switch (kind) {
                    case "COUNTRY" -> { Country c = new Country(f[1], f[2]); for (String a : aliases) countries.put(a, c); }
                    case "ORG" -> { for (String a : aliases) orgs.put(a, f[1]); }
                    case "GENERIC" -> {
                        String[] t = f[1].split(" \\|\\| ");
                        Generic g = new Generic(t[0], t.length > 1 ? t[1] : t[0]);
                        for (String a : aliases) generics.put(a, g);
                    }
                    default -> throw new IllegalStateException(RESOURCE + " line " + no + ": unknown kind " + kind);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new SourceAliases(countries, orgs, generics, max);
    }

    /** The country a single lower-cased token or phrase names ("russian", "moscow", "syria's"), if any. */
    public Optional<Country> country(String norm) { return Optional.ofNullable(countries.get(norm)); }

    /** Canonical organisation for an exact alias key (lower case, no leading determiner). */
    public Optional<String> org(String key) { return Optional.ofNullable(orgs.get(key)); }

    int maxAliasTokens() { return maxAliasTokens; }

    /**
     * A generic institution ("defence ministry", "state television") qualified by a country, or by its fallback
     * name when the country is unknown.
     */
    public Optional<String> generic(String key, Country country) {
        Generic g = generics.get(key);
        if (g == null) return Optional.empty();
        if (country == null) return Optional.of(g.fallback);
        return Optional.of(g.template.replace("{adj}", country.adjective()).replace("{country}", country.name()));
    }

    /**
     * Canonical name of a speaker phrase without document context: organisations and country-qualified institutions
     * by the table, a country alone as its government, people as their name without titles ("US Central Command
     * spokesman Colonel Patrick Ryder" -> "Patrick Ryder"), anything else as given without a leading "the".
     */
    public String canonical(String surface) {
        return Speakers.canonical(this, surface, null).name();
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
