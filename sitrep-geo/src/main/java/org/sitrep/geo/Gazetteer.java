package org.sitrep.geo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.GeoPlace;

/**
 * An in-memory, read-only gazetteer: places by name, tolerant of transliteration variants. Thread-safe once
 * loaded; load it once and share the instance (there is no global instance).
 *
 * <p>Each name is indexed under its {@link NameNormalizer#fold fold} key (exact up to case, accents, script and
 * punctuation) and its {@link NameNormalizer#skeleton skeleton} key (transliteration variants).
 */
public final class Gazetteer {
    /** Classpath location of the bundled index (world cities500 + WOF villages for SY, IQ, YE, LB, UA). */
    public static final String DEFAULT_RESOURCE = "/org/sitrep/geo/gazetteer.bin.gz";

    /**
     * A place found for a name, whether the name matched exactly (fold key) or only by skeleton, and how many names
     * the gazetteer knows the place by ({@link #names(int)}; 0 where the match was made from a place alone).
     */
    public record Match(GeoPlace place, boolean exact, int names) {
        public Match(GeoPlace place, boolean exact) { this(place, exact, 0); }
    }

    private static final int[] NONE = new int[0];
    /** At most this many transliteration variants per lookup (the most populous; lists are sorted at load). */
    static final int MAX_VARIANTS = 64;
    private static final Pattern ADMIN_SUFFIX = Pattern.compile(
            "(?i)\\s+(province|governorate|governate|oblast|region|district|state|county|muhafazat|prefecture)$");

    private final GeoPlace[] places;
    /** {@link #featureRank} of each place, by index. */
    private final byte[] ranks;
    /** How many distinct names (fold keys) each place is known by, by index, at most 127. */
    private final byte[] names;
    private final NameKeys byFold;
    private final NameKeys bySkeleton;
    private final Map<String, GeoPlace> countryByIso;
    private final String attribution;

    private Gazetteer(GeoPlace[] places, NameKeys byFold, NameKeys bySkeleton, String attribution) {
        this.places = places;
        // feature ranks up front: every looked-up n-gram sorts its candidates on them (a byte per place)
        this.ranks = new byte[places.length];
        for (int i = 0; i < places.length; i++) ranks[i] = (byte) featureRank(places[i]);
        this.byFold = byFold;
        this.bySkeleton = bySkeleton;
        int[] keys = byFold.keysPerPlace(places.length);
        this.names = new byte[places.length];
        for (int i = 0; i < places.length; i++) names[i] = (byte) Math.min(keys[i], Byte.MAX_VALUE);
        this.attribution = attribution;
        Map<String, GeoPlace> c = new HashMap<>();
        for (GeoPlace p : places) if ("country".equals(p.feature())) c.put(p.iso2(), p);
        this.countryByIso = c;
    }

