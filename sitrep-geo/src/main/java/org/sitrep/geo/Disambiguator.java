package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;

/**
 * Chooses one gazetteer entry per mention by an ordered chain of named passes. Each pass narrows the
 * candidates; the mention records the pass that made the final choice:
 * <ol>
 *   <li>{@code admin-suffix}: "Idlib province" is the admin1 unit, "Idlib city" a settlement;</li>
 *   <li>{@code area-modifier}: "northern Latakia", "Idlib countryside" name the admin1 unit's area;</li>
 *   <li>{@code focus-state}: the article's clear admin1 unit (a named state, or the unit most of its names are
 *       found in) has a place of exactly this name: local news means its own Paris (Texas); a bare county name ("Lancaster" in
 *       Nebraska news) reads as the unit's county when no town of the state has it;</li>
 *   <li>{@code admin-context}: "X, Hama", "X in Hama", "X (Hama)": candidates inside that admin1 or country;
 *       {@code outside-qualifier} leaves a name unresolved when the qualifier names a unit (or a big city) where
 *       no reading of it lies;</li>
 *   <li>{@code single-candidate}: only one entry has the name;</li>
 *   <li>{@code focus-country}: the country the article is about (weighted votes of its mentions); within it
 *       {@code focus-admin1}, the province or state the votes favour; but a city of 100,000 just across the border
 *       beats hamlets of its name at home ({@code border-city}: Houthi missiles at Najran);</li>
 *   <li>{@code proximity}: near places already resolved with confidence in the same article;</li>
 *   <li>{@code population}: the most prominent remaining entry (countries, admin1, then population; the curated
 *       seas and regions of features.csv rank with countries);</li>
 * </ol>
 * After the first decisions, two document-level passes revise names chosen by prominence alone:
 * {@code document-state} (the admin1 unit the grounded mentions agree on has a town or county of the name; a
 * country's name is such a town only when nothing else in the text lies abroad) and {@code mutual-proximity} (two
 * guessed names with readings side by side, or a town and its county, mean those readings).
 * Where the batch showed the article's outlet at home somewhere ({@link OutletLocales}), a bare name chosen by a guess
 * or an inference takes the reading the outlet's other articles ground it in ({@code outlet-lexicon}), and the town
 * the outlet's name carries is what its bare name means ({@code outlet-masthead}).
 * A qualifier is the unit its qualified name was read in ({@code qualifier-unit}: "Mississauga, Ontario").
 * The same name in one article resolves to the same place ({@code same-name}), unless qualified differently. A
 * stray reading is dropped: abroad, where the text is grounded in other countries ({@code outside-focus}); in
 * another state, a small namesake the country alone chose where everything the text grounds lies in one state
 * ({@code outside-focus-state}); a hamlet abroad chosen by prominence beside a unit the sentence names, with no reading
 * in it ({@code outside-nearby-unit}: "Arab Said village in the western countryside of Idleb"), while a reading inside
 * a unit named with its unit word a few words away is taken ({@code nearby-unit}). Where the text's names give no
 * focus country, the publisher's does, else the peoples the text names ("a Palestinian"; not "Israeli forces", who
 * act abroad as well). An unresolved mention keeps the name of the pass that left it so. Given spans add {@code demonym} (adjectives of
 * place) and {@code facility-in-locality} ({@link PlaceAnnotator#resolveSpans}).
 */
final class Disambiguator {
    /** km within which a candidate counts as near an anchor place. */
    static final double NEAR_KM = 150;
    /** km within which a place counts as inside a town or an area that qualifies it ("X in the Ghab plain"). */
    static final double QUALIFIER_KM = 40;
    /** How much less prominent (log10 population units) a focus-country candidate may be and still win. */
    static final double FOCUS_MARGIN = 2.5;
    /** How much less prominent (log10 units) a favoured state's namesake may be than a big city of the name elsewhere. */
    static final double BIG_CITY_MARGIN = 1.5;
    /** How much less prominent a nearby candidate may be than the most prominent one. */
    static final double PROXIMITY_MARGIN = 3.0;
    /** A town must be this large to stand for the admin unit named after it. */
    static final long SEAT_MIN_POPULATION = 30_000;
    /** A name found in more admin1 units than this says nothing about which one an article is about. */
    static final int MAX_SHARED_UNITS = 12;
    /** Votes an admin1 unit needs to be an article's clear focus (a named state, or two names found only there). */
    static final double STRONG_ADMIN1 = 1.5;
    /** A town of the article's state must be this large to be meant rather than a country of the same name. */
    static final long LOCAL_OVER_COUNTRY_POPULATION = 5_000;
    /** Prominence of a curated feature: above any province or city, below the large countries. */
    static final double CURATED_PRIOR = 9.0;

    private final Gazetteer gazetteer;

