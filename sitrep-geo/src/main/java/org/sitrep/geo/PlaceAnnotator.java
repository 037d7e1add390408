package org.sitrep.geo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.StageContext;

/**
 * Finds place mentions from the gazetteer itself (token n-grams, not NER) and resolves each to one entry by
 * the pass chain of {@link Disambiguator}. Requires tokens and sentences; provides {@link Layer#PLACES}.
 * Thread-safe: holds only the read-only gazetteer and word lists.
 */
public final class PlaceAnnotator implements Annotator {
    public static final String NAME = "geo.places";

    private final MentionFinder finder;
    private final Disambiguator disambiguator;
    private final Map<String, GeoPlace> demonyms = new HashMap<>();
    /** First words of the two-word peoples' words ("sri" of "Sri Lankan"), to try the pair only after one. */
    private final Set<String> twoWordHeads = new HashSet<>();
    private final PublisherCountry publisher;
    private final OutletLocales outlets;

    public PlaceAnnotator(Gazetteer gazetteer) {
        this.finder = new MentionFinder(gazetteer, new HashSet<>(Resources.lines("not-places.txt")));
        this.disambiguator = new Disambiguator(gazetteer);
        this.publisher = new PublisherCountry(gazetteer, finder.demonymCountries());
        // the finder has read demonyms.csv already: resolve each country or continent it names once
        Map<String, Optional<GeoPlace>> resolved = new HashMap<>();
        finder.demonymCountries().forEach((word, target) -> resolved.computeIfAbsent(target, t -> t.length() == 2
                ? gazetteer.countryByIso(t)
                : gazetteer.match(t).stream().map(Gazetteer.Match::place).filter(x -> "continent".equals(x.feature())).findFirst())
                .ifPresent(p -> demonyms.put(word, p)));
        // "English", "Scottish", "Welsh": the people of one unit of their country
        demonyms.putAll(finder.demonymUnits());
        for (String word : demonyms.keySet()) if (word.indexOf(' ') > 0) twoWordHeads.add(word.substring(0, word.indexOf(' ')));
        this.outlets = OutletLocales.NONE;
    }

    private PlaceAnnotator(PlaceAnnotator base, OutletLocales outlets) {
        this.finder = base.finder;
        this.disambiguator = base.disambiguator;
        this.demonyms.putAll(base.demonyms);
        this.twoWordHeads.addAll(base.twoWordHeads);
        this.publisher = base.publisher;
        this.outlets = outlets;
    }

    /**
     * This annotator reading each article with its outlet's home (learnt from the batch by a first pass of
     * {@link #annotate} into an {@link OutletLocales.Survey}).
     */
    public PlaceAnnotator withOutletLocales(OutletLocales locales) {
        return new PlaceAnnotator(this, locales.withMastheads(finder.gazetteer()));
    }

    /**
     * This annotator reading each of a batch's tokenised documents with its outlet's home: a first pass over the
     * documents learns the homes. (A pipeline that streams its batch runs the survey itself.)
     */
    public PlaceAnnotator forBatch(Iterable<Document> docs) {
        OutletLocales.Survey survey = new OutletLocales.Survey();
        for (Document d : docs) if (OutletLocales.outletOf(d.article()) != null) survey.add(d.article(), annotate(d));
        return withOutletLocales(survey.result());
    }

    /** The outlets' homes this annotator reads articles with. */
    public OutletLocales outletLocales() { return outlets; }

    @Override public String name() { return NAME; }

    @Override public Set<Layer> requires() { return EnumSet.of(Layer.TOKENS, Layer.SENTENCES); }

    @Override public Set<Layer> provides() { return EnumSet.of(Layer.PLACES); }

    @Override public Document apply(Document doc, StageContext ctx) {
        return doc.withPlaces(annotate(doc));
    }

    /** Place mentions of a tokenised document, in text order. */
    public List<PlaceMention> annotate(Document doc) {
        return resolve(doc, finder.find(doc));
    }

