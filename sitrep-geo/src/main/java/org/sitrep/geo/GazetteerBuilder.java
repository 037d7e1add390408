package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.sitrep.model.GeoPlace;

/**
 * Builds a gazetteer index from GeoNames dump files (allCountries.txt, a country file, or cities500.txt; plain,
 * .gz or .zip), admin1CodesASCII.txt, countryInfo.txt, optionally admin2Codes.txt and alternateNamesV2.txt, and
 * Who's On First TSVs. GeoNames rows are streamed: memory grows with the admin and WOF tables and (only when an
 * alternate-names file is given) with the alternate names of kept places, not with the number of dump rows.
 *
 * <p>Admin1 names are the English names ACLED uses where they differ from GeoNames ({@code acled-admin1.csv});
 * WOF localities that carry a geonames_id are merged into that GeoNames entry (their names are added).
 */
public final class GazetteerBuilder {
    public static final String ATTRIBUTION =
            "Contains data from GeoNames (geonames.org, CC BY 4.0) and Who's On First (whosonfirst.org, CC BY 4.0)";

    /**
     * Input files, by role. Region outlines (Who's On First regions as GeoJSON) file the WOF places that name no
     * region under the unit whose outline holds them.
     */
    public record Sources(List<Path> geonamesDumps, Optional<Path> alternateNames, Path admin1Codes,
                          Optional<Path> admin2Codes, Path countryInfo, List<Path> wofFiles, List<Path> regionOutlines) {
        public Sources {
            geonamesDumps = List.copyOf(geonamesDumps);
            wofFiles = List.copyOf(wofFiles);
            regionOutlines = List.copyOf(regionOutlines);
            Objects.requireNonNull(admin1Codes, "admin1Codes");
            Objects.requireNonNull(countryInfo, "countryInfo");
        }

        /** Assigns each file its role by its name; fails with a message naming what is missing. */
        public static Sources detect(List<Path> files) {
            List<Path> dumps = new ArrayList<>();
            List<Path> wof = new ArrayList<>();
            List<Path> outlines = new ArrayList<>();
            Path alt = null, a1 = null, a2 = null, ci = null;
            for (Path f : files) {
                if (!Files.isRegularFile(f)) throw new GazetteerFormatException("not a readable file: " + f);
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.startsWith("countryinfo")) ci = f;
                else if (n.startsWith("admin1codes")) a1 = f;
                else if (n.startsWith("admin2codes")) a2 = f;
                else if (n.startsWith("alternatenames")) alt = f;
                else if (n.endsWith(".tsv") || n.endsWith(".tsv.gz")) wof.add(f);
                else if (n.endsWith(".geojson") || n.endsWith(".geojson.gz")) outlines.add(f);
                else if (n.endsWith(".txt") || n.endsWith(".txt.gz") || n.endsWith(".zip")) dumps.add(f);
                else throw new GazetteerFormatException("cannot tell what " + f + " is: expected a GeoNames dump "
                        + "(.txt/.txt.gz/.zip), admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt, "
                        + "alternateNamesV2.txt, a Who's On First .tsv or its regions' outlines (.geojson)");
            }
            if (ci == null) throw new GazetteerFormatException("countryInfo.txt is required (country names)");
            if (a1 == null) throw new GazetteerFormatException("admin1CodesASCII.txt is required (admin1 names)");
            if (dumps.isEmpty() && wof.isEmpty())
                throw new GazetteerFormatException("no place file given: add a GeoNames dump or a WOF .tsv");
            return new Sources(dumps, Optional.ofNullable(alt), a1, Optional.ofNullable(a2), ci, wof, outlines);
        }
    }

    /** What an import did, for the user and the README's figures. */
    public record Report(int entries, long geonamesRows, long wofRows, int wofMerged, long millis, long peakHeapBytes) {}

    private static final Set<String> SKIP_ALT_LANGS = Set.of("link", "wkdt", "post", "iata", "icao", "faac",
            "fr_1793", "unlc", "tcid");
    private static final Set<String> NATURAL_CODES = Set.of("RGN", "AREA", "PLN", "MT", "MTS", "VAL", "DSRT",
            "PLAT", "ISL", "ISLS", "PEN", "OAS", "HLLS", "CONT");

    private final long minPopulation;

    /** @param minPopulation populated places below this are skipped (0 keeps all; WOF localities are kept) */
    public GazetteerBuilder(long minPopulation) { this.minPopulation = minPopulation; }

    // --- tables held during a build -------------------------------------------------------------------------

    private static final class Country {
        final String iso2, name;
        final long population;
        final long geonameId;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<Long> cells = new HashSet<>();
        double lat = Double.NaN, lon = Double.NaN;

        Country(String iso2, String name, long population, long geonameId) {
            this.iso2 = iso2; this.name = name; this.population = population; this.geonameId = geonameId;
        }
    }

    private static final class Admin1 {
        final String code, geonamesName;
        String name;
        final long geonameId;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<Long> cells = new HashSet<>();
        long population;
        double lat = Double.NaN, lon = Double.NaN;

        Admin1(String code, String name, long geonameId) {
            this.code = code; this.geonamesName = name; this.name = name; this.geonameId = geonameId;
        }
    }

    /** An admin2 unit known only by name and code: the positions and people of its settlements. */
    private static final class Admin2 {
        double[] lats = new double[4], lons = new double[4];
        int n;
        long population;

        void add(double lat, double lon, long pop) {
            if (n == lats.length) { lats = Arrays.copyOf(lats, n * 2); lons = Arrays.copyOf(lons, n * 2); }
            lats[n] = lat; lons[n] = lon; n++;
            population += pop;
        }

        /** Median of each axis: a county's towns surround its centre, and an outlier does not pull it. */
        double[] median() {
            double[] a = Arrays.copyOf(lats, n), b = Arrays.copyOf(lons, n);
            Arrays.sort(a);
            Arrays.sort(b);
            return new double[] {a[n / 2], b[n / 2]};
        }
    }

    record WofRow(long wofId, long geonamesId, String placetype, String name, double lat, double lon,
                          String iso2, long regionId, long countyId, long population, List<String> names) {
        List<String> namesWithOwn() {
            List<String> all = new ArrayList<>(names.size() + 1);
            all.add(name);
            all.addAll(names);
            return all;
        }
    }

    public Report build(Sources src, Path out) throws IOException {
        long t0 = System.currentTimeMillis();
        PeakHeap heap = new PeakHeap();
        Map<String, Country> countries = readCountries(src.countryInfo());
        Map<String, Admin1> admin1 = readAdmin1(src.admin1Codes());
        Map<Long, Admin1> admin1ByGeonameId = new HashMap<>();
        for (Admin1 a : admin1.values()) if (a.geonameId > 0) admin1ByGeonameId.put(a.geonameId, a);
        Map<String, String> admin2 = new HashMap<>(src.admin2Codes().map(GazetteerBuilder::readAdmin2).orElse(Map.of()));
        // US counties ship with sitrep (GeoNames' admin2Codes.txt is not in the bundled sources): news names them
        // ("Licking County") and the places of cities500 carry their county codes
        // and so do the counties of Great Britain and Ireland and the provinces of the Philippines and Burkina Faso,
        // which GeoNames' admin1 level reaches only as countries or regions
        for (String file : List.of("us-counties.txt", "gb-ie-counties.txt", "ph-provinces.txt", "bf-provinces.txt")) {
            for (String line : Resources.lines(file)) {
                String[] c = line.split("\t", -1);
                if (c.length >= 2) admin2.putIfAbsent(c[0], c[1]);
            }
        }
        // admin2 units with a name but no ADM2 row in the dumps are placed at the median of their settlements
        Map<String, Admin2> admin2Units = new LinkedHashMap<>();
        Set<String> admin2Rows = new HashSet<>();
        applyCountryAliases(countries);
        for (String[] row : Resources.csv("centroids.csv")) {
            double lat = Double.parseDouble(row[1]), lon = Double.parseDouble(row[2]);
            Country c = countries.get(row[0]);
            if (c != null) { c.lat = lat; c.lon = lon; }
            Admin1 a = admin1.get(row[0]);
            if (a != null) { a.lat = lat; a.lon = lon; }
        }

        // Who's On First: small enough to hold
        Map<Long, WofRow> wof = new LinkedHashMap<>();
        long wofRows = 0;
        for (Path f : src.wofFiles()) wofRows += readWof(f, wof);
        fileUnderOutlines(wof, RegionOutlines.read(src.regionOutlines()));
        Map<Long, List<WofRow>> wofByGeonames = new HashMap<>();
        Map<Long, List<WofRow>> unlinkedByCell = new HashMap<>();
        Map<Long, Admin1> admin1ByWofRegion = new HashMap<>();
        for (WofRow r : wof.values()) {
            switch (r.placetype()) {
                case "region" -> {
                    Admin1 a = admin1ByGeonameId.get(r.geonamesId());
                    if (a != null) {
                        admin1ByWofRegion.put(r.wofId(), a);
                        if (Double.isNaN(a.lat)) { a.lat = r.lat(); a.lon = r.lon(); }
                        a.aliases.addAll(r.names());
                        a.aliases.add(r.name());
                    }
                }
                case "country" -> {
                    Country c = countries.get(r.iso2());
                    if (c != null) {
                        if (Double.isNaN(c.lat)) { c.lat = r.lat(); c.lon = r.lon(); }
                        c.aliases.addAll(r.names());
                    }
                }
                default -> {
                    if (r.geonamesId() > 0) wofByGeonames.computeIfAbsent(r.geonamesId(), k -> new ArrayList<>()).add(r);
                    else if (r.placetype().equals("locality") || r.placetype().equals("localadmin"))
                        unlinkedByCell.computeIfAbsent(cell(r.lat(), r.lon(), TWIN_CELLS_PER_DEGREE), k -> new ArrayList<>()).add(r);
                }
            }
        }

        Map<Integer, List<String>> altNames = Map.of();
        if (src.alternateNames().isPresent()) {
            int[] kept = keptIds(src.geonamesDumps());
            altNames = readAlternateNames(src.alternateNames().get(), kept);
            heap.sample();
        }

        long geonamesRows = 0;
        int merged = 0;
        Set<Long> mergedWof = new HashSet<>();
        Map<Long, Map<Admin1, Integer>> unitsOfUnmappedRegions = new HashMap<>();
        try (GazetteerWriter w = new GazetteerWriter(out, ATTRIBUTION)) {
            for (Path dump : src.geonamesDumps()) {
                try (BufferedReader r = open(dump)) {
                    String line;
                    long lineNo = 0;
                    while ((line = r.readLine()) != null) {
                        lineNo++;
                        if (line.isEmpty() || line.charAt(0) == '#') continue;
                        String[] f = line.split("\t", -1);
                        if (f.length < 15) throw new GazetteerFormatException(dump + ":" + lineNo
                                + ": expected 19 tab-separated GeoNames columns, found " + f.length);
                        geonamesRows++;
                        if ((geonamesRows & 0xFFFF) == 0) heap.sample();
                        long id = Long.parseLong(f[0]);
                        String fclass = f[6], fcode = f[7], cc = f[8];
                        double lat = Double.parseDouble(f[4]), lon = Double.parseDouble(f[5]);
                        long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                        Country country = countries.get(cc);
                        if (country == null) continue; // no country (oceans, Antarctica features)
                        Admin1 a1 = admin1.get(cc + "." + f[10]);
                        // a first-level unit GeoNames keeps as a second-level one (the City of Belgrade)
                        Admin1 split = f[11].isEmpty() ? null : admin1.get(cc + "." + f[10] + "." + f[11]);
                        if (split != null) a1 = split;
                        String feature;
                        if (fclass.equals("A")) {
                            if (fcode.equals("ADM1")) {
                                Admin1 a = admin1ByGeonameId.get(id);
                                if (a != null && Double.isNaN(a.lat)) { a.lat = lat; a.lon = lon; }
                                continue;
                            }
                            if (fcode.startsWith("PCL")) {
                                if (country.geonameId == id && Double.isNaN(country.lat)) { country.lat = lat; country.lon = lon; }
                                continue;
                            }
                            if (!fcode.equals("ADM2")) continue;
                            feature = "admin2";
                            admin2Rows.add(cc + "." + f[10] + "." + f[11]);
                        } else if (fclass.equals("P")) {
                            if (pop < minPopulation) continue;
                            feature = settlementFeature(fcode, pop);
                            if (a1 != null) { a1.population += pop; a1.cells.add(cell(lat, lon, 4)); }
                            String a2code = cc + "." + f[10] + "." + f[11];
                            if (!f[11].isEmpty() && admin2.containsKey(a2code))
                                admin2Units.computeIfAbsent(a2code, k -> new Admin2()).add(lat, lon, pop);
                            country.cells.add(cell(lat, lon, 1));
                        } else if ((fclass.equals("L") || fclass.equals("T")) && NATURAL_CODES.contains(fcode)) {
                            feature = "region";
                        } else {
                            continue;
                        }
                        Set<String> names = new LinkedHashSet<>();
                        names.add(f[2]);
                        for (String s : f[3].split(",")) names.add(s);
                        String display = f[1];
                        List<String> extra = altNames.get((int) id);
                        if (extra != null) names.addAll(extra);
                        String admin2Name = feature.equals("admin2") ? null : admin2.get(cc + "." + f[10] + "." + f[11]);
                        List<WofRow> ws = wofByGeonames.get(id);
                        if (fclass.equals("P")) ws = withTwins(ws, unlinkedByCell, lat, lon, f[1], f[2], mergedWof);
                        if (ws != null && !feature.equals("admin2")) {
                            for (WofRow wr : ws) {
                                // (a row far from the GeoNames place carries a wrong id: WOF's Mykolaiv in Lviv oblast
                                // points at Lviv; it stays a place of its own, written with the WOF places below)
                                if (Gazetteer.km(lat, lon, wr.lat(), wr.lon()) > WOF_LINK_KM) continue;
                                if (!mergedWof.add(wr.wofId())) continue;
                                merged++;
                                // (which GeoNames unit a WOF region's towns lie in, for regions GeoNames lacks)
                                // (only a region the row names, of the row's own country: places that name none share an
                                // id of 0 or -1)
                                if (a1 != null && wr.regionId() > 0 && a1.code.startsWith(cc + ".")
                                        && !admin1ByWofRegion.containsKey(wr.regionId()))
                                    unitsOfUnmappedRegions.computeIfAbsent(wr.regionId(), k -> new HashMap<>()).merge(a1, 1, Integer::sum);
                                names.add(wr.name());
                                names.addAll(wr.names());
                                if (admin2Name == null) admin2Name = wofName(wof, wr.countyId());
                                if (a1 == null) a1 = admin1ByWofRegion.get(wr.regionId());
                            }
                        }
                        cityWordDropped(display).ifPresent(names::add);
                        if (feature.equals("village") || feature.equals("town")) withoutKindWords(display, names, cc);
                        if (cc.equals("UA")) withUkrainianLatin(display, names);
                        if (RUSSIAN_SPELT.contains(cc)) withRussianLatin(names);
                        GeoPlace p = new GeoPlace("geonames:" + id, display, lat, lon, cc, country.name,
                                a1 == null ? null : a1.name, admin2Name, feature, pop);
                        w.write(new GazetteerEntry(p, cleanNames(display, names, cc, feature)));
                    }
                }
            }
            // a WOF region GeoNames does not list (Iraq's Halabja, split from Sulaymaniyah in 2014) stands for the
            // GeoNames unit most of its towns are filed under
            for (Map.Entry<Long, Map<Admin1, Integer>> e : unitsOfUnmappedRegions.entrySet()) {
                // (ties go to the first code, so that the index is the same on every build)
                e.getValue().entrySet().stream().max(Map.Entry.<Admin1, Integer>comparingByValue()
                                .thenComparing(x -> x.getKey().code, java.util.Comparator.reverseOrder()))
                        .ifPresent(best -> admin1ByWofRegion.put(e.getKey(), best.getKey()));
            }
            // WOF places GeoNames did not have
            Set<Long> copied = copiedPopulations(wof, mergedWof);
            for (WofRow r : wof.values()) {
                if (mergedWof.contains(r.wofId())) continue;
                long population = copied.contains(r.wofId()) ? 0 : r.population();
                String feature = switch (r.placetype()) {
                    case "locality", "localadmin" -> settlementFeature("PPL", population);
                    case "neighbourhood" -> "neighbourhood";
                    case "county" -> "admin2";
                    case "campus" -> "site";
                    default -> null;
                };
                if (feature == null) continue;
                Country country = countries.get(r.iso2());
                if (country == null) continue;
                Admin1 a1 = admin1ByWofRegion.get(r.regionId());
                String admin2Name = feature.equals("admin2") ? null : wofName(wof, r.countyId());
                String display = readableName(r);
                GeoPlace p = new GeoPlace("wof:" + r.wofId(), display, r.lat(), r.lon(), r.iso2(), country.name,
                        a1 == null ? null : a1.name, admin2Name, feature, population);
                Set<String> names = new LinkedHashSet<>(r.names());
                names.add(r.name());
                if (!feature.equals("admin2")) withoutKindWords(r.name(), names, r.iso2());
                if (r.iso2().equals("UA")) withUkrainianLatin(r.name(), names);
                w.write(new GazetteerEntry(p, cleanNames(display, names, r.iso2(), feature)));
                if (a1 != null && !feature.equals("admin2")) a1.cells.add(cell(r.lat(), r.lon(), 4));
            }
            for (Map.Entry<String, Admin2> e : admin2Units.entrySet()) {
                String code = e.getKey();
                if (admin2Rows.contains(code)) continue; // the dump has the unit itself
                String[] parts = code.split("\\.", 3);
                Country c = countries.get(parts[0]);
                Admin1 a1 = admin1.get(parts[0] + "." + parts[1]);
                String name = admin2.get(code);
                double[] ll = e.getValue().median();
                GeoPlace p = new GeoPlace("admin2:" + code, name, ll[0], ll[1], parts[0], c.name, a1 == null ? null : a1.name,
                        name, "admin2", e.getValue().population);
                // Ireland's "County Mayo" is also written "Mayo County"
                w.write(new GazetteerEntry(p, name.startsWith("County ") ? List.of(name.substring(7) + " County") : List.of()));
            }
            for (Admin1 a : admin1.values()) {
                String iso2 = a.code.substring(0, a.code.indexOf('.'));
                Country c = countries.get(iso2);
                if (c == null) continue;
                if (Double.isNaN(a.lat)) {
                    double[] ll = cellCentre(a.cells, 4);
                    if (ll == null) continue; // no coordinates known: better absent than wrong
                    a.lat = ll[0]; a.lon = ll[1];
                }
                Set<String> names = new LinkedHashSet<>(a.aliases);
                names.add(a.geonamesName);
                String id = a.geonameId > 0 ? "geonames:" + a.geonameId : "admin1:" + a.code;
                GeoPlace p = new GeoPlace(id, a.name, a.lat, a.lon, iso2, c.name, a.name, null, "admin1", a.population);
                w.write(new GazetteerEntry(p, cleanNames(a.name, names, iso2, "admin1")));
            }
            for (Country c : countries.values()) {
                if (Double.isNaN(c.lat)) {
                    double[] ll = cellCentre(c.cells, 1);
                    if (ll == null) continue;
                    c.lat = ll[0]; c.lon = ll[1];
                }
                GeoPlace p = new GeoPlace("geonames:" + c.geonameId, c.name, c.lat, c.lon, c.iso2, c.name, null, null,
                        "country", c.population);
                w.write(new GazetteerEntry(p, cleanNames(c.name, c.aliases, c.iso2, "country")));
            }
            for (GazetteerEntry e : curatedFeatures(countries, admin1)) w.write(e);
            heap.sample();
            int entries = w.count();
            w.close();
            return new Report(entries, geonamesRows, wofRows, merged, System.currentTimeMillis() - t0, heap.peak);
        }
    }

    /** Population from which a settlement is a town (a province's or district's seat is one whatever its size). */
    static final long TOWN_POPULATION = 10_000;

    static String settlementFeature(String fcode, long pop) {
        if (fcode.equals("PPLX")) return "neighbourhood";
        if (fcode.equals("PPLC")) return "capital";
        if (pop >= 100_000) return "city";
        // (a province's or a district's seat is a town whatever its listed size: many are listed with none)
        if (pop >= TOWN_POPULATION || fcode.equals("PPLA") || fcode.equals("PPLA2")) return "town";
        return "village";
    }

    /**
     * The WOF places that name no region, filed under the region whose outline holds them (a region of their own
     * country): about one village in sixteen names none, and without an admin1 it could never be read inside the
     * province a text names ("Khayli Hamah, As Sulaymaniyah").
     */
    private static void fileUnderOutlines(Map<Long, WofRow> wof, RegionOutlines outlines) {
        if (outlines.isEmpty()) return;
        for (Map.Entry<Long, WofRow> e : wof.entrySet()) {
            WofRow r = e.getValue();
            // (WOF writes -1 for "no region" as well as leaving it empty)
            if (r.regionId() > 0 || r.placetype().equals("country") || r.placetype().equals("region")) continue;
            java.util.OptionalLong region = outlines.regionAt(r.lat(), r.lon());
            if (region.isEmpty()) continue;
            WofRow unit = wof.get(region.getAsLong());
            if (unit == null || !unit.placetype().equals("region") || !unit.iso2().equals(r.iso2())) continue;
            e.setValue(new WofRow(r.wofId(), r.geonamesId(), r.placetype(), r.name(), r.lat(), r.lon(), r.iso2(),
                    unit.wofId(), r.countyId(), r.population(), r.names()));
        }
    }

    /** km within which a WOF settlement that names no GeoNames place is one spelling the same as that place. */
    static final double TWIN_KM = 3;
    private static final int TWIN_CELLS_PER_DEGREE = 20;

    /**
     * The WOF rows linked to a GeoNames settlement plus its unlinked twins: WOF settlements that give no geonames_id,
     * lie within {@link #TWIN_KM} and carry a name with the same consonant skeleton (WOF's "Kirkuk", "Baqubah" and "Ma
     * arrat an Nu man" beside GeoNames' Kirkuk, Baqubah and Ma‘arrat an Nu‘mān). Merged, one town is one entry, named
     * as GeoNames names it, with both sources' spellings.
     */
    private static List<WofRow> withTwins(List<WofRow> linked, Map<Long, List<WofRow>> unlinkedByCell, double lat, double lon,
                                          String name, String asciiName, Set<Long> merged) {
        List<WofRow> out = linked;
        String a = NameNormalizer.skeleton(name), b = NameNormalizer.skeleton(asciiName);
        long centre = cell(lat, lon, TWIN_CELLS_PER_DEGREE);
        for (long dy = -1; dy <= 1; dy++) {
            for (long dx = -1; dx <= 1; dx++) {
                List<WofRow> rows = unlinkedByCell.get(centre + dy * CELL_ROW + dx);
                if (rows == null) continue;
                for (WofRow r : rows) {
                    if (merged.contains(r.wofId()) || Gazetteer.km(lat, lon, r.lat(), r.lon()) > TWIN_KM) continue;
                    boolean same = false;
                    for (String n : r.namesWithOwn()) {
                        String k = NameNormalizer.skeleton(n);
                        if (!k.isEmpty() && (k.equals(a) || k.equals(b))) { same = true; break; }
                    }
                    if (!same) continue;
                    if (out == linked) out = linked == null ? new ArrayList<>() : new ArrayList<>(linked);
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** km beyond which a WOF row's geonames_id is taken for a wrong link rather than the same place. */
    static final double WOF_LINK_KM = 25;

    /**
     * Settlement populations WOF copied from a namesake: a village of Lviv oblast called Mykolaiv carries the 498,748
     * of the city of Mykolaiv, which would make it a city. The WOF rows not merged into a GeoNames place whose
     * population of 10,000 or more another settlement row of the country far away carries too, keyed by row id. (A
     * merged row's own figure does not matter: GeoNames' is used.)
     */
    private static Set<Long> copiedPopulations(Map<Long, WofRow> wof, Set<Long> merged) {
        Map<String, List<WofRow>> byPopulation = new HashMap<>();
        for (WofRow r : wof.values()) {
            if (r.population() < 10_000 || !r.placetype().equals("locality") && !r.placetype().equals("localadmin")) continue;
            byPopulation.computeIfAbsent(r.iso2() + "/" + r.population(), k -> new ArrayList<>()).add(r);
        }
        Set<Long> out = new HashSet<>();
        for (List<WofRow> same : byPopulation.values()) {
            for (WofRow r : same) {
                if (merged.contains(r.wofId())) continue;
                if (same.stream().anyMatch(o -> o != r && Gazetteer.km(r.lat(), r.lon(), o.lat(), o.lon()) > WOF_LINK_KM))
                    out.add(r.wofId());
            }
        }
        return out;
    }

    /**
     * The name a WOF place is shown by, in Latin letters: WOF names many Ukrainian villages only in Cyrillic
     * ("Вугледар") and a few Arabic ones only in Arabic script ("قرطبا"); those are shown in the national Latin
     * spelling (Vuhledar) or by the row's first Latin name (Qartaba), and keep the original as a name.
     */
    static String readableName(WofRow r) {
        if (latin(r.name())) return r.name();
        if (r.iso2().equals("UA")) {
            String national = UkrainianLatin.of(r.name());
            if (national != null && latin(national)) return national;
        }
        for (String n : r.names()) if (latin(n)) return n;
        return r.name();
    }

    /** Does the name use Latin letters only (with marks and punctuation)? */
    private static boolean latin(String name) {
        for (int i = 0; i < name.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(name.charAt(i));
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED) return false;
        }
        return true;
    }

    private static String wofName(Map<Long, WofRow> wof, long id) {
        WofRow r = id == 0 ? null : wof.get(id);
        return r == null ? null : readableName(r);
    }

    /** Countries whose places keep Arabic-script names (news and sources there write them). */
    private static final Set<String> ARABIC_SCRIPT = Set.of("SY", "IQ", "YE", "LB", "JO", "PS", "IL", "SA", "EG",
            "LY", "TN", "DZ", "MA", "SD", "AE", "QA", "KW", "BH", "OM", "IR", "AF", "PK", "MR", "SO", "DJ", "TD", "EH");
    /** Countries whose places keep Cyrillic names. */
    private static final Set<String> CYRILLIC_SCRIPT = Set.of("UA", "RU", "BY", "MD", "KZ", "KG", "TJ", "UZ", "TM",
            "AM", "AZ", "GE", "BG", "RS", "MK", "ME", "BA", "MN");

    /**
     * Countries whose place names are written in another script (Indic, Bengali, Ethiopic, Thai, Khmer, Lao,
     * Greek, Hebrew) and so reach English news in several romanisations too ("Mahabubnagar" / "Mahbubnagar",
     * "Virudhunagar" / "Virudunagar"); their gazetteer entries keep Latin names only.
     */
    private static final Set<String> OTHER_SCRIPTS = Set.of("IN", "BD", "NP", "LK", "BT", "ET", "ER", "TH", "KH",
            "LA", "GR", "CY", "IL");

    /** Is this a country whose place names are written in Arabic script? */
    public static boolean arabicScript(String iso2) {
        return iso2 != null && ARABIC_SCRIPT.contains(iso2);
    }

    /** Is this a country whose place names reach English news through transliteration (not from a Latin script)? */
    public static boolean transliterated(String iso2) {
        return iso2 != null && (ARABIC_SCRIPT.contains(iso2) || CYRILLIC_SCRIPT.contains(iso2) || OTHER_SCRIPTS.contains(iso2));
    }

    /**
     * Words for what kind of place it is that transliterated Arabic names open with: "Qaryat al Hashimiyah" (the
     * village of al Hashimiyah), "Nahiyat al Latifiyah" (the subdistrict of), "Mintaqat Kuwayrish" (the area of);
     * and "'Arab" (the Arabs of) before a tribe's hamlet: "'Arab Albu Juwari" is Albu Juwari. News writes the name
     * without them.
     */
    private static final java.util.regex.Pattern KIND_WORD_BEFORE = java.util.regex.Pattern.compile(
            "(?:Qaryat|Qaryah|Nahiyat|Nahiyah|Nāḩiyat|Mintaqat|Mantiqat|['`’‘ʿ]Arab) (['`’ʿ]?\\p{L}.{3,})");

    /** The name without its opening kind word ("Nahiyat Ali ash Sharqi" is Ali ash Sharqi's own name); else empty. */
    static Optional<String> withoutKindWord(String name) {
        if (name == null) return Optional.empty();
        java.util.regex.Matcher m = KIND_WORD_BEFORE.matcher(name.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Adds the national Latin spelling of each Ukrainian name: of a Cyrillic one ("Водяне": Vodiane; see
     * UkrainianLatin), and of a Latin one spelt the Russian way inside words ("Vodyane": Vodiane, "Serednye": Serednie).
     */
    static void withUkrainianLatin(String display, Set<String> names) {
        List<String> latin = new ArrayList<>();
        for (String n : withDisplay(display, names)) {
            String l = scriptOf(n) == 'C' ? UkrainianLatin.of(n) : nationalSpelling(n);
            if (l != null && !l.equals(n)) latin.add(l);
        }
        names.addAll(latin);
    }

    /**
     * Countries whose places English-language news long wrote, and often still writes, from their Russian names
     * ("Gorlovka", "Marganets", "Kharkov"): the former Soviet republics.
     */
    static final Set<String> RUSSIAN_SPELT = Set.of("RU", "UA", "BY", "MD", "GE", "AM", "AZ", "KZ", "KG", "TJ", "UZ", "TM",
            "EE", "LV", "LT");

    /**
     * Adds the Russian-style Latin spelling of each Cyrillic name that holds a г (see RussianLatin): only there does it
     * differ from the index's own folding beyond vowels, which spellings are matched without.
     */
    static void withRussianLatin(Set<String> names) {
        List<String> latin = new ArrayList<>();
        for (String n : names) {
            if (n == null || scriptOf(n) != 'C' || n.indexOf('г') < 0 && n.indexOf('Г') < 0) continue;
            String l = RussianLatin.of(n);
            if (l != null) latin.add(l);
        }
        names.addAll(latin);
    }

    /** The display name and the other names, in that order, without nulls (a copy: the caller adds to names). */
    private static List<String> withDisplay(String display, Set<String> names) {
        List<String> all = new ArrayList<>(names.size() + 1);
        if (display != null) all.add(display);
        for (String n : names) if (n != null) all.add(n);
        return all;
    }

    /** A Latin Ukrainian name with the Russian-style iotation inside words in the national spelling ("Vodyane": Vodiane). */
    static String nationalSpelling(String latin) {
        return RUSSIAN_STYLE_IOTATION.matcher(latin).replaceAll("i$1");
    }

    /** "ya", "yu", "ye" after a letter inside a Latin word: the national spelling writes "ia", "iu", "ie". */
    private static final java.util.regex.Pattern RUSSIAN_STYLE_IOTATION = java.util.regex.Pattern.compile("(?<=\\p{Ll})y([aue])");

    /**
     * Words after a transliterated Arabic name that tell one village of that name from its neighbour: "Tall Aswad al
     * Kabir" and "Tall Aswad as Saghir" (the big and the small), "... al Jadidah" (the new), "... al 'Ulya" (the upper).
     * News often writes the bare name; either village is within a few km of what it means. (Compass words stay: "Ali
     * ash Sharqi" and "Ali al Gharbi" are towns of their own.)
     */
    private static final java.util.regex.Pattern KIND_WORD_AFTER = java.util.regex.Pattern.compile(
            "(\\p{L}.{3,}?) (?:al Kabir|al Kabirah|as Saghir|as Saghirah|al Jadid|al Jadidah|al Qadim|al Qadimah"
                    + "|al 'Ulya|al Ulya|as Sufla|al Wusta)");

    /**
     * Adds each Arabic-script country's place name without its opening kind word and without the word that tells it
     * from its twin village (see KIND_WORD_BEFORE, KIND_WORD_AFTER).
     */
    static void withoutKindWords(String display, Set<String> names, String iso2) {
        if (!ARABIC_SCRIPT.contains(iso2)) return;
        List<String> bare = new ArrayList<>();
        for (String n : withDisplay(display, names)) {
            String name = n.strip();
            Optional<String> kindless = withoutKindWord(name);
            if (kindless.isPresent()) bare.add(name = kindless.get());
            java.util.regex.Matcher a = KIND_WORD_AFTER.matcher(name);
            if (a.matches()) bare.add(a.group(1));
        }
        names.addAll(bare);
    }

    /**
     * Alternate names worth keeping: one per fold key, not the display name's key; Latin script always, Arabic
     * and Cyrillic script only where those scripts are written (and for countries and admin1 units). This keeps
     * the bundled index small: the Arabic and Cyrillic exonyms of every town in the world are not needed.
     */
    static List<String> cleanNames(String display, Set<String> names, String iso2, String feature) {
        boolean top = "country".equals(feature) || "admin1".equals(feature);
        boolean arabic = top || ARABIC_SCRIPT.contains(iso2);
        boolean cyrillic = top || CYRILLIC_SCRIPT.contains(iso2);
        Set<String> seen = new HashSet<>();
        seen.add(NameNormalizer.fold(display));
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n == null) continue;
            String t = n.strip();
            if (t.isEmpty() || t.length() > 120 || !NameNormalizer.keptScript(t)) continue;
            char script = scriptOf(t);
            if (script == 'A' && !arabic || script == 'C' && !cyrillic) continue;
            String k = NameNormalizer.fold(t);
            if (k.isEmpty() || !seen.add(k)) continue;
            out.add(t);
        }
        return out;
    }

    /** 'A' Arabic, 'C' Cyrillic, 'L' otherwise, by the first letter of those scripts. */
    private static char scriptOf(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0600 && c < 0x0780) return 'A';
            if (c >= 0x0400 && c < 0x0530) return 'C';
        }
        return 'L';
    }

    /** Cell id of a point on a grid of 1/perDegree degrees: row times {@link #CELL_ROW} plus column. */
    private static long cell(double lat, double lon, int perDegree) {
        long y = (long) Math.floor((lat + 90) * perDegree);
        long x = (long) Math.floor((lon + 180) * perDegree);
        return y * CELL_ROW + x;
    }

    /** The id step from one grid row to the next (more columns than any grid here has). */
    private static final long CELL_ROW = 1_000_000L;

    /**
     * Centre of a region estimated from the grid cells its settlements occupy: on each axis, the middle of the
     * range between the 5th and 95th percentile of the occupied cells. Each cell counts once, so a dense city area
     * does not pull the centre (a median drifts towards where people live: the south of Ontario, the coast of
     * Queensland), and the trimmed range ignores far outliers (Alaska, overseas islands). Cells far beyond the spread
     * of the rest are dropped first: a few settlements the dump files under the wrong unit (Tibetan townships coded
     * as Hebei's) would otherwise move a small unit's centre by hundreds of kilometres.
     */
    static double[] cellCentre(Set<Long> cells, int perDegree) {
        if (cells.isEmpty()) return null;
        double[] lats = new double[cells.size()], lons = new double[cells.size()];
        int i = 0;
        for (long c : cells) {
            lats[i] = (c / CELL_ROW + 0.5) / perDegree - 90;
            lons[i] = (c % CELL_ROW + 0.5) / perDegree - 180;
            i++;
        }
        double[] sortedLats = lats.clone(), sortedLons = lons.clone();
        Arrays.sort(sortedLats);
        Arrays.sort(sortedLons);
        double midLat = sortedLats[sortedLats.length / 2], midLon = sortedLons[sortedLons.length / 2];
        double reachLat = OUTLIER_SPREADS * meanAbsoluteDeviation(lats, midLat) + 1.0 / perDegree;
        double reachLon = OUTLIER_SPREADS * meanAbsoluteDeviation(lons, midLon) + 1.0 / perDegree;
        double[] keptLats = new double[lats.length], keptLons = new double[lons.length];
        int n = 0;
        for (int k = 0; k < lats.length; k++) {
            if (Math.abs(lats[k] - midLat) > reachLat || Math.abs(lons[k] - midLon) > reachLon) continue;
            keptLats[n] = lats[k];
            keptLons[n++] = lons[k];
        }
        keptLats = Arrays.copyOf(keptLats, n);
        keptLons = Arrays.copyOf(keptLons, n);
        Arrays.sort(keptLats);
        Arrays.sort(keptLons);
        return new double[] {trimmedMiddle(keptLats), trimmedMiddle(keptLons)};
    }

    /** Cells further from the median than this many mean absolute deviations (on either axis) are outliers. */
    static final double OUTLIER_SPREADS = 6.0;

    private static double meanAbsoluteDeviation(double[] values, double centre) {
        double sum = 0;
        for (double v : values) sum += Math.abs(v - centre);
        return sum / values.length;
    }

    /** Middle of the 5th to 95th percentile range of sorted values. */
    private static double trimmedMiddle(double[] sorted) {
        int n = sorted.length;
        int lo = (int) (0.05 * n), hi = Math.min(n - 1, (int) (0.95 * n));
        return (sorted[lo] + sorted[hi]) / 2;
    }

    // --- readers ----------------------------------------------------------------------------------------------

    static BufferedReader open(Path f) throws IOException {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        InputStream in = Files.newInputStream(f);
        if (n.endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        } else if (n.endsWith(".zip")) {
            ZipInputStream z = new ZipInputStream(in);
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                String en = e.getName().toLowerCase(Locale.ROOT);
                if (en.endsWith(".txt") && !en.contains("readme")) break;
            }
            if (e == null) {
                z.close();
                throw new GazetteerFormatException(f + ": the zip holds no .txt data file");
            }
            in = z;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static Map<String, Country> readCountries(Path f) throws IOException {
        Map<String, Country> out = new LinkedHashMap<>();
        try (BufferedReader r = open(f)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (c.length < 17 || c[16].isEmpty()) continue;
                out.put(c[0], new Country(c[0], c[4], c[7].isEmpty() ? 0 : Long.parseLong(c[7]), Long.parseLong(c[16])));
            }
        }
        if (out.isEmpty()) throw new GazetteerFormatException(f + ": no countries read; is it GeoNames countryInfo.txt?");
        return out;
    }

    private static Map<String, Admin1> readAdmin1(Path f) throws IOException {
        Map<String, Admin1> out = new LinkedHashMap<>();
        try (BufferedReader r = open(f)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length < 4 || c[3].isEmpty()) continue;
                Admin1 a = new Admin1(c[0], c[1], Long.parseLong(c[3]));
                a.aliases.add(c[2]);
                out.put(c[0], a);
            }
        }
        if (out.isEmpty()) throw new GazetteerFormatException(f + ": no admin1 codes read; is it admin1CodesASCII.txt?");
        for (String[] row : Resources.csv("acled-admin1.csv")) {
            Admin1 a = out.get(row[0]);
            if (a == null && !row[1].isEmpty()) {
                // a unit the place rows still use but admin1CodesASCII.txt no longer lists (South Sudan's ten states),
                // or a first-level unit GeoNames files as an admin2 of another ("RS.SE.0": the City of Belgrade, one
                // of Serbia's regions): no GeoNames id; its centre comes from its settlements like any other unit's
                a = new Admin1(row[0], row[1], 0);
                out.put(row[0], a);
            }
            if (a == null) continue;
            a.aliases.add(a.name);
            if (!row[1].isEmpty()) a.name = row[1];
            if (row.length > 2) for (String s : row[2].split("\\|")) if (!s.isBlank()) a.aliases.add(s);
        }
        Set<String> notPlaces = new HashSet<>(Resources.lines("not-places.txt"));
        for (Admin1 a : out.values()) bareName(a.geonamesName, notPlaces).ifPresent(a.aliases::add);
        return out;
    }

    private static final java.util.regex.Pattern CITY_WORD_BEFORE = java.util.regex.Pattern.compile(
            "(?:Ciudad|Heroica|City of) (\\p{Lu}.+)");
    /** Words that are no name alone after "Ciudad" ("Ciudad Real", "Ciudad Nueva"). ("City of Westminster" is Westminster.) */
    private static final Set<String> CITY_WORD_ADJECTIVES = Set.of("real", "nueva", "nuevo", "vieja", "viejo", "antigua",
            "alta", "baja", "central", "capital", "jardin", "universitaria", "satelite", "industrial");

    /**
     * A town's name without the "Ciudad" that opens it ("Ciudad Lázaro Cárdenas" -> "Lázaro Cárdenas", "Ciudad
     * Nezahualcóyotl" -> "Nezahualcóyotl"): news writes them bare ("in Lazaro Cardenas, Michoacan"). Not before
     * "de"/"del" ("Ciudad del Carmen" is not "del Carmen").
     */
    static Optional<String> cityWordDropped(String name) {
        if (name == null) return Optional.empty();
        java.util.regex.Matcher m = CITY_WORD_BEFORE.matcher(name);
        if (!m.matches() || m.group(1).length() < 4 || CITY_WORD_ADJECTIVES.contains(NameNormalizer.fold(m.group(1))))
            return Optional.empty();
        return Optional.of(m.group(1));
    }

    /** First words of unit names that say what kind of area it is, not which: "Capital Region", "Coast Province". */
    private static final Set<String> GENERIC_UNIT_WORDS = Set.of("capital", "national", "federal", "metropolitan",
            "autonomous", "special", "coast", "coastal", "lake", "lakes", "highland", "highlands", "mountain", "river",
            "border", "island", "islands", "upper", "lower", "middle", "greater", "new", "far", "interior", "littoral");

    private static final java.util.regex.Pattern UNIT_WORD_AFTER = java.util.regex.Pattern.compile(
            "(.+) (Region|Province|Department|Governorate|Prefecture|State|Oblast|Krai|Voivodeship|Division)");
    private static final java.util.regex.Pattern UNIT_WORD_BEFORE = java.util.regex.Pattern.compile(
            "(?:Region|Province|Department|State) of (?:the )?(.+)");

    /**
     * The name of a unit without its unit word ("Los Lagos Region" -> "Los Lagos", "Region of Magallanes" ->
     * "Magallanes"): news and ACLED write it bare ("Puerto Montt, Los Lagos"). Not when the bare word is a direction
     * or another word that is no place alone ("Western Region", "Capital Region").
     */
    static Optional<String> bareName(String name, Set<String> notPlaces) {
        if (name == null) return Optional.empty();
        java.util.regex.Matcher m = UNIT_WORD_AFTER.matcher(name);
        java.util.regex.Matcher b = UNIT_WORD_BEFORE.matcher(name);
        String bare = m.matches() ? m.group(1) : b.matches() ? b.group(1) : null;
        if (bare == null || bare.length() < 4) return Optional.empty();
        String first = NameNormalizer.fold(bare).split(" ")[0];
        if (notPlaces.contains(NameNormalizer.fold(bare)) || notPlaces.contains(first) || GENERIC_UNIT_WORDS.contains(first))
            return Optional.empty();
        return Optional.of(bare);
    }

    private static Map<String, String> readAdmin2(Path f) {
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = open(f)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length >= 2) out.put(c[0], c[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
        return out;
    }

    private static void applyCountryAliases(Map<String, Country> countries) {
        for (String[] row : Resources.csv("country-aliases.csv")) {
            Country c = countries.get(row[0]);
            if (c == null || row.length < 2) continue;
            for (String s : row[1].split("\\|")) if (!s.isBlank()) c.aliases.add(s);
        }
    }

    private static long readWof(Path f, Map<Long, WofRow> out) throws IOException {
        long n = 0;
        try (BufferedReader r = open(f)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("wof_id\tgeonames_id\tplacetype"))
                throw new GazetteerFormatException(f + ": not a WOF TSV (expected header wof_id, geonames_id, placetype, …)");
            String line;
            long lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] c = line.split("\t", -1);
                if (c.length < 13) throw new GazetteerFormatException(f + ":" + lineNo + ": expected 13 columns, found " + c.length);
                if (c[4].isEmpty() || c[5].isEmpty()) continue;
                List<String> names = new ArrayList<>();
                for (int i = 10; i <= 12; i++) for (String s : c[i].split("\\|")) if (!s.isBlank()) names.add(s);
                out.put(Long.parseLong(c[0]), new WofRow(Long.parseLong(c[0]), parseLong(c[1]), c[2], c[3],
                        Double.parseDouble(c[4]), Double.parseDouble(c[5]), c[6], parseLong(c[7]), parseLong(c[8]),
                        parseLong(c[9]), names));
                n++;
            }
        }
        return n;
    }

    private static long parseLong(String s) {
        if (s.isEmpty()) return 0;
        int dot = s.indexOf('.');
        return Long.parseLong(dot < 0 ? s : s.substring(0, dot));
    }

    /** Sorted ids of the dump rows a build keeps, so alternate names are held only for those. */
    private int[] keptIds(List<Path> dumps) throws IOException {
        int[] ids = new int[1 << 16];
        int n = 0;
        for (Path dump : dumps) {
            try (BufferedReader r = open(dump)) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t", 16);
                    if (f.length < 15) continue;
                    boolean keep = f[6].equals("P") && (f[14].isEmpty() ? 0 : Long.parseLong(f[14])) >= minPopulation
                            || f[6].equals("A") && f[7].equals("ADM2")
                            || (f[6].equals("L") || f[6].equals("T")) && NATURAL_CODES.contains(f[7]);
                    if (!keep) continue;
                    if (n == ids.length) ids = Arrays.copyOf(ids, n * 2);
                    ids[n++] = Integer.parseInt(f[0]);
                }
            }
        }
        int[] out = Arrays.copyOf(ids, n);
        Arrays.sort(out);
        return out;
    }

    private static Map<Integer, List<String>> readAlternateNames(Path f, int[] kept) throws IOException {
        Map<Integer, List<String>> out = new HashMap<>();
        try (BufferedReader r = open(f)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length < 4) continue;
                int id = Integer.parseInt(c[1]);
                if (Arrays.binarySearch(kept, id) < 0) continue;
                if (SKIP_ALT_LANGS.contains(c[2])) continue;
                boolean historic = c.length > 7 && "1".equals(c[7]);
                if (historic || !NameNormalizer.keptScript(c[3])) continue;
                out.computeIfAbsent(id, k -> new ArrayList<>(2)).add(c[3]);
            }
        }
        return out;
    }

    /** An admin1 column of features.csv may give the unit's code ("US.DC") where its name holds a comma. */
    private static final java.util.regex.Pattern ADMIN1_CODE = java.util.regex.Pattern.compile("[A-Z]{2}\\.[A-Z0-9]+");

    private static List<GazetteerEntry> curatedFeatures(Map<String, Country> countries, Map<String, Admin1> admin1) {
        List<GazetteerEntry> out = new ArrayList<>();
        for (String[] row : Resources.csv("features.csv")) {
            if (row.length < 8) throw new GazetteerFormatException("features.csv: row " + String.join(",", row)
                    + " needs 8 columns");
            Country c = countries.get(row[5]);
            if (c == null && !row[5].isEmpty()) continue; // a country this build does not cover
            GeoPlace p = new GeoPlace("sitrep:" + row[0], row[1], Double.parseDouble(row[3]), Double.parseDouble(row[4]),
                    row[5].isEmpty() ? null : row[5], c == null ? null : c.name, unitName(row[6], row[5], admin1), null,
                    row[7], 0);
            Set<String> names = new LinkedHashSet<>(Arrays.asList(row[2].split("\\|")));
            out.add(new GazetteerEntry(p, cleanNames(row[1], names, row[5], "admin1")));
        }
        return out;
    }

    /**
     * The unit's name as the gazetteer gives it: a code's unit's name, or the name written, made the unit's own name
     * where it is another spelling of it (features.csv's "Banaadir" is ACLED's "Banadir"), so a curated place and
     * the towns around it carry one admin1.
     */
    private static String unitName(String column, String iso2, Map<String, Admin1> admin1) {
        if (column.isEmpty()) return null;
        if (!ADMIN1_CODE.matcher(column).matches()) {
            String alias = null;
            for (Admin1 a : admin1.values()) {
                if (!a.code.startsWith(iso2 + ".")) continue;
                if (a.name.equals(column)) return column;
                if (a.aliases.contains(column)) alias = a.name;
            }
            return alias != null ? alias : column;
        }
        Admin1 a = admin1.get(column);
        if (a == null) throw new GazetteerFormatException("features.csv: no admin1 unit with code " + column);
        return a.name;
    }

    /** Samples used heap; a cheap stand-in for a profiler when reporting an import's memory. */
    private static final class PeakHeap {
        long peak;

        void sample() {
            Runtime rt = Runtime.getRuntime();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
    }
}