    Disambiguator(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** Unit words for units below the first level, which are named after their seats ("Ilam district"). */
    private static final Set<String> SUBUNIT_WORDS = Set.of("district", "county");

    /** Weight of the publisher's country among the country votes: as much as one name found only there. */
    static final double PUBLISHER_VOTE = 1.0;

    /** Passes whose reading the outlet's lexicon overrules: guesses and inferences, not the text's own qualifiers. */
    private static final Set<String> BY_OUTLET = Set.of("population", "focus-country-weak", "focus-country",
            "focus-admin1", "proximity", "local-town", "same-name", "mutual-proximity", "document-state");

    /** A decision for one candidate: the place (or null), the pass, and the precision. */
    record Decision(GeoPlace place, String pass, int precision) {}

    /**
     * Resolves the candidates; {@code institutionUnits} are the admin1 units the text names only inside the names of
     * their own bodies ("Georgia Bureau of Investigation"), which read the article's bare town names as a named
     * state would; {@code publisherIso} is the country of the article's publisher (ISO2, or null), which is the focus
     * country for a name only where the text's other names give none: the text outvotes its publisher;
     * {@code outletLexicon} holds the readings the outlet's other articles ground its names in (folded name -> place,
     * see {@link OutletLocales}), which read the same bare names here where this text's own context does not decide;
     * {@code masthead} is the outlet's own town (or null), which its bare name means even where the text's names
     * lean to another state.
     */
    List<PlaceMention> resolve(List<Candidate> cs, Set<String> institutionUnits, String publisherIso,
                               Map<String, GeoPlace> outletLexicon, GeoPlace masthead) {
        return resolve(cs, institutionUnits, publisherIso, outletLexicon, masthead, Map.of());
    }

    /**
     * As above; {@code peoples} counts the countries whose peoples' words the text uses ("a Palestinian", "Lebanese
     * protesters"), ISO2 -> times: where neither the text's place names nor the publisher give a focus country, they do
     * ("Bethlehem" beside "a Palestinian" is the West Bank town; a Japanese victim in an Irish paper's story does not
     * take Dundalk abroad).
     */
    List<PlaceMention> resolve(List<Candidate> cs, Set<String> institutionUnits, String publisherIso,
                               Map<String, GeoPlace> outletLexicon, GeoPlace masthead, Map<String, Double> peoples) {
        return resolve(cs, institutionUnits, publisherIso, outletLexicon, masthead, peoples, peoples.keySet());
    }

    /**
     * As above; {@code peoplesNamed} are the countries whose peoples' words the text uses in any role ("Peruvian
     * police", "the Syrian government"): countries the text speaks of, whose big cities its bare names may be.
     */
    List<PlaceMention> resolve(List<Candidate> cs, Set<String> institutionUnits, String publisherIso,
                               Map<String, GeoPlace> outletLexicon, GeoPlace masthead, Map<String, Double> peoples,
                               Set<String> peoplesNamed) {
        cs = cityWordApart(cs);
        cs = genericNamesAtHome(cs, publisherIso, peoples);
        cs = chainsReadInward(cs);
        Map<String, Map<String, Double>> countryVotes = countryVotes(cs);
        Map<String, Double> byPeoples = peoples.isEmpty() ? Map.of() : focusFor(Map.of(" peoples", peoples), "");
        java.util.function.Function<String, Map<String, Double>> focusOf = name -> {
            Map<String, Double> f = focusFor(countryVotes, name);
            if (!f.isEmpty()) return f;
            if (publisherIso == null) return byPeoples;
            Map<String, Double> publisher = new HashMap<>(); // (a HashMap: readings without a country ask for null)
            publisher.put(publisherIso, PUBLISHER_VOTE);
            return publisher;
        };
        Map<String, Map<String, Double>> admin1Votes = admin1Votes(cs);
        // a state named inside its own body's name votes as its name alone would (2), under a key no mention has
        // ("Wyandotte" in a story the Kansas Bureau of Investigation reports is the Kansas county, not a Michigan town)
        for (String u : institutionUnits) admin1Votes.computeIfAbsent(" institution", x -> new HashMap<>()).merge(u, 2.0, Double::sum);
        List<Decision> first = new ArrayList<>();
        Map<String, String> strong = new HashMap<>();
        for (Candidate c : cs) strong.computeIfAbsent(c.folded(), n -> strongAdmin1(totalsFor(admin1Votes, n)));
        for (Candidate c : cs) {
            Decision d = decide(c, cs, focusOf.apply(c.folded()), focusFor(admin1Votes, c.folded()), strong.get(c.folded()),
                    List.of());
            // "Paris Police Department", "PARIS —" in a town paper: the institution's name or the dateline grounds the town (its readings are already that
            // country's towns); the one chosen among them is no guess by prominence for later passes to revise
            if (c.institution() && d.place() != null && (weak(d) || d.pass().equals("single-candidate"))) d = new Decision(d.place(), "local-town", d.precision());
            first.add(d);
        }
        // a qualifier is the unit its qualified name was read in ("Mississauga, Ontario": Ontario is the province that
        // placed Mississauga, not the Californian city the article's other names favour)
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            Decision d = first.get(k);
            if (c.qualifier() < 0 || d.place() == null || !QUALIFIED_PASSES.contains(d.pass()) || d.place().admin1() == null) continue;
            Candidate q = cs.get(c.qualifier());
            Decision qd = first.get(c.qualifier());
            // (a qualifier read as a place of that very unit stays: "North Zone, Rio de Janeiro" is the city's zone)
            if (qd.place() != null && Gazetteer.sameCountry(d.place().iso2(), qd.place().iso2()) && d.place().admin1().equals(qd.place().admin1())) continue;
            for (Gazetteer.Match m : q.matches()) {
                GeoPlace u = m.place();
                if (!m.exact() || !"admin1".equals(u.feature()) || !Gazetteer.sameCountry(d.place().iso2(), u.iso2()) || !d.place().admin1().equals(u.admin1())) continue;
                if (qd.place() == null || !qd.place().gazetteerId().equals(u.gazetteerId()))
                    first.set(c.qualifier(), decided(m, "qualifier-unit", q));
                break;
            }
        }
        // document coherence: the admin1 unit the confidently resolved mentions agree on reads the article's
        // remaining ambiguous names (local news names its towns without their state: Paris, Lebanon, Athens)
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            Decision d = first.get(k);
            if (!revisable(c, d)) continue;
            boolean country = d.place() != null && Gazetteer.featureRank(d.place()) == 0;
            if (strong.get(c.folded()) != null && !country) continue;
            Map<String, Double> units = resolvedUnits(cs, first, c.folded());
            for (String u : institutionUnits) units.merge(u, INSTITUTION_VOTE, Double::sum);
            String unit = strongAdmin1(units);
            if (unit == null) continue;
            // a country's name is a town of the article's state only in an article that names nothing abroad
            // ("Palestine", "Lebanon", "Jordan" in local news of Texas, Indiana, Minnesota)
            if (country && !domestic(cs, first, c.folded(), unit.substring(0, unit.indexOf('/')))) continue;
            // without a state named or found by the votes, a city of 100,000 in another state stays (Buffalo, New
            // York); one abroad does not (Paris, Lima and London of local news are the state's own)
            if (strong.get(c.folded()) == null && d.place() != null && Gazetteer.featureRank(d.place()) == 2
                    && d.place().population() >= CONTEXT_OVERRIDE_POPULATION && unit.startsWith(d.place().iso2() + "/")) continue;
            Gazetteer.Match local = localReading(withCounties(quartersWithTheirCity(c, cs), c.folded(), unit), c.folded(),
                    focusOf.apply(c.folded()), unit);
            // a capital abroad or a city of a million is a small namesake town of the state only in an article that
            // names nothing else abroad ("London" of a Kentucky paper's local news, not the London of a fashion story
            // that also names Spain and Stockholm; London, Ontario, a city itself, is the Canadian papers' London)
            if (local != null && d.place() != null && Gazetteer.featureRank(d.place()) == 2
                    && ("capital".equals(d.place().feature()) || d.place().population() >= 1_000_000)
                    && local.place().population() < CONTEXT_OVERRIDE_POPULATION && !unit.startsWith(d.place().iso2() + "/")
                    && !domestic(cs, first, c.folded(), unit.substring(0, unit.indexOf('/')))) continue;
            if (local != null && (d.place() == null || !local.place().gazetteerId().equals(d.place().gazetteerId())))
                first.set(k, decided(local, "document-state", c));
        }
        // mutual proximity: two names guessed by prominence alone that have readings side by side mean those
        // ("Paris" and "Henry County" are Paris, Tennessee and the county around it)
        List<Decision> guessed = new ArrayList<>(first);
        for (int k = 0; k < cs.size(); k++) {
            Decision d = guessed.get(k);
            Candidate c = cs.get(k);
            // a country's name is a town of the same name only beside that town's county or two of its neighbours,
            // in a text that names nothing else abroad ("Lebanon" and "Boone County" in Indiana news)
            boolean country = d.place() != null && Gazetteer.featureRank(d.place()) == 0
                    && (d.pass().equals("single-candidate") || mutuallyRevisable(d));
            if (!mutuallyRevisable(d) && !country || c.qualifier() >= 0 || !c.modifier().isEmpty()
                    // ("the Glasgow area" beside Paisley is still read by its neighbour)
                    || !c.suffix().isEmpty() && !COUNTY_WORDS.contains(c.suffix()) && !c.suffix().equals("area")) continue;
            Gazetteer.Match pair = mutualReading(c, cs, guessed);
            if (pair != null && country && !domestic(cs, guessed, c.folded(), pair.place().iso2())) pair = null;
            if (pair != null && (d.place() == null || !pair.place().gazetteerId().equals(d.place().gazetteerId())))
                first.set(k, decided(pair, "mutual-proximity", c));
        }
        // a list of states: "Oregon and Washington laws", "states like California or Washington"; a name beside an
        // unambiguous state of the same country, in a list, is that country's state too, not the capital or a town
        // chosen by prominence ("New York and Washington" stays the two cities: New York is also a big city)
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            Decision d = first.get(k);
            // (only a reading chosen by prominence or country-wide votes gives way)
            if (d.place() == null || "admin1".equals(d.place().feature())
                    || !(weak(d) || d.pass().equals("focus-country") || d.pass().equals("focus-admin1"))) continue;
            // ("Manitoba, Ontario and New Brunswick" reads as qualified names, but a state does not lie in a state)
            if (!c.suffix().isEmpty() || !c.modifier().isEmpty()) continue;
            for (int j : new int[] {k - 1, k + 1}) {
                if (j < 0 || j >= cs.size()) continue;
                Gazetteer.Match unit = stateInList(c, cs.get(j), first.get(j));
                if (unit != null) { first.set(k, decided(unit, "state-list", c)); break; }
            }
        }
        // a province named a few words away: "retook Ramadi, the capital of Anbar province"
        // (in a story about Syria, whose Ar Ramadi village the country's votes had chosen)
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            Decision d = first.get(k);
            if (d.place() == null || Gazetteer.featureRank(d.place()) != 2 || c.qualifier() >= 0
                    || !(weak(d) || d.pass().equals("focus-country") || d.pass().equals("focus-admin1"))) continue;
            java.util.Set<String> units = nearbyUnits(c, k, cs, first);
            Gazetteer.Match near = readingInNearbyUnit(c, units);
            // ("Al-Bara in southern Idleb": the unit's own settlements spell it otherwise, Barah, while the name's loose
            // readings had found Aleppo)
            if (near == null && !units.isEmpty() && !exactReading(c, d.place()) && !units.contains(admin1Key(d.place())))
                near = spellingInUnits(c, units);
            if (near != null && !near.place().gazetteerId().equals(d.place().gazetteerId())) first.set(k, decided(near, "nearby-unit", c));
            // "Arab Said village in the western countryside of Idleb": no reading in the unit named beside it, and the
            // chosen one a hamlet of another country, so the village is one the gazetteer lacks
            else if (near == null && weak(d) && !units.isEmpty()
                    && units.stream().noneMatch(u -> u.startsWith(d.place().iso2() + "/"))
                    && obscureSettlements(filter(c.matches(), Gazetteer.Match::exact)))
                first.set(k, new Decision(null, "outside-nearby-unit", 1));
        }
        // anchors: places decided without guessing, that are settlements or areas (not countries or admin1)
        List<GeoPlace> anchors = anchors(first);
        // a name's only reading is no less a guess when it is a minor place abroad, far from every other place the
        // article is grounded in ("Fano militiamen" in an Amhara report are no Italian town): the reading is then a
        // namesake of a person, a group or a village the gazetteer lacks (its own place does not ground it)
        // (each name is judged against the first reading of all the others, whatever order they come in)
        List<Decision> read = List.copyOf(first);
        boolean strays = false;
        for (int k = 0; k < cs.size(); k++) {
            Decision d = read.get(k);
            if (d.place() == null || !d.pass().equals("single-candidate")) continue;
            GeoPlace own = d.place();
            List<GeoPlace> others = anchors.stream().filter(a -> !a.gazetteerId().equals(own.gazetteerId())).toList();
            Map<String, Double> focus = focusOf.apply(cs.get(k).folded());
            if (minorPlaceAbroad(cs.get(k), own, cs, focus, others) && !listedBesidePlaceAbroad(k, cs, read, focus)
                    && !placedElsewhereIn(own.iso2(), k, cs, read)) {
                first.set(k, new Decision(null, "outside-focus", 1));
                strays = true;
            }
        }
        if (strays) anchors = anchors(first);
        AdminContext context = documentAdminContext(cs, first);
        // places the text's names fix among themselves, each near the others: their neighbours are not strays
        List<GeoPlace> clustered = new ArrayList<>();
        for (Decision d : first) if (d.place() != null && d.pass().equals("mutual-proximity")) clustered.add(d.place());
        // a later occurrence grounded by the document (a town beside its county, the article's state, a qualifier)
        // reads a bare earlier one that only prominence decided ("Paris" in the headline, "Paris" beside "Edgar
        // County" below)
        Map<String, Decision> grounded = new HashMap<>();
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            Decision d = first.get(k);
            if (d.place() == null || !c.suffix().isEmpty() || isAdminArea(c.modifier())) continue;
            if (Set.of("mutual-proximity", "document-state", "focus-state", "admin-context", "local-town").contains(d.pass()))
                grounded.putIfAbsent(c.folded(), d);
        }
        Map<String, Decision> byName = new HashMap<>();
        String mastheadName = masthead == null ? null : NameNormalizer.fold(masthead.name());
        List<PlaceMention> out = new ArrayList<>();
        List<Decision> fin = new ArrayList<>();
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            Decision d = first.get(k);
            if (weak(d)) d = decide(c, cs, focusOf.apply(c.folded()), focusFor(admin1Votes, c.folded()),
                    strong.get(c.folded()), anchors);
            // (a repeat of a name the text has already placed keeps that place: "nuns in Pewaukee ... the Pewaukee
            // monastery" beside "Bolingbrook, Ill.")
            Decision placed = byName.get(c.folded());
            if (placed == null || d.place() == null || !placed.place().gazetteerId().equals(d.place().gazetteerId()))
                d = withinDocumentContext(c, d, context, clustered, totalsFor(countryVotes, c.folded()));
            boolean plain = c.qualifier() < 0 && c.suffix().isEmpty() && c.modifier().isEmpty();
            // the outlet's own reading of the name ("Paris" in a Paris, Tennessee paper), where this text chose by
            // prominence, by country-wide votes or by a nearby guess
            GeoPlace usual = outletLexicon.get(c.folded());
            // (the paper's own town: "Augusta" in the Augusta Chronicle, even in a story whose other names are in New York)
            boolean own = c.folded().equals(mastheadName);
            if (own) usual = masthead;
            if (plain && usual != null && d.place() != null && !usual.gazetteerId().equals(d.place().gazetteerId())
                    && (BY_OUTLET.contains(d.pass()) || own && d.pass().equals("focus-state")) && exactReading(c, usual)) {
                d = new Decision(usual, own ? "outlet-masthead" : "outlet-lexicon", precisionOf(usual, c));
            }
            Decision earlier = byName.get(c.folded());
            if (plain && weak(d) && (earlier == null || weak(earlier)) && grounded.containsKey(c.folded()))
                earlier = grounded.get(c.folded());
            // "Jordan" beside "Jordan Elementary School", "Dublin" beside "the Dublin Police Department": the town the
            // institution grounds, not the country or the capital abroad that the name alone would be
            Decision town = grounded.get(c.folded());
            if (plain && town != null && town.pass().equals("local-town") && d.place() != null
                    && !MentionFinder.MUNICIPAL_COUNTRIES.contains(d.place().iso2()))
                d = new Decision(town.place(), "same-name", precisionOf(town.place(), c));
            // "of rural Paris", "near Paris": the area word changes the precision, not which Paris
            if (!plain && c.qualifier() < 0 && c.suffix().isEmpty() && weak(d) && grounded.containsKey(c.folded())) {
                GeoPlace p = grounded.get(c.folded()).place();
                d = new Decision(p, "same-name", precisionOf(p, c));
            }
            // one sense per discourse: a bare repeat of a name takes the earlier, better-grounded reading
            if (plain && earlier != null && (weak(d) || d.pass().equals("proximity") || earlier.pass().equals("admin-context"))) {
                d = new Decision(earlier.place(), "same-name", precisionOf(earlier.place(), c));
            }
            if (d.place() != null && c.suffix().isEmpty() && !isAdminArea(c.modifier()) && !MentionFinder.PROVINCE_OF.equals(c.modifier())) {
                Decision prev = byName.get(c.folded());
                if (prev == null || weak(prev) && !weak(d)) byName.put(c.folded(), d);
            }
            fin.add(d);
        }
        strayAbroad(cs, fin, publisherIso);
        strayOutOfState(fin);
        bigCitiesOfNamedCountries(cs, fin, peoplesNamed);
        namesakesAmongNeighbours(cs, fin);
        quartersAwayFromTheirTown(cs, fin);
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            Decision d = fin.get(k);
            out.add(new PlaceMention(c.span(), c.text(), d.place(), d.pass(), d.precision()));
        }
        return out;
    }

    /** Words after a name that make it a quarter of the town the text has just named. */
    private static final Set<String> QUARTER_WORDS = MentionFinder.union(MentionFinder.QUARTER_SUFFIXES,
            Set.of("barrio", "colonia", "bairro"));
    /** Words before a name that do so: Mexico's "Colonia X", Latin America's "Barrio X", Brazil's "Bairro X". */
    private static final List<String> QUARTER_PREFIXES = List.of("colonia ", "barrio ", "bairro ", "fraccionamiento ");
    /** Tokens before a quarter within which the town it lies in is named. */
    static final int QUARTER_TOWN_TOKENS = 40;

    /**
     * A quarter of a town the text has just named ("in San Mateo Atenco, ... in Colonia Emiliano Zapata", "in Sorriso,
     * ... a shop in the Sao Jose neighborhood") lies in that town: a reading of its name farther away than the town
     * reaches is a namesake settlement elsewhere, and the quarter is one the gazetteer does not know.
     */
    private static void quartersAwayFromTheirTown(List<Candidate> cs, List<Decision> ds) {
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            GeoPlace p = ds.get(k).place();
            if (p == null || !Gazetteer.isSettlement(p) || !namedAsQuarter(c)) continue;
            GeoPlace town = null;
            for (int j = k - 1; j >= 0 && c.firstToken() - cs.get(j).endToken() <= QUARTER_TOWN_TOKENS; j--) {
                GeoPlace t = ds.get(j).place();
                if (t != null && Gazetteer.isSettlement(t) && !namedAsQuarter(cs.get(j))) { town = t; break; }
            }
            if (town == null || town.gazetteerId().equals(p.gazetteerId())) continue;
            if (Gazetteer.km(town, p) > townReachKm(town)) ds.set(k, new Decision(null, "quarter-away-from-town", 1));
        }
    }

    private static boolean namedAsQuarter(Candidate c) {
        if (QUARTER_WORDS.contains(c.suffix())) return true;
        for (String w : QUARTER_PREFIXES) if (c.folded().startsWith(w)) return true;
        return false;
    }

    /** km from a town's point within which its quarters lie: more for a city of millions. */
    private static double townReachKm(GeoPlace town) {
        return town.population() >= 1_000_000 ? 30 : town.population() >= 100_000 ? 12 : 6;
    }

    /**
     * A stray reading abroad: a settlement read by a loose spelling, by a name it carries only as an alias, or, small
     * and not famous, by prominence alone, in a country where nothing else of the text lies, while the text grounds
     * its other names in units or towns of other countries ("Komo" in a note on Kaduna villages is no Como, Italy;
     * "a sushi bar in Piccadilly" in a story on London and Chechnya no Australian suburb;
     * "Eastleigh residents (Kamukunji, Nairobi)" no English Eastleigh) is a village the gazetteer does not know:
     * better no place (outside-focus), so the place the text does ground stands. A country's name alone grounds
     * nothing here: a local US story naming one foreign country keeps its towns.
     */
    private static void strayAbroad(List<Candidate> cs, List<Decision> ds, String publisherIso) {
        boolean[] stray = new boolean[cs.size()];
        for (int k = 0; k < cs.size(); k++) stray[k] = strayReading(cs.get(k), ds.get(k));
        Map<String, Boolean> named = new HashMap<>(); // countries the text names, asked once each
        for (int k = 0; k < cs.size(); k++) {
            if (!stray[k]) continue;
            Candidate c = cs.get(k);
            // (a town of a country the text names by name is where the text says: "Sligo" beside "Ireland")
            if (named.computeIfAbsent(ds.get(k).place().iso2(), iso -> countryNamed(cs, iso))) continue;
            java.util.Set<String> grounded = new java.util.HashSet<>();
            boolean near = false;
            for (int j = 0; j < cs.size(); j++) {
                Decision o = ds.get(j);
                // (a curated region read by prominence grounds its country: "Gaza" is the Strip whatever else it names)
                if (stray[j] || o.place() == null || o.place().iso2() == null || weak(o) && !isCuratedRegion(o.place())
                        || sameStem(cs.get(j).folded(), c.folded()) || "country".equals(o.place().feature())
                        || Gazetteer.featureRank(o.place()) == 0) continue;
                // a unit, a capital or a city, or a town of a country the text names: not a village read by itself,
                // which may be the stray one ("Safala (Abala, Tillabery)": a Mexican Abala grounds nothing)
                GeoPlace g = o.place();
                if (!"admin1".equals(g.feature()) && !"capital".equals(g.feature()) && !isCuratedRegion(g) && g.population() < GROUNDING_POPULATION
                        && !named.computeIfAbsent(g.iso2(), iso -> countryNamed(cs, iso))) continue;
                grounded.add(o.place().iso2());
                // (a reading near the text's grounded places may be meant: Auschwitz from a French story, a border town)
                if (Gazetteer.km(o.place(), ds.get(k).place()) < FAR_ABROAD_KM) near = true;
            }
            if (near) continue;
            // a text that grounds nothing of its own is its publisher's ("Mal (Brakna)" from a Mauritanian paper is no
            // Belgian Mal): the stray reading abroad is as unlikely there
            if (grounded.isEmpty() && publisherIso != null) grounded.add(publisherIso);
            if (!grounded.isEmpty() && !grounded.contains(ds.get(k).place().iso2()))
                ds.set(k, new Decision(null, "outside-focus", 1));
        }
    }

    /**
     * Words that say which part or what kind of area, not which one: compass points and kinds of land or unit. Many
     * countries name a province with them alone ("Centre" in France, Burkina Faso and Cameroon; "Western" in Sri
     * Lanka, Ghana, Zambia and Kenya; "West Coast" in New Zealand; "Gulf" in Papua New Guinea; "Capital" in Bahrain).
     */
    private static final Set<String> GENERIC_NAME_WORDS = Set.of("north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "centre", "center", "middle", "upper", "lower", "inner", "outer",
            "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
            "southwestern", "nord", "sud", "est", "ouest", "centro", "norte", "sur", "oriental", "occidental",
            "capital", "capitol", "national", "federal", "metropolitan", "coast", "coastal", "gulf", "plateau", "delta",
            "lakes", "islands", "island", "maritime", "midlands", "highlands", "lowlands", "valley", "rivers", "river",
            "region", "province", "district", "area", "governorate", "state", "territory", "mission", "union", "littoral",
            "cascades", "pool", "forest", "savanes", "plateaux", "bank");

    /** Is the name made of {@link #GENERIC_NAME_WORDS} alone ("Western", "West Coast", "North-West", "the Centre")? */
    static boolean genericName(String folded) {
        String[] words = folded.split("[ \\-]+");
        int n = 0;
        for (String w : words) {
            if (w.isEmpty() || w.equals("the")) continue;
            if (!GENERIC_NAME_WORDS.contains(w)) return false;
            n++;
        }
        return n > 0;
    }

    /**
     * A unit named by generic words alone is meant only where its country is the text's: "the Centre" in an Indian
     * story is the Union government, not France's Centre region; "the West Coast" of an American story no New Zealand
     * region; "the Gulf" no Papuan province. Such a name's readings as units (not towns, whose own rules apply) are
     * kept only in a country the text's other names vote for, its peoples' words name, or its publisher is in, and
     * there also under the name without its unit word ("Western Province, Zambia" is Zambia's "Western"). A
     * qualifier keeps all its readings where none is at home ("(Yunyoo, North East)" names the unit of places the text
     * does not ground); any other name left with no unit at home keeps only its own-named towns there, if any
     * (generic-name-abroad: no place is better than a province on another continent, which would also have drawn the
     * text's other names to it).
     */
    private List<Candidate> genericNamesAtHome(List<Candidate> cs, String publisherIso, Map<String, Double> peoples) {
        List<Candidate> specific = new ArrayList<>();
        for (Candidate c : cs) if (!genericName(c.folded())) specific.add(c);
        if (specific.size() == cs.size()) return cs;
        Map<String, Map<String, Double>> votes = countryVotes(specific);
        Set<String> home = new java.util.HashSet<>();
        votes.values().forEach(v -> v.forEach((iso, w) -> { if (w >= 1) home.add(iso); }));
        if (publisherIso != null) home.add(publisherIso);
        home.addAll(peoples.keySet());
        java.util.function.Predicate<Gazetteer.Match> unit = m -> m.place().iso2() != null
                && !Gazetteer.isSettlement(m.place()) && !"country".equals(m.place().feature());
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            if (!genericName(c.folded())) { out.add(c); continue; }
            List<Gazetteer.Match> kept = filter(c.matches(), m -> !unit.test(m) || home.contains(m.place().iso2()));
            // "Western Province, Zambia": the unit at home may be named without its unit word (Zambia's "Western")
            if (kept.stream().noneMatch(unit)) kept = withUnitAtHome(kept, c.folded(), home);
            if (kept.size() == c.matches().size() && kept.containsAll(c.matches())) { out.add(c); continue; }
            if (kept.stream().anyMatch(unit)) { out.add(c.withMatches(kept, c.institution())); continue; }
            // a qualifier keeps its readings that hold a reading of a name it qualifies ("Tripoli (Tripoli, North)" is
            // Lebanon's North, "Takoradi (Shama, Western)" Ghana's Western); all of them where the names it qualifies
            // have no reading at all: "(Yunyoo, North East)" names the unit of places the text does not ground (not
            // a bare word of one, "(Western Area Urban, Western)", which holds nothing the text names)
            if (c.qualifying()) {
                List<Gazetteer.Match> qualified = qualifiedReadings(c, cs);
                if (qualified.isEmpty() && c.folded().indexOf(' ') > 0) { out.add(c); continue; }
                out.add(c.withMatches(filter(c.matches(), m -> unit.test(m) && qualified.stream().anyMatch(q ->
                        java.util.Objects.equals(q.place().iso2(), m.place().iso2())
                        && java.util.Objects.equals(q.place().admin1(), m.place().admin1()))), c.institution()));
                continue;
            }
            // (with no unit left at home, the towns that carry the word as a by-name were never the reading meant:
            // Kirov's "Gulf"), but a town's own name at home stays one ("East Bank" in West Virginia news)
            out.add(c.withMatches(filter(kept, m -> m.exact() && Gazetteer.isSettlement(m.place())
                    && ownName(m.place(), c.folded()) && home.contains(m.place().iso2())), c.institution()));
        }
        return out;
    }

    /**
     * The middle names of qualifier chains read inside the names that qualify them: in "Tripoli (Tripoli, North)" the
     * second Tripoli keeps only its readings inside a unit called North (Lebanon's city, not Libya's capital
     * district), so that the first reads inside it. A name keeps all its readings where none lies inside (the chain
     * may be a list after all). From the chain's end inward, so that each qualifier is narrowed before it is used.
     */
    private static List<Candidate> chainsReadInward(List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs);
        for (int k = out.size() - 1; k >= 0; k--) {
            Candidate c = out.get(k);
            if (!c.qualifying() || c.qualifier() < 0) continue;
            Candidate q = out.get(c.qualifier());
            List<Gazetteer.Match> inside = filter(c.matches(), m -> withinChain(m.place(), q, out));
            if (inside.stream().anyMatch(Gazetteer.Match::exact) && inside.size() < c.matches().size())
                out.set(k, c.withMatches(inside, c.institution()));
        }
        return out;
    }

    /** The readings of the names the candidate qualifies, directly or through a chain ("X (Y, Z)": X's and Y's for Z). */
    private static List<Gazetteer.Match> qualifiedReadings(Candidate c, List<Candidate> cs) {
        List<Gazetteer.Match> out = new ArrayList<>();
        int me = cs.indexOf(c);
        java.util.Set<Integer> qualifying = new java.util.HashSet<>(List.of(me));
        for (int k = me - 1; k >= 0; k--) {
            if (!qualifying.contains(cs.get(k).qualifier())) continue;
            qualifying.add(k);
            out.addAll(cs.get(k).matches());
        }
        return out;
    }

    /** The readings, with the units at home named as the name is without its last word, where that is a unit word. */
    private List<Gazetteer.Match> withUnitAtHome(List<Gazetteer.Match> readings, String folded, Set<String> home) {
        int sp = folded.lastIndexOf(' ');
        if (sp < 0 || !MentionFinder.ADMIN_SUFFIX.contains(folded.substring(sp + 1))) return readings;
        String head = folded.substring(0, sp);
        List<Gazetteer.Match> units = filter(gazetteer.matchFolded(head), m -> m.exact() && home.contains(m.place().iso2())
                && "admin1".equals(m.place().feature()) && NameNormalizer.fold(m.place().name()).equals(head));
        if (units.isEmpty()) return readings;
        List<Gazetteer.Match> out = new ArrayList<>(units);
        out.addAll(readings);
        return out;
    }

    /** Countries whose first-level units are called governorates in English. */
    private static final Set<String> GOVERNORATE_COUNTRIES = Set.of("YE", "SY", "IQ", "EG", "JO", "LB", "PS", "KW",
            "BH", "OM", "TN");
    /** Countries whose first-level units are called oblasts. */
    private static final Set<String> OBLAST_COUNTRIES = Set.of("UA", "RU", "BY", "KZ", "KG", "BG", "TJ");

    /**
     * The units of those in several countries whose countries call their first-level units by the text's unit word
     * ("governorate", "oblast"), where some are; all of them otherwise.
     */
    static List<Gazetteer.Match> calledSo(List<Gazetteer.Match> units, String word) {
        Set<String> countries = switch (word) {
            case "governorate", "governate", "governorates", "muhafazat" -> GOVERNORATE_COUNTRIES;
            case "oblast" -> OBLAST_COUNTRIES;
            default -> null;
        };
        if (countries == null || units.stream().map(m -> m.place().iso2()).distinct().count() < 2) return units;
        List<Gazetteer.Match> so = filter(units, m -> countries.contains(m.place().iso2()));
        return so.isEmpty() ? units : so;
    }

    /**
     * The readings without the first-level units named by generic words ("Capital", "Central") that bear the name
     * only as an alias, where a settlement of the same country bears it as its own name ("Manama" is Bahrain's
     * capital, not the Capital governorate around it).
     */
    static List<Gazetteer.Match> aliasUnitsGiveWayToTowns(List<Gazetteer.Match> pool, String folded) {
        List<Gazetteer.Match> out = null;
        for (Gazetteer.Match u : pool) {
            // (only a unit whose own name says what kind of unit it is, "Capital": one spelt otherwise is still named
            // so, "Latakia" for the Lattakia governorate, and Mexico City is the Distrito Federal as much as the city)
            if (!u.exact() || !"admin1".equals(u.place().feature()) || ownName(u.place(), folded)
                    || !genericName(NameNormalizer.fold(u.place().name()))) continue;
            boolean town = pool.stream().anyMatch(m -> m.exact() && Gazetteer.isSettlement(m.place())
                    && java.util.Objects.equals(m.place().iso2(), u.place().iso2()) && ownName(m.place(), folded));
            if (!town) continue;
            if (out == null) out = new ArrayList<>(pool);
            out.remove(u);
        }
        return out == null ? pool : out;
    }

    /**
     * The readings, with the seat of each district read exactly whose seat the readings lack because the gazetteer
     * spells it otherwise: "Ras al-Ain" is WOF's district and GeoNames' town Ra's al 'Ayn, 18 km from the district's
     * centre, which a loose lookup among the world's namesakes does not reach.
     */
    private List<Gazetteer.Match> withSeatsSpeltOtherwise(Candidate c, List<Gazetteer.Match> pool, List<Gazetteer.Match> ms) {
        List<Gazetteer.Match> out = ms;
        for (Gazetteer.Match m : pool) {
            GeoPlace u = m.place();
            if (!m.exact() || !"admin2".equals(u.feature()) || u.admin1() == null || u.iso2() == null) continue;
            if (ms.stream().anyMatch(o -> Gazetteer.isSettlement(o.place()) && Gazetteer.sameCountry(u.iso2(), o.place().iso2())
                    && Gazetteer.km(u, o.place()) < DISTRICT_SEAT_KM)) continue;
            for (Gazetteer.Match v : gazetteer.variants().find(c.folded(), List.of(admin1Key(u)))) {
                if (!Gazetteer.isSettlement(v.place()) || Gazetteer.km(u, v.place()) >= DISTRICT_SEAT_KM) continue;
                if (out == ms) out = new ArrayList<>(ms);
                out.add(v);
                break;
            }
        }
        return out;
    }

    /** How far from a district's centre its seat may lie. */
    private static final double DISTRICT_SEAT_KM = 40;

    /** Passes by which a qualified name was read inside its qualifier's unit, or as a unit of its own kind word. */
    private static final Set<String> QUALIFIED_PASSES = Set.of("admin-context", "admin-suffix");

    /** Passes that chose among a name's readings by context or prominence, which a named country may overrule. */
    private static final Set<String> CONTEXT_PASSES = Set.of("focus-state", "document-state", "focus-country",
            "focus-country-weak", "focus-admin1", "population", "proximity", "mutual-proximity", "same-name");

    /**
     * A city the text's countries own: a bare name read by context or prominence as a small namesake in a country the
     * text does not name, or names beside the city's own, is that country's capital or city of 100,000 when the text
     * names its country by name or by its people's word ("Peruvian police fired tear gas at protesters in Lima" beside
     * an Ohio-based company is Lima, Peru; "in Athens" beside "the Greek consulate in Atlanta, Georgia" is Athens,
     * Greece). Among readings in named countries the city ten times bigger wins ("Alexandria" beside "Egyptian" and
     * "U.S."). Local news keeps its namesakes: they name no foreign country whose city shares the name. All repeats of
     * the name follow.
     */
    private static void bigCitiesOfNamedCountries(List<Candidate> cs, List<Decision> ds, Set<String> peoples) {
        Set<String> named = new java.util.HashSet<>(peoples);
        for (int k = 0; k < cs.size(); k++) {
            GeoPlace p = ds.get(k).place();
            if (p != null && "country".equals(p.feature()) && p.iso2() != null && namesCountry(cs.get(k))) named.add(p.iso2());
        }
        if (named.isEmpty()) return;
        // a name the text places itself somewhere ("GUADALAJARA, Spain —") keeps that place in its repeats, whatever
        // bigger namesake a country the text names has ("not the Mexican city")
        Set<String> qualified = new java.util.HashSet<>();
        for (int k = 0; k < cs.size(); k++)
            if (ds.get(k).place() != null && QUALIFIED_PASSES.contains(ds.get(k).pass())) qualified.add(cs.get(k).folded());
        Map<String, GeoPlace> switched = new HashMap<>();
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            Decision d = ds.get(k);
            GeoPlace p = d.place();
            if (p == null || Gazetteer.featureRank(p) != 2 || !CONTEXT_PASSES.contains(d.pass()) || c.qualifier() >= 0
                    || !c.suffix().isEmpty() || !c.modifier().isEmpty() || switched.containsKey(c.folded())
                    || qualified.contains(c.folded())) continue;
            GeoPlace city = null;
            for (Gazetteer.Match m : c.matches()) {
                GeoPlace r = m.place();
                if (!m.exact() || Gazetteer.featureRank(r) != 2 || !named.contains(r.iso2()) || !ownName(r, c.folded())
                        || !("capital".equals(r.feature()) || r.population() >= GROUNDING_POPULATION)) continue;
                if (city == null || r.population() > city.population()) city = r;
            }
            if (city == null || city.gazetteerId().equals(p.gazetteerId()) || city.iso2().equals(p.iso2())) continue;
            if (named.contains(p.iso2()) && city.population() < 10 * p.population()) continue;
            switched.put(c.folded(), city);
        }
        if (switched.isEmpty()) return;
        for (int k = 0; k < cs.size(); k++) {
            GeoPlace city = switched.get(cs.get(k).folded());
            Decision d = ds.get(k);
            if (city != null && d.place() != null && Gazetteer.featureRank(d.place()) == 2 && CONTEXT_PASSES.contains(d.pass()))
                ds.set(k, new Decision(city, "named-country", precisionOf(city, cs.get(k))));
        }
    }

    /** Passes whose reading of a town a namesake among the text's other places may replace: guesses, and context. */
    private static final Set<String> NEIGHBOURLY_REVISABLE = Set.of("population", "focus-country-weak", "focus-country",
            "focus-admin1", "proximity", "local-town", "same-name", "mutual-proximity", "document-state", "single-candidate");
    /** km within which another of the text's places stands beside a namesake town (its county's middle included). */
    static final double NEIGHBOUR_KM = 50;
    /** How many more of the text's places must stand beside a namesake than beside the reading it replaces. */
    static final int NEIGHBOUR_MARGIN = 2;

    /**
     * A namesake among the text's other places: a town read by a guess or by context (a capital, a big city, a
     * namesake in another state) while an exact namesake of it in another first-level unit lies beside at least
     * {@link #NEIGHBOUR_MARGIN} more of the text's other settlements and counties of that unit ("PARIS —" heading a
     * story on Lamar County, Honey Grove and Reno is Paris, Texas; "SALEM —" with Keizer, Woodburn and Silverton is
     * Salem, Oregon). Where the text's own words (a qualifier, a unit, the state it names) placed the name elsewhere,
     * its guessed occurrences may take only that place ("VICTORIA —" follows "officers in Victoria" read in British
     * Columbia). Moving one name can move its neighbours (a county chosen beside the wrong Salem), so the step repeats
     * while something moves.
     */
    private static void namesakesAmongNeighbours(List<Candidate> cs, List<Decision> ds) {
        for (int round = 0; round < 3; round++) {
            // the places the text's own words gave each name elsewhere ("Athens" beside its county): a revisable
            // occurrence may take only those; a name given a state or a country there is left alone
            Map<String, List<GeoPlace>> fixed = new HashMap<>();
            for (int k = 0; k < cs.size(); k++) {
                Decision d = ds.get(k);
                if (d.place() != null && !NEIGHBOURLY_REVISABLE.contains(d.pass()))
                    fixed.computeIfAbsent(cs.get(k).folded(), n -> new ArrayList<>()).add(d.place());
            }
            // (a name's namesakes and the text's other places are the same for each of its occurrences)
            Map<String, List<GeoPlace>> pools = new HashMap<>();
            Map<String, List<GeoPlace>> neighbours = new HashMap<>();
            Map<Integer, GeoPlace> moved = new HashMap<>();
            for (int k = 0; k < cs.size(); k++) {
                Decision d = ds.get(k);
                String name = cs.get(k).folded();
                if (d.place() == null || Gazetteer.featureRank(d.place()) != 2 || !NEIGHBOURLY_REVISABLE.contains(d.pass())) continue;
                List<GeoPlace> pool = pools.computeIfAbsent(name, n -> namesakes(n, cs, fixed.get(n)));
                List<GeoPlace> others = neighbours.computeIfAbsent(name, n -> placesOfOtherNames(n, cs, ds));
                GeoPlace best = null;
                int bestSupport = beside(d.place(), others) + NEIGHBOUR_MARGIN - 1;
                for (GeoPlace r : pool) {
                    // (a namesake in the reading's own unit is the proximity passes' to weigh)
                    if (r.gazetteerId().equals(d.place().gazetteerId()) || Gazetteer.sameAdmin1(r, d.place())) continue;
                    int support = beside(r, others.stream().filter(o -> Gazetteer.sameAdmin1(o, r)).toList());
                    if (support > bestSupport) { best = r; bestSupport = support; }
                }
                if (best != null) moved.put(k, best);
            }
            if (moved.isEmpty()) return;
            for (Map.Entry<Integer, GeoPlace> e : moved.entrySet())
                ds.set(e.getKey(), new Decision(e.getValue(), "neighbours-namesake", precisionOf(e.getValue(), cs.get(e.getKey()))));
        }
    }

    /**
     * The towns a name may move to: those the text's own words gave it elsewhere ({@code fixed}, or null), else the
     * exact readings that carry it as their own name, in any of its occurrences.
     */
    private static List<GeoPlace> namesakes(String name, List<Candidate> cs, List<GeoPlace> fixed) {
        List<GeoPlace> pool = new ArrayList<>();
        if (fixed != null) {
            for (GeoPlace p : fixed) if (Gazetteer.featureRank(p) == 2) pool.add(p);
            return pool;
        }
        for (Candidate same : cs) {
            if (!same.folded().equals(name)) continue;
            for (Gazetteer.Match m : same.matches())
                if (m.exact() && Gazetteer.featureRank(m.place()) == 2 && m.place().admin1() != null && ownName(m.place(), name))
                    pool.add(m.place());
        }
        return pool;
    }

    /** The settlements and counties the text places under its other names, guesses by prominence aside. */
    private static List<GeoPlace> placesOfOtherNames(String name, List<Candidate> cs, List<Decision> ds) {
        List<GeoPlace> others = new ArrayList<>();
        for (int j = 0; j < cs.size(); j++) {
            Decision o = ds.get(j);
            if (o.place() == null || Gazetteer.featureRank(o.place()) != 2 || weak(o) || cs.get(j).folded().equals(name)) continue;
            others.add(o.place());
        }
        return others;
    }

    /** Is the candidate named as a province ("Ravenna province", "the province of Ravenna")? */
    private static boolean isProvince(Candidate c) {
        return c.suffix().equals("province") || MentionFinder.PROVINCE_OF.equals(c.modifier());
    }

    /** How many distinct places of the list lie within {@link #NEIGHBOUR_KM} of the place. */
    private static int beside(GeoPlace p, List<GeoPlace> others) {
        Set<String> near = new java.util.HashSet<>();
        for (GeoPlace o : others) if (Gazetteer.km(p, o) <= NEIGHBOUR_KM) near.add(o.gazetteerId());
        return near.size();
    }

    /** Passes that ground a reading in the text itself (its units, qualifiers, neighbours, the outlet's home). */
    private static final Set<String> GROUNDING_PASSES = Set.of("focus-state", "admin-context", "admin-suffix",
            "document-state", "mutual-proximity", "local-town", "outlet-masthead", "outlet-lexicon", "qualifier-unit",
            "area-modifier", "focus-admin1", "proximity", "nearby-unit");

    /** How near a grounded place a namesake in another state may still be meant (a town across the state line). */
    static final double ACROSS_STATE_LINE_KM = 100;

    /**
     * A stray reading in another state: where everything the text grounds lies in one state or province, a town of
     * another state of that country that nothing but its country chose among several namesakes (focus-country-weak)
     * is most likely a namesake the gazetteer lacks in the text's own state ("Brandon" and "Kensington" in a Douglas
     * County, Minnesota story are no Florida or New York towns): better no place (outside-focus-state), with the
     * repeats that took the same reading. A town near the grounded ones stays (across the state line), and so do
     * capitals and cities of 100,000.
     */
    private static void strayOutOfState(List<Decision> ds) {
        // (a state the text names beside others grounds none of them: "active in Texas and Georgia"
        // in a Minnesota story)
        Set<String> named = new java.util.HashSet<>();
        for (Decision d : ds) if (d.place() != null && "admin1".equals(d.place().feature())) named.add(admin1Key(d.place()));
        String unit = null;
        List<GeoPlace> grounded = new ArrayList<>();
        for (Decision d : ds) {
            GeoPlace p = d.place();
            if (p == null || !GROUNDING_PASSES.contains(d.pass()) || p.admin1() == null || "country".equals(p.feature())) continue;
            if ("admin1".equals(p.feature()) && named.size() > 1) continue;
            String key = admin1Key(p);
            if (unit == null) unit = key;
            else if (!unit.equals(key)) return; // the text lies in several units: a namesake elsewhere may be meant
            grounded.add(p);
        }
        if (unit == null) return;
        Set<String> stray = new java.util.HashSet<>();
        for (Decision d : ds) {
            GeoPlace p = d.place();
            if (p == null || !d.pass().equals("focus-country-weak") || p.admin1() == null
                    || !unit.startsWith(p.iso2() + "/") || unit.equals(admin1Key(p))
                    // (a capital or a city of 100,000 is meant from anywhere: "WASHINGTON (AP)")
                    || "capital".equals(p.feature()) || p.population() >= GROUNDING_POPULATION) continue;
            boolean near = false;
            for (GeoPlace g : grounded) if (Gazetteer.km(g, p) < ACROSS_STATE_LINE_KM) { near = true; break; }
            if (!near) stray.add(p.gazetteerId());
        }
        if (stray.isEmpty()) return;
        for (int k = 0; k < ds.size(); k++) {
            Decision d = ds.get(k);
            if (d.place() != null && stray.contains(d.place().gazetteerId())
                    && (d.pass().equals("focus-country-weak") || d.pass().equals("same-name")))
                ds.set(k, new Decision(null, "outside-focus-state", 1));
        }
    }

    /**
     * Units and curated regions whose own name is the candidate's name with its unit word after it ("Nyanza" and
     * "province" for Nyanza Province), exact only.
     */
    private List<Gazetteer.Match> unitsNamedWithTheirWord(Candidate c) {
        String word = MentionFinder.PROVINCE_OF.equals(c.modifier()) ? "province" : c.suffix();
        if (word.isEmpty()) return List.of();
        if (word.endsWith("s") && !word.endsWith("ss")) word = word.substring(0, word.length() - 1); // "provinces"
        String whole = c.folded() + " " + word;
        if (!gazetteer.hasExact(whole)) return List.of();
        return filter(gazetteer.matchFolded(whole), m -> m.exact() && (Gazetteer.featureRank(m.place()) < 2
                || "region".equals(m.place().feature()) || "admin2".equals(m.place().feature())));
    }

    /**
     * Is the place's name spelt nearly as the text has it: one letter added, dropped or changed ("Tillabery" for
     * Tillabéri; not "Kobani" for Keban)?
     */
    static boolean nearSpelling(String name, String folded) {
        String n = NameNormalizer.fold(name);
        if (n.isEmpty() || folded.isEmpty() || Math.abs(n.length() - folded.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < n.length() && j < folded.length()) {
            if (n.charAt(i) == folded.charAt(j)) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (n.length() > folded.length()) i++;
            else if (n.length() < folded.length()) j++;
            else { i++; j++; }
        }
        return edits + (n.length() - i) + (folded.length() - j) <= 1;
    }

    /** A town this large grounds the text in its country by itself. */
    static final long GROUNDING_POPULATION = 100_000;

    private static boolean strayReading(Candidate c, Decision d) {
        GeoPlace p = d.place();
        if (p == null || Gazetteer.featureRank(p) != 2 || p.gazetteerId().startsWith("sitrep:")) return false;
        Gazetteer.Match m = null;
        for (Gazetteer.Match x : c.matches()) if (x.place().gazetteerId().equals(p.gazetteerId()) && (m == null || x.exact())) m = x;
        if (m == null) return false;
        if (!m.exact()) return true;
        // a famous place under a name it carries ("Ciudad de Mexico") is meant
        if (famous(m)) return false;
        // (where names reach English through transliteration, their spellings are all aliases: "Deir al-Zor")
        if (aliasOnly(m, c.folded()) && !GazetteerBuilder.transliterated(p.iso2()) && (weak(d) || d.pass().equals("single-candidate"))) return true;
        // a town of the name guessed by prominence alone, not a city of 100,000 ("Eastleigh residents (Kamukunji,
        // Nairobi)" is no English Eastleigh), or the one small village of the name in the gazetteer ("Al-Asad air base,
        // Anbar" is no Yemeni hamlet)
        return weak(d) && m.place().population() < GROUNDING_POPULATION
                || d.pass().equals("single-candidate") && obscureSettlements(List.of(m));
    }

    /**
     * "Dublin City", "Springfield City", "San Fernando City" (mostly from "... City Council", "... City Hall"): where no
     * place's own name is the whole phrase, the readings of the phrase are towns that list it as an alias (Dublin,
     * Ireland; Springfield, Massachusetts) and would win whatever the article is about. The phrase then means the town
     * "X" with the word "city" after it: the readings of X, settlements first, chosen by the usual passes. Names that
     * are a place's own ("Kansas City", "Quebec City" for Québec is an alias and reads as Quebec's town) stay.
     */
    private List<Candidate> cityWordApart(List<Candidate> cs) {
        List<Candidate> out = null;
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            Candidate r = c;
            if (c.folded().endsWith(" city") && c.suffix().isEmpty() && !c.matches().isEmpty()) {
                String stem = c.folded().substring(0, c.folded().length() - " city".length());
                // (GeoNames names some such towns the other way round: "City of Isabela" is Isabela City's own name)
                boolean own = false;
                for (Gazetteer.Match m : c.matches()) {
                    String name = NameNormalizer.fold(m.place().name());
                    if (m.exact() && (name.startsWith(c.folded()) || name.equals("city of " + stem))) { own = true; break; }
                }
                if (!own && !stem.isBlank()) {
                    List<Gazetteer.Match> ms = gazetteer.matchFolded(stem);
                    // the town of exactly that name, not one whose longer name starts with it (Springfield Gardens)
                    List<Gazetteer.Match> named = filter(ms, m -> m.exact() && NameNormalizer.fold(m.place().name()).equals(stem));
                    // only where the name is a town's own name at least as prominent as the alias holders: "Kanawha
                    // City" stays the West Virginia quarter its alias names, not a hamlet of Iowa called Kanawha
                    double aliasTop = Double.NEGATIVE_INFINITY;
                    for (Gazetteer.Match m : c.matches()) if (m.exact()) aliasTop = Math.max(aliasTop, prior(m));
                    if (!named.isEmpty() && prior(best(named)) >= aliasTop)
                        r = new Candidate(c.span(), c.text(), c.firstToken(), c.endToken(), stem, named, "city", c.modifier(),
                                c.qualifier(), c.cued(), c.qualifying(), c.institution(), c.acrossBorder());
                }
            }
            if (r != c && out == null) out = new ArrayList<>(cs.subList(0, k));
            if (out != null) out.add(r);
        }
        return out == null ? cs : out;
    }

    /**
     * The settlements among local readings (feature rank 2), or all of them when none is one: "Baalbek city", or a town
     * qualified by its namesake units, "Baalbek (Baalbek, Baalbek-Hermel)", is the town, not the district named after
     * it, whose larger population would otherwise rank it first.
     */
    private static List<Gazetteer.Match> settlementsFirst(List<Gazetteer.Match> local) {
        List<Gazetteer.Match> settlements = filter(local, m -> Gazetteer.isSettlement(m.place()));
        return settlements.isEmpty() ? local : settlements;
    }

    /** Characters between two items of a list: ", ", " and ", " or ", ", and ", ", or ". */
    static final int LIST_GAP = 6;

    /**
     * The state reading of {@code c} when its list neighbour {@code o} (a few characters away, neither qualifying the
     * other) was read as an admin1 unit that no big city shares the name of, and {@code c} has an exact admin1 reading
     * of the same country under its own name; else null.
     */
    private static Gazetteer.Match stateInList(Candidate c, Candidate o, Decision od) {
        // (a town qualified by its namesake province, "Colon (Colon)", is no list)
        if (od.place() == null || !"admin1".equals(od.place().feature()) || !o.suffix().isEmpty()
                || sameStem(o.folded(), c.folded())) return null;
        int gap = o.span().start() > c.span().start() ? o.span().start() - c.span().end() : c.span().start() - o.span().end();
        if (gap < 2 || gap > LIST_GAP) return null;
        for (Gazetteer.Match m : o.matches()) {
            if (m.exact() && Gazetteer.featureRank(m.place()) == 2 && m.place().population() >= CONTEXT_OVERRIDE_POPULATION) return null;
        }
        for (Gazetteer.Match m : c.matches()) {
            GeoPlace p = m.place();
            if (m.exact() && "admin1".equals(p.feature()) && Gazetteer.sameCountry(od.place().iso2(), p.iso2())
                    && NameNormalizer.fold(p.name()).equals(c.folded())) return m;
        }
        return null;
    }

    /**
     * May the document's agreed unit overrule this decision? Only a bare name (no qualifier, suffix or area word)
     * that the earlier passes chose by prominence or by country-wide votes, not by its own context.
     */
    private static boolean revisable(Candidate c, Decision d) {
        if (c.qualifier() >= 0 || !c.suffix().isEmpty() || !c.modifier().isEmpty() || c.matches().size() < 2) return false;
        return switch (d.pass()) {
            // (a town an institution names is still one of its country's many namesakes: "Athens Police Department")
            case "population", "focus-country", "focus-country-weak", "focus-admin1", "proximity", "local-town" -> true;
            // a country's name alone in the text, when a town of the name exists
            case "single-candidate" -> d.place() != null && Gazetteer.featureRank(d.place()) == 0;
            default -> false;
        };
    }

    /**
     * Does every other mention of the article that resolved to a place lie in this one country (countries, admin1
     * units and settlements alike)? Guesses by prominence alone do not count.
     */
    private static boolean domestic(List<Candidate> cs, List<Decision> ds, String ownName, String iso2) {
        for (int k = 0; k < cs.size(); k++) {
            GeoPlace p = ds.get(k).place();
            if (p == null || weak(ds.get(k)) || sameStem(cs.get(k).folded(), ownName)) continue;
            // (a hamlet abroad that is some name's only reading is no sign of a story abroad: the surname "Wende")
            if (Gazetteer.featureRank(p) == 2 && p.population() < HAMLET_POPULATION && ds.get(k).pass().equals("single-candidate")) continue;
            if (!Gazetteer.sameCountry(p.iso2(), iso2)) return false;
        }
        return true;
    }

    /**
     * Votes for admin1 units from the mentions already resolved without guessing, every name but this one: an
     * admin1 unit by name counts 2, a settlement or county resolved by its qualifier, its suffix, the only reading
     * of its name or the article's state counts 1, a city of 100,000 clearly decided by prominence counts
     * {@link #CITY_VOTE} (each name once).
     */
    private static Map<String, Double> resolvedUnits(List<Candidate> cs, List<Decision> ds, String ownName) {
        Map<String, Double> out = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            Decision d = ds.get(k);
            GeoPlace p = d.place();
            if (p == null || p.admin1() == null || sameStem(c.folded(), ownName) || !seen.add(c.folded())) continue;
            boolean grounded = switch (d.pass()) {
                case "admin-context", "admin-suffix", "single-candidate", "focus-state" -> true;
                default -> false;
            };
            // a state by name ("Nov" read as Nevada by country-wide votes is no evidence)
            if ("admin1".equals(p.feature()) && exactReading(c, p)) {
                if (grounded) out.merge(admin1Key(p), 2.0, Double::sum);
                continue;
            }
            if (Gazetteer.featureRank(p) < 2 || "continent".equals(p.feature())) continue;
            if (grounded && exactReading(c, p)) out.merge(admin1Key(p), 1.0, Double::sum);
            // a city of 100,000 that prominence clearly decides ("Minneapolis", "Toronto", "Dallas") tells where a
            // local story is as well as a state's name would: its unit reads the article's bare town names
            // ("Worthington" beside "Minneapolis" is Worthington, Minnesota)
            else if ((d.pass().equals("focus-country") || d.pass().equals("population") && clearlyBest(c, p))
                    && exactReading(c, p) && p.population() >= CITY_VOTE_POPULATION)
                out.merge(admin1Key(p), CITY_VOTE, Double::sum);
        }
        return out;
    }

    /** The vote for its admin1 unit of a big city that prominence clearly decides (as much as the strong minimum). */
    static final double CITY_VOTE = STRONG_ADMIN1;
    /** The vote for an admin1 unit the text names inside one of its bodies' names (as much as the strong minimum). */
    static final double INSTITUTION_VOTE = STRONG_ADMIN1;
    /** Population from which a city clearly decided by prominence votes for its admin1 unit. */
    static final long CITY_VOTE_POPULATION = 100_000;

    /** Is this reading ahead of every other exact reading of its name by an order of magnitude in prior? */
    private static boolean clearlyBest(Candidate c, GeoPlace p) {
        double own = Double.NEGATIVE_INFINITY, other = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Match m : c.matches()) {
            if (!m.exact()) continue;
            if (m.place().gazetteerId().equals(p.gazetteerId())) own = Math.max(own, prior(m));
            else other = Math.max(other, prior(m));
        }
        return own - other >= 1.0;
    }

    /** km within which readings of two names count as side by side. */
    static final double MUTUAL_KM = 30;
    /** km within which a town lies beside a county (whose point is the county's middle). */
    static final double MUTUAL_COUNTY_KM = 50;
    /** A name with more readings than this is too common to vouch for any of them. */
    static final int MUTUAL_MAX_READINGS = 40;
    /** Other names that must lie beside a namesake of a capital or a city of a million to move it there. */
    static final int MUTUAL_FAMOUS_SUPPORT = 2;

    /** May the mutual-proximity pass move this decision (made by prominence or by country-wide votes alone)? */
    private static boolean mutuallyRevisable(Decision d) {
        return switch (d.pass()) {
            case "population", "focus-country-weak", "focus-country", "focus-admin1", "proximity", "local-town" -> true;
            default -> false;
        };
    }

    /**
     * The local reading (settlement or county) of a name that most other names of the article have a reading beside
     * (within {@link #MUTUAL_KM} in the same admin1 unit, or a town and its county), when that is more of them than
     * stand beside the current choice: local news names its towns and their neighbours without their state ("New
     * London", "Winfield" and "Mount Pleasant" are three towns of one Iowa county). A name resolved with confidence,
     * or guessed as a capital or a city of a million, vouches only for its own reading. A capital or a city of a
     * million is moved only by {@link #MUTUAL_FAMOUS_SUPPORT} names or by the county it would lie in ("Paris" and
     * "Henry County"). Null when no reading gains.
     */
    private static Gazetteer.Match mutualReading(Candidate c, List<Candidate> cs, List<Decision> ds) {
        // the places' own names, not aliases (Saint Paris is no reading of "Paris", Logan City none of "Logan")
        List<Gazetteer.Match> own = filter(c.matches(), m -> m.exact() && Gazetteer.featureRank(m.place()) == 2
                && m.place().admin1() != null && ownName(m.place(), c.folded()));
        if (own.isEmpty() || own.size() > MUTUAL_MAX_READINGS) return null;
        GeoPlace now = ds.get(cs.indexOf(c)).place();
        boolean famousNow = now != null && (famousPlace(now) || Gazetteer.featureRank(now) == 0);
        int nowSupport = 0;
        if (now != null && Gazetteer.featureRank(now) == 2) nowSupport = support(now, c, cs, ds)[0];
        Gazetteer.Match best = null;
        int bestSupport = 0;
        for (Gazetteer.Match r : own) {
            if (now != null && r.place().gazetteerId().equals(now.gazetteerId())) continue;
            int[] sc = support(r.place(), c, cs, ds);
            int n = sc[0];
            boolean ok = famousNow ? sc[1] > 0 || n >= MUTUAL_FAMOUS_SUPPORT : n > 0;
            if (!ok || n <= nowSupport && sc[1] == 0) continue;
            if (best == null || n > bestSupport || n == bestSupport && prior(r) > prior(best)) { best = r; bestSupport = n; }
        }
        // a town of 100,000 by its own name that prominence chose stays where as many of the text's other names are
        // read in its region: "Cambridge", "London" and "Oxford" are England's, not two villages side by side in
        // Maryland (capitals and cities of a million have their own, stricter rule above; a city read by an alias
        // is no such choice)
        if (best != null && !famousNow && Gazetteer.featureRank(now) == 2 && ownName(now, c.folded())
                && now.population() >= CONTEXT_OVERRIDE_POPULATION && regionalSupport(now, c, cs, ds) >= bestSupport) return null;
        return best;
    }

    /** How many other names of the article are read within {@link #REGION_KM} of this place? */
    private static int regionalSupport(GeoPlace p, Candidate c, List<Candidate> cs, List<Decision> ds) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int j = 0; j < cs.size(); j++) {
            GeoPlace q = ds.get(j).place();
            if (q != null && !sameStem(cs.get(j).folded(), c.folded()) && Gazetteer.featureRank(q) == 2
                    && Gazetteer.km(p, q) <= REGION_KM) names.add(cs.get(j).folded());
        }
        return names.size();
    }

    /** km within which towns read by prominence make one region (the usual tolerance of a geocoder, 100 miles). */
    static final double REGION_KM = 161;

    /**
     * How many other names of the article have a reading beside this place (same admin1 unit, within {@link #MUTUAL_KM}
     * or a town and its county), and how many of those are its county or a town of it.
     */
    private static int[] support(GeoPlace r, Candidate c, List<Candidate> cs, List<Decision> ds) {
        java.util.Set<String> names = new java.util.HashSet<>();
        int county = 0;
        for (int j = 0; j < cs.size(); j++) {
            Candidate o = cs.get(j);
            if (sameStem(o.folded(), c.folded()) || names.contains(o.folded()) || exactCount(o) > MUTUAL_MAX_READINGS) continue;
            Decision od = ds.get(j);
            // a name resolved with confidence, or guessed as a capital or a city of a million, vouches only for its
            // own reading (Los Angeles, California is no Mexican village's neighbour)
            // (a country's name read as the country vouches for its towns: it may be one of them)
            boolean countryName = od.place() != null && Gazetteer.featureRank(od.place()) == 0;
            boolean fixed = !countryName && (!mutuallyRevisable(od) || od.place() != null && famousPlace(od.place()));
            for (Gazetteer.Match q : o.matches()) {
                GeoPlace qp = q.place();
                if (!q.exact() || Gazetteer.featureRank(qp) < 2 || !admin1Key(qp).equals(admin1Key(r))
                        || !ownName(qp, o.folded()) || qp.gazetteerId().equals(r.gazetteerId())) continue;
                if (fixed && (od.place() == null || !od.place().gazetteerId().equals(qp.gazetteerId()))) continue;
                boolean isCounty = "admin2".equals(qp.feature()) && qp.name().equals(r.admin2())
                        || "admin2".equals(r.feature()) && r.name().equals(qp.admin2());
                // a county's point is the middle of a unit some 50 km across
                double reach = "admin2".equals(qp.feature()) || "admin2".equals(r.feature()) ? MUTUAL_COUNTY_KM : MUTUAL_KM;
                if (isCounty || Gazetteer.km(qp, r) <= reach) {
                    names.add(o.folded());
                    if (isCounty) county++;
                    break;
                }
            }
        }
        return new int[] {names.size(), county};
    }

    /** A settlement this large is meant wherever it lies, whatever unit the article's other mentions name. */
    static final long CONTEXT_OVERRIDE_POPULATION = 100_000;

    /** The admin1 unit qualified mentions fix, and where in the text they stand. */
    record AdminContext(java.util.Set<String> units, List<Integer> at, List<GeoPlace> places) {
        static final AdminContext NONE = new AdminContext(java.util.Set.of(), List.of(), List.of());

        /** Does the context reach a mention ({@link #CONTEXT_WINDOW} characters around a qualified mention)? */
        boolean reaches(Candidate c) {
            for (int a : at) if (Math.abs(c.span().start() - a) <= CONTEXT_WINDOW) return true;
            return false;
        }
    }

    /**
     * Characters around a qualified mention its admin context reaches: the passage about one event (an event
     * description, a news paragraph), not a long article's other stories.
     */
    static final int CONTEXT_WINDOW = 300;
    /** km from a qualified town within which a place across the unit's border is still its neighbour. */
    static final double CONTEXT_NEIGHBOUR_KM = 40;

    /**
     * The admin1 units a document fixes by qualifying its mentions: "Celaya, Guanajuato", "Pipri, Kaushambi (UP)",
     * "Menakuru village (Nellore, AP)", "X district, Y province". Taken from the admin1 readings of each qualifier
     * chain (in the countries where the qualified name has a reading, when it has one), and from qualifiers that
     * resolved to an admin1 unit. Empty unless that is exactly one unit.
     */
    private AdminContext documentAdminContext(List<Candidate> cs, List<Decision> first) {
        java.util.Set<String> units = new java.util.LinkedHashSet<>();
        List<Integer> at = new ArrayList<>();
        List<GeoPlace> places = new ArrayList<>();
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            Decision d = first.get(k);
            if (c.qualifying() && d.place() != null && "admin1".equals(d.place().feature()) && !weak(d)) {
                units.add(admin1Key(d.place()));
                at.add(c.span().start());
            }
            if (c.qualifier() < 0) continue;
            // a town qualified by its country ("Van, Turkey") fixes no admin1 unit for the rest of the document
            java.util.Set<String> own = d.pass().equals("admin-context") && d.place() != null && d.place().admin1() != null
                    && Gazetteer.featureRank(d.place()) == 2 && !namesCountry(cs.get(c.qualifier()))
                    ? java.util.Set.of(admin1Key(d.place())) : qualifierUnits(c, cs);
            if (!own.isEmpty()) {
                units.addAll(own);
                at.add(c.span().start());
                if (d.place() != null && Gazetteer.featureRank(d.place()) == 2) places.add(d.place());
            }
        }
        if (units.size() != 1) return AdminContext.NONE;
        // an article that names or is mostly about another admin1 unit (local news of a state that qualifies a town
        // of its neighbour: "Kansas City, Mo." in a Kansas paper) has no single admin context
        // (a seat read by the name of its unit names that unit too: "Sori, Migori, Homa Bay, Siaya, Kisumu ..." lists
        // Kenya's counties by their towns)
        for (int k = 0; k < cs.size(); k++) {
            GeoPlace p = first.get(k).place();
            if (p == null || units.contains(admin1Key(p))) continue;
            if ("admin1".equals(p.feature())) return AdminContext.NONE;
            if (Gazetteer.featureRank(p) == 2 && p.admin1() != null && exactReading(cs.get(k), p)
                    && NameNormalizer.fold(p.admin1()).equals(cs.get(k).folded())) return AdminContext.NONE;
        }
        String lead = strongAdmin1(totalsFor(admin1Votes(cs), ""));
        if (lead != null && !units.contains(lead)) return AdminContext.NONE;
        return new AdminContext(units, at, places);
    }

    /**
     * The admin1 unit a mention's qualifier chain names ("Kamianka, Donetsk"; "Menakuru village (Nellore, AP)"):
     * the first link of the chain with exact admin1 readings, narrowed to the countries where the qualified name has
     * an exact reading ("Punjab" is a state of India and a province of Pakistan); empty when that is not one unit.
     */
    static java.util.Set<String> qualifierUnits(Candidate c, List<Candidate> all) {
        Candidate q = c.qualifier() >= 0 ? all.get(c.qualifier()) : null;
        for (int depth = 0; q != null && depth < 3; depth++) {
            List<GeoPlace> admin = new ArrayList<>();
            for (Gazetteer.Match m : q.matches()) {
                if (m.exact() && "admin1".equals(m.place().feature()) && m.place().admin1() != null) admin.add(m.place());
            }
            List<GeoPlace> same = new ArrayList<>();
            for (GeoPlace u : admin) for (Gazetteer.Match m : c.matches()) {
                if (m.exact() && Gazetteer.sameCountry(u.iso2(), m.place().iso2())) { same.add(u); break; }
            }
            if (!same.isEmpty()) admin = same;
            // (a unit named so beats one that merely carries the name as an alias: "(Lahij)" is Lahij, not Al
            // Dhale'e, carved out of it)
            if (admin.size() > 1) {
                String named = q.folded();
                List<GeoPlace> own = admin.stream().filter(u -> NameNormalizer.fold(u.name()).equals(named)).toList();
                if (own.size() == 1) admin = own;
            }
            if (admin.size() == 1) return java.util.Set.of(admin1Key(admin.get(0)));
            if (!admin.isEmpty()) return java.util.Set.of();
            q = q.qualifier() >= 0 ? all.get(q.qualifier()) : null;
        }
        return java.util.Set.of();
    }

    /**
     * {@code document-admin-context}: once the document has fixed its admin1 unit by a qualified mention, a bare or
     * loosely spelt mention that the earlier passes put elsewhere is read inside that unit when it has a reading
     * there ("in Celaya, Guanajuato ... in Camargo community"); a village or loose reading in another unit, with
     * none inside, is a place the gazetteer does not know ({@code outside-document-context}): better no place than
     * a namesake in another state. Countries, admin1 units, cities of {@link #CONTEXT_OVERRIDE_POPULATION} and
     * mentions with their own qualifier, suffix or area modifier keep their reading. There is a context only when
     * the qualifiers name one unit and the article names no other admin1 unit nor leads its votes elsewhere.
     */
    private Decision withinDocumentContext(Candidate c, Decision d, AdminContext context, List<GeoPlace> clustered,
                                           Map<String, Double> countries) {
        java.util.Set<String> units = context.units();
        if (units.isEmpty() || !context.reaches(c) || c.qualifier() >= 0 || !c.suffix().isEmpty() && !MentionFinder.SETTLEMENT_SUFFIX.contains(c.suffix())
                || isAdminArea(c.modifier()) || c.matches().isEmpty()) return d;
        GeoPlace p = d.place();
        if (p != null && (Gazetteer.featureRank(p) < 2 || units.contains(admin1Key(p)) || p.gazetteerId().startsWith("sitrep:"))) return d;
        // (a name its neighbours in the text place, each near the others, is grounded by itself, and so is a town
        // near them: "Douglas County deputies in Alexandria and Osakis" beside "Fargo, North Dakota")
        if (p != null && d.pass().equals("mutual-proximity")) return d;
        boolean exact = p != null && exactReading(c, p);
        if (p != null && exact && p.population() >= CONTEXT_OVERRIDE_POPULATION) return d;
        List<Gazetteer.Match> inside = filter(c.matches(), m -> Gazetteer.featureRank(m.place()) == 2
                && units.contains(admin1Key(m.place())));
        List<Gazetteer.Match> exactInside = filter(inside, Gazetteer.Match::exact);
        if (!exactInside.isEmpty()) return decided(best(exactInside), "document-admin-context", c);
        // a loose spelling inside the unit only where names are transliterated, and only over a loose reading
        if (!exact && !inside.isEmpty() && GazetteerBuilder.transliterated(inside.get(0).place().iso2())) {
            return decided(best(inside), "document-admin-context", c);
        }
        // ("Al-Bara" in a text about Idleb is Idleb's Barah)
        if (inside.isEmpty() && (p == null || !exact)) {
            Gazetteer.Match spelt = spellingInUnits(c, units);
            if (spelt != null) return decided(spelt, "document-admin-context", c);
        }
        // a neighbour across the unit's border ("Overland Park, Kan." and Blue Springs, Missouri) is still meant
        // a place abroad spelt exactly, in a country the article's other names point to, is another story of the
        // article ("Manbij" beside "Syria" and "Austin, Texas"); abroad in a country nothing else names, a namesake
        boolean sameCountry = p != null && units.stream().anyMatch(u -> u.startsWith(p.iso2() + "/"));
        boolean namedCountry = p != null && countries.containsKey(p.iso2());
        // (a town that is the name's only reading, across a border from the unit, is the place a cross-border report
        // names: a drone launched from a Homs air base "shot down over Beit Shean", Israel, where nothing else names
        // Israel; a village's only reading abroad may still be a namesake of a village the gazetteer lacks)
        boolean townAcross = p != null && exact && !sameCountry && !obscureSettlements(filter(c.matches(), Gazetteer.Match::exact))
                && nearAny(p, context.places(), BORDER_REACH_KM);
        if (p != null && (sameCountry || !exact || !namedCountry && !townAcross) && !nearAny(p, context.places(), CONTEXT_NEIGHBOUR_KM)
                && !nearAny(p, clustered, CONTEXT_NEIGHBOUR_KM)) {
            return new Decision(null, "outside-document-context", 1);
        }
        return d;
    }

    /**
     * Is the name a country's or a continent's own name ("Iraq, Iran" is a list, not Arak; "Benin" is not Benin City)?
     * An alias does not count: "Salvador, Bahia" is the city, whatever El Salvador is also called.
     */
    private static boolean namesCountry(Candidate c) {
        for (Gazetteer.Match m : c.matches()) {
            String f = m.place().feature() == null ? "" : m.place().feature();
            if (m.exact() && (f.equals("country") || f.equals("continent"))
                    && NameNormalizer.fold(m.place().name()).equals(c.folded())) return true;
        }
        return false;
    }

    /** Is one exact reading a country, an admin1 unit, a continent or a curated region (a list item, not a town)? */
    private static boolean namesUnit(List<Gazetteer.Match> ms) {
        for (Gazetteer.Match m : ms) {
            if (m.exact() && (Gazetteer.featureRank(m.place()) < 2 || "continent".equals(m.place().feature())
                    || m.place().gazetteerId().startsWith("sitrep:"))) return true;
        }
        return false;
    }

    /**
     * The settlement of the given admin1 units whose name is closest to the candidate's spelling (the units' own lists,
     * by {@link VariantMatcher}), or null: a name's loose readings are only the likeliest few of the whole index, and
     * a village of the unit the text names may be spelt otherwise than any of them.
     */
    private Gazetteer.Match spellingInUnits(Candidate c, java.util.Collection<String> units) {
        List<Gazetteer.Match> variants = gazetteer.variants().find(c.folded(), units, true);
        return variants.isEmpty() ? null : variants.get(0);
    }

    /** Tokens within which an admin1 unit the text names reads a settlement's name that the country's votes decided. */
    static final int NEARBY_UNIT_TOKENS = 12;

    /**
     * The exact settlement reading of the candidate inside an admin1 unit that another mention within
     * {@link #NEARBY_UNIT_TOKENS} tokens names as a unit (with its unit word) and was read as; the most prominent such
     * reading, or null.
     */
    private static Gazetteer.Match readingInNearbyUnit(Candidate c, java.util.Set<String> units) {
        if (units.isEmpty()) return null;
        List<Gazetteer.Match> inUnits = filter(c.matches(), m -> m.exact() && Gazetteer.featureRank(m.place()) == 2
                && units.contains(admin1Key(m.place())));
        // (a district named after its seat is the seat town: "near Dhubab on the coast of Taizz governorate")
        return inUnits.isEmpty() ? null : best(seatsOverUnits(inUnits, c.matches()));
    }

    /**
     * The admin1 units that mentions within {@link #NEARBY_UNIT_TOKENS} tokens of mention k name as units, with their
     * unit word or as an area ("Anbar province", "the province of Anbar", "the western countryside of Idleb"); a
     * state's bare name in a list of cities is no such context ("Washington, New York and Boston").
     */
    private static java.util.Set<String> nearbyUnits(Candidate c, int k, List<Candidate> cs, List<Decision> decided) {
        java.util.Set<String> units = new java.util.HashSet<>();
        for (int j = 0; j < cs.size(); j++) {
            Candidate o = cs.get(j);
            if (j == k || Math.abs(o.firstToken() - c.firstToken()) > NEARBY_UNIT_TOKENS) continue;
            GeoPlace u = decided.get(j).place();
            boolean namedAsUnit = MentionFinder.ADMIN_SUFFIX.contains(o.suffix()) || MentionFinder.PROVINCE_OF.equals(o.modifier())
                    || decided.get(j).pass().equals("area-modifier");
            if (u == null || !"admin1".equals(u.feature()) || !exactReading(o, u) || !namedAsUnit) continue;
            units.add(admin1Key(u));
        }
        return units;
    }

    private static boolean weak(Decision d) {
        return d.pass().equals("population") || d.pass().equals("focus-country-weak");
    }

    /**
     * Does the k-th name stand in a list beside a name read as a country, province or city outside the focus ("the
     * minister flew to Greece, Fano and Malta" in a report on Amhara)? There the text speaks of places abroad, and a
     * minor place among them is meant.
     */
    private static boolean listedBesidePlaceAbroad(int k, List<Candidate> cs, List<Decision> decided, Map<String, Double> focus) {
        for (int j : new int[] {k - 1, k + 1}) {
            if (j < 0 || j >= cs.size()) continue;
            Candidate a = cs.get(Math.min(j, k)), b = cs.get(Math.max(j, k));
            GeoPlace p = decided.get(j).place();
            // (a country, a province or a city abroad: a village's namesake abroad vouches for nothing, two Aleppo
            // quarters listed together are no Iraqi villages because both names have Iraqi namesakes)
            if (b.firstToken() - a.endToken() <= LIST_GAP_TOKENS && p != null && !focus.containsKey(p.iso2())
                    && (Gazetteer.featureRank(p) < 2 || p.population() >= GROUNDING_POPULATION)) return true;
        }
        return false;
    }

    /**
     * Has the text another name read in that country ("serviced in Fano, said an engineer trained in Palermo")? The
     * focus votes count readings before they are decided: a town named often whose name is also a province abroad
     * votes for that province's country though the text reads it at home, and a second town of the home country
     * must not then count as abroad.
     */
    private static boolean placedElsewhereIn(String iso2, int k, List<Candidate> cs, List<Decision> decided) {
        for (int j = 0; j < cs.size(); j++) {
            GeoPlace p = decided.get(j).place();
            if (j != k && p != null && iso2 != null && iso2.equals(p.iso2()) && !cs.get(j).folded().equals(cs.get(k).folded()))
                return true;
        }
        return false;
    }

    /** Tokens between two members of a list: a comma, "and", ", and". */
    private static final int LIST_GAP_TOKENS = 2;

    /** Places decided without guessing that are settlements or areas (not countries or admin1 units). */
    private static List<GeoPlace> anchors(List<Decision> decided) {
        List<GeoPlace> anchors = new ArrayList<>();
        for (Decision d : decided) {
            if (d.place() == null || Gazetteer.featureRank(d.place()) < 2 || weak(d)) continue;
            anchors.add(d.place());
        }
        return anchors;
    }

    private Decision decide(Candidate c, List<Candidate> all, Map<String, Double> focus, Map<String, Double> focusAdmin1,
                            String strongUnit, List<GeoPlace> anchors) {
        Decision d = choose(c, all, focus, focusAdmin1, strongUnit, anchors);
        // a district named after its seat, read by a pass that looked at the district alone ("Ras al-Ain" in a text
        // about Hasakah), is the seat the news means, unless the text says "district"
        if (d.place() != null && "admin2".equals(d.place().feature()) && c.suffix().isEmpty()) {
            Gazetteer.Match unit = null;
            for (Gazetteer.Match m : c.matches())
                if (m.exact() && m.place().gazetteerId().equals(d.place().gazetteerId())) { unit = m; break; }
            if (unit != null) {
                List<Gazetteer.Match> seat = seatsOverUnits(List.of(unit), withSeatsSpeltOtherwise(c, List.of(unit), c.matches()));
                if (seat.size() == 1 && Gazetteer.isSettlement(seat.get(0).place()))
                    d = new Decision(seat.get(0).place(), d.pass(), precisionOf(seat.get(0).place(), c));
            }
        }
        // a loose spelling of a place abroad, in an article clearly about one other country, is a village the gazetteer
        // does not know (Husnabad in West Bengal is not Husayn 'Abd in Iraq): better no place than a confident error
        // (one country named by the rest of the text is enough: "Oba town ... (Anambra)" is no French Aubas)
        // (not a reading inside the unit that qualifies it: "Al-Masloub district (Al Jawf)" is Yemen's, whatever the
        // Saudi province of that name does to the focus)
        if (d.place() != null && focus.size() == 1 && !focus.containsKey(d.place().iso2()) && !exactReading(c, d.place())
                && Gazetteer.featureRank(d.place()) == 2
                && !inQualifyingUnit(c, d.place(), all)) {
            return new Decision(null, "outside-focus", 1);
        }
        // a name guessed by prominence alone whose readings are all villages, towns or districts of fewer than 100,000,
        // the chosen one in a country the text does not name and beyond a border's reach of every place the article is
        // grounded in, in an article clearly about one other country, is a person's or a clan's name ("Saad" in a
        // Somali report is no Israeli village) or a village the gazetteer does not know ("Tawila" in a Darfur report is
        // no Yemeni district across the Red Sea from Port Sudan)
        if (d.place() != null && d.pass().equals("population") && minorPlaceAbroad(c, d.place(), all, focus, anchors)) {
            return new Decision(null, "outside-focus", 1);
        }
        // a hamlet of the exact name beside a town spelt a vowel apart is the town written twice in the gazetteer, or
        // a farm named after it: news means the town ("Majar al-Kabir" is Al Mijar al Kabir, a town of 35,000, not the
        // hamlet listed 11 km off)
        if (d.place() != null && Gazetteer.isSettlement(d.place()) && d.place().population() < HAMLET_POPULATION) {
            Gazetteer.Match town = townBeside(c, d.place());
            if (town != null) return new Decision(town.place(), d.pass(), d.precision());
        }
        return d;
    }

    /** Below this many people a settlement counts as a hamlet (Who's On First gives none for most villages). */
    static final long HAMLET_POPULATION = 1_000;
    /** km within which a hamlet and a town of nearly its name are one place. */
    static final double TOWN_BESIDE_KM = 15;

    /**
     * A folded name's consonants as written, without its articles, vowels and doubled letters ("al majar al kabir" and
     * "al mijar al kabir" are both "mjrkbr"): stricter than the variant matcher's skeleton, which merges consonants
     * that transliterations confuse (Ghbale and Jbail are two villages).
     */
    private static String consonants(String folded) {
        StringBuilder out = new StringBuilder();
        for (String w : folded.split(" ")) {
            if (NameNormalizer.ARTICLES.contains(w)) continue;
            for (char ch : w.toCharArray()) if (Character.isLetter(ch) && "aeiouy".indexOf(ch) < 0) out.append(ch);
        }
        return NameNormalizer.collapseRepeats(out);
    }

    /**
     * The most populous town (of {@link GazetteerBuilder#TOWN_POPULATION}) of the candidate's loose readings that lies
     * within {@link #TOWN_BESIDE_KM} of the hamlet, in its unit, spelt with the same {@link #consonants}; null if none.
     */
    private static Gazetteer.Match townBeside(Candidate c, GeoPlace hamlet) {
        Gazetteer.Match town = null;
        String consonants = consonants(c.folded());
        for (Gazetteer.Match m : c.matches()) {
            GeoPlace p = m.place();
            if (m.exact() || Gazetteer.featureRank(p) != 2 || "admin2".equals(p.feature())
                    || p.population() < GazetteerBuilder.TOWN_POPULATION
                    || !java.util.Objects.equals(p.iso2(), hamlet.iso2()) || !java.util.Objects.equals(p.admin1(), hamlet.admin1())
                    || Gazetteer.km(p, hamlet) > TOWN_BESIDE_KM || !consonants(NameNormalizer.fold(p.name())).equals(consonants)) continue;
            if (town == null || p.population() > town.place().population()) town = m;
        }
        return town;
    }

    /** km within which a city abroad counts as just across the border from a hamlet of its name at home. */
    static final double ACROSS_BORDER_CITY_KM = 400;

    /**
     * The city of 100,000 or more, outside the focus countries, within {@link #ACROSS_BORDER_CITY_KM} of every home
     * reading of its name, where those are all hamlets (under {@link #HAMLET_POPULATION}, no unit); else null.
     */
    private static Gazetteer.Match cityAcrossTheBorder(List<Gazetteer.Match> pool, List<Gazetteer.Match> home,
                                                      Map<String, Double> focus, String folded) {
        for (Gazetteer.Match h : home) {
            if (Gazetteer.featureRank(h.place()) != 2 || h.place().population() >= HAMLET_POPULATION
                    || TOWN_FEATURES.contains(h.place().feature())) return null;
        }
        Gazetteer.Match city = null;
        for (Gazetteer.Match m : pool) {
            GeoPlace p = m.place();
            if (!m.exact() || focus.containsKey(p.iso2()) || Gazetteer.featureRank(p) != 2
                    || p.population() < CONTEXT_OVERRIDE_POPULATION || !ownName(p, folded)) continue;
            if (home.stream().allMatch(h -> Gazetteer.km(h.place(), p) <= ACROSS_BORDER_CITY_KM)
                    && (city == null || p.population() > city.place().population())) city = m;
        }
        return city;
    }

    /** Curated natural features compact enough to place a settlement named as lying in them. */
    private static final Set<String> COMPACT_AREAS = Set.of("mountain", "plain", "valley", "plateau");
    /** How far from a compact natural area's centre the settlements it holds lie. */
    static final double AREA_REACH_KM = 25;

    /**
     * The settlement reading of a name that lies within {@link #AREA_REACH_KM} of the natural area qualifying it (an
     * exact curated reading of the qualifier): an exact reading first, then the nearest of its readings, then the
     * nearest spelling among the area's unit's settlements; null when the qualifier is no such area or nothing of
     * the name lies in reach.
     */
    private Gazetteer.Match withinNaturalArea(Candidate c, List<Gazetteer.Match> ms, Candidate q) {
        List<GeoPlace> areas = new ArrayList<>();
        java.util.Set<String> units = new java.util.HashSet<>();
        for (Gazetteer.Match m : q.matches()) {
            if (m.exact() && m.place().gazetteerId().startsWith("sitrep:") && COMPACT_AREAS.contains(m.place().feature())) {
                areas.add(m.place());
                if (m.place().admin1() != null) units.add(admin1Key(m.place()));
            }
        }
        if (areas.isEmpty()) return null;
        List<Gazetteer.Match> near = filter(ms, m -> Gazetteer.isSettlement(m.place()) && nearAny(m.place(), areas, AREA_REACH_KM));
        if (near.isEmpty() && !units.isEmpty())
            near = filter(gazetteer.variants().find(c.folded(), units, true), m -> nearAny(m.place(), areas, AREA_REACH_KM));
        if (near.isEmpty()) return null;
        List<Gazetteer.Match> exact = filter(near, Gazetteer.Match::exact);
        if (!exact.isEmpty()) return best(exact);
        Gazetteer.Match nearest = null;
        double d = Double.MAX_VALUE;
        for (Gazetteer.Match m : near) {
            for (GeoPlace a : areas) {
                double k = Gazetteer.km(m.place(), a);
                if (k < d) { d = k; nearest = m; }
            }
        }
        return nearest;
    }

    /** Words for natural areas, whose extent no administrative unit follows. */
    private static final Set<String> NATURAL_AREAS = Set.of("valley", "plain", "plains", "mountains", "mountain", "hills",
            "desert", "basin", "heights");

    /** How much more prominent (log10 units) a town known by the name only as an alias must be to stay a reading. */
    static final double ALIAS_MARGIN = 1.5;
    /**
     * Where names reach the text through transliteration every spelling is as good as an alias, so an alias holder
     * stays a reading unless a town of that very name in its unit is about as prominent (within this, log10 units):
     * "Shahriar (Tehran)" is Shahriar, not Robat Karim beside it, which also bears the name.
     */
    static final double TRANSLITERATED_ALIAS_MARGIN = 0.3;
    /** Population from which a town known by a transliterated spelling beats a hamlet of that own name in its unit. */
    static final long TRANSLITERATED_ALIAS_TOWN_POPULATION = 50_000;

    /**
     * The exact readings without the towns that carry the name only as an alias (an old name: "Richland" for Orange,
     * California; "York" for Warner Robins) where a town of that very name is about as prominent: news writes a
     * town's own name, or its short form ("Avondale" for Avondale Estates stays). A far more prominent alias holder stays ("Bombay" is Mumbai, not a village of New York); so do
     * aliases where names reach the text through transliteration, whose spellings are all aliases, unless a town of
     * that very name in the holder's unit is about as prominent.
     */
    static List<Gazetteer.Match> ownNamesOverAliases(List<Gazetteer.Match> pool, String folded) {
        double own = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Match m : pool) {
            if (m.exact() && Gazetteer.featureRank(m.place()) == 2 && NameNormalizer.fold(m.place().name()).equals(folded))
                own = Math.max(own, prior(m));
        }
        if (own == Double.NEGATIVE_INFINITY) return pool;
        double floor = own;
        List<Gazetteer.Match> out = filter(pool, m -> !m.exact() || Gazetteer.featureRank(m.place()) != 2
                || m.place().gazetteerId().startsWith("sitrep:")
                || GazetteerBuilder.transliterated(m.place().iso2()) && !ownNameBesideIt(pool, m, folded)
                || NameNormalizer.fold(m.place().name()).startsWith(folded) || prior(m) > floor + ALIAS_MARGIN
                // ("Lazaro Cardenas" is Ciudad Lázaro Cárdenas's own name without its city word, no old alias)
                || GazetteerBuilder.cityWordDropped(m.place().name()).map(NameNormalizer::fold).filter(folded::equals).isPresent());
        return out.isEmpty() ? pool : out;
    }

    /**
     * Is there a town of this very name in the alias holder's unit, about as prominent as the holder (within
     * {@link #TRANSLITERATED_ALIAS_MARGIN})? A town abroad of the name does not count: the text's country decides
     * between them ("Derik" is also al-Malikiyah's name in Syria).
     */
    private static boolean ownNameBesideIt(List<Gazetteer.Match> pool, Gazetteer.Match holder, String folded) {
        GeoPlace h = holder.place();
        // (a holder whose own name is another spelling of the name holds no other name: Kipseli for "Kypseli")
        if (NameNormalizer.skeleton(h.name()).equals(NameNormalizer.skeletonOfFolded(folded))) return false;
        for (Gazetteer.Match m : pool) {
            GeoPlace p = m.place();
            if (m.exact() && m != holder && Gazetteer.featureRank(p) == 2 && NameNormalizer.fold(p.name()).equals(folded)
                    && java.util.Objects.equals(p.iso2(), h.iso2()) && h.admin1() != null && h.admin1().equals(p.admin1())
                    && prior(holder) <= prior(m) + TRANSLITERATED_ALIAS_MARGIN) return true;
        }
        return false;
    }

    /** km from every grounded place of an article beyond which an obscure village guessed by prominence is not meant. */
    static final double FAR_ABROAD_KM = 1500;

    /** km within which a small place across a border from the text's grounded places may still be meant. */
    static final double BORDER_REACH_KM = 500;

    /**
     * Is p, read for c in an article clearly about one other country, a minor place abroad: all c's exact readings
     * villages, towns or districts of fewer than 100,000, p in a country the text does not name and more than a
     * border's reach from every place the article is grounded in?
     */
    private static boolean minorPlaceAbroad(Candidate c, GeoPlace p, List<Candidate> all, Map<String, Double> focus,
                                            List<GeoPlace> anchors) {
        return strongFocus(focus) && !focus.containsKey(p.iso2()) && !anchors.isEmpty()
                && minorPlaces(filter(c.matches(), Gazetteer.Match::exact)) && !countryNamed(all, p.iso2())
                && !nearAny(p, anchors, BORDER_REACH_KM);
    }

    /** km within which another mention of the text vouches for a city quarter or zone of the curated list. */
    static final double QUARTER_KM = 40;

    /**
     * The matches without the curated quarters and zones of large cities ("Hodan", "North Zone", "Airport Road") that
     * no other mention of the text lies near: those names recur in other cities, so the city must be named too.
     */
    static List<Gazetteer.Match> quartersWithTheirCity(Candidate c, List<Candidate> all) {
        List<Gazetteer.Match> out = null;
        for (int k = 0; k < c.matches().size(); k++) {
            Gazetteer.Match m = c.matches().get(k);
            boolean keep = !isQuarter(m.place()) || vouched(m.place(), c, all);
            if (!keep && out == null) out = new ArrayList<>(c.matches().subList(0, k));
            else if (keep && out != null) out.add(m);
        }
        return out == null ? c.matches() : out;
    }

    /** Is the place inside an admin1 unit that the name's qualifier names exactly ("(Al Jawf)": Saudi or Yemeni)? */
    private static boolean inQualifyingUnit(Candidate c, GeoPlace p, List<Candidate> all) {
        if (c.qualifier() < 0 || p.admin1() == null) return false;
        String key = admin1Key(p);
        for (Gazetteer.Match m : all.get(c.qualifier()).matches())
            if (m.exact() && "admin1".equals(m.place().feature()) && key.equals(admin1Key(m.place()))) return true;
        return false;
    }

    /** A curated building that names a government ("White House"). */
    static boolean isSeatOfPower(GeoPlace p) {
        return p.gazetteerId().startsWith("sitrep:") && "site".equals(p.feature());
    }

    private static boolean isQuarter(GeoPlace p) {
        return p.gazetteerId().startsWith("sitrep:") && ("neighbourhood".equals(p.feature()) || "city-zone".equals(p.feature()));
    }

    private static boolean vouched(GeoPlace q, Candidate c, List<Candidate> all) {
        for (Candidate o : all) {
            if (o == c || o.span().equals(c.span())) continue;
            for (Gazetteer.Match m : o.matches()) {
                if (!m.exact() || isQuarter(m.place())) continue;
                // a town near it, or its own admin1 unit by name ("Wadi al-Rabi (Aljfara)")
                if (Gazetteer.featureRank(m.place()) == 2 && Gazetteer.km(m.place(), q) <= QUARTER_KM) return true;
                if ("admin1".equals(m.place().feature()) && q.admin1() != null && admin1Key(m.place()).equals(admin1Key(q))) return true;
            }
        }
        return false;
    }

    private static boolean exactReading(Candidate c, GeoPlace p) {
        for (Gazetteer.Match m : c.matches()) if (m.exact() && m.place().gazetteerId().equals(p.gazetteerId())) return true;
        return false;
    }

    private Decision choose(Candidate c, List<Candidate> all, Map<String, Double> focus, Map<String, Double> focusAdmin1,
                            String strongUnit, List<GeoPlace> anchors) {
        List<Gazetteer.Match> ms = quartersWithTheirCity(c, all);
        if (ms.isEmpty()) return new Decision(null, !c.matches().isEmpty() ? "quarter-without-city"
                : genericName(c.folded()) ? "generic-name-abroad" : "unresolved", 1);
        // exact-name matches, when there are any, come before transliteration variants
        List<Gazetteer.Match> pool = new ArrayList<>();
        for (Gazetteer.Match m : ms) if (m.exact()) pool.add(m);
        if (pool.isEmpty()) {
            // a variant spelling is a reading only where names reach the text through transliteration
            // (a country's name is spelt as itself or mistyped, never transliterated: "Garmiyan" is no Germany)
            for (Gazetteer.Match m : ms) {
                if ("country".equals(m.place().feature()) && !typoOf(c.folded(), m.place())) continue;
                if (GazetteerBuilder.transliterated(m.place().iso2()) || Gazetteer.featureRank(m.place()) < 2) pool.add(m);
            }
            if (pool.isEmpty()) pool.addAll(ms);
        }

        // 1. admin-suffix
        // ("the State of Qatar" is the country, not some unit its spelling resembles)
        if (MentionFinder.ADMIN_SUFFIX.contains(c.suffix())
                || MentionFinder.PROVINCE_OF.equals(c.modifier()) && !namesCountry(c)) {
            // the unit's own name, or a variant spelling where names are transliterated ("Licking County" is not Ulcinj)
            // (a variant with a short skeleton only in a country the article is about: "the Somme region" in a story
            // on France is no Assam or Sumy, all "s-m"; "Daraa province" in a Syria story is Dar'a)
            boolean specific = NameNormalizer.skeletonOfFolded(c.folded()).length() >= 3;
            // ("Saravan county" is no loose spelling of a first-level unit abroad, Azerbaijan's Shirvan: a county or
            // district spelt otherwise is the focus country's)
            List<Gazetteer.Match> named = filter(ms, m -> m.exact() || GazetteerBuilder.transliterated(m.place().iso2())
                    && (specific && focus.isEmpty() && !(SUBUNIT_WORDS.contains(c.suffix()) && "admin1".equals(m.place().feature()))
                        || focus.containsKey(m.place().iso2())));
            // "Chin State" is Chin, not the bigger Shan its spelling variant could be
            List<Gazetteer.Match> exactUnits = filter(named, m -> m.exact() && "admin1".equals(m.place().feature()));
            if (!exactUnits.isEmpty()) named = filter(named, Gazetteer.Match::exact);
            // "Al Maton district" is the district spelt so, not a province whose spelling it resembles (Al-Muthanna)
            else if (SUBUNIT_WORDS.contains(c.suffix())
                    && named.stream().anyMatch(m -> m.exact() && "admin2".equals(m.place().feature())))
                named = filter(named, Gazetteer.Match::exact);
            List<Gazetteer.Match> admin = filter(named, m -> "admin1".equals(m.place().feature()));
            if (admin.isEmpty()) admin = filter(named, m -> "admin2".equals(m.place().feature()));
            // "in Nyanza province", "the provinces of Nyanza": a unit the gazetteer knows only with its unit word
            // (Kenya's former "Nyanza Province"), not the town of the bare name in another country
            if (admin.isEmpty()) admin = unitsNamedWithTheirWord(c);
            admin = inFocus(admin, focus);
            // "Al Jawf governorate": where namesake units of several countries remain, the one whose country calls its
            // provinces so (Yemen's governorates, not Saudi Arabia's regions)
            admin = calledSo(admin, c.suffix());
            // "Ilam district" in a story about Nepal: no unit of the name in the focus country, but a town of it there
            // (districts are named after their seats); a namesake province abroad is not meant
            // (a district or county: "Trujillo state" or "Homs province" is the first-level unit whatever the focus)
            if (!admin.isEmpty() && !focus.isEmpty() && SUBUNIT_WORDS.contains(c.suffix())
                    && admin.stream().noneMatch(m -> focus.containsKey(m.place().iso2()))
                    && pool.stream().anyMatch(m -> m.exact() && focus.containsKey(m.place().iso2())
                            && Gazetteer.featureRank(m.place()) == 2)) admin = List.of();
            // "the province of Ravenna", "Cordoba province" in a story on Italy or Spain, whose provinces the
            // gazetteer's first level does not hold: the province named after its seat, a city of the focus country
            // spelt so, not a namesake province abroad (Argentina's Cordoba) nor a unit spelt like it (Rivne)
            // (precision 2: the province, placed at its seat)
            if (!admin.isEmpty() && !focus.isEmpty() && isProvince(c) && admin.stream().noneMatch(m -> focus.containsKey(m.place().iso2()))) {
                List<Gazetteer.Match> seats = filter(pool, m -> m.exact() && focus.containsKey(m.place().iso2())
                        && Gazetteer.isSettlement(m.place()) && m.place().population() >= SEAT_MIN_POPULATION && ownName(m.place(), c.folded()));
                if (!seats.isEmpty()) return new Decision(best(seats).place(), "admin-suffix", 2);
            }
            // "Sukma district" in Chhattisgarh: a district is named after its seat, so a town spelt exactly so in the
            // country of the unit the spelling resembles (Sikkim) is meant, not that loosely spelt unit
            // (a qualified district is read inside its qualifier below: "Shida district (Sadah)")
            if (!admin.isEmpty() && c.qualifier() < 0 && SUBUNIT_WORDS.contains(c.suffix()) && admin.stream().noneMatch(Gazetteer.Match::exact)) {
                List<Gazetteer.Match> units = admin;
                if (pool.stream().anyMatch(m -> m.exact() && Gazetteer.isSettlement(m.place())
                        && units.stream().anyMatch(u -> Gazetteer.sameCountry(u.place().iso2(), m.place().iso2())))) admin = List.of();
            }
            // "the Houston region", "the Dallas district": a loose spelling of some unit does not beat a city of
            // 100,000 spelt exactly, whose surroundings the words name
            // (nor a curated area spelt exactly: "the Eshkol region" is Israel's Eshkol, not Kyrgyzstan's Issyk-Kul)
            if (!admin.isEmpty() && admin.stream().noneMatch(Gazetteer.Match::exact)
                    && pool.stream().anyMatch(m -> m.exact() && (Gazetteer.featureRank(m.place()) == 2
                            && m.place().population() >= CONTEXT_OVERRIDE_POPULATION || m.place().gazetteerId().startsWith("sitrep:"))))
                admin = List.of();
            // "the Charlotte region": a city of 100,000 and the area around it, not a far smaller unit of the name
            // (a parish of Saint Vincent); "the Valencia region" stays the unit, as big as its city
            if (c.suffix().equals("region") && !admin.isEmpty()) {
                List<Gazetteer.Match> cities = filter(pool, m -> m.exact() && Gazetteer.featureRank(m.place()) == 2
                        && m.place().population() >= CONTEXT_OVERRIDE_POPULATION && ownName(m.place(), c.folded()));
                Gazetteer.Match city = cities.isEmpty() ? null : best(cities);
                if (city != null && admin.stream().allMatch(m -> m.place().population() * 4 < city.place().population()))
                    return new Decision(city.place(), "admin-suffix", 2);
            }
            if (c.qualifier() >= 0 && !admin.isEmpty()) {
                // "Azra district, Logar": the qualifier says whose district it is; a namesake unit abroad is not meant
                Candidate q = all.get(c.qualifier());
                // ("Shida district (Sadah)": a loose spelling of the very unit the qualifier names is a district of it
                // that the gazetteer lacks, not that unit; "Sadah district (Sadah)", spelt as the unit, stays)
                java.util.Set<String> qualifierUnits = new java.util.HashSet<>();
                for (Gazetteer.Match m : q.matches()) if (m.exact()) qualifierUnits.add(m.place().gazetteerId());
                List<Gazetteer.Match> notTheQualifier = filter(admin, m -> m.exact() || !qualifierUnits.contains(m.place().gazetteerId()));
                // (either way, a settlement of the name inside the qualifier stands for the district the gazetteer
                // lacks: "Dibis district (Kirkuk)")
                List<Gazetteer.Match> seats = filter(ms, m -> m.exact() && Gazetteer.featureRank(m.place()) == 2 && withinChain(m.place(), q, all));
                if (notTheQualifier.isEmpty())
                    return seats.isEmpty() ? new Decision(null, "outside-qualifier", 1) : new Decision(best(seats).place(), "admin-suffix", 2);
                admin = notTheQualifier;
                List<Gazetteer.Match> inside = filter(notTheQualifier, m -> withinChain(m.place(), q, all));
                String qc = qualifierCountry(q, all);
                if (!inside.isEmpty()) admin = inside;
                else if (qc != null && admin.stream().noneMatch(m -> qc.equals(m.place().iso2()))) {
                    if (!seats.isEmpty()) return new Decision(best(seats).place(), "admin-suffix", 2);
                    return new Decision(null, "outside-qualifier", 1);
                } else {
                    // "Az Zahir district (Sadah)": the qualifier's own province has no unit of the name, though two
                    // others do; a place of the name inside that province stands for the district the gazetteer lacks
                    java.util.Set<String> units = qualifierUnits(c, all);
                    if (!units.isEmpty() && admin.stream().noneMatch(m -> units.contains(admin1Key(m.place())))) {
                        List<Gazetteer.Match> there = filter(ms, m -> m.exact() && units.contains(admin1Key(m.place())));
                        if (there.isEmpty()) return new Decision(null, "outside-qualifier", 1);
                        return new Decision(best(there).place(), "admin-suffix", 2);
                    }
                }
            }
            if (!admin.isEmpty()) {
                Gazetteer.Match unit = best(admin);
                // "Sirwah district", "Hays district": a district named after its seat is placed at the seat, the town
                // reports and monitors mean (precision 2: the district, not only the town)
                if (c.suffix().equals("district") && "admin2".equals(unit.place().feature())) {
                    Gazetteer.Match seat = seatsOverUnits(List.of(unit), filter(ms, Gazetteer.Match::exact)).get(0);
                    if (seat != unit) return new Decision(seat.place(), "admin-suffix", 2);
                }
                return decided(unit, "admin-suffix", c);
            }
        } else if (MentionFinder.SETTLEMENT_SUFFIX.contains(c.suffix())) {
            List<Gazetteer.Match> towns = filter(pool, m -> Gazetteer.featureRank(m.place()) == 2);
            // "al-Dhale town": where the name reads exactly only as a unit, the unit's town spelt loosely so
            List<Gazetteer.Match> units = filter(pool, m -> "admin1".equals(m.place().feature()));
            if (towns.isEmpty() && !units.isEmpty()) {
                towns = filter(ms, m -> Gazetteer.isSettlement(m.place()) && m.place().admin1() != null
                        && units.stream().anyMatch(u -> admin1Key(u.place()).equals(admin1Key(m.place()))));
                if (towns.isEmpty()) {
                    java.util.Set<String> keys = new java.util.HashSet<>();
                    for (Gazetteer.Match u : units) keys.add(admin1Key(u.place()));
                    Gazetteer.Match spelt = spellingInUnits(c, keys);
                    if (spelt != null && Gazetteer.isSettlement(spelt.place())) towns = List.of(spelt);
                }
            }
            if (!towns.isEmpty()) pool = settlementsFirst(towns);
        }
        // "Manama": a unit that bears the name only as an alias (Bahrain's Capital governorate) gives way to the town
        // of its country whose own name it is
        pool = aliasUnitsGiveWayToTowns(pool, c.folded());
        // 2. area-modifier: "northern Latakia", "Idlib countryside" (the province's area, not the city)
        // ("central Tel Aviv" is the city's centre, not the district named after it; "central Washington" is the
        // state's middle, whose city of the name lies in another unit)
        List<Gazetteer.Match> unitsHere = filter(pool, m -> "admin1".equals(m.place().feature()));
        boolean cityCentre = c.modifier().equals("central") && pool.stream().anyMatch(m -> m.exact()
                && Gazetteer.isSettlement(m.place()) && m.place().population() >= CONTEXT_OVERRIDE_POPULATION
                && unitsHere.stream().anyMatch(u -> admin1Key(u.place()).equals(admin1Key(m.place()))));
        if (isAdminArea(c.modifier()) && !cityCentre) {
            // (a curated region is an area as much as a unit is: "northern Gaza" is the Strip's north, not Mozambique's
            // province; and a unit abroad gives way to an exact reading of the name in the text's country)
            List<Gazetteer.Match> admin = inFocus(filter(pool, m -> "admin1".equals(m.place().feature())
                    || m.exact() && isCuratedRegion(m.place())), focus);
            boolean abroad = admin.stream().noneMatch(m -> focus.containsKey(m.place().iso2()))
                    && pool.stream().anyMatch(m -> m.exact() && focus.containsKey(m.place().iso2()));
            if (!admin.isEmpty() && !abroad) return new Decision(best(admin).place(), "area-modifier", 2);
        }
        // 3a. focus-state: the article's clear admin1 unit has a place of this exact name
        // (a country's name stays the country when the article's focus takes in another country as well: "flew to
        // Palestine ... in Jordan" from Texas towns is no trip to Palestine, Texas)
        if (c.qualifier() < 0 && strongUnit != null && !(countryReading(c) && focusAbroad(focus, strongUnit))) {
            Gazetteer.Match local = localReading(withCounties(ms, c.folded(), strongUnit), c.folded(), focus, strongUnit);
            if (local != null) return decided(local, "focus-state", c);
        }
        // a province or district named after its main town means the town, unless the text says "province"
        // "Ramos Mejia (Buenos Aires)", "Ecatepec, Mexico": a qualifier names the unit, even where the city of that
        // name lies in another unit (the capital district), which the seat rule below would otherwise choose
        // "Ar Raqqah (Al Bayda)", "Suq al-Ghazl, Al Bayda": a qualifier read exactly as a first-level unit that holds a
        // reading of the name it qualifies is that unit, not the unit's seat town nor a namesake village elsewhere
        if (c.qualifying()) {
            Gazetteer.Match unit = unitHoldingQualified(c, pool, all, focus);
            if (unit != null) return decided(unit, "qualifier-unit", c);
        }
        if (c.qualifying() && c.qualifier() < 0 && !qualifiesNeighbourhoodsOnly(c, all)) {
            // (among the focus country's readings: "Analalava (Analalava, Sofia)" from a Malagasy outlet is Madagascar's
            // Sofia region, not Bulgaria's province beside its capital)
            Gazetteer.Match unit = unitApartFromItsNamesake(inFocus(pool, focus));
            if (unit != null) {
                // the unit must lie in a country the qualified name reads in ("Brasilia, Distrito Federal" is not Mexico's)
                java.util.Set<String> countries = qualifiedCountries(c, all);
                if (countries.isEmpty() || countries.contains(unit.place().iso2())) return decided(unit, "qualifier-unit", c);
            }
        }
        // "Zaghouan (Zaghouan)", "Durango, Durango": a name qualified by itself is the town of that name inside the
        // unit of that name (the unit is the qualifier; read as the unit, the name would say nothing), in a country the
        // text names when it names one of theirs ("San Juan (San Juan)" beside Argentina is no Puerto Rican capital);
        // the qualifier decides, as in admin-context, which the document passes know to carry to the qualifier itself
        if (c.qualifier() >= 0 && c.folded().equals(all.get(c.qualifier()).folded())) {
            // ("Tripoli (Tripoli, North)": where the qualifier is qualified in turn, the town inside that chain)
            Candidate q = all.get(c.qualifier());
            List<Gazetteer.Match> chained = q.qualifier() < 0 ? List.of()
                    : filter(pool, m -> m.exact() && Gazetteer.featureRank(m.place()) == 2 && withinChain(m.place(), q, all));
            if (!chained.isEmpty()) return decided(best(settlementsFirst(chained)), "admin-context", c);
            List<Gazetteer.Match> own = pool;
            List<Gazetteer.Match> towns = filter(own, m -> m.exact() && Gazetteer.featureRank(m.place()) == 2
                    && own.stream().anyMatch(u -> u.exact() && "admin1".equals(u.place().feature())
                            && java.util.Objects.equals(u.place().iso2(), m.place().iso2())
                            && java.util.Objects.equals(u.place().admin1(), m.place().admin1())));
            List<Gazetteer.Match> named = filter(towns, m -> countryNamed(all, m.place().iso2()));
            if (!named.isEmpty()) towns = named;
            if (!towns.isEmpty()) return decided(best(settlementsFirst(towns)), "admin-context", c);
        }
        ms = withSeatsSpeltOtherwise(c, pool, ms);
        pool = seatsOverUnits(pool, ms);
        // (a unit word after the name with no unit of it in the focus country: its town there is meant, see above)
        if (c.qualifier() < 0) pool = SUBUNIT_WORDS.contains(c.suffix()) ? topLevelFirst(pool, focus)
                : topLevelFirst(pool, strongFocus(focus) ? focus : Map.of(), FOCUS_TOWN_OVER_UNIT_POPULATION);
        pool = ownNamesOverAliases(pool, c.folded());
        // 3a. part of a town: "Shehpur area of Ahmedabad city", "Kalewadi locality, Pune": a quarter lies in the city the
        // qualifier names; a namesake elsewhere in the state is another place, and the gazetteer rarely lists quarters
        if (c.qualifier() >= 0 && PART_OF_TOWN.contains(c.suffix())) {
            // (a neighbourhood's qualifier is its city even where a province bears the city's name: "Hadda
            // neighbourhood of Sanaa")
            List<GeoPlace> towns = neighbourhood(c) ? cityReadings(all.get(c.qualifier()))
                    : qualifierTowns(all.get(c.qualifier()));
            if (!towns.isEmpty()) {
                // (a neighbourhood lies inside the city; an area or a locality may be one of its outlying villages)
                double reach = neighbourhood(c) ? SUBURB_KM : CITY_REACH_KM;
                List<Gazetteer.Match> near = filter(ms, m -> Gazetteer.featureRank(m.place()) == 2 && nearAny(m.place(), towns, reach));
                if (near.isEmpty()) return new Decision(null, "outside-qualifier", 1);
                List<Gazetteer.Match> exactNear = filter(near, Gazetteer.Match::exact);
                return decided(best(exactNear.isEmpty() ? near : exactNear), "admin-context", c);
            }
        }
        // "in La Libertad, Arequipa": a name read only as a first-level unit, qualified by another unit of its country
        // or a town there, is a place inside the qualifier named like the unit (a district, a quarter): no unit lies
        // in another; the qualifier's own settlements may spell it, or the gazetteer lacks it ("Anbar, Nineveh and
        // Salahuddin" is a list, and stays one)
        if (c.qualifier() >= 0 && unitInsideAnother(c, all)) {
            Gazetteer.Match spelt = spellingInUnits(c, qualifierUnits(c, all));
            if (spelt != null && Gazetteer.isSettlement(spelt.place())) return decided(spelt, "admin-context", c);
            return new Decision(null, "outside-qualifier", 1);
        }
        // "Sarja and Bazabour in Jabal al-Zawiya": a mountain, plain or valley named as where the place lies places it
        // within the area's reach (a famous namesake city abroad lies in no such area), spelt as the area's villages are
        if (c.qualifier() >= 0 && !namesCountry(c)) {
            Gazetteer.Match inArea = withinNaturalArea(c, ms, all.get(c.qualifier()));
            if (inArea != null) return decided(inArea, "admin-context", c);
        }
        // 3. admin-context from a qualifier. A reading that lies inside the qualifier is meant even when the name is
        // prominent, if that reading is itself prominent ("Salvador, Bahia"; "Merida, Merida state") or the qualifier
        // says it is a unit ("El Callao, Bolivar state"); "Hama, Idlib and Latakia" stays a list, since no Hama worth
        // naming lies in Idlib
        if (c.qualifier() >= 0 && !namesCountry(c)) {
            Candidate q = all.get(c.qualifier());
            boolean unitQualifier = MentionFinder.ADMIN_SUFFIX.contains(q.suffix());
            List<Gazetteer.Match> inside = filter(pool, m -> m.exact() && Gazetteer.featureRank(m.place()) == 2
                    && (unitQualifier || m.place().population() >= 100_000) && withinChain(m.place(), q, all));
            if (!inside.isEmpty()) return decided(best(inExactUnit(inside, q)), "admin-context", c);
        }
        // a country's or continent's own name in a list is that country, not a village of its neighbour's
        // ("Honduras, El Salvador and Guatemala" is no Mexican village called Honduras)
        // nor is a curated sea or region beside a country's name a place inside that country that the gazetteer lacks:
        // "the Indian Ocean in Seychelles", "Kashmir, India-Pakistan border" (beside a town or a district it may be a
        // quarter's name: "Black Sea neighbourhood in Hodan")
        if (c.qualifier() >= 0 && !namesCountry(c) && !worldFeatureBesideCountry(c, pool, all) && !prominent(filter(pool, m -> inCountryOf(m.place(), all.get(c.qualifier()))))
                && !famousCities(c, pool, all.get(c.qualifier()))) {
            Candidate q = all.get(c.qualifier());
            List<Gazetteer.Match> inside = new ArrayList<>();
            // exact names first: a transliteration variant inside the unit is a weaker reading than the name itself
            for (Gazetteer.Match m : pool) if (withinChain(m.place(), q, all)) inside.add(m);
            // no exact reading inside: a variant spelling inside the qualifier's unit beats an obscure exact namesake
            // elsewhere ("Kefraya in Idlib" is Idlib's Kafraya, not a Lebanese Kafraiya)
            // (nor than a famous city abroad the name calls only by another language's name for it: "Al Iskandariyah,
            // Babil" is Babil's Iskandariyah, not Alexandria)
            // (nor than a namesake city abroad, however big, where the qualifier's country has none of the name spelt
            // so and no namesake is world-famous: "Mansoura (Ar-Raqqa)" is the unit's Al Mansurah, not Egypt's city)
            if (inside.isEmpty() && onlyAbroad(pool, q, all)) {
                Gazetteer.Match spelt = spellingInUnits(c, qualifierUnits(c, all));
                if (spelt != null) return decided(spelt, "admin-context", c);
            }
            if (inside.isEmpty() && (!pool.get(0).exact() || obscureSettlements(pool) || aliasAbroad(pool, c.folded())))
                for (Gazetteer.Match m : ms) if (withinChain(m.place(), q, all)) inside.add(m);
            if (!inside.isEmpty()) {
                List<Gazetteer.Match> ex = filter(inside, Gazetteer.Match::exact);
                if (ex.isEmpty()) ex = inside;
                ex = inExactUnit(ex, q);
                // "Jalalpur, Shamli (UP)": among the unit's namesakes, the one beside the town that qualifies it; where
                // every namesake lies far from that town (or its district), the place is one the gazetteer lacks
                // (a namesake town of the qualifier abroad qualifies nothing here: "Jabal al-Zawiya (Ariha, Idleb)" is
                // not measured from Jericho, which is Ariha in Arabic)
                // ("San Rafael, Bulacan": the reading the gazetteer files under the district the qualifier names)
                List<Gazetteer.Match> inDistrict = filter(ex, m -> m.place().admin2() != null
                        && NameNormalizer.fold(m.place().admin2()).startsWith(q.folded()));
                if (!inDistrict.isEmpty()) ex = inDistrict;
                List<Gazetteer.Match> exFinal = ex;
                List<GeoPlace> qualifying = qualifierSettlements(q, p -> TOWN_FEATURES.contains(p.feature())
                        && exFinal.stream().anyMatch(m -> java.util.Objects.equals(m.place().iso2(), p.iso2())));
                if (qualifying.size() == 1 && !nearAny(qualifying.get(0), places(ex), DISTRICT_REACH_KM))
                    return new Decision(null, "outside-qualifier", 1);
                Gazetteer.Match beside = nearestTo(ex, qualifying);
                return decided(beside != null ? beside : best(ex), "admin-context", c);
            }
            // "Tieba (Bankass, Mopti)": the qualifier names a unit of a country where no reading of the name lies, so
            // the place is one the gazetteer does not know; a namesake abroad would be a confident error
            String qc = qualifierCountry(q, all);
            // (a famous city known by the name only as another language's name for it does not keep its claim:
            // "Iskandariyah, Babil province" is the Iraqi town, not Alexandria)
            if (qc != null && !prominent(filter(pool, m -> Gazetteer.featureRank(m.place()) < 2 || ownName(m.place(), c.folded())))
                    && ms.stream().noneMatch(m -> qc.equals(m.place().iso2()))
                    // ("Al-Eizariya (Jerusalem)": a suburb just across a border from the city that qualifies it)
                    && !suburbOfQualifyingCity(pool, q)) {
                // (but the qualifier's own settlements may spell it otherwise: "Shaikh Issa villages (Aleppo)" is
                // Aleppo's Ash Shaykh `Isa, while the name's few loose readings lie in Yemen)
                Gazetteer.Match spelt = spellingInUnits(c, qualifierUnits(c, all));
                if (spelt != null) return decided(spelt, "admin-context", c);
                return new Decision(null, "outside-qualifier", 1);
            }
            // "Gota area of Ahmedabad", "Eastleigh (Kamukunji, Nairobi)": qualified by a big city alone, a reading far
            // from that city is a namesake of a neighbourhood the gazetteer does not list
            // "Kamianka, Donetsk", "Menakuru village (Nellore, AP)": the chain names one admin1 unit and no reading lies
            // in it, so the place is one the gazetteer does not know; a namesake in another unit is a confident error
            java.util.Set<String> units = qualifierUnits(c, all);
            // (a name that is itself a unit is a list item, "Hama, Idlib": but only a unit of the qualifier's own
            // country; Paraguay's Guaira department makes no list of "Guaira, Parana" in Brazil)
            java.util.Set<String> unitCountries = new java.util.HashSet<>();
            for (String u : units) unitCountries.add(u.substring(0, u.indexOf('/')));
            List<Gazetteer.Match> ownUnits = unitCountries.isEmpty() ? ms
                    : filter(ms, m -> m.place().iso2() == null || unitCountries.contains(m.place().iso2()));
            // (a capital or a city of millions anywhere is still meant: "HOUSTON (AP)", "Copenhagen, Hamburg"; a mid-sized
            // namesake abroad is not, "San Miguel, Puno" is no Salvadoran city)
            // (but beside a qualifier that is no famous city itself, nor an agency's initials, there is no list of
            // cities: "Valencia, Sangre Grande" is a Trinidadian village, not Venezuela's city; a capital still is)
            boolean listOrDateline = q.matches().stream().anyMatch(m -> famousCity(m, q.folded()))
                    || q.text().length() <= 4 && q.text().chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.');
            List<Gazetteer.Match> ownPool = unitCountries.isEmpty() ? pool
                    : filter(pool, m -> m.place().iso2() == null || unitCountries.contains(m.place().iso2())
                            || Gazetteer.featureRank(m.place()) == 2 && famous(m) && ownName(m.place(), c.folded())
                               && (listOrDateline || "capital".equals(m.place().feature())));
            // (a valley, plain or range is no unit's border: "Baalbek in the Bekaa valley" is Baalbek, though its
            // governorate is now Baalbek-Hermel, not Beqaa; a reading in the area's country stays a reading)
            boolean naturalArea = NATURAL_AREAS.contains(q.suffix())
                    && pool.stream().anyMatch(m -> m.exact() && unitCountries.contains(m.place().iso2()));
            // (a name read only as first-level units or countries of other countries is a list item across a border:
            // "Rheinland-Pfalz, Catalonia and Tuscany")
            List<Gazetteer.Match> exactReadings = filter(ms, Gazetteer.Match::exact);
            boolean unitAbroad = !exactReadings.isEmpty() && exactReadings.stream().allMatch(m -> Gazetteer.featureRank(m.place()) < 2
                    && m.place().iso2() != null && !unitCountries.contains(m.place().iso2()));
            if (!units.isEmpty() && !naturalArea && !unitAbroad && !prominent(ownPool) && !namesUnit(ownUnits)
                    && ms.stream().noneMatch(m -> units.contains(admin1Key(m.place()))) && !suburbOfQualifyingCity(pool, q)) {
                // ("Al Milhah, Kirkuk" is Kirkuk's Al Malhah)
                Gazetteer.Match spelt = spellingInUnits(c, units);
                if (spelt != null) return decided(spelt, "admin-context", c);
                return new Decision(null, "outside-qualifier", 1);
            }
            List<GeoPlace> cities = qualifierCities(q);
            // (a city of 100,000 or a unit of another country is no more meant: "San Cristobal, Bogota" is a quarter of
            // Bogota, not San Cristóbal, Venezuela; a city or unit of the same country, a country, a capital or a city
            // of millions by its own name still is: "Homs, Damascus" and "Caracas, Bogota" are lists)
            List<Gazetteer.Match> sameCountry = filter(pool, m -> cities.stream()
                    .anyMatch(city -> Gazetteer.sameCountry(city.iso2(), m.place().iso2())));
            boolean claims = prominent(sameCountry) || pool.stream().anyMatch(m -> famousCity(m, c.folded())
                    || "country".equals(m.place().feature()));
            if (!cities.isEmpty() && !claims && ms.stream().noneMatch(m -> nearAny(m.place(), cities, CITY_REACH_KM))) {
                return new Decision(null, "outside-qualifier", 1);
            }
        }
        // 4. single candidate; but a lone obscure exact namesake outside the article's clear focus country, where the
        // focus country has variant spellings of the name, goes to the focus pass (which may prefer the variant)
        if (pool.size() == 1 && !(strongFocus(focus) && loneNamesakeAbroad(pool.get(0), ms, focus)))
            return decided(pool.get(0), "single-candidate", c);
        // 5. focus country
        if (!focus.isEmpty()) {
            double top = prior(best(pool));
            List<Gazetteer.Match> fc = filter(pool, m -> focus.containsKey(m.place().iso2()));
            // outside the focus country, only a world-famous namesake (a capital, a city of millions) keeps its claim:
            // "Mansoura" in a Syria article is the Syrian village, not the Egyptian city
            boolean famousElsewhere = false;
            for (Gazetteer.Match m : pool) if (!focus.containsKey(m.place().iso2()) && famous(m)) { famousElsewhere = true; break; }
            if (fc.isEmpty() && pool.size() < ms.size()) {
                // a transliteration variant in the focus country beats an exact name elsewhere when that one is obscure
                // (only loose spellings: an exact reading the pool left out was left out on purpose, as an alias
                // of a town beside a city or a unit of that very name: "Jerusalem" is not a Californian village that
                // once bore the name because the article is American)
                // (elsewhere than where names reach the text through transliteration, only a near spelling: "Tillabery"
                // for Tillabéri; "Geneva" is no loose spelling of Brazil's João Neiva, whatever their consonants)
                List<Gazetteer.Match> loose = filter(ms, m -> focus.containsKey(m.place().iso2()) && !aliasOnly(m, c.folded())
                        && (m.exact() || GazetteerBuilder.transliterated(m.place().iso2()) || nearSpelling(m.place().name(), c.folded())));
                // (not over an exact reading in a country the text names itself: Sligo in Ireland, in an article
                // mostly about Nigeria, is no Nigerian Suleja)
                boolean namedAbroad = pool.stream().anyMatch(m -> countryNamed(all, m.place().iso2()));
                if (!loose.isEmpty() && !namedAbroad && (prior(best(loose)) >= top - 1.0 || !famousElsewhere && strongFocus(focus)))
                    fc = loose;
            }
            if (!fc.isEmpty() && (prior(bestFocus(fc, focus)) >= top - FOCUS_MARGIN || !famousElsewhere)) {
                // a city just across the border beats a hamlet of its name at home: "Houthi forces fired a missile at
                // Najran" is Saudi Arabia's city of 300,000, not a village of Marib
                Gazetteer.Match across = cityAcrossTheBorder(pool, fc, focus, c.folded());
                if (across != null) return decided(across, "border-city", c);
                if (fc.size() == 1) return decided(fc.get(0), "focus-country", c);
                pool = fc;
                // a focus country's own name means the country, not its capital or a town named after it ("Mexico")
                for (Gazetteer.Match m : pool) if (m.exact() && "country".equals(m.place().feature())) return decided(m, "focus-country", c);
                // the article's province or state among the focus country's namesakes (Gainesville, Georgia)
                List<Gazetteer.Match> fa = filter(pool, m -> focusAdmin1.containsKey(admin1Key(m.place())));
                // a big city of the name elsewhere in the country keeps its claim over a far smaller namesake in the
                // state the votes merely favour: "Boston" beside Long Island towns is still Boston, Massachusetts
                // (a state the text names, or one its names clearly point to, reads the name earlier: focus-state; the
                // rule weighs namesakes: villages whose longer names merely start with it stay in the favoured state,
                // "Ojo de Agua" in Guanajuato news is one of its Ojo de Agua de ..., not a big city of another state)
                Gazetteer.Match big = best(pool);
                boolean bigElsewhere = fa.stream().anyMatch(m -> ownName(m.place(), c.folded())) && !fa.contains(big) && Gazetteer.featureRank(big.place()) == 2
                        && big.place().population() >= CONTEXT_OVERRIDE_POPULATION && ownName(big.place(), c.folded())
                        && prior(best(fa)) < prior(big) - BIG_CITY_MARGIN;
                if (!fa.isEmpty() && !bigElsewhere && fa.size() < pool.size() && prior(best(fa)) >= prior(best(pool)) - FOCUS_MARGIN) {
                    if (fa.size() == 1) return decided(fa.get(0), "focus-admin1", c);
                    pool = fa;
                }
                Gazetteer.Match near = nearest(pool, anchors, c.folded());
                if (near != null) return decided(near, "proximity", c);
                Gazetteer.Match b = bestFocus(pool, focus);
                // (over the favoured state's namesake, the big city is a guess by prominence that places near the
                // article's grounded ones may still revise)
                boolean clear = !bigElsewhere && (pool.size() == 1 || prior(b) - secondPrior(pool, b) >= 1.0);
                return decided(b, clear ? "focus-country" : "focus-country-weak", c);
            }
        }
        // 6. proximity
        Gazetteer.Match near = nearest(pool, anchors, c.folded());
        if (near != null) return decided(near, "proximity", c);
        // 7. prominence: population, and for towns how widely they are named (of the Ukrainian villages called
        // Zolote, the one on the front line is named in dozens of languages, the others in two or three)
        return decided(mostFamous(pool, c.folded()), "population", c);
    }

    /**
     * The best exact reading of a name inside the article's clear admin1 unit: local news means its own Paris
     * (Texas) and its own Lebanon (Ohio). None when the name reads as a country, an admin1 unit or a continent of the
     * focus countries or as that unit itself ("Georgia" in an article about the state), or as the focus country's
     * capital or one of its cities of a million ("Washington", "Houston" in a Missouri paper mean the big ones).
     */
    static Gazetteer.Match localReading(List<Gazetteer.Match> ms, String folded, Map<String, Double> focus, String unit) {
        List<Gazetteer.Match> local = new ArrayList<>();
        boolean countryElsewhere = false;
        double elsewhere = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Match m : ms) {
            if (!m.exact()) continue;
            GeoPlace p = m.place();
            boolean focusCountry = p.iso2() != null && focus.containsKey(p.iso2());
            if (Gazetteer.featureRank(p) < 2 || "continent".equals(p.feature())) {
                if (focusCountry || unit.equals(admin1Key(p)) || p.iso2() == null) return null;
                countryElsewhere = true;
                continue;
            }
            boolean here = unit.equals(admin1Key(p));
            if (!here && focusCountry && ("capital".equals(p.feature()) || p.population() >= 1_000_000)) return null;
            if (here) local.add(m);
            else if (focusCountry) elsewhere = Math.max(elsewhere, prior(m));
        }
        // the place's own name, not an alias it also carries (Jackson, not a town listing "Jackson" as an old name;
        // an alias is too weak a reading to overrule the country-wide choice)
        // (a Ukrainian name's national spelling counts as its own: "Vodiane" for a village the gazetteer calls Vodyane)
        // (where names are transliterated every spelling is as good as an alias, as in ownNamesOverAliases: the city
        // of Kostiantynivka, 90,000 people, is "Konstantinovka" before a hamlet whose own name is spelt so)
        List<Gazetteer.Match> inUnit = local;
        local = filter(local, m -> NameNormalizer.fold(m.place().name()).equals(folded) || isCountyOf(m.place(), folded)
                || "UA".equals(m.place().iso2()) && NameNormalizer.fold(GazetteerBuilder.nationalSpelling(m.place().name())).equals(folded)
                || GazetteerBuilder.transliterated(m.place().iso2()) && Gazetteer.featureRank(m.place()) == 2
                   && m.place().population() >= TRANSLITERATED_ALIAS_TOWN_POPULATION && !ownNameBesideIt(inUnit, m, folded));
        // a district of the name stands for its seat, which may bear the name only as an alias ("al-Hawtah" is Lahij
        // town, seat of Al Hawtah district, not the hamlet of that own name in another district)
        if (local.stream().anyMatch(m -> "admin2".equals(m.place().feature()))) local = seatsOverUnits(local, ms);
        // a town of the state is meant before its county of the same name (Madison, not Madison County)
        List<Gazetteer.Match> towns = filter(local, m -> !"admin2".equals(m.place().feature()));
        if (!towns.isEmpty()) local = towns;
        if (local.isEmpty()) return null;
        // a district named after its seat means the town (Ariha, not Ariha district)
        local = seatsOverUnits(local, ms);
        Gazetteer.Match b = best(local);
        // a hamlet of the state does not beat a big city of the same country (Cleveland, Ohio in a New York paper)
        // (a county's population is often unknown in the dumps: its name in local news is prominence enough)
        // (a village whose population the gazetteer does not know is no hamlet: Who's On First gives none)
        boolean unknownSize = b.place().population() == 0 && b.place().gazetteerId().startsWith("wof:");
        if (prior(b) < elsewhere - FOCUS_MARGIN && !isCountyOf(b.place(), folded) && !unknownSize) return null;
        // a country is meant unless the state has a real town of exactly that name (Lebanon, Ohio; not a hamlet)
        if (countryElsewhere && b.place().population() < LOCAL_OVER_COUNTRY_POPULATION) return null;
        return b;
    }

    /** Words after a county's name in its own name ("Charlton County", "Rapides Parish"). */
    private static final List<String> COUNTY_WORDS = List.of("county", "parish", "borough");

    private static boolean famousPlace(GeoPlace p) {
        return "capital".equals(p.feature()) || p.population() >= 1_000_000;
    }

    private static int exactCount(Candidate c) {
        int n = 0;
        for (Gazetteer.Match m : c.matches()) if (m.exact()) n++;
        return n;
    }

    /** Is the name a curated sea's or region's own name, qualified by a country's name? */
    private static boolean worldFeatureBesideCountry(Candidate c, List<Gazetteer.Match> pool, List<Candidate> all) {
        if (!namesCountry(all.get(c.qualifier()))) return false;
        for (Gazetteer.Match m : pool) {
            GeoPlace p = m.place();
            if (m.exact() && p.gazetteerId().startsWith("sitrep:") && !isQuarter(p) && NameNormalizer.fold(p.name()).equals(c.folded())) return true;
        }
        return false;
    }

    /**
     * Is the match a town that carries the name only as an alias (an old or alternative name: "Jerusalem" for El Rio,
     * California), not its own name, nor its name's start ("Avondale" for Avondale Estates), nor its name after a
     * leading article ("Colonia" for La Colonia, "Altos" for Los Altos), nor "City of X"?
     */
    static boolean aliasOnly(Gazetteer.Match m, String folded) {
        if (!m.exact() || Gazetteer.featureRank(m.place()) != 2) return false;
        String own = NameNormalizer.fold(m.place().name());
        int sp = own.indexOf(' ');
        String bare = sp > 0 && LEADING_ARTICLES.contains(own.substring(0, sp)) ? own.substring(sp + 1) : own;
        return !startsWithWord(own, folded) && !startsWithWord(bare, folded) && !own.equals("city of " + folded);
    }

    /** Does the name open with these whole words ("avondale estates" with "avondale"; not "victorville" with "victor")? */
    private static boolean startsWithWord(String name, String words) {
        return name.startsWith(words) && (name.length() == words.length() || !Character.isLetter(name.charAt(words.length())));
    }

    /** Articles a place's own name may open with, which news may drop. */
    private static final Set<String> LEADING_ARTICLES = Set.of("the", "la", "le", "les", "los", "las", "el", "lo", "l",
            "il", "al", "an", "ar", "as", "ash", "at", "ad", "az", "ed", "es", "et");

    /** Is the name the place's own (or its county's name without the county word)? */
    private static boolean ownName(GeoPlace p, String folded) {
        String n = NameNormalizer.fold(p.name());
        return n.equals(folded) || shortForms(n).equals(shortForms(folded)) || isCountyOf(p, folded);
    }

    /** "Mount Pleasant" and "Mt. Pleasant", "Saint Marys" and "St. Marys", "Fort Wayne" and "Ft. Wayne" are one name. */
    static String shortForms(String folded) {
        return (" " + folded + " ").replace(" mount ", " mt ").replace(" saint ", " st ").replace(" fort ", " ft ").trim();
    }

    /** Is the place a county (admin2) called the name plus a county word ("Charlton" for Charlton County)? */
    private static boolean isCountyOf(GeoPlace p, String folded) {
        if (!"admin2".equals(p.feature())) return false;
        String n = NameNormalizer.fold(p.name());
        for (String w : COUNTY_WORDS) if (n.equals(folded + " " + w)) return true;
        return false;
    }

    /**
     * The readings plus the counties of the article's unit that bear the name with a county word: local news writes
     * "Charlton and Camden counties", then "Charlton" alone, for the county.
     */
    private List<Gazetteer.Match> withCounties(List<Gazetteer.Match> ms, String folded, String unit) {
        List<Gazetteer.Match> out = null;
        for (String w : COUNTY_WORDS) {
            for (Gazetteer.Match m : gazetteer.matchFolded(folded + " " + w)) {
                if (!m.exact() || !isCountyOf(m.place(), folded) || !unit.equals(admin1Key(m.place()))) continue;
                if (out == null) out = new ArrayList<>(ms);
                out.add(m);
            }
        }
        return out == null ? ms : out;
    }

    /** Countries of the exact readings of the names c qualifies (empty when c qualifies no known name). */
    private static java.util.Set<String> qualifiedCountries(Candidate c, List<Candidate> all) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int me = all.indexOf(c);
        for (Candidate o : all) {
            if (o.qualifier() != me || me < 0) continue;
            for (Gazetteer.Match m : o.matches()) if (m.exact() && m.place().iso2() != null) out.add(m.place().iso2());
        }
        return out;
    }

    /**
     * The qualifier's exact first-level unit reading that holds a settlement reading of a name it qualifies (the focus
     * country's first where several do), or null.
     */
    private Gazetteer.Match unitHoldingQualified(Candidate c, List<Gazetteer.Match> pool, List<Candidate> all,
                                                        Map<String, Double> focus) {
        int me = all.indexOf(c);
        if (me < 0) return null;
        List<Gazetteer.Match> holding = new ArrayList<>();
        for (Gazetteer.Match u : pool) {
            if (!u.exact() || !"admin1".equals(u.place().feature()) || u.place().admin1() == null) continue;
            // ("Tripoli (Tripoli, North)": a qualifier qualified in turn is read inside its own qualifier first; Libya's
            // Tripoli district lies in no unit called North)
            if (c.qualifier() >= 0 && !withinChain(u.place(), all.get(c.qualifier()), all)) continue;
            String key = admin1Key(u.place());
            boolean holds = false;
            for (Candidate o : qualifiedBy(me, all)) {
                // (a neighbourhood's qualifier is its city: "Hadda neighbourhood of Sanaa" is no village of the province)
                if (neighbourhood(o)) continue;
                for (Gazetteer.Match m : o.matches())
                    // (a settlement, not a part of a town, which the town of the qualifier's name holds: "North Zone,
                    // Rio de Janeiro" is the city's zone)
                    if (Gazetteer.isSettlement(m.place()) && m.place().admin1() != null && key.equals(admin1Key(m.place()))) { holds = true; break; }
                // (or a settlement of the unit spelt nearly so: "Al-Raqqa (Al Bayda)", whose exact readings are
                // Syria's city and two villages of other governorates that list the spelling)
                if (!holds && spellingInUnits(o, java.util.Set.of(key)) != null) holds = true;
                if (holds) break;
            }
            if (holds) holding.add(u);
        }
        if (holding.isEmpty()) return null;
        return inFocus(holding, focus).get(0);
    }

    /**
     * Does the qualifier read exactly as a town of a country where the name's exact readings are first-level units
     * only, in another unit than theirs, with no further list item right after the qualifier?
     */
    private static boolean unitInsideAnother(Candidate c, List<Candidate> all) {
        List<Gazetteer.Match> exact = filter(c.matches(), Gazetteer.Match::exact);
        if (exact.isEmpty()) return false;
        Candidate q = all.get(c.qualifier());
        int qi = c.qualifier();
        if (qi + 1 < all.size() && all.get(qi + 1).firstToken() - q.endToken() <= 2) return false;
        // (a country's name is the country, not its namesake town: "Cabo Delgado, Mozambique" is no unit inside the
        // island town of Mozambique's province)
        if (namesCountry(q)) return false;
        boolean otherUnit = false;
        for (Gazetteer.Match m : q.matches()) {
            GeoPlace p = m.place();
            if (!m.exact() || Gazetteer.featureRank(p) < 1 || p.admin1() == null) continue;
            for (Gazetteer.Match u : exact) {
                if (!java.util.Objects.equals(u.place().iso2(), p.iso2())) continue;
                // (a town of the name there, or the qualifier's own unit: "Durango, Durango", "Ramadi, Anbar")
                if (!"admin1".equals(u.place().feature()) || p.admin1().equals(u.place().admin1())) return false;
                // (qualified by a town: two units side by side are a list, "in Anbar, Nineveh")
                if (Gazetteer.isSettlement(p)) otherUnit = true;
            }
        }
        return otherUnit;
    }

    /** The exact admin1 reading when an exact town reading of the same name lies in another admin1 unit, or null. */
    private static Gazetteer.Match unitApartFromItsNamesake(List<Gazetteer.Match> pool) {
        for (Gazetteer.Match u : pool) {
            if (!u.exact() || !"admin1".equals(u.place().feature())) continue;
            for (Gazetteer.Match t : pool) {
                GeoPlace p = t.place();
                if (t.exact() && Gazetteer.featureRank(p) == 2 && Gazetteer.sameCountry(p.iso2(), u.place().iso2())
                        && NameNormalizer.fold(p.name()).equals(NameNormalizer.fold(u.place().name()))
                        && p.admin1() != null && !p.admin1().equals(u.place().admin1())) return u;
            }
        }
        return null;
    }

    /** A loosely matched settlement is a district's seat only with more than 1/SEAT_SHARE of its people. */
    private static final int SEAT_SHARE = 20;

    /**
     * Drops admin1/admin2 readings of a name when a settlement of the same name lies inside that unit (Hama the
     * city, not Hama governorate; Kyiv, not Kyiv City the admin unit); those settlements join the pool even when
     * they matched only by transliteration.
     */
    static List<Gazetteer.Match> seatsOverUnits(List<Gazetteer.Match> pool, List<Gazetteer.Match> all) {
        List<Gazetteer.Match> out = new ArrayList<>();
        List<Gazetteer.Match> seats = new ArrayList<>();
        for (Gazetteer.Match m : pool) {
            GeoPlace u = m.place();
            String f = u.feature() == null ? "" : u.feature();
            if (!f.equals("admin1") && !f.equals("admin2")) { out.add(m); continue; }
            Gazetteer.Match seat = null;
            for (Gazetteer.Match o : all) {
                GeoPlace p = o.place();
                if (Gazetteer.featureRank(p) < 2 || "admin2".equals(p.feature()) || !Gazetteer.sameCountry(u.iso2(), p.iso2())) continue;
                // the seat bears the unit's name and is a real town ("Hama", "Kyiv"), not a village that shares it
                if (!f.equals("admin2")) {
                    if (p.population() < SEAT_MIN_POPULATION) continue;
                    // Cyrillic г is g in Russian and h in Ukrainian and Belarusian: Homyel' is the seat of Gomel
                    // (or both readings are the text's exact name, the unit's through an alias, and the unit's own name
                    // is built on the town's: "Dnipro" is the Dnipropetrovsk oblast's short form and its city, "Delhi" the
                    // NCT of Delhi's and its city; the town is meant, as for any seat. Not a town that merely carries
                    // the unit's name as an old alias: "Para" is Belem's, yet the state is meant)
                    boolean sameText = o.exact() && m.exact() && (NameNormalizer.fold(p.name()).equals(NameNormalizer.fold(u.name()))
                            || u.name().equals(p.admin1()) && namedAfter(u.name(), p.name()));
                    if (!sameSeatName(p, u) && !sameText) continue;
                }
                if (f.equals("admin2")) {
                    // districts are named after their seat: any settlement of the name within the district's reach
                    // (the county's own state: Platte City, Missouri is no seat of Platte County, Nebraska)
                    // (a village that matched only loosely, through a name of another shape, is none: Ubay, one of
                    // whose romanised aliases adds its province, "ywbay bhl", is no seat of Bohol; a town of a
                    // twentieth of its district's people may be, Albu Kamal for "Boukamal")
                    if (!o.exact() && !sameSeatName(p, u) && p.population() * SEAT_SHARE < u.population()) continue;
                    boolean ofUnit = u.name().equals(p.admin2()) && java.util.Objects.equals(u.admin1(), p.admin1());
                    if ((ofUnit || Gazetteer.km(u, p) < DISTRICT_SEAT_KM) && (seat == null || prior(o) > prior(seat)))
                        seat = o;
                    continue;
                }
                boolean inside = u.name().equals(p.admin1()) || Gazetteer.km(u, p) < 60;
                if (inside && (seat == null || prior(o) > prior(seat))) seat = o;
            }
            if (seat == null) out.add(m);
            else {
                seat = weighedAsSeat(seat, u);
                if (!seats.contains(seat)) seats.add(seat);
            }
        }
        for (Gazetteer.Match s : seats) if (!out.contains(s)) out.add(s);
        return out.isEmpty() ? pool : out;
    }

    /**
     * A district's seat whose population the gazetteer does not know (GeoNames gives none for many Syrian and Iraqi
     * towns: Ariha, seat of a district of 177,000) ranks as a town of a quarter of its district, not as a hamlet that
     * any namesake abroad outranks (Jericho, Ariha in Arabic).
     */
    private static Gazetteer.Match weighedAsSeat(Gazetteer.Match seat, GeoPlace unit) {
        GeoPlace p = seat.place();
        if (p.population() > 0 || !"admin2".equals(unit.feature()) || unit.population() <= 0) return seat;
        return new Gazetteer.Match(new GeoPlace(p.gazetteerId(), p.name(), p.latitude(), p.longitude(), p.iso2(), p.country(),
                p.admin1(), p.admin2(), p.feature(), unit.population() / 4), seat.exact(), seat.names());
    }

    /**
     * Is a unit's name built on a town's: the town's name opens one compound word (Dnipropetrovsk) or closes the unit's
     * name (NCT of Delhi)? Not a town whose name is the unit's first words: Rio Grande is no seat of Rio Grande do Sul.
     */
    private static boolean namedAfter(String unit, String town) {
        String u = NameNormalizer.fold(unit), t = NameNormalizer.fold(town);
        if (t.length() < 4 || t.contains(" ")) return false;
        return u.startsWith(t) && u.length() > t.length() && !u.substring(0, u.indexOf(' ') < 0 ? u.length() : u.indexOf(' ')).equals(t)
                && u.indexOf(' ') < 0 || u.endsWith(" " + t);
    }

    /** The same name up to transliteration, g and h taken as one letter (Gomel / Homyel', Gorlovka / Horlivka). */
    private static boolean sameSeatName(GeoPlace seat, GeoPlace unit) {
        String a = NameNormalizer.skeleton(seat.name());
        // the unit's name with or without its unit word: Omsk is the seat of Omsk Oblast
        for (String n : List.of(unit.name(), GazetteerBuilder.bareName(unit.name(), Set.of()).orElse(unit.name()))) {
            String b = NameNormalizer.skeleton(n);
            if (a.equals(b) || a.replace('g', 'h').equals(b.replace('g', 'h'))) return true;
            // Belarusian -ow where Russian writes -ev, its w a semi-vowel the skeleton drops: Mahilyow is Mogilev's seat
            if (b.length() > 3 && b.endsWith("v") && a.replace('g', 'h').equals(b.substring(0, b.length() - 1).replace('g', 'h'))) return true;
        }
        return false;
    }

    /**
     * Is one exact reading a country, an admin1 unit or a large city? Such a name is not qualified by its
     * neighbour: in "Hama, Idlib and Latakia" Hama is a list item, not a village inside Idlib.
     */
    private static boolean prominent(List<Gazetteer.Match> pool) {
        for (Gazetteer.Match m : pool) {
            if (!m.exact()) continue;
            if (Gazetteer.featureRank(m.place()) < 2 || m.place().population() >= 100_000) return true;
        }
        return false;
    }

    /**
     * When a name is a country, an admin1 unit, a continent or a curated region, villages that share it are not
     * meant (Sudan the country, not a village in Indonesia; California the state, not the town); large cities stay
     * in the running (New York, Washington). With a {@code focus} (or none: an empty map): when no top-level reading lies
     * in a focus country, the exact towns there stay too ("Ilam district" in a story about Nepal is its town's, not
     * Iran's province of that name); with {@code focusTownPopulation}, only towns of that size, or of a quarter of a
     * unit smaller than that ("Pedernales" in a story on Ecuador is its town of 6,000, not the Dominican province of
     * 15,000).
     */
    static List<Gazetteer.Match> topLevelFirst(List<Gazetteer.Match> pool, Map<String, Double> focus) {
        return topLevelFirst(pool, focus, 0);
    }

    static List<Gazetteer.Match> topLevelFirst(List<Gazetteer.Match> pool, Map<String, Double> focus, int focusTownPopulation) {
        List<Gazetteer.Match> top = new ArrayList<>();
        for (Gazetteer.Match m : pool) if (m.exact() && isTopLevel(m.place())) top.add(m);
        if (top.isEmpty()) return pool;
        boolean topInFocus = top.stream().anyMatch(m -> m.place().iso2() != null && focus.containsKey(m.place().iso2()));
        // (a unit's population is its towns': an admin1 unit smaller than a town of its name is a minor one)
        boolean onlyUnits = top.stream().allMatch(m -> "admin1".equals(m.place().feature()));
        long topPopulation = top.stream().mapToLong(m -> m.place().population()).max().orElse(0);
        for (Gazetteer.Match m : pool) {
            if (top.contains(m)) continue;
            long population = m.place().population();
            boolean focusTown = !topInFocus && m.exact() && m.place().iso2() != null && focus.containsKey(m.place().iso2())
                    && (focusTownPopulation == 0 || (population >= focusTownPopulation || topPopulation < focusTownPopulation)
                        && population * 4 >= topPopulation);
            boolean outgrowsUnits = focusTownPopulation > 0 && onlyUnits && m.exact() && population >= focusTownPopulation
                    && population >= topPopulation;
            if (population >= 200_000 || focusTown || outgrowsUnits) top.add(m);
        }
        return top;
    }

    /** Are the name and its qualifier both famous cities ("Moscow, Kiev, Minsk": a list, not a qualified name)? */
    private static boolean famousCities(Candidate c, List<Gazetteer.Match> pool, Candidate q) {
        return pool.stream().anyMatch(m -> famousCity(m, c.folded())) && q.matches().stream().anyMatch(m -> famousCity(m, q.folded()));
    }

    /**
     * A capital by an exact name ("Kiev"), or a city of a million by its own ("San Cristobal" is an old name of
     * Ecatepec, no famous city's).
     */
    private static boolean famousCity(Gazetteer.Match m, String folded) {
        return famous(m) && Gazetteer.featureRank(m.place()) == 2 && ("capital".equals(m.place().feature()) || ownName(m.place(), folded));
    }

    /** A namesake that news means even in an article about another country: a country, a capital, a big city. */
    static boolean famous(Gazetteer.Match m) {
        GeoPlace p = m.place();
        String f = p.feature() == null ? "" : p.feature();
        return m.exact() && (f.equals("country") || f.equals("continent") || f.equals("capital")
                || p.population() >= 1_000_000);
    }

    /** Does some mention of the text read exactly as this country? */
    private static boolean countryNamed(List<Candidate> all, String iso2) {
        if (iso2 == null) return false;
        for (Candidate o : all) {
            for (Gazetteer.Match m : o.matches()) {
                if (m.exact() && "country".equals(m.place().feature()) && iso2.equals(m.place().iso2())) return true;
            }
        }
        return false;
    }

    /** Is one exact reading a country (under whatever name the gazetteer gives it: "Palestine")? */
    private static boolean countryReading(Candidate c) {
        for (Gazetteer.Match m : c.matches()) if (m.exact() && "country".equals(m.place().feature())) return true;
        return false;
    }

    /** Does the focus take in a country other than the one of the admin1 unit (key "CC/Unit")? */
    private static boolean focusAbroad(Map<String, Double> focus, String unit) {
        String iso = unit.substring(0, unit.indexOf('/'));
        for (String k : focus.keySet()) if (!k.equals(iso)) return true;
        return false;
    }

    /**
     * Does the qualifier name a first-level unit, and are the exact readings all towns outside its country, none a
     * capital or a city of millions?
     */
    private static boolean onlyAbroad(List<Gazetteer.Match> pool, Candidate q, List<Candidate> all) {
        String qc = qualifierCountry(q, all);
        if (qc == null || q.matches().stream().noneMatch(m -> m.exact() && "admin1".equals(m.place().feature()))) return false;
        List<Gazetteer.Match> exact = filter(pool, Gazetteer.Match::exact);
        return !exact.isEmpty() && exact.stream().allMatch(m -> Gazetteer.featureRank(m.place()) == 2
                && !qc.equals(m.place().iso2()) && !famous(m));
    }

    /**
     * Are the exact readings settlements, those the name calls by their own name all obscure, and one at least
     * known by the name only as another language's name for it ("Al Iskandariyah": a Syrian hamlet, and Alexandria)?
     */
    private static boolean aliasAbroad(List<Gazetteer.Match> pool, String folded) {
        List<Gazetteer.Match> exact = filter(pool, Gazetteer.Match::exact);
        List<Gazetteer.Match> own = filter(exact, m -> ownName(m.place(), folded));
        return !own.isEmpty() && own.size() < exact.size() && obscureSettlements(own)
                && exact.stream().allMatch(m -> Gazetteer.featureRank(m.place()) == 2);
    }

    /** Readings that are all small settlements (no country, unit, curated feature or town of 10,000). */
    private static boolean obscureSettlements(List<Gazetteer.Match> pool) {
        return settlementsBelow(pool, 10_000);
    }

    /** Readings that are all settlements or districts of fewer than {@link #GROUNDING_POPULATION}, none a capital. */
    private static boolean minorPlaces(List<Gazetteer.Match> pool) {
        for (Gazetteer.Match m : pool) if ("capital".equals(m.place().feature())) return false;
        return settlementsBelow(pool, GROUNDING_POPULATION);
    }

    /** Are all the readings gazetteer settlements or districts (not the curated list's) of fewer than limit people? */
    private static boolean settlementsBelow(List<Gazetteer.Match> pool, long limit) {
        for (Gazetteer.Match m : pool) {
            if (Gazetteer.featureRank(m.place()) != 2 || m.place().gazetteerId().startsWith("sitrep:")
                    || m.place().population() >= limit) return false;
        }
        return true;
    }

    /**
     * An exact small settlement outside the focus, while some variant reading lies in the focus country, one whose
     * names are transliterated (Syria's Kafraya for "Kefraya" beside a Lebanese Kafraiya).
     */
    private static boolean loneNamesakeAbroad(Gazetteer.Match m, List<Gazetteer.Match> ms, Map<String, Double> focus) {
        if (!m.exact() || focus.containsKey(m.place().iso2()) || !obscureSettlements(List.of(m))) return false;
        // only where names reach English through transliteration is a variant spelling the same name
        for (Gazetteer.Match o : ms) {
            if (!o.exact() && focus.containsKey(o.place().iso2()) && GazetteerBuilder.transliterated(o.place().iso2())) return true;
        }
        return false;
    }

    /**
     * Without a unit word, a town this big keeps its claim beside another country's admin1 unit of its name where the
     * unit is no bigger ("Salinas", California, not Puerto Rico's Salinas), or, in the article's focus country, where
     * the unit is not many times its size: "Santa Barbara" in a story about California is the city, not Honduras's
     * department; "Ontario" is still the province, not the Californian city.
     */
    static final int FOCUS_TOWN_OVER_UNIT_POPULATION = 50_000;

    /** One country clearly leads the focus votes (a variant spelling there may then beat an exact name elsewhere). */
    private static boolean strongFocus(Map<String, Double> focus) {
        return focus.size() == 1 && focus.values().iterator().next() >= 2;
    }

    private static boolean isTopLevel(GeoPlace p) {
        String f = p.feature() == null ? "" : p.feature();
        return f.equals("country") || f.equals("admin1") || f.equals("continent")
                || p.gazetteerId().startsWith("sitrep:");
    }

    private static boolean isAdminArea(String modifier) {
        if (modifier.isEmpty()) return false;
        if (modifier.endsWith("-of") || modifier.equals("near") || modifier.equals("outside") || modifier.equals("around")
                || modifier.contains("outskirts") || modifier.contains("suburbs") || modifier.equals("environs")) return false;
        return true; // northern, rural, countryside, "western countryside"
    }

    private Decision decided(Gazetteer.Match m, String pass, Candidate c) {
        return new Decision(m.place(), pass, precisionOf(m.place(), c));
    }

    /** ACLED geo_precision the mention supports: 1 a settlement, 2 near one or an area, 3 an admin1 or country. */
    static int precisionOf(GeoPlace p, Candidate c) {
        if (p == null) return 1;
        String f = p.feature() == null ? "" : p.feature();
        boolean area = !c.modifier().isEmpty() && !MentionFinder.PROVINCE_OF.equals(c.modifier());
        if (f.equals("admin1") || f.equals("country")) return area ? 2 : 3;
        if (area) return 2;
        if (MentionFinder.AREA_SUFFIX.contains(c.suffix()) && !c.suffix().equals("region")) return 2;
        // ("the province of Ravenna" read at its seat: the province, not the town)
        if (isProvince(c)) return 2;
        return switch (f) {
            case "capital", "city", "town", "village", "neighbourhood", "site", "camp" -> 1;
            default -> 2; // admin2, plains, mountains, regions
        };
    }

    /** {@link #within} the qualifier or the qualifier's own qualifier ("Kerawa, Kolofata (Mayo-Sava, Extreme-Nord)"). */
    private static boolean withinChain(GeoPlace p, Candidate q, List<Candidate> all) {
        for (int depth = 0; q != null && depth < 3; depth++) {
            if (within(p, q)) return true;
            // a link that is exactly a first-level unit bounds the place: the country after it does not widen the
            // chain ("Midland, Michigan, USA" holds no Texan Midland)
            // (unless a unit of that country follows it as qualifier too: "Kemise (Oromia special zone, Amhara)" names
            // a zone of Amhara called after Oromia)
            if (q.matches().stream().anyMatch(m -> m.exact() && "admin1".equals(m.place().feature()))) {
                Candidate next = qualifyingAfter(q, all);
                return next != null && within(p, next);
            }
            q = q.qualifier() >= 0 ? all.get(q.qualifier()) : null;
        }
        return false;
    }

    /** The qualifying mention up to four tokens after an unqualified qualifier ("Oromia special zone, |Amhara|"), or null. */
    private static Candidate qualifyingAfter(Candidate q, List<Candidate> all) {
        if (q.qualifier() >= 0) return null;
        int i = all.indexOf(q);
        if (i < 0 || i + 1 >= all.size()) return null;
        Candidate next = all.get(i + 1);
        return next.qualifying() && next.firstToken() - q.endToken() <= 4 ? next : null;
    }

    /**
     * Is the place inside the unit a qualifier mention names (any of its admin1 or country readings), or, for a
     * qualifier that is itself a town or an area ("Mansoura village in the Sahl al-Ghab plain"), close to it?
     */
    private static boolean within(GeoPlace p, Candidate q) {
        // a qualifier spelt exactly as a unit names that unit, not the units its loose spellings could be ("Minn." is
        // Minnesota, not Maine)
        boolean exactUnit = false;
        for (Gazetteer.Match m : q.matches()) if (m.exact() && Gazetteer.featureRank(m.place()) < 2) { exactUnit = true; break; }
        for (Gazetteer.Match m : q.matches()) {
            GeoPlace u = m.place();
            if (u.gazetteerId().equals(p.gazetteerId())) continue;
            if (exactUnit && !m.exact() && Gazetteer.featureRank(u) < 2) continue;
            if ("country".equals(u.feature()) && Gazetteer.sameCountry(u.iso2(), p.iso2())) return true;
            if ("admin1".equals(u.feature()) && Gazetteer.sameCountry(u.iso2(), p.iso2()) && u.name().equals(p.admin1())) return true;
            // a county or district spelt exactly ("Boston, Lincolnshire"): the places filed under it or near its centre
            if ("admin2".equals(u.feature()) && m.exact() && Gazetteer.sameCountry(u.iso2(), p.iso2())
                    && (u.name().equals(p.admin2()) || Gazetteer.km(u, p) <= QUALIFIER_KM)) return true;
            // a loose spelling of the qualifier counts when it is the qualifier's only reading ("Sahel al-Ghab"); a
            // town named like the unit the qualifier names exactly counts only inside that unit ("Guadalupe, Zacatecas"
            // is not the Guadalupe beside a Zacatecas quarter of Monterrey)
            if ((m.exact() || q.matches().size() == 1) && Gazetteer.featureRank(u) == 2 && u.iso2() != null
                    && Gazetteer.sameCountry(u.iso2(), p.iso2()) && Gazetteer.km(u, p) <= QUALIFIER_KM
                    && (!exactUnit || insideExactUnit(u, q))) return true;
        }
        return false;
    }

    /**
     * The readings inside a first-level unit the qualifier names exactly, where there are some: "Al Majran village in
     * Dhamar governorate" is one of Dhamar's six Al Majrans, not Ibb's, which only lies near Dhamar town. All the
     * readings otherwise.
     */
    private static List<Gazetteer.Match> inExactUnit(List<Gazetteer.Match> readings, Candidate q) {
        List<Gazetteer.Match> in = filter(readings, m -> m.place().admin1() != null && q.matches().stream().anyMatch(u -> u.exact()
                && "admin1".equals(u.place().feature()) && java.util.Objects.equals(u.place().iso2(), m.place().iso2())
                && u.place().name().equals(m.place().admin1())));
        return in.isEmpty() ? readings : in;
    }

    /**
     * Does the place lie in an admin1 unit or country that the qualifier reads as exactly? (A place whose admin1 the
     * gazetteer does not know may: some villages come without one.)
     */
    private static boolean insideExactUnit(GeoPlace p, Candidate q) {
        if (p.admin1() == null) return true;
        for (Gazetteer.Match m : q.matches()) {
            GeoPlace u = m.place();
            if (!m.exact() || Gazetteer.featureRank(u) >= 2 || !Gazetteer.sameCountry(u.iso2(), p.iso2())) continue;
            if ("country".equals(u.feature()) || "admin1".equals(u.feature()) && u.name().equals(p.admin1())) return true;
        }
        return false;
    }

    /**
     * The country a qualifier chain clearly names: an exact country or admin1 reading of the qualifier (or of its own
     * qualifier), when all such readings agree; null otherwise.
     */
    private static String qualifierCountry(Candidate q, List<Candidate> all) {
        String iso = null;
        for (int depth = 0; q != null && depth < 3; depth++) {
            for (Gazetteer.Match m : q.matches()) {
                // a country, an admin1 unit, or a city the news means wherever it writes it ("Ermita, Manila")
                boolean unit = Gazetteer.featureRank(m.place()) <= 1 || "capital".equals(m.place().feature())
                        || m.place().population() >= 1_000_000;
                if (!m.exact() || !unit || m.place().iso2() == null) continue;
                if (iso == null) iso = m.place().iso2();
                else if (!iso.equals(m.place().iso2())) return null;
            }
            if (iso != null) return iso;
            q = q.qualifier() >= 0 ? all.get(q.qualifier()) : null;
        }
        return null;
    }

    /** km around a qualifying city where its neighbourhoods and suburbs lie. */
    static final double CITY_REACH_KM = 60;

    /** Words after a name that make it a part of the town that qualifies it ("Shehpur area of Ahmedabad city"). */
    private static final Set<String> PART_OF_TOWN = Set.of("area", "areas", "neighbourhood", "neighborhood", "locality",
            "colony", "colonia", "sector", "ward", "suburb", "suburbs");

    private static final Set<String> TOWN_FEATURES = Set.of("capital", "city", "town");

    /**
     * The cities a qualifier names (exact settlement readings of 100,000 people, "Ahmedabad city"), when it reads as no
     * country or admin1 unit; empty otherwise.
     */
    private static List<GeoPlace> qualifierTowns(Candidate q) {
        return qualifierSettlements(q, Disambiguator::bigTown);
    }

    /** Is the place a capital, city or town of 100,000? */
    private static boolean bigTown(GeoPlace p) {
        return TOWN_FEATURES.contains(p.feature()) && p.population() >= CONTEXT_OVERRIDE_POPULATION;
    }

    /** Is the name written as a neighbourhood ("Hadda neighbourhood", "the Zeitoun neighborhood")? */
    private static boolean neighbourhood(Candidate c) {
        return c.suffix().equals("neighbourhood") || c.suffix().equals("neighborhood");
    }

    /** The candidates that the one at index {@code me} qualifies directly. */
    private static List<Candidate> qualifiedBy(int me, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>();
        if (me >= 0) for (Candidate o : all) if (o.qualifier() == me) out.add(o);
        return out;
    }

    /** Are the names the candidate qualifies all neighbourhoods ("Hadda neighbourhood of Sanaa": Sanaa is the city)? */
    private static boolean qualifiesNeighbourhoodsOnly(Candidate c, List<Candidate> all) {
        List<Candidate> qualified = qualifiedBy(all.indexOf(c), all);
        return !qualified.isEmpty() && qualified.stream().allMatch(Disambiguator::neighbourhood);
    }

    /** The exact readings of a qualifier as towns of 100,000, whatever else it reads as. */
    private static List<GeoPlace> cityReadings(Candidate q) {
        List<GeoPlace> out = new ArrayList<>();
        for (Gazetteer.Match m : q.matches()) if (m.exact() && bigTown(m.place())) out.add(m.place());
        return out;
    }

    /** How far from a city of 100,000 that qualifies it a suburb in another unit or country may lie. */
    static final double SUBURB_KM = 15;

    /** Is an exact settlement reading within {@link #SUBURB_KM} of a town of 100,000 the qualifier names? */
    private static boolean suburbOfQualifyingCity(List<Gazetteer.Match> pool, Candidate q) {
        // (whether or not the qualifier's name is also a unit's: Jerusalem is a district too)
        List<GeoPlace> cities = new ArrayList<>();
        for (Gazetteer.Match m : q.matches())
            if (m.exact() && Gazetteer.featureRank(m.place()) == 2 && m.place().population() >= CONTEXT_OVERRIDE_POPULATION)
                cities.add(m.place());
        if (cities.isEmpty()) return false;
        for (Gazetteer.Match m : pool)
            if (m.exact() && Gazetteer.featureRank(m.place()) == 2 && nearAny(m.place(), cities, SUBURB_KM)) return true;
        return false;
    }

    /**
     * The big cities a qualifier names when it reads as nothing else exactly (no country or admin1 reading):
     * capitals and cities of a million. Empty otherwise.
     */
    private static List<GeoPlace> qualifierCities(Candidate q) {
        return qualifierSettlements(q, p -> "capital".equals(p.feature()) || p.population() >= 1_000_000);
    }

    /** How far from the town that qualifies it (or the seat of its district) a place may lie. */
    static final double DISTRICT_REACH_KM = 150;

    private static List<GeoPlace> places(List<Gazetteer.Match> ms) {
        List<GeoPlace> out = new ArrayList<>(ms.size());
        for (Gazetteer.Match m : ms) out.add(m.place());
        return out;
    }

    /**
     * Of several readings, the one nearest one of the towns, when that is within {@link #CITY_REACH_KM} of it and the
     * towns are one place (a qualifier of several far namesakes says nothing); null otherwise or with one reading.
     */
    private static Gazetteer.Match nearestTo(List<Gazetteer.Match> ms, List<GeoPlace> towns) {
        if (ms.size() < 2 || towns.size() != 1) return null;
        Gazetteer.Match best = null;
        double bestKm = CITY_REACH_KM;
        for (Gazetteer.Match m : ms) {
            double km = Gazetteer.km(m.place(), towns.get(0));
            if (km < bestKm) { best = m; bestKm = km; }
        }
        if (best == null) return null;
        // readings about as near as the nearest compete on prominence: a district named after its town reaches tens of
        // km around it ("Shevchenkove (Kupiansk raion)" is the raion's town of 7,000, not a hamlet 3 km nearer)
        List<Gazetteer.Match> asNear = new ArrayList<>();
        for (Gazetteer.Match m : ms) if (Gazetteer.km(m.place(), towns.get(0)) <= bestKm + AS_NEAR_KM) asNear.add(m);
        return best(asNear);
    }

    /** km by which a reading may lie farther from a qualifying town than the nearest one and still compete. */
    static final double AS_NEAR_KM = 10;

    /** The qualifier's exact settlement readings that {@code which} accepts; empty when it reads as a unit exactly. */
    private static List<GeoPlace> qualifierSettlements(Candidate q, java.util.function.Predicate<GeoPlace> which) {
        List<GeoPlace> out = new ArrayList<>();
        for (Gazetteer.Match m : q.matches()) {
            if (!m.exact()) continue;
            GeoPlace p = m.place();
            if (Gazetteer.featureRank(p) < 2) return List.of();
            if (which.test(p)) out.add(p);
        }
        return out;
    }

    private static boolean nearAny(GeoPlace p, List<GeoPlace> cities, double km) {
        for (GeoPlace c : cities) if (Gazetteer.km(p, c) <= km) return true;
        return false;
    }

    /** Does one of the qualifier's readings lie in the place's country? */
    private static boolean inCountryOf(GeoPlace p, Candidate q) {
        for (Gazetteer.Match m : q.matches()) {
            if (!m.exact() || !Gazetteer.sameCountry(m.place().iso2(), p.iso2())) continue;
            // (a village reading of the qualifier far from the place says nothing of its country: Lincolnshire,
            // Illinois, puts no Boston of Massachusetts in "Boston, Lincolnshire")
            GeoPlace u = m.place();
            if (Gazetteer.featureRank(u) == 2 && u.population() < CONTEXT_OVERRIDE_POPULATION
                    && Gazetteer.km(u, p) > QUALIFIER_KM) continue;
            return true;
        }
        return false;
    }

    /**
     * Votes for the countries an article is about, per mention name: country names count most, then admin1 units
     * and places whose readings all lie in one country, then large cities.
     */
    static Map<String, Map<String, Double>> countryVotes(List<Candidate> cs) {
        Map<String, Map<String, Double>> votes = new HashMap<>();
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            // ("India" in "the Nepal-India border" is named beside the story's country, not as it)
            if (c.matches().isEmpty() || !c.matches().get(0).exact() || c.acrossBorder()) continue;
            GeoPlace top = c.matches().get(0).place();
            // "Al Hazm (Al Jawf)": a qualifier votes for its unit that holds the name it qualifies (Yemen's Al Jawf),
            // not for the most prominent unit of its name (Saudi Arabia's)
            if ("admin1".equals(top.feature()) && c.qualifying()) {
                GeoPlace holding = unitHoldingAName(c, k, cs);
                if (holding != null) top = holding;
            }
            // a curated region ranks with countries ("Gaza" is the Strip, not Mozambique's province of that name)
            GeoPlace curated = curatedRegion(c);
            if (curated != null && !"country".equals(top.feature())) top = curated;
            String f = top.feature() == null ? "" : top.feature();
            double w;
            if (f.equals("country")) w = 2;
            else if (f.equals("admin1") || top == curated) w = 1.5;
            else {
                String iso = null;
                boolean agree = true;
                for (Gazetteer.Match m : c.matches()) {
                    if (!m.exact()) continue;
                    if (iso == null) iso = m.place().iso2();
                    else if (!iso.equals(m.place().iso2())) { agree = false; break; }
                }
                // (a city whose namesakes are all hamlets a hundred times smaller is as good as the only reading:
                // "Al-Raqqa", beside two Yemeni villages of 30 and 4 people)
                if (agree || dwarfsItsNamesakes(c, top)) w = 1;
                else if (top.population() >= 500_000) w = 0.5;
                else continue;
            }
            if (top.iso2() == null) continue;
            votes.computeIfAbsent(c.folded(), x -> new HashMap<>()).merge(top.iso2(), w, Double::sum);
        }
        return votes;
    }

    /** The candidate's exact first-level unit reading that holds an exact reading of a name it qualifies, or null. */
    private static GeoPlace unitHoldingAName(Candidate c, int k, List<Candidate> cs) {
        for (Gazetteer.Match u : c.matches()) {
            if (!u.exact() || !"admin1".equals(u.place().feature()) || u.place().iso2() == null) continue;
            for (Candidate o : qualifiedBy(k, cs))
                for (Gazetteer.Match m : o.matches())
                    if (m.exact() && m.place() != u.place() && Gazetteer.sameCountry(u.place().iso2(), m.place().iso2())
                            && u.place().admin1() != null && u.place().admin1().equals(m.place().admin1())) return u.place();
        }
        return null;
    }

    /** The exact curated region or feature of a country that the name reads as (not a quarter, nor a building). */
    private static GeoPlace curatedRegion(Candidate c) {
        for (Gazetteer.Match m : c.matches()) if (m.exact() && isCuratedRegion(m.place())) return m.place();
        return null;
    }

    /** A curated region or feature of one country (not a quarter, a building or a world region). */
    private static boolean isCuratedRegion(GeoPlace p) {
        return p.iso2() != null && p.gazetteerId().startsWith("sitrep:") && !isQuarter(p) && !isSeatOfPower(p);
    }

    /** Is the text's name the place's own name mistyped (at most two letters off)? */
    private static boolean typoOf(String folded, GeoPlace p) {
        return VariantMatcher.distance(folded, NameNormalizer.fold(p.name())) <= 2;
    }

    /** Is the top reading a town of 50,000 with every other exact reading at most a hundredth of its size? */
    private static boolean dwarfsItsNamesakes(Candidate c, GeoPlace top) {
        if (Gazetteer.featureRank(top) != 2 || top.population() < DWARFING_POPULATION) return false;
        for (Gazetteer.Match m : c.matches()) {
            if (m.exact() && m.place() != top && m.place().population() * 100 > top.population()) return false;
        }
        return true;
    }

    /** Size from which a town's far smaller namesakes do not keep it from voting for its country. */
    private static final long DWARFING_POPULATION = 50_000;

    static String admin1Key(GeoPlace p) { return p.iso2() + "/" + p.admin1(); }

    /**
     * Votes for the admin1 units an article is about: a name of an admin1 unit counts 2; any other name shares one
     * vote among the units where its exact readings lie (a name found in one state only gives that state a full
     * vote; "Gainesville", found in six states, gives each a sixth). Summed over an article's names, the state that
     * explains most of them leads even when the article never names it: local news names its towns, not its state.
     */
    static Map<String, Map<String, Double>> admin1Votes(List<Candidate> cs) {
        Map<String, Map<String, Double>> votes = new HashMap<>();
        for (Candidate c : cs) {
            if (c.matches().isEmpty() || !c.matches().get(0).exact()) continue;
            // a seat of government named by its building ("the White House") says where power sits, not where the
            // story is, and neither do the towns that share its name
            if (c.matches().stream().anyMatch(m -> m.exact() && isSeatOfPower(m.place()))) continue;
            String unit = null;
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            for (Gazetteer.Match m : c.matches()) {
                if (!m.exact() || m.place().admin1() == null || "country".equals(m.place().feature())) continue;
                if ("admin1".equals(m.place().feature())) { unit = admin1Key(m.place()); break; }
                keys.add(admin1Key(m.place()));
            }
            Map<String, Double> v = votes.computeIfAbsent(c.folded(), x -> new HashMap<>());
            if (unit != null) v.merge(unit, 2.0, Double::sum);
            else if (!keys.isEmpty() && keys.size() <= MAX_SHARED_UNITS) for (String k : keys) v.merge(k, 1.0 / keys.size(), Double::sum);
        }
        return votes;
    }

    /**
     * The admin1 unit an article is clearly about: the leader of the votes, with at least {@link #STRONG_ADMIN1} and
     * twice the votes of the next one; null when there is none.
     */
    static String strongAdmin1(Map<String, Double> focusAdmin1) {
        String lead = null;
        double top = 0, second = 0;
        for (Map.Entry<String, Double> e : focusAdmin1.entrySet()) {
            if (e.getValue() > top) { second = top; top = e.getValue(); lead = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        return lead != null && top >= STRONG_ADMIN1 && top >= 2 * second ? lead : null;
    }

    /** All votes of every other name than this one, unfiltered. */
    static Map<String, Double> totalsFor(Map<String, Map<String, Double>> votes, String ownName) {
        Map<String, Double> total = new HashMap<>();
        votes.forEach((name, v) -> { if (!sameStem(name, ownName)) v.forEach((k, w) -> total.merge(k, w, Double::sum)); });
        return total;
    }

    /** "Dublin" and "Dublin City" are one name: neither votes for where the other is. */
    static boolean sameStem(String a, String b) {
        return a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " ");
    }

    /** Focus countries for one mention: the votes of every other name (a name does not vote for itself). */
    static Map<String, Double> focusFor(Map<String, Map<String, Double>> votes, String ownName) {
        Map<String, Double> total = new HashMap<>();
        votes.forEach((name, v) -> { if (!name.equals(ownName)) v.forEach((k, w) -> total.merge(k, w, Double::sum)); });
        if (total.isEmpty()) return Map.of();
        double max = total.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<String, Double> out = new HashMap<>();
        total.forEach((k, v) -> { if (v >= Math.max(1.0, max * 0.5)) out.put(k, v); });
        return out;
    }

    private static List<Gazetteer.Match> inFocus(List<Gazetteer.Match> ms, Map<String, Double> focus) {
        List<Gazetteer.Match> f = filter(ms, m -> focus.containsKey(m.place().iso2()));
        return f.isEmpty() ? ms : f;
    }

    static List<Gazetteer.Match> filter(List<Gazetteer.Match> ms, java.util.function.Predicate<Gazetteer.Match> p) {
        List<Gazetteer.Match> out = new ArrayList<>();
        for (Gazetteer.Match m : ms) if (p.test(m)) out.add(m);
        return out;
    }

    /** Prominence: log population, plus a bonus for countries and admin1 units and for exact names. */
    static double prior(Gazetteer.Match m) {
        GeoPlace p = m.place();
        String f = p.feature() == null ? "" : p.feature();
        // (a "town" under 10,000 people is a province's seat, whose recorded population is often a hamlet's or none:
        // Goz Beida, seat of Sila, is listed with fewer people than a village of its name; it counts as a town)
        double s = Math.log10((f.equals("town") ? Math.max(p.population(), GazetteerBuilder.TOWN_POPULATION) : p.population()) + 10);
        if (f.equals("country") || f.equals("continent")) s += 3;
        else if (f.equals("capital")) s += 1.5;
        else if (f.equals("admin1")) s += 0.5;
        // (a quarter is usually named with its city; one of 100,000, Hollywood or Brooklyn, is a name by itself)
        else if (f.equals("neighbourhood") && p.population() < CONTEXT_OVERRIDE_POPULATION || f.equals("admin2")) s -= 0.5;
        // the curated seas, regions and features are what news means by those names (Gaza, Darfur, Sahel)
        if (p.gazetteerId().startsWith("sitrep:")) s = Math.max(s, CURATED_PRIOR);
        if (!m.exact()) s -= 1;
        return s;
    }

    /**
     * A reading's prior plus half the log of the names its town is known by (not for a name the town bears only as an
     * alias: Bitola's many names do not make it the "Monastir" meant).
     */
    static double fame(Gazetteer.Match m, String folded) {
        // (in Arabic-script countries the gazetteer's own name of a city is often the English exonym, Sidon or Tyre, and
        // the name news writes, Saida or Sour, its alias: there a city's alias is its name as much as its own)
        boolean town = Gazetteer.featureRank(m.place()) == 2 && (!aliasOnly(m, folded)
                || GazetteerBuilder.arabicScript(m.place().iso2()) && m.place().population() >= CONTEXT_OVERRIDE_POPULATION);
        return prior(m) + (town ? FAME_WEIGHT * Math.log10(1 + m.names()) : 0);
    }

    /** The reading of highest {@link #fame}. */
    private static Gazetteer.Match mostFamous(List<Gazetteer.Match> ms, String folded) {
        Gazetteer.Match b = ms.get(0);
        for (Gazetteer.Match m : ms) if (fame(m, folded) > fame(b, folded)) b = m;
        return b;
    }

    /** The weight of {@link #fame}'s name count, in log10 units (a town named ten times as widely counts as one 3.2 times as big). */
    static final double FAME_WEIGHT = 0.5;

    private static Gazetteer.Match best(List<Gazetteer.Match> ms) {
        Gazetteer.Match b = ms.get(0);
        for (Gazetteer.Match m : ms) if (prior(m) > prior(b)) b = m;
        return b;
    }

    private static Gazetteer.Match bestFocus(List<Gazetteer.Match> ms, Map<String, Double> focus) {
        Gazetteer.Match b = ms.get(0);
        for (Gazetteer.Match m : ms) {
            if (prior(m) + focusBonus(m, focus) > prior(b) + focusBonus(b, focus)) b = m;
        }
        return b;
    }

    private static double focusBonus(Gazetteer.Match m, Map<String, Double> focus) {
        return Math.log1p(focus.getOrDefault(m.place().iso2(), 0.0));
    }

    private static double secondPrior(List<Gazetteer.Match> ms, Gazetteer.Match b) {
        double s = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Match m : ms) if (m != b) s = Math.max(s, prior(m));
        return s;
    }

    /** The candidate nearest to an anchor, when one lies within {@link #NEAR_KM}. */
    private static Gazetteer.Match nearest(List<Gazetteer.Match> ms, List<GeoPlace> anchors, String folded) {
        if (anchors.isEmpty() || ms.size() < 2) return null;
        // a town's own name before a name it also carries (Arlington, Texas, not a shore town once called Arlington);
        // a spelling of the same name (Kipseli for "Kypseli") and admin units (Kyiv City) stay readings
        if (ms.stream().anyMatch(m -> m.exact() && ownName(m.place(), folded)))
            ms = filter(ms, m -> !m.exact() || Gazetteer.featureRank(m.place()) < 2 || ownName(m.place(), folded)
                    || NameNormalizer.skeleton(m.place().name()).equals(NameNormalizer.skeletonOfFolded(folded)));
        Gazetteer.Match bestM = null;
        double bestD = NEAR_KM;
        double top = prior(best(ms));
        for (Gazetteer.Match m : ms) {
            if (prior(m) < top - PROXIMITY_MARGIN) continue; // a hamlet near Moscow, Maine does not beat Moscow
            for (GeoPlace a : anchors) {
                if (a.gazetteerId().equals(m.place().gazetteerId())) continue;
                double d = Gazetteer.km(m.place(), a);
                if (d < bestD) { bestD = d; bestM = m; }
            }
        }
        return bestM;
    }
}