    /**
     * The candidates resolved in their document: its institutions' units and its publisher's country; the outlet's
     * home unit counts as one more institution's unit, its home country as the publisher's when metadata gives none.
     */
    private List<PlaceMention> resolve(Document doc, List<Candidate> cs) {
        Set<String> units = finder.institutionUnits(doc);
        Optional<String> country = publisher.of(doc.article());
        Optional<OutletLocales.Home> home = outlets.homeOf(doc.article());
        Map<String, GeoPlace> lexicon = home.map(OutletLocales.Home::lexicon).orElse(Map.of());
        GeoPlace masthead = home.map(OutletLocales.Home::masthead).orElse(null);
        if (home.isPresent()) {
            if (home.get().admin1Key() != null) {
                units = new HashSet<>(units);
                units.add(home.get().admin1Key());
            }
            if (country.isEmpty()) country = Optional.ofNullable(home.get().iso2());
        }
        Set<String> named = new HashSet<>();
        Map<String, Double> peoples = peoplesCountries(doc.tokens(), named);
        return disambiguator.resolve(cs, units, country.orElse(null), lexicon, masthead, peoples, named);
    }

    /**
     * The people's word at token k: read with the capitalised word right before it where the two are one people's
     * word ("Sri Lankan", "Costa Rican", "North Korean", "Latin American"), else alone; null if it is none.
     */
    private GeoPlace peopleAt(List<org.sitrep.model.Token> tokens, int k) {
        GeoPlace two = twoWordPeople(tokens, k);
        return two != null ? two : demonyms.get(NameNormalizer.fold(tokens.get(k).text()));
    }

    /** The people's word of tokens k-1 and k read together ("Sri Lankan"), or null. */
    private GeoPlace twoWordPeople(List<org.sitrep.model.Token> tokens, int k) {
        if (k == 0) return null;
        org.sitrep.model.Token prev = tokens.get(k - 1), t = tokens.get(k);
        String p = prev.text();
        if (p.isEmpty() || !Character.isUpperCase(p.charAt(0)) || t.start() - prev.end() != 1
                || !twoWordHeads.contains(p.toLowerCase(java.util.Locale.ROOT))) return null;
        return demonyms.get(NameNormalizer.fold(p + " " + t.text()));
    }

