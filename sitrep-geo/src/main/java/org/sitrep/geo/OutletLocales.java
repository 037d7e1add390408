package org.sitrep.geo;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;

/**
 * Where each outlet of a batch is at home, learnt from its own articles: the admin1 unit (and country) that most of
 * them are grounded in. A town paper writes "Paris", "Columbus", "Springfield" for its own neighbours and rarely names
 * their state; what its other articles name tells which Springfield its readers know (the "local lexicon" of a
 * source). The home reads a name only as a state named inside an institution's name would ("Georgia Bureau of
 * Investigation"): the article's own names outvote it, and outlets that cover many units (agencies, national papers)
 * have no home.
 *
 * <p>An outlet is its {@code source} when the record names one, else its address's host without "www.". Immutable;
 * build one with {@link Survey}.
 */
public final class OutletLocales implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** An outlet needs this many articles in the batch before it has a home. */
    static final int MIN_ARTICLES = 3;
    /** The home unit grounds at least this share of the outlet's articles ... */
    static final double MIN_SHARE = 0.5;
    /** ... and at least twice as many as the next unit. */
    static final double LEAD = 2.0;

    /**
     * An outlet's home: its admin1 unit (key "ISO2/admin1", or null), its country (ISO2, or null), its lexicon, the
     * reading its articles give a name where their own context grounds it (folded name -> place), and its masthead
     * town, the town of its home unit that its name carries ("parispi.net", "The Augusta Chronicle"), or null.
     */
    public record Home(String admin1Key, String iso2, Map<String, GeoPlace> lexicon, GeoPlace masthead)
            implements java.io.Serializable {
        public Home {
            lexicon = Map.copyOf(lexicon);
        }
    }

    public static final OutletLocales NONE = new OutletLocales(Map.of());

    private final Map<String, Home> homes;

    private OutletLocales(Map<String, Home> homes) { this.homes = Map.copyOf(homes); }

    /** The home of the article's outlet, when the batch showed one. */
    public Optional<Home> homeOf(Article a) {
        String outlet = outletOf(a);
        return outlet == null ? Optional.empty() : Optional.ofNullable(homes.get(outlet));
    }

    @Override public boolean equals(Object o) { return o instanceof OutletLocales l && homes.equals(l.homes); }

    @Override public int hashCode() { return homes.hashCode(); }

    /**
     * These homes with their masthead towns looked up: for an outlet with a home unit, the longest name (five letters
     * or more) of a town of that unit spelt in the outlet's name, as words ("The Augusta Chronicle") or run together
     * with others at the start or end of a word ("columbustelegram.com", "onlineathens.com"; not "reporter.net",
     * whose "porter" is no town's name). A name that is also the unit's own names the unit, not its namesake town,
     * unless that town is a city of 100,000 ("Quadratin Oaxaca" is in Oaxaca city; "Diario do Estado Goiás" is a
     * paper of the state, not of the old town of Goiás).
     */
    public OutletLocales withMastheads(Gazetteer gazetteer) {
        Map<String, Home> out = new HashMap<>();
        homes.forEach((outlet, h) -> out.put(outlet, h.admin1Key() == null ? h
                : new Home(h.admin1Key(), h.iso2(), h.lexicon(), masthead(outlet, h.admin1Key(), gazetteer))));
        return new OutletLocales(out);
    }

    static final int MASTHEAD_LETTERS = 5;
    /** Letters a word must keep beside a town's name run into it ("online" + "athens"; not "re" + "porter"). */
    static final int MASTHEAD_REST = 3;

    private static GeoPlace masthead(String outlet, String unit, Gazetteer gazetteer) {
        GeoPlace best = null;
        int bestLength = 0;
        String unitName = NameNormalizer.fold(unit.substring(unit.indexOf('/') + 1));
        // (split before folding: folding drops the dots and hyphens between an address's words)
        String[] words = java.util.Arrays.stream(outlet.split("[^\\p{L}]+")).map(NameNormalizer::fold)
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        for (int i = 0; i < words.length; i++) {
            // whole words and runs of up to three words ("rock hill"), then the starts and ends of run-together words
            List<String> tries = new java.util.ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + 3); j++) {
                if (run.length() > 0) run.append(' ');
                run.append(words[j]);
                tries.add(run.toString());
            }
            // ("theparisnews": a leading article is no part of the name)
            String w = words[i].startsWith("the") && words[i].length() > 3 + MASTHEAD_LETTERS ? words[i].substring(3) : words[i];
            for (int n = MASTHEAD_LETTERS; n < w.length(); n++) {
                tries.add(w.substring(0, n));
                if (w.length() - n >= MASTHEAD_REST) tries.add(w.substring(w.length() - n));
            }
            for (String name : tries) {
                if (name.replace(" ", "").length() < MASTHEAD_LETTERS || name.length() <= bestLength) continue;
                for (Gazetteer.Match m : gazetteer.matchFolded(name)) {
                    GeoPlace p = m.place();
                    if (!m.exact() || !Gazetteer.isSettlement(p) || p.admin1() == null
                            || !unit.equals(Disambiguator.admin1Key(p)) || !NameNormalizer.fold(p.name()).equals(name)) continue;
                    if (name.equals(unitName) && p.population() < 100_000) continue;
                    if (best == null || name.length() > bestLength || p.population() > best.population()) {
                        best = p;
                        bestLength = name.length();
                    }
                }
            }
        }
        return best;
    }

    /** Outlets with a home, by outlet key (for reports). */
    public Map<String, Home> homes() { return homes; }

    /**
     * One line for a run's report: how many outlets have a home, with the first few ("chronicle.augusta.com:
     * US/Georgia (Augusta), 11 names").
     */
    public static String describe(OutletLocales locales, int examples) {
        if (locales.homes.isEmpty()) return "outlet homes: none (an outlet needs " + MIN_ARTICLES + " articles in the batch)";
        StringBuilder b = new StringBuilder("outlet homes: " + locales.homes.size());
        List<String> outlets = locales.homes.keySet().stream().sorted().limit(examples).toList();
        String sep = " (";
        for (String o : outlets) {
            Home h = locales.homes.get(o);
            b.append(sep).append(o).append(": ").append(h.admin1Key() != null ? h.admin1Key() : h.iso2() != null ? h.iso2() : "-")
                    .append(h.masthead() != null ? " (" + h.masthead().name() + ")" : "")
                    .append(", ").append(h.lexicon().size()).append(h.lexicon().size() == 1 ? " name" : " names");
            sep = "; ";
        }
        return b.append(locales.homes.size() > outlets.size() ? "; …)" : ")").toString();
    }

    /** The outlet of an article: its source, else its address's host; null when the record has neither. */
    public static String outletOf(Article a) {
        if (a == null) return null;
        if (a.source() != null && !a.source().isBlank()) return a.source().strip().toLowerCase(Locale.ROOT);
        if (a.url() == null || a.url().isBlank()) return null;
        try {
            String host = URI.create(a.url().strip()).getHost();
            if (host == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Collects, article by article, the units and countries each outlet's articles are grounded in. Thread-safe:
     * articles may be added from several workers; the result does not depend on their order.
     */
    public static final class Survey implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, Tally> tallies = new HashMap<>();

        /**
         * Adds another survey's tallies to this one (surveys of a batch's parts, as Spark's partitions make them);
         * returns this survey.
         */
        public Survey merge(Survey other) {
            if (other == this) throw new IllegalArgumentException("a survey cannot merge itself");
            Map<String, Tally> theirs;
            synchronized (other.tallies) {
                theirs = new HashMap<>(other.tallies);
            }
            synchronized (tallies) {
                theirs.forEach((outlet, t) -> tallies.computeIfAbsent(outlet, x -> new Tally()).add(t));
            }
            return this;
        }

        /** Records one article's resolved mentions (as {@link PlaceAnnotator#annotate} gives them). */
        public void add(Article a, List<PlaceMention> mentions) {
            String outlet = outletOf(a);
            if (outlet == null) return;
            Set<String> units = new HashSet<>(), countries = new HashSet<>();
            Map<String, GeoPlace> grounded = new HashMap<>();
            for (PlaceMention m : mentions) {
                GeoPlace p = m.place();
                // a guess by prominence alone is no evidence of where the outlet is, nor is a seat of government that
                // papers everywhere name ("the White House")
                if (p == null || p.iso2() == null || guessed(m.pass()) || Disambiguator.isSeatOfPower(p)) continue;
                if (GROUNDING_PASSES.contains(m.pass()) && Gazetteer.featureRank(p) == 2)
                    grounded.putIfAbsent(NameNormalizer.fold(m.text()), p);
                countries.add(p.iso2());
                if (p.admin1() != null && Gazetteer.featureRank(p) >= 1 && !"continent".equals(p.feature()))
                    units.add(Disambiguator.admin1Key(p));
            }
            synchronized (tallies) {
                Tally t = tallies.computeIfAbsent(outlet, x -> new Tally());
                t.articles++;
                units.forEach(u -> t.units.merge(u, 1, Integer::sum));
                countries.forEach(c -> t.countries.merge(c, 1, Integer::sum));
                grounded.forEach((name, p) -> {
                    t.places.putIfAbsent(p.gazetteerId(), p);
                    t.readings.computeIfAbsent(name, x -> new HashMap<>()).merge(p.gazetteerId(), 1, Integer::sum);
                });
            }
        }

        public OutletLocales result() {
            Map<String, Home> homes = new HashMap<>();
            synchronized (tallies) {
                tallies.forEach((outlet, t) -> {
                    if (t.articles < MIN_ARTICLES) return;
                    String unit = leader(t.units, t.articles), country = leader(t.countries, t.articles);
                    // the unit's country is the home country, whatever the country count says
                    if (unit != null) country = unit.substring(0, unit.indexOf('/'));
                    // the lexicon of an outlet at home in a country, and only its readings there: a source that covers
                    // the world ("Local Source", an agency) carries no reading of "San Juan" from one story to the next
                    Map<String, GeoPlace> lexicon = new HashMap<>();
                    String home = country;
                    if (home != null) t.readings.forEach((name, byPlace) -> {
                        String id = leader(byPlace, LEXICON_ARTICLES, 0);
                        if (id != null && home.equals(t.places.get(id).iso2())) lexicon.put(name, t.places.get(id));
                    });
                    if (unit != null || country != null || !lexicon.isEmpty()) homes.put(outlet, new Home(unit, country, lexicon, null));
                });
            }
            return new OutletLocales(homes);
        }

        private static String leader(Map<String, Integer> counts, int articles) {
            return leader(counts, MIN_ARTICLES, MIN_SHARE * articles);
        }

        /** The key with the most counts, at least {@code min} and {@code share}, twice the next one; else null. */
        private static String leader(Map<String, Integer> counts, int min, double share) {
            String lead = null;
            int top = 0, second = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                int n = e.getValue();
                if (n > top) {
                    second = top;
                    top = n;
                    lead = e.getKey();
                } else {
                    second = Math.max(second, n);
                    // (a tie has no leader; the smaller key only keeps the result independent of map order)
                    if (n == top && e.getKey().compareTo(lead) < 0) lead = e.getKey();
                }
            }
            return lead != null && top >= min && top >= share && top >= LEAD * second ? lead : null;
        }
    }

    private static boolean guessed(String pass) {
        return "population".equals(pass) || "focus-country-weak".equals(pass) || "demonym".equals(pass)
                || "speaker".equals(pass);
    }

    /** Passes that decide a name by the article's own context (its qualifier, its state, its neighbours). */
    private static final Set<String> GROUNDING_PASSES = Set.of("admin-context", "admin-suffix", "focus-state",
            "document-state", "mutual-proximity", "qualifier-unit", "state-list", "focus-admin1");
    /** A name enters an outlet's lexicon once this many of its articles ground it the same way. */
    static final int LEXICON_ARTICLES = 1;

    private static final class Tally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        int articles;
        final Map<String, Map<String, Integer>> readings = new HashMap<>();
        final Map<String, GeoPlace> places = new HashMap<>();
        final Map<String, Integer> units = new HashMap<>();
        final Map<String, Integer> countries = new HashMap<>();

        void add(Tally o) {
            articles += o.articles;
            o.readings.forEach((name, byPlace) -> {
                Map<String, Integer> mine = readings.computeIfAbsent(name, x -> new HashMap<>());
                byPlace.forEach((id, n) -> mine.merge(id, n, Integer::sum));
            });
            o.places.forEach(places::putIfAbsent);
            o.units.forEach((u, n) -> units.merge(u, n, Integer::sum));
            o.countries.forEach((c, n) -> countries.merge(c, n, Integer::sum));
        }
    }
}