    /** The index bundled in the jar. */
    public static Gazetteer loadDefault() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new GazetteerFormatException("the bundled gazetteer " + DEFAULT_RESOURCE
                    + " is missing from the classpath; rebuild sitrep-geo or pass an index built with 'sitrep gazetteer import'");
            return read(in, "bundled gazetteer");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled gazetteer", e);
        }
    }

    /** An index file written by {@link GazetteerWriter} (for example by 'sitrep gazetteer import'). */
    public static Gazetteer load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer index " + file + ": " + e.getMessage(), e);
        }
    }

    /** Builds a gazetteer directly from entries (tests, small custom gazetteers). */
    public static Gazetteer of(List<GazetteerEntry> entries) {
        NameKeys.Builder keys = new NameKeys.Builder();
        GeoPlace[] ps = new GeoPlace[entries.size()];
        long[] pop = new long[entries.size()];
        for (int i = 0; i < ps.length; i++) {
            GazetteerEntry e = entries.get(i);
            ps[i] = e.place();
            pop[i] = e.place().population();
            keys.addName(e.place().name(), i);
            for (String n : e.alternateNames()) keys.addName(n, i);
        }
        keys.sortByPopulation(pop);
        return new Gazetteer(ps, NameKeys.of(keys.fold), NameKeys.of(keys.skel), "custom");
    }

    private static Gazetteer read(InputStream raw, String origin) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        try {
            if (in.readInt() != GazetteerWriter.MAGIC)
                throw new GazetteerFormatException(origin + " is not a sitrep gazetteer index (bad magic number)");
            int version = in.readInt();
            if (version != 1 && version != GazetteerWriter.VERSION)
                throw new GazetteerFormatException(origin + " has index format " + version + ", this sitrep reads 1 and "
                        + GazetteerWriter.VERSION + "; rebuild it with 'sitrep gazetteer import'");
            String attribution = in.readUTF();
            GeoPlace[] places = new GeoPlace[1 << 16];
            int size = 0;
            // version 1 stores names and computes keys here; version 2 stores the keys
            NameKeys.Builder keys = version == 1 ? new NameKeys.Builder() : null;
            Map<String, String> intern = new HashMap<>();
            while (in.readByte() == 1) {
                String id = in.readUTF();
                String name = in.readUTF();
                double lat = in.readFloat(), lon = in.readFloat();
                String iso2 = intern(intern, in.readUTF());
                String country = intern(intern, AcledCountryNames.of(iso2, in.readUTF()));
                String admin1 = intern(intern, in.readUTF());
                String admin2 = intern(intern, in.readUTF());
                String feature = intern(intern, in.readUTF());
                long pop = in.readLong();
                if (size == places.length) places = Arrays.copyOf(places, size * 2);
                places[size] = new GeoPlace(id, name, lat, lon, iso2, country, admin1, admin2, feature, pop);
                if (keys != null) {
                    keys.addName(name, size);
                    int n = in.readShort();
                    for (int i = 0; i < n; i++) keys.addName(in.readUTF(), size);
                }
                size++;
            }
            int count = in.readInt();
            if (count != size)
                throw new GazetteerFormatException(origin + " is damaged: header says " + count + " entries, read " + size);
            GeoPlace[] ps = Arrays.copyOf(places, size);
            if (keys != null) {
                long[] pop = new long[size];
                for (int i = 0; i < size; i++) pop[i] = ps[i].population();
                keys.sortByPopulation(pop);
                return new Gazetteer(ps, NameKeys.of(keys.fold), NameKeys.of(keys.skel), attribution);
            }
            long[] pop = new long[size];
            for (int i = 0; i < size; i++) pop[i] = ps[i].population();
            NameKeys fold = NameKeys.read(in, pop), skel = NameKeys.read(in, pop);
            return new Gazetteer(ps, fold, skel, attribution);
        } catch (EOFException e) {
            throw new GazetteerFormatException(origin + " is truncated; rebuild it with 'sitrep gazetteer import'", e);
        }
    }

    private static String intern(Map<String, String> m, String s) {
        if (s.isEmpty()) return null;
        String t = m.putIfAbsent(s, s);
        return t == null ? s : t;
    }

    public int size() { return places.length; }

    /**
     * How many distinct names the place at an index is known by (its own, aliases, other languages' and scripts'
     * forms, folded; at most 127): how widely it is written about. A village in the news of a war is named in many
     * languages; its namesakes elsewhere in one or two.
     */
    int names(int index) { return names[index]; }

    /** The entry at an index in [0, {@link #size}) (for scans over the whole index, such as {@link VariantMatcher}). */
    GeoPlace place(int index) { return places[index]; }

    /** Loose spellings inside given admin1 units, built on first use (see {@link VariantMatcher}). */
    private volatile VariantMatcher variants;

    VariantMatcher variants() {
        VariantMatcher v = variants;
        if (v == null) {
            synchronized (this) {
                if (variants == null) variants = new VariantMatcher(this);
                v = variants;
            }
        }
        return v;
    }

    /** The entries by position, built on first use (see {@link NearbyPlaces}). */
    private volatile NearbyPlaces nearby;

    /** The entry nearest a point, if one lies within {@code maxKm} (any feature: town, unit or site). */
    public Optional<GeoPlace> nearest(double latitude, double longitude, double maxKm) {
        NearbyPlaces n = nearby;
        if (n == null) {
            synchronized (this) {
                if (nearby == null) nearby = new NearbyPlaces(this);
                n = nearby;
            }
        }
        return n.nearest(latitude, longitude, maxKm);
    }

    /** The attribution line the index's sources require (show it wherever results are published). */
    public String attribution() { return attribution; }

    /** Rank for ordering: countries, then admin1, then everything else. */
    static int featureRank(GeoPlace p) {
        return switch (p.feature() == null ? "" : p.feature()) {
            case "country" -> 0;
            case "admin1" -> 1;
            default -> 2;
        };
    }

    /** Orders exact before skeleton matches, then countries, admin1, then by population (largest first). */
    public static final Comparator<Match> BEST_FIRST = Comparator
            .comparing((Match m) -> !m.exact())
            .thenComparingInt(m -> featureRank(m.place()))
            .thenComparing(m -> -m.place().population());

    /** Places a name may refer to, best first (see {@link #BEST_FIRST}); empty when nothing matches. */
    public List<GeoPlace> candidates(String name) {
        List<Match> ms = match(name);
        List<GeoPlace> out = new ArrayList<>(ms.size());
        for (Match m : ms) out.add(m.place());
        return out;
    }

    /** Do both codes name the same country? False where either is unknown (curated areas across borders: "Sahel"). */
    public static boolean sameCountry(String iso2, String other) {
        return iso2 != null && iso2.equals(other);
    }

    /** Do both places lie in one first-level unit of one country? */
    public static boolean sameAdmin1(GeoPlace a, GeoPlace b) {
        return a.iso2() != null && a.iso2().equals(b.iso2()) && a.admin1() != null && a.admin1().equals(b.admin1());
    }

    /** Places a name may refer to, each with its match kind, best first. */
    public List<Match> match(String name) {
        return matchFolded(NameNormalizer.fold(name));
    }

    /** As {@link #match} for a name already {@link NameNormalizer#fold folded}. */
    public List<Match> matchFolded(String folded) {
        if (folded.isEmpty()) return List.of();
        int[] exact = exactIds(folded);
        String skel = NameNormalizer.skeletonOfFolded(folded);
        // one- and two-consonant skeletons ("t", "hm") match thousands of names: too vague to offer as variants
        int[] loose = skel.length() < 2 ? NONE : bySkeleton.get(skel);
        // ("al-Bara": where some place bears the name with its article, the places that bear it without one are
        // still spellings of it, offered as variants beside that exact reading: Idlib's Barah beside Yemen's Al Barah)
        int[] bare = articleDropped(folded);
        if (bare.length > 0) loose = concat(bare, loose);
        if (exact.length == 0 && loose.length == 0) return List.of();
        int nLoose = Math.min(loose.length, MAX_VARIANTS);
        // Sorted as BEST_FIRST would sort them (stably), but on packed primitive keys: this runs for every
        // candidate n-gram of every article, and a comparator over records was a fifth of the place stage's time.
        long[] keys = new long[exact.length + nLoose];
        int[] indexAt = new int[keys.length];
        int n = 0;
        for (int i : exact) {
            indexAt[n] = i;
            keys[n] = sortKey(true, ranks[i], places[i], n++);
        }
        // a name shared by many places ("San Juan") would make the exact-list scan quadratic: search a sorted copy
        int[] sortedExact = exact.length > 8 ? exact.clone() : null;
        if (sortedExact != null) Arrays.sort(sortedExact);
        for (int k = 0; k < nLoose; k++) {
            if (sortedExact != null ? Arrays.binarySearch(sortedExact, loose[k]) >= 0 : contains(exact, loose[k])) continue;
            indexAt[n] = loose[k];
            keys[n] = sortKey(false, ranks[loose[k]], places[loose[k]], n++);
        }
        Arrays.sort(keys, 0, n);
        List<Match> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int i = indexAt[(int) (keys[k] & POSITION_MASK)];
            out.add(new Match(places[i], (keys[k] >>> EXACT_SHIFT) == 0, names[i]));
        }
        return out;
    }

    /*
     * A candidate's sort key, most significant first: not-exact (1 bit), feature rank (2 bits), population
     * descending (31 bits, saturated), insertion position (29 bits, which keeps the sort stable and finds the place).
     */
    private static final int POSITION_BITS = 29;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    private static final int POPULATION_SHIFT = POSITION_BITS;
    private static final int RANK_SHIFT = POPULATION_SHIFT + 31;
    private static final int EXACT_SHIFT = RANK_SHIFT + 2;
    private static final long MAX_POPULATION = (1L << 31) - 1;

    private static long sortKey(boolean exact, int rank, GeoPlace p, int position) {
        long population = Math.min(Math.max(p.population(), 0), MAX_POPULATION);
        return (exact ? 0L : 1L) << EXACT_SHIFT
                | (long) rank << RANK_SHIFT
                | (MAX_POPULATION - population) << POPULATION_SHIFT
                | position;
    }

    /** True when some place has exactly this fold key. Cheap; used to skip n-grams that match nothing. */
    public boolean hasExact(String folded) {
        if (byFold.contains(folded)) return true;
        String other = otherForm(folded);
        if (other != null && byFold.contains(other)) return true;
        String ezafe = NameNormalizer.withoutEzafe(folded);
        return ezafe != folded && byFold.contains(ezafe);
    }

    /**
     * Another key a name may be filed under: its {@link #abbreviatedForm}; or, for a name led by an Arabic article
     * that no place bears with the article, the name without it ("al-Khokha" is the town the gazetteer knows as
     * "Khokha"; names that carry their article are indexed under the bare form too, so the bare key finds both).
     * Null when there is none.
     */
    private String otherForm(String folded) {
        String other = abbreviatedForm(folded);
        if (other != null) return other;
        // (not "el": in the Maghreb's and Spanish names it is part of the name, "El Bouni" is no Comorian Bouni)
        if (folded.startsWith("el ")) return null;
        String bare = NameNormalizer.withoutArticle(folded);
        return bare.equals(folded) || byFold.contains(folded) ? null : bare;
    }

    /**
     * The places filed under the name without its leading Arabic article, where the name with the article is itself a
     * key (otherwise {@link #otherForm} already finds them as exact readings); empty for other names.
     */
    private int[] articleDropped(String folded) {
        // (cheap test first, it runs for every lookup: an article is a first word of two or three letters)
        int sp = folded.indexOf(' ');
        if (sp < 2 || sp > 3 || folded.startsWith("el ")) return NONE;
        String bare = NameNormalizer.withoutArticle(folded);
        return bare.equals(folded) || !byFold.contains(folded) ? NONE : byFold.get(bare);
    }

    /** {@code a}, then the ids of {@code b} that {@code a} does not hold. */
    private static int[] concat(int[] a, int[] b) {
        if (b.length == 0) return a;
        int[] out = Arrays.copyOf(a, a.length + b.length);
        int n = a.length;
        for (int i : b) if (!contains(a, i)) out[n++] = i;
        return Arrays.copyOf(out, n);
    }

    /** The places with this fold key or its {@link #otherForm}, each once. */
    private int[] exactIds(String folded) {
        int[] exact = byFold.get(folded);
        // (the ezafe as the text writes it or leaves it out: "Qala-e Naw" is the gazetteer's "Qala i Naw")
        if (exact.length == 0) {
            String ezafe = NameNormalizer.withoutEzafe(folded);
            if (ezafe != folded) exact = byFold.get(ezafe);
        }
        String other = otherForm(folded);
        if (other == null) return exact;
        int[] more = byFold.get(other);
        if (more.length == 0) return exact;
        if (exact.length == 0) return more;
        int[] out = Arrays.copyOf(exact, exact.length + more.length);
        int n = exact.length;
        for (int i : more) if (!contains(exact, i)) out[n++] = i;
        return Arrays.copyOf(out, n);
    }

    /**
     * The other spelling of a name's first word where news and gazetteers abbreviate it differently: "Mt. Pleasant"
     * for Mount Pleasant, "Saint Marys" for St. Marys, "Ft. Myers" for Fort Myers; null for other names.
     */
    static String abbreviatedForm(String folded) {
        int sp = folded.indexOf(' ');
        if (sp < 2 || sp > 5) return null;
        String rest = folded.substring(sp);
        return switch (folded.substring(0, sp)) {
            case "mt" -> "mount" + rest;
            case "mount" -> "mt" + rest;
            case "st" -> "saint" + rest;
            case "saint" -> "st" + rest;
            case "ft" -> "fort" + rest;
            case "fort" -> "ft" + rest;
            default -> null;
        };
    }

    /** True when some place has this skeleton key. */
    public boolean hasSkeleton(String skeleton) { return bySkeleton.contains(skeleton); }

    private static boolean contains(int[] a, int v) {
        for (int x : a) if (x == v) return true;
        return false;
    }

    /**
     * The town that stands for a first-level unit when an event is placed only in that unit (ACLED's geo_precision 3
     * uses the provincial capital's coordinates, not the unit's centre): the unit's town of the same name if it has
     * one of 10,000 people ("Kandahar" for Kandahar, "Idlib" for Idleb), else its most populous town. Empty for other
     * features or a unit without towns.
     */
    public Optional<GeoPlace> seatOf(GeoPlace unit) {
        if (unit == null || !"admin1".equals(unit.feature()) || unit.admin1() == null) return Optional.empty();
        Map<String, GeoPlace> seats = admin1Seats;
        if (seats == null) admin1Seats = seats = admin1Seats();
        return Optional.ofNullable(seats.get(unit.iso2() + "/" + unit.admin1()));
    }

    /** {@link #seatOf} for every unit, built on first use (a race builds it twice, to the same map). */
    private volatile Map<String, GeoPlace> admin1Seats;

    private Map<String, GeoPlace> admin1Seats() {
        Map<String, GeoPlace> largest = new HashMap<>(), named = new HashMap<>();
        Map<String, String> unitNames = new HashMap<>();
        for (GeoPlace p : places) {
            if ("admin1".equals(p.feature()) && p.admin1() != null) unitNames.put(p.iso2() + "/" + p.admin1(), NameNormalizer.fold(p.name()));
        }
        for (int i = 0; i < places.length; i++) {
            GeoPlace p = places[i];
            if (ranks[i] != 2 || p.admin1() == null || "admin2".equals(p.feature()) || p.gazetteerId().startsWith("sitrep:")) continue;
            String key = p.iso2() + "/" + p.admin1();
            GeoPlace l = largest.get(key);
            if (l == null || p.population() > l.population()) largest.put(key, p);
            String unit = unitNames.get(key);
            if (unit != null && p.population() >= 10_000 && NameNormalizer.skeleton(p.name()).equals(NameNormalizer.skeletonOfFolded(unit))) {
                GeoPlace n = named.get(key);
                if (n == null || p.population() > n.population()) named.put(key, p);
            }
        }
        Map<String, GeoPlace> out = new HashMap<>(largest);
        out.putAll(named);
        return Map.copyOf(out);
    }

    /** A first-level admin unit of a country by name ("Idlib", "Idleb Governorate", "Rif Dimashq"). */
    public Optional<GeoPlace> admin1(String iso2, String name) {
        if (iso2 == null || name == null) return Optional.empty();
        String stripped = ADMIN_SUFFIX.matcher(name.strip()).replaceFirst("");
        // the unit whose own name it is, then one with it as an exact alias, then a transliteration variant
        for (int level = 0; level < 4; level++) {
            for (String n : List.of(name, stripped)) {
                String f = NameNormalizer.fold(n);
                for (Match m : match(n)) {
                    GeoPlace p = m.place();
                    if (!"admin1".equals(p.feature()) || !iso2.equalsIgnoreCase(p.iso2())) continue;
                    boolean ok = switch (level) {
                        case 0 -> NameNormalizer.fold(p.name()).equals(f);
                        case 1 -> NameNormalizer.skeleton(p.name()).equals(NameNormalizer.skeletonOfFolded(f));
                        case 2 -> m.exact();
                        default -> true;
                    };
                    if (ok) return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** A country by ISO 3166 alpha-2 code or by name ("SY", "Syria", "سوريا", "Україна"). */
    public Optional<GeoPlace> country(String nameOrIso) {
        if (nameOrIso == null || nameOrIso.isBlank()) return Optional.empty();
        String t = nameOrIso.strip();
        if (t.length() == 2 && Character.isLetter(t.charAt(0)) && Character.isLetter(t.charAt(1))) {
            GeoPlace p = countryByIso.get(t.toUpperCase(Locale.ROOT));
            if (p != null) return Optional.of(p);
        }
        for (Match m : match(t)) if ("country".equals(m.place().feature()) && m.exact()) return Optional.of(m.place());
        for (Match m : match(t)) if ("country".equals(m.place().feature())) return Optional.of(m.place());
        return Optional.empty();
    }

    /** The country entry for an ISO2 code. */
    public Optional<GeoPlace> countryByIso(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countryByIso.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** Is the place a settlement (a capital, city, town or village; not a quarter, camp, site or unit)? */
    public static boolean isSettlement(GeoPlace p) {
        return p.feature() != null && SETTLEMENTS.contains(p.feature());
    }

    private static final java.util.Set<String> SETTLEMENTS = java.util.Set.of("capital", "city", "town", "village");

    /** Great-circle distance in km. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p = Math.PI / 180;
        double h = Math.pow(Math.sin((lat2 - lat1) * p / 2), 2)
                + Math.cos(lat1 * p) * Math.cos(lat2 * p) * Math.pow(Math.sin((lon2 - lon1) * p / 2), 2);
        return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    public static double km(GeoPlace a, GeoPlace b) {
        return km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}