    /**
     * The countries whose peoples' words the text uses ("a Palestinian", "Lebanese protesters"), ISO2 -> how often;
     * not where the word says whose forces or officials act ("Israeli forces raided Jenin", "Turkish jets struck Tal
     * Tamr"): those act abroad as often as at home. {@code named} gets the countries of every people's word, in any
     * role ("Peruvian police"): countries the text speaks of.
     */
    private Map<String, Double> peoplesCountries(List<org.sitrep.model.Token> tokens, Set<String> named) {
        Map<String, Double> out = new HashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            String x = tokens.get(k).text();
            // (a movement that fights at home: "Houthi forces", "Houthi-held" say Yemen whatever they do)
            String movement = movementCountry(x);
            if (movement != null) { out.merge(movement, 1.0, Double::sum); continue; }
            if (x.length() < 4 || !Character.isUpperCase(x.charAt(0))) continue;
            GeoPlace people = peopleAt(tokens, k);
            if (people == null || !"country".equals(people.feature()) || people.iso2() == null) continue;
            named.add(people.iso2());
            if (actsForAState(tokens, k)) continue;
            out.merge(people.iso2(), 1.0, Double::sum);
            // ("Israeli bulldozers demolished a house near Bethlehem": news of Israelis is as often of the West Bank
            // and Gaza as of Israel)
            if ("IL".equals(people.iso2())) out.merge("PS", 1.0, Double::sum);
        }
        return out;
    }

    /** Words of movements.csv (as written: "HTS", "Houthi") to the one country their movement fights in. */
    private static final Map<String, String> MOVEMENTS = movements();

    /** The country of the movement a token names, whole or before a hyphen ("Houthi-held"), or null. */
    private static String movementCountry(String token) {
        String whole = MOVEMENTS.get(token);
        int dash = token.indexOf('-');
        return whole != null || dash < 2 ? whole : MOVEMENTS.get(token.substring(0, dash));
    }

    private static Map<String, String> movements() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : Resources.csv("movements.csv"))
            for (String word : row[0].split("\\|")) out.put(word, row[1]);
        return Map.copyOf(out);
    }

    /** Does a state act through the people's word at token k ("Israeli forces", "Russian and Turkish troops")? */
    private boolean actsForAState(List<org.sitrep.model.Token> tokens, int k) {
        for (int j = k + 1; j < Math.min(tokens.size(), k + 5); j++) {
            String w = tokens.get(j).text();
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (ACTING_FOR_A_STATE.contains(lower)) return true;
            // (over a list of peoples: "Russian and Turkish", "Syrian, Russian")
            if (!(lower.equals("and") || lower.equals(",") || demonyms.containsKey(NameNormalizer.fold(w)))) return false;
        }
        return false;
    }

    /** Words after a people's word that make it the state acting, not the people living at a place. */
    private static final Set<String> ACTING_FOR_A_STATE = Set.of("forces", "force", "army", "troops", "soldiers",
            "soldier", "military", "warplanes", "warplane", "jets", "aircraft", "planes", "helicopters", "drones", "drone",
            "navy", "naval", "police", "policemen", "security", "border", "artillery", "tanks", "settlers", "occupation",
            "authorities", "government", "regime", "air", "special", "intelligence", "officials", "official", "ministry",
            "coalition", "militia", "militias", "gendarmerie", "commandos", "president", "prime", "defence", "defense",
            "embassy", "ambassador", "envoy", "foreign");

    /**
     * Place mentions and the peoples' words of a document, in text order: what {@link #annotate} finds, and each
     * capitalised word for a country's or continent's people outside those mentions ("Russian artists", "the
     * Canadian capital", "Syrians") as a mention of that country or continent (pass "demonym", precision 3). For the
     * 'places' command and its evaluation, where a people's word counts as a mention of its place; event
     * extraction does not take them: "Russian jets struck" says nothing of where.
     */
    public List<PlaceMention> annotateWithPeoples(Document doc) {
        List<PlaceMention> found = annotate(doc);
        List<PlaceMention> out = new ArrayList<>(found.size() + 4);
        int next = 0;
        List<org.sitrep.model.Token> tokens = doc.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            org.sitrep.model.Token t = tokens.get(k);
            String x = t.text();
            if (x.length() < 2 || !Character.isUpperCase(x.charAt(0))) continue;
            // "US forces", "a UK minister": a country's short form before a noun says whose, as "American" does
            GeoPlace two = x.length() > 2 ? twoWordPeople(tokens, k) : null;
            GeoPlace people = two != null ? two
                    : x.length() == 2 ? finder.shortFormCountry(tokens, k) : demonyms.get(NameNormalizer.fold(x));
            // "Britain accuses Russia", "Canada announced": a country that speaks is its government, which event
            // extraction takes for an actor, not a place; the places listing names the country
            String pass = "demonym";
            if (people == null && x.length() > 2) {
                people = finder.speakingCountry(tokens, k);
                pass = "speaker";
            }
            if (people == null) continue;
            // "Central American", "North American", "Latin American": a compass word or "Latin" before the people's
            // word makes it the people of a region, not of the country the word alone names
            // ("South Korean", "South African" are peoples' words of their own, read whole)
            Span span = new Span(t.start(), t.end());
            if (two != null) {
                // ("Sri Lankan", "Costa Rican": one people's word in two)
                org.sitrep.model.Token prev = tokens.get(k - 1);
                span = new Span(prev.start(), t.end());
                x = doc.text().substring(prev.start(), t.end());
            } else if (x.length() > 2 && k > 0 && MentionFinder.regionOpener(tokens.get(k - 1), t)) {
                // (a compass word or "Latin" with a people's word that is no region's, "Latin Americans" where the
                // region is not listed, names no country either)
                continue;
            }
            while (next < found.size() && found.get(next).span().end() <= span.start()) out.add(found.get(next++));
            if (next < found.size() && found.get(next).span().start() < t.end()) continue; // inside a found name
            if (pass.equals("demonym") && opensNameOfPremises(tokens, k)) continue;
            out.add(new PlaceMention(span, x, people, pass, 3));
        }
        while (next < found.size()) out.add(found.get(next++));
        return withNamesInBodies(doc, out);
    }

    /**
     * Last words of the names of streets, quarters and eating or lodging places named in a people's style ("the French
     * Quarter" of New Orleans, "Frenchmen Street", "a Chinese restaurant"). A nation's own institutions ("the Russian
     * Museum", "the Philippine Sports Institute") stand in that country and keep their reading; so do embassies,
     * which geoparsing conventions place either way.
     */
    private static final Set<String> PREMISES = Set.of("quarter", "street", "road", "avenue", "hotel", "restaurant",
            "cafe", "bakery", "garden", "gardens");

    /**
     * Does the people's word at token k open the name of a street, a quarter or such premises? It names their style,
     * not where they stand.
     */
    private static boolean opensNameOfPremises(List<Token> tokens, int k) {
        for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
            Token w = tokens.get(j);
            if (w.start() - tokens.get(j - 1).end() != 1 || w.text().isEmpty() || !Character.isUpperCase(w.text().charAt(0))) return false;
            if (PREMISES.contains(w.text().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Words that, capitalised right after a place's name, make it the name of a body, a service or a paper: "Texas
     * Department of State Health Services", "Georgia Bureau of Investigation", "Dublin Historical Society", "Paris
     * Public Library", "Gainesville Times".
     */
    private static final Set<String> BODY_WORDS = Set.of("department", "dept", "bureau", "police", "public", "historical",
            "society", "board", "commission", "commissioners", "service", "services", "supreme", "court", "coalition",
            "association", "chamber", "fire", "forest", "environmental", "health", "education", "library", "hospital",
            "medical", "school", "schools", "university", "college", "times", "news", "herald", "post", "tribune", "daily",
            "journal", "register", "gazette", "convention", "veterans", "council", "city", "state", "transportation",
            "highway", "patrol", "utilities", "water", "electric", "power", "symphony", "museum", "zoo", "airport",
            "port", "authority", "housing", "community", "area", "regional", "county", "high", "middle", "elementary",
            "bank", "federal", "general", "legislature", "senate", "house", "assembly", "national", "guard", "army");

    /**
     * The places the 'places' listing also names inside the names of bodies ("Texas Forest Service", "the Ohio Supreme
     * Court"): geoparsing gold sets count them as mentions of the place, and they tell where a story is. Resolved in
     * the document's context (pass as decided); event extraction does not take them ({@link #annotate}).
     */
    private List<PlaceMention> withNamesInBodies(Document doc, List<PlaceMention> found) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = new boolean[doc.text().length() + 1];
        for (PlaceMention m : found) for (int k = m.span().start(); k < m.span().end() && k < covered.length; k++) covered[k] = true;
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (covered[t.start()] || t.text().length() < 3 || !Character.isUpperCase(t.text().charAt(0))
                    || t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) continue;
            // the place opens the body's name ("Seoul Central District Court" is no Central District's, "Marjory
            // Stoneman Douglas High School" no Douglas's)
            if (i > 0 && t.start() - tokens.get(i - 1).end() == 1 && !tokens.get(i - 1).text().isEmpty()
                    && Character.isUpperCase(tokens.get(i - 1).text().charAt(0))) continue;
            for (int len = Math.min(3, tokens.size() - i - 1); len >= 1; len--) {
                Token last = tokens.get(i + len - 1), body = tokens.get(i + len);
                if (body.start() - last.end() != 1 || !Character.isUpperCase(body.text().charAt(0))
                        || !BODY_WORDS.contains(body.text().toLowerCase(java.util.Locale.ROOT))) continue;
                boolean glued = true;
                for (int k = i + 1; k < i + len && glued; k++) glued = tokens.get(k).start() - tokens.get(k - 1).end() == 1
                        && Character.isUpperCase(tokens.get(k).text().charAt(0));
                if (!glued) continue;
                String folded = NameNormalizer.fold(doc.text().substring(t.start(), last.end()));
                if (!ownNameOfAPlace(folded)) continue;
                spans.add(new Span(t.start(), last.end()));
                i += len - 1;
                break;
            }
        }
        if (spans.isEmpty()) return found;
        // a town's name in a body's name is often a person's ("Carnegie Library", "Douglas High School") or a namesake
        // abroad ("Venice Commission"): only a country, an admin1 unit or a town the document's context decides
        List<PlaceMention> added = new ArrayList<>();
        for (PlaceMention m : resolveSpans(doc, spans)) {
            if (m.place() != null && (Gazetteer.featureRank(m.place()) < 2 || CONTEXT_PASSES.contains(m.pass()))) added.add(m);
        }
        if (added.isEmpty()) return found;
        List<PlaceMention> out = new ArrayList<>(found);
        out.addAll(added);
        out.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /** Passes that decide a town by the document's own context or its outlet's, not by prominence. */
    private static final Set<String> CONTEXT_PASSES = Set.of("outlet-lexicon", "outlet-masthead", "focus-state",
            "document-state", "admin-context", "local-town", "mutual-proximity", "focus-admin1", "document-admin-context");

    /** Is the name exactly the own name of a country, an admin1 unit or a town of 10,000 people (not an alias)? */
    private boolean ownNameOfAPlace(String folded) {
        if (!finder.gazetteer().hasExact(folded)) return false;
        for (Gazetteer.Match m : finder.gazetteer().matchFolded(folded)) {
            GeoPlace p = m.place();
            if (!m.exact() || !NameNormalizer.fold(p.name()).equals(folded)) continue;
            if (Gazetteer.featureRank(p) < 2 && !"continent".equals(p.feature()) || p.population() >= 10_000) return true;
        }
        return false;
    }

    /**
     * The place a short event description is about ("On 2 March, in Contagem, Minas Gerais, ..."): the first
     * resolved settlement or area that a containing unit qualifies ("X, Y", "X (Y, Z)", "X in Y"), else the first one
     * after a place cue ("in", "near", "village of"), else the first one, else the first admin unit or country.
     * Empty when no mention resolved.
     */
    public Optional<PlaceMention> mainPlace(Document doc) {
        List<Candidate> cs = finder.find(doc);
        List<PlaceMention> ms = resolve(doc, cs);
        int best = -1, bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < ms.size(); i++) {
            GeoPlace p = ms.get(i).place();
            if (p == null) continue;
            Candidate c = cs.get(i);
            boolean local = Gazetteer.featureRank(p) == 2 && !"continent".equals(p.feature());
            int rank = !local ? ("admin1".equals(p.feature()) ? 3 : 4)
                    : c.qualifier() >= 0 ? 0 : c.cued() ? 1 : 2;
            if (rank < bestRank) { bestRank = rank; best = i; }
        }
        return best < 0 ? Optional.empty() : Optional.of(ms.get(best));
    }

    /**
     * Resolves given spans (for example gold toponyms) in the context of the whole document: the mentions the
     * annotator finds itself give the focus country and the proximity anchors. Spans it did not find are looked
     * up as they are; the result has one entry per span, in the order given, with a null place when nothing
     * matched.
     */
    public List<PlaceMention> resolveSpans(Document doc, List<Span> spans) {
        List<Candidate> found = finder.find(doc);
        List<Candidate> all = new ArrayList<>(found);
        int[] index = new int[spans.size()];
        List<Token> tokens = doc.tokens();
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            int hit = -1;
            for (int i = 0; i < found.size(); i++) if (found.get(i).span().equals(s)) { hit = i; break; }
            if (hit < 0) {
                String text = s.of(doc.text());
                String folded = NameNormalizer.fold(text);
                int ft = firstTokenAt(tokens, s.start()), et = Math.max(ft + 1, firstTokenAt(tokens, s.end()));
                List<Gazetteer.Match> ms = finder.compassUnits(folded, new java.util.HashMap<>(), false);
                if (ms.isEmpty()) ms = finder.restrictToPeople(tokens, ft, 0, finderMatches(folded));
                String suffix = "";
                int sp = folded.lastIndexOf(' ');
                if (ms.isEmpty() && sp > 0) {
                    // "Laurel County", "Nyanza Province": the unit by its name when the gazetteer lacks the unit itself
                    String last = folded.substring(sp + 1);
                    if (MentionFinder.ADMIN_SUFFIX.contains(last) || MentionFinder.SETTLEMENT_SUFFIX.contains(last)) {
                        ms = finderMatches(folded.substring(0, sp));
                        // "Tennessee Colony": a settlement named after a unit, not the unit
                        if (MentionFinder.SETTLEMENT_NAME_WORDS.contains(last) && !MentionFinder.ADMIN_SUFFIX.contains(last)
                                && ms.stream().noneMatch(m -> m.exact() && Gazetteer.featureRank(m.place()) == 2)) ms = List.of();
                        suffix = last;
                        folded = folded.substring(0, sp);
                    }
                }
                // "Oconee", "DeKalb" alone: local news names its county without the word "County"
                if (ms.stream().noneMatch(Gazetteer.Match::exact) && suffix.isEmpty()) {
                    for (String w : List.of(" county", " parish")) {
                        List<Gazetteer.Match> county = new ArrayList<>();
                        for (Gazetteer.Match m : finder.gazetteer().matchFolded(folded + w))
                            if (m.exact() && "admin2".equals(m.place().feature())) county.add(m);
                        if (!county.isEmpty()) { ms = county; break; }
                    }
                }
                // "University of California", "Dubai World Cup": an organisation, building or event is where the
                // place it is named after lies
                if (ms.stream().noneMatch(Gazetteer.Match::exact) && suffix.isEmpty() && et - ft > 1) {
                    List<Gazetteer.Match> inner = finder.containedName(doc.text(), tokens, ft, Math.min(et, tokens.size()));
                    if (!inner.isEmpty()) ms = inner;
                }
                all.add(new Candidate(s, text, ft, et, folded, ms, suffix, "", -1, true, false));
                hit = all.size() - 1;
            }
            index[k] = hit;
        }
        // the given spans' own cues ("Jordan Elementary School"), as the finder reads them for the names it finds
        List<Candidate> given = MentionFinder.withMunicipalTowns(doc.text(), tokens, all.subList(found.size(), all.size()));
        all = new ArrayList<>(all.subList(0, found.size()));
        all.addAll(given);
        List<PlaceMention> resolved = resolve(doc, all);
        Optional<GeoPlace> locality = focusLocality(resolved.subList(0, found.size()));
        List<PlaceMention> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            PlaceMention m = resolved.get(index[k]);
            String folded = NameNormalizer.fold(m.text());
            GeoPlace people = demonyms.get(folded);
            // "Russian", "Syrians": the country of the people named (never found by annotate itself)
            if (people != null) m = new PlaceMention(m.span(), m.text(), people, "demonym", 3);
            // "South Ossetian", "Ontarians", "Texan": the region or unit the adjective is made from
            else if (m.place() == null || !finder.gazetteer().hasExact(folded)) {
                Optional<GeoPlace> base = adjectiveBase(folded);
                if (base.isPresent()) m = new PlaceMention(m.span(), m.text(), base.get(), "demonym", 3);
                // "Royal Street", "Barclays Center": a facility the gazetteer does not list lies in the town the
                // article is about (ACLED's geo_precision 2, "a part of a town")
                else if (m.place() == null && locality.isPresent() && isFacility(folded))
                    m = new PlaceMention(m.span(), m.text(), locality.get(), "facility-in-locality", 2);
            }
            out.add(m);
        }
        return out;
    }

    /** Last words of names of facilities and streets: parts of a town, not places of their own in a gazetteer. */
    private static final Set<String> FACILITY_WORDS = Set.of("street", "st", "road", "rd", "avenue", "ave",
            "boulevard", "blvd", "lane", "drive", "highway", "center", "centre", "hospital", "school", "university",
            "college", "academy", "institute", "tower", "towers", "square", "stadium", "arena", "mall", "hall",
            "church", "cathedral", "mosque", "temple", "station", "estate", "park", "market", "prison", "jail",
            "courthouse", "library", "museum", "hotel", "airport", "building", "plaza", "campus", "clinic", "river",
            "creek", "lake", "pond", "bayou", "reservoir", "dam");

    private static boolean isFacility(String folded) {
        int sp = folded.lastIndexOf(' ');
        return sp > 0 && FACILITY_WORDS.contains(folded.substring(sp + 1));
    }

    /**
     * The town an article is about: the settlement its mentions name most often (the first of equals), when one
     * is resolved; countries and admin1 units are not localities.
     */
    static Optional<GeoPlace> focusLocality(List<PlaceMention> ms) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, GeoPlace> byId = new java.util.LinkedHashMap<>();
        for (PlaceMention m : ms) {
            GeoPlace p = m.place();
            if (p == null || !Gazetteer.isSettlement(p)) continue;
            count.merge(p.gazetteerId(), 1, Integer::sum);
            byId.putIfAbsent(p.gazetteerId(), p);
        }
        GeoPlace best = null;
        int n = 0;
        for (Map.Entry<String, GeoPlace> e : byId.entrySet()) {
            int c = count.get(e.getKey());
            if (c > n) { n = c; best = e.getValue(); }
        }
        return Optional.ofNullable(best);
    }

    /** English adjective and people endings, and the endings of the names they are made from. */
    private static final String[][] ADJECTIVE_ENDINGS = {{"ians", "ia", "a", "o", ""}, {"ian", "ia", "a", "o", ""},
            {"ans", "a", "o", "as", ""}, {"an", "a", "o", "as", ""}, {"ese", "a", "", "o", "on"}, {"is", ""}, {"i", ""}};

    /**
     * The country, admin1 unit, continent or region an adjective of place is made from ("South Ossetian" -> South
     * Ossetia, "Ontarians" -> Ontario, "Kansan" -> Kansas, "Lebanese" -> Lebanon, "Iraqi" -> Iraq): the first base
     * form that is exactly the name of such a unit. Towns are not tried: "Berliner" readings are too loose.
     */
    Optional<GeoPlace> adjectiveBase(String folded) {
        for (String[] e : ADJECTIVE_ENDINGS) {
            if (!folded.endsWith(e[0]) || folded.length() - e[0].length() < 3) continue;
            String stem = folded.substring(0, folded.length() - e[0].length());
            for (int k = 1; k < e.length; k++) {
                for (Gazetteer.Match m : finder.gazetteer().matchFolded(stem + e[k])) {
                    GeoPlace p = m.place();
                    if (m.exact() && (Gazetteer.featureRank(p) < 2 || "continent".equals(p.feature())
                            || p.gazetteerId().startsWith("sitrep:"))) return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private List<Gazetteer.Match> finderMatches(String folded) {
        return MentionFinder.plausibleVariants(folded, finder.gazetteer().matchFolded(folded));
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
