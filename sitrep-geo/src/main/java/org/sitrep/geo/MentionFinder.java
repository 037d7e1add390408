package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Document;

/**
 * Finds place-name spans by looking token n-grams up in the gazetteer (longest match first), keeping the
 * false positives out by rules: a name must be capitalised (or in Arabic script), single words must not be
 * on the not-a-place list, must not be used in lower case elsewhere in the article ("Many", "Mansoura"…), must
 * not be a part of a longer proper name ("Jordan Henderson"), and a country followed by a speech verb is an
 * actor ("Russia said"). Weak matches (skeleton only, small places) need a context cue ("village of", "in").
 */
final class MentionFinder {
    /** Longest name tried, in tokens ("Democratic People ' s Republic of Korea" is seven). */
    static final int MAX_TOKENS = 8;

    /** Lower-case words allowed inside a multi-word name ("Jisr al-Shughur", "Ras al Ain", "Bay of Pigs"). */
    private static final Set<String> CONNECTORS = Set.of("al", "el", "an", "ar", "as", "ash", "at", "ad", "az",
            "ath", "adh", "ed", "er", "es", "et", "ez", "en", "ul", "bin", "ibn", "bani", "bou", "abu", "umm",
            "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los", "las", "au", "aux",
            "of", "upon", "on", "sur", "sub", "am", "im", "der", "den", "van", "von", "y", "e", "i", "-", "'", "`", "’",
            "‘", "ʿ", "ʾ", ".", "&",
            // Arabic "and" inside district names: "Khabb wa ash Sha'af", "Kitaf wa al Boqe'e"
            "wa",
            // the article in Lebanon's French transliterations: "Meiss ej Jabal", "Aalma ech Chaab"
            "ej", "ech", "esh");
    static final Set<String> ADMIN_SUFFIX = Set.of("province", "governorate", "governate", "oblast", "region",
            "district", "state", "county", "parish", "muhafazat", "prefecture", "provinces", "governorates");
    static final Set<String> SETTLEMENT_SUFFIX = Set.of("city", "town", "village", "camp", "neighbourhood",
            "neighborhood", "district", "suburb", "suburbs", "municipality", "subdistrict", "raion", "subdivision",
            "commune", "locality", "tehsil", "ward", "barangay", "sector", "settlement", "colony", "colonia", "township",
            "twp",
            // the plural closes a list: "Ain Issa and Saida villages (Ar-Raqqa)"
            "villages", "towns", "cities", "camps", "settlements", "localities");
    static final Set<String> AREA_SUFFIX = Set.of("countryside", "plain", "plains", "mountains", "mountain",
            "valley", "desert", "area", "areas", "outskirts", "environs", "hills", "front", "frontline", "region",
            "basin", "heights", "axis");
    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western", "rural", "northeast", "northwest", "southeast", "southwest", "upper",
            "lower", "greater");
    private static final Set<String> RELATIVE = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outskirts", "vicinity", "countryside", "near", "nearby", "around",
            "outside", "surroundings", "environs", "edge", "edges", "periphery");
    private static final Set<String> CUES = Set.of("in", "at", "near", "from", "to", "into", "toward", "towards",
            "village", "town", "city", "of", "around", "outside", "across", "through", "between", "and", "province",
            "governorate", "via", "inside", "within", "entered", "captured", "seized", "recaptured", "stormed",
            "shelled", "bombed", "struck", "hit", "targeted", "besieged", "took", "retook");
    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "announced",
            "announces", "warned", "warns", "accused", "accuses", "denied", "denies", "claimed", "claims",
            "condemned", "condemns", "rejected", "rejects", "demanded", "demands", "insisted", "insists",
            "urged", "urges", "stated", "states", "added", "confirmed", "confirms", "believes", "wants", "agreed",
            "agrees", "vowed", "vows", "threatened", "threatens", "pledged", "called", "calls", "responded");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "minister", "gen",
            "general", "col", "colonel", "lt", "sgt", "capt", "captain", "king", "prince", "queen", "emir", "sheikh",
            "shaykh", "imam", "pope", "governor", "mayor", "commander", "spokesman", "spokeswoman", "sen",
            "senator", "rep", "judge", "officer", "chief", "brother", "father", "saint", "st");

    /** Capitalised words that may stand right before a place name without making it part of a longer name. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "in", "on", "at", "for", "from", "with", "by",
            "and", "but", "or", "as", "if", "when", "while", "after", "before", "during", "since", "until", "near",
            "outside", "inside", "across", "into", "to", "of", "around", "between", "both", "all", "neighbouring", "neighboring", "nearby");
    /**
     * Last words of facility names, after which "in Y" or ", Y" says where the facility (and its name) lies. Not roads
     * and bridges: "Murree Road, Rawalpindi" is named after the town it leads to, which lies elsewhere.
     */
    private static final Set<String> FACILITY_HEADS = Set.of("prison", "jail", "market", "hospital", "school",
            "university", "college", "stadium", "mosque", "church", "station", "checkpoint",
            // ("Umm Qasr port (Basrah)", "Ain al-Asad base (Al-Anbar)")
            "port", "airport", "camp", "base", "refinery", "crossing", "oilfield");

    /**
     * Words that are no place alone (not-places.txt) but open many place names: "New York", "North Bay", "Old
     * Harbour", "Union City", "Red Deer", "Spring Valley", "Winter Park". Titles (General, Prince, King) are not
     * among them: "Prince George" is as often a person.
     */
    private static final Set<String> NAME_OPENERS = Set.of("new", "north", "south", "east", "west", "old", "union",
            "red", "spring", "winter", "central",
            // the abbreviations of dates and "City" are no places alone, but open names ("Mar del Plata", "City of
            // London")
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "city", "university");
    /** Names every old city has for a part of itself. */
    private static final Set<String> GENERIC_QUARTERS = Set.of("old city", "old town", "new town", "city centre",
            "city center", "old quarter", "new city");
    /**
     * A city's sides, ends and shores ("the North Side", "the West End", "the South Shore"): every city has them, and
     * the few places the gazetteer lists under such names (Cayman's North Side, a New Zealand North Shore) are not
     * what a story about a city means.
     */
    private static final java.util.regex.Pattern CITY_SIDE = java.util.regex.Pattern.compile(
            "(north|south|east|west|northeast|northwest|southeast|southwest) (side|end|shore)");
    /** Abbreviated first words of place names, written with a full stop ("Mt. Pleasant"). */
    private static final Set<String> ABBREVIATED_HEADS = Set.of("mt", "st", "ste", "ft", "pt");
    /** Articles that begin Spanish, French and Italian place names ("La Paz", "Le Mans", "Los Teques"). */
    private static final Set<String> ROMANCE_ARTICLES = Set.of("la", "le", "les", "los", "las", "el", "lo", "l");
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "ibn", "bint", "abu", "abou", "al", "el", "umm");

    private final Gazetteer gazetteer;
    private final Set<String> notPlaces;
    /** English function words ("Any", "Welcome", "Ask"): places only after a cue, and only sizeable ones. */
    private final Set<String> stopWords;
    /** Frequent English words: never a place by transliteration variant alone ("Command" ~ Komenda). */
    private final Set<String> englishWords;
    /** Words for peoples ("Iraqi", "Syrian"): may stand before a province name ("Iraqi Kurdistan"). */
    private final Set<String> demonyms;
    /** Folded people words and the country they name ("syrian" -> SY), for "the Syrian city of X". */
    private final java.util.Map<String, String> demonymCountry;
    /** Official short forms of admin1 units ("UP", "J&K", "NSW", "RJ") and the units they may stand for. */
    private final java.util.Map<String, List<GeoPlace>> abbreviations;

    /** Folded people's words ("syrians", "russian") to what demonyms.csv says they stand for (ISO2 or a continent). */
    java.util.Map<String, String> demonymCountries() {
        return java.util.Collections.unmodifiableMap(demonymCountry);
    }

    /** Folded people's words of one unit of a country ("english": England), from demonyms.csv's unit column. */
    private final java.util.Map<String, GeoPlace> demonymUnits;

    java.util.Map<String, GeoPlace> demonymUnits() {
        return java.util.Collections.unmodifiableMap(demonymUnits);
    }

    MentionFinder(Gazetteer gazetteer, Set<String> notPlaces) {
        this.gazetteer = gazetteer;
        this.notPlaces = notPlaces;
        this.stopWords = new HashSet<>(Resources.lines("english-stopwords.txt"));
        this.englishWords = new HashSet<>(Resources.lines("english-words.txt"));
        Set<String> d = new HashSet<>();
        java.util.Map<String, String> dc = new java.util.HashMap<>();
        java.util.Map<String, GeoPlace> du = new java.util.HashMap<>();
        for (String[] row : Resources.csv("demonyms.csv")) {
            java.util.Optional<GeoPlace> unit = row.length > 2 && !row[2].isBlank()
                    ? gazetteer.admin1(row[1].trim(), row[2].trim()) : java.util.Optional.empty();
            for (String w : row[0].split("\\|")) {
                d.add(NameNormalizer.fold(w));
                if (row.length > 1 && !row[1].isBlank()) dc.putIfAbsent(NameNormalizer.fold(w), row[1].trim());
                unit.ifPresent(u -> du.put(NameNormalizer.fold(w), u));
            }
        }
        this.demonyms = d;
        this.demonymCountry = dc;
        this.demonymUnits = du;
        java.util.Map<String, List<GeoPlace>> ab = new java.util.HashMap<>();
        for (String[] row : Resources.csv("admin1-abbreviations.csv")) {
            // a row whose unit this gazetteer lacks is skipped: a custom gazetteer may cover other countries only
            gazetteer.admin1(row[1], row[2]).ifPresent(p -> ab.computeIfAbsent(row[0], k -> new ArrayList<>()).add(p));
        }
        this.abbreviations = ab;
    }

    Gazetteer gazetteer() { return gazetteer; }

    List<Candidate> find(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        Set<String> lowerWords = lowerCaseWords(tokens);
        List<Candidate> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences().isEmpty()
                ? List.of(new Sentence(0, new Span(0, text.length()), 0, tokens.size())) : doc.sentences();
        // a document repeats its names and their n-grams: each distinct key is looked up once (read-only lists)
        java.util.Map<String, List<Gazetteer.Match>> lookups = new java.util.HashMap<>();
        // names the text has spelt loosely where a cue vouched for them ("in Ain Oussara"): their repeats are names
        // too ("Ain Oussara (Ain Oussara)"), not a shorter exact name inside them ("Ain")
        Set<String> looseNames = new HashSet<>();
        for (Sentence s : sentences) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                Candidate c = longestAt(doc, tokens, i, s, lowerWords, lookups, looseNames);
                if (c == null) { i++; continue; }
                // "San Juan de las Palmeras": a name that goes on with "de las" and more capitalised words, whole
                // unknown to the gazetteer, is a place it lacks; neither its first part (San Juan, Puerto Rico) nor its
                // last (Palmeras) is meant. The same words without the particle may be its name ("San Luis de Potosi"
                // for San Luis Potosí), and a first part of its own may be the gazetteer's short name for it where it
                // lies in a unit named right after ("Machiques de Perija, Zulia state": Zulia's Machiques; but "Santa
                // Rosa de los Pinos, Jalisco" is no Santa Rosa of Jalisco: a saint's name heads many places' names).
                int whole = romanceNameEnd(tokens, c.endToken(), s);
                if (whole > 0) {
                    Candidate bare = withoutParticles(doc, c, whole, s, lookups);
                    if (bare == null) bare = shortNameInUnitAfter(text, tokens, c, whole, s, lookups);
                    if (bare != null) out.add(bare);
                    i = whole;
                    continue;
                }
                out.add(c);
                i = c.endToken();
            }
        }
        // (the variants a cue finds among the sentence's units first: "the town of al-Bahsa in Sahel al-Ghab")
        addCuedVariants(text, tokens, sentences, lowerWords, out);
        longerThanTheirHeadWord(text, tokens, sentences, lowerWords, out);
        addArticleLedNames(text, tokens, sentences, lowerWords, out);
        addAbbreviations(text, tokens, sentences, out);
        addBracketedUnitsOfReadings(text, tokens, out);
        addTownNamedDistricts(text, tokens, sentences, out);
        out.removeIf(c -> namesStreet(tokens, c.endToken()));
        Set<String> surnames = surnames(tokens, sentences, out);
        if (!surnames.isEmpty()) out.removeIf(c -> personsName(c, surnames));
        return withMunicipalTowns(text, tokens, nearTheirBearings(tokens, linkQualifiers(tokens, unitLists(tokens, out))));
    }

    /**
     * Surnames of the text: a capitalised word right after a given name ("Gary Wilson, 54, of Palestine", "producer
     * Andy Trapani"), where the given name is no place, no ordinary word, title or people's name, outside
     * headlines in title case. The article then means the person by the bare word too ("Wilson declined to say").
     */
    private Set<String> surnames(List<Token> tokens, List<Sentence> sentences, List<Candidate> found) {
        boolean[] covered = new boolean[tokens.size()];
        for (Candidate c : found) for (int k = c.firstToken(); k < Math.min(c.endToken(), covered.length); k++) covered[k] = true;
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            if (titleCase(tokens, s)) continue;
            for (int k = Math.max(1, s.firstToken()); k < s.endToken(); k++) {
                // "Mr. Guay", "Sen. Moore", "Sheriff Clary": a title names the person too (across a sentence start: a
                // splitter may end a sentence at the title's full stop)
                if (startsName(tokens.get(k)) && (titleAbbreviationBefore(tokens, k, s)
                        || personalTitle(tokens.get(k - 1)) && tokens.get(k).start() - tokens.get(k - 1).end() == 1)) {
                    out.add(NameNormalizer.fold(tokens.get(k).text()));
                    continue;
                }
                if (k == s.firstToken()) continue;
                Token given = tokens.get(k - 1), sur = tokens.get(k);
                if (covered[k - 1] || !startsName(given) || !startsName(sur) || sur.start() - given.end() != 1) continue;
                String g = given.text();
                String gf = NameNormalizer.fold(g);
                if (g.length() < 3 || !g.chars().allMatch(Character::isLetter) || g.equals(g.toUpperCase(Locale.ROOT))) continue;
                // (the frequent-word list holds common given names too, "Gary", "Mark": it rules out only a sentence's
                // first word, "Downtown Wilson"; inside a sentence two capitalised words that are no place are a name)
                if (k - 1 == s.firstToken() && englishWords.contains(gf)
                        || stopWords.contains(gf) || notPlaces.contains(gf) || FUNCTION_WORDS.contains(gf)
                        || DIRECTIONS.contains(gf) || TITLES.contains(gf) || demonyms.contains(gf)
                        || FEATURE_HEADS.contains(gf)) continue;
                out.add(NameNormalizer.fold(sur.text()));
            }
        }
        return out;
    }

    /** Is the first reading a town of 100,000 or more, not a district (close forms keep only the readings spelt so)? */
    private static boolean closeFormOfCity(Candidate c) {
        if (c.matches().isEmpty()) return false;
        GeoPlace p = c.matches().get(0).place();
        return Gazetteer.isSettlement(p) && p.population() >= 100_000;
    }

    /** Is token i preceded by a settlement's word and "of" ("the town of", "the village of")? */
    private static boolean settlementOfBefore(List<Token> tokens, int i, Sentence s) {
        return afterNounOf(tokens, i, s, SETTLEMENT_OF);
    }

    /** Is token i preceded by one of these nouns (lower case) and "of" ("the outskirts of X", "residents of X")? */
    private static boolean afterNounOf(List<Token> tokens, int i, Sentence s, Set<String> nouns) {
        return i - 2 >= s.firstToken() && tokens.get(i - 1).text().equals("of")
                && nouns.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> SETTLEMENT_OF = Set.of("town", "village", "hamlet", "towns", "villages", "township");

    /** Words that open the name of a lake, mountain or other feature: "Lake Maracaibo" is no person's name. */
    private static final Set<String> FEATURE_HEADS = Set.of("lake", "mount", "mt", "cape", "gulf", "bay", "river", "port",
            "fort", "isle", "island", "lac", "jebel", "jabal", "wadi", "ras");

    /** A title before a person's name, not a saint's ("St. Louis"). */
    private static boolean personalTitle(Token t) {
        String x = t.text().toLowerCase(Locale.ROOT).replace(".", "");
        return TITLES.contains(x) && !x.equals("st") && !x.equals("saint");
    }

    /**
     * Is a bare one-word mention the surname the text gives a person elsewhere ("Gary Wilson ... Wilson said")? Not a
     * country or admin1 unit, not after a place cue ("of Wilson"), and not where names come through transliteration,
     * whose given names and places share words ("Jabal Zawiya" is no person's name).
     */
    private static boolean personsName(Candidate c, Set<String> surnames) {
        if (c.endToken() - c.firstToken() != 1 || !surnames.contains(c.folded()) || c.cued() || !c.suffix().isEmpty()) return false;
        GeoKind kind = kindOf(c);
        if (kind == GeoKind.COUNTRY || kind == GeoKind.ADMIN1) return false;
        for (Gazetteer.Match m : c.matches()) {
            if (m.exact() && (Gazetteer.featureRank(m.place()) < 2 || GazetteerBuilder.transliterated(m.place().iso2()))) return false;
        }
        return true;
    }

    /**
     * Capitalised words that end a street's name ("Washington Drive", "Cooper Street", "Green Oaks Boulevard", "Main
     * St."): the name before them is the street's, not a mention of the place it honours, and local news is full of
     * them. "Road" and "Highway" are not among them: "the Aleppo Road" runs to Aleppo, and says where; nor "Court"
     * ("Meigs County Court" is the county's) or "Place".
     */
    private static final Set<String> STREET_WORDS = Set.of("street", "st", "drive", "dr", "avenue", "ave", "boulevard",
            "blvd", "lane", "ln", "parkway", "pkwy", "terrace");

    /** Does a capitalised street word follow right after the name (token {@code end})? */
    static boolean namesStreet(List<Token> tokens, int end) {
        if (end >= tokens.size()) return false;
        Token t = tokens.get(end);
        return t.capitalized() && tokens.get(end - 1).end() < t.start()
                && STREET_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Names written with a lower-case Arabic article after a place preposition, a place cue or a list item ("in al-Bab",
     * "the town of al-Tabqa", "from al-Qaim", "in al-Bab and al-Rai"): the name the gazetteer spells "Al Bab". Exact
     * names only; the word after the article must be a plausible name ("al-Assad", "al-Nusra" are not).
     */
    private void addArticleLedNames(String text, List<Token> tokens, List<Sentence> sentences, Set<String> lowerWords, List<Candidate> out) {
        boolean[] taken = taken(tokens, out);
        List<Candidate> found = new ArrayList<>();
        for (Sentence s : sentences) {
            int prevEnd = -1;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (taken[i] || startsName(tokens.get(i))) continue;
                int nameWord = articleLed(tokens, i, s);
                if (nameWord < 0) continue;
                // ("ad-Dana town": a frequent word of English text after an Arabic article is a name only where the
                // sentence's unit holds a place of that name or a settlement word follows; "Dana" is a given name)
                boolean englishWord = !plausibleName(tokens.get(nameWord), lowerWords);
                if (englishWord && !plausibleName(tokens.get(nameWord), lowerWords, false)) continue;
                // "al-Majar al-Kabir" split "al", "-", "Majar", ...: the name read from its first capitalised word is
                // widened to take in its article, not left beside a second, shorter name read from the article
                if (nameWord > i && taken[nameWord]) {
                    for (int k = 0; k < out.size(); k++) {
                        Candidate c = out.get(k);
                        if (c.firstToken() != nameWord) continue;
                        // (a people's word before the article says whose: "the Iraqi town of al-Qaim")
                        out.set(k, new Candidate(new Span(tokens.get(i).start(), c.span().end()),
                                text.substring(tokens.get(i).start(), c.span().end()), i, c.endToken(), c.folded(),
                                restrictToPeople(tokens, i, s.firstToken(), c.matches()),
                                c.suffix(), modifier(tokens, i, c.endToken(), s), c.qualifier(), c.cued(), c.qualifying(), c.institution(),
                                c.acrossBorder()));
                        for (int t = i; t < nameWord; t++) taken[t] = true;
                        break;
                    }
                    continue;
                }
                // ("Ain al-Hilweh camp", "Riad al-Solh": the article part of a longer name that opens with a capitalised
                // word the index does not know whole, not a name of its own)
                if (i > s.firstToken() && startsName(tokens.get(i - 1)) && tokens.get(i).start() - tokens.get(i - 1).end() == 1) continue;
                boolean cue = afterPlacePreposition(tokens, i, s) || strongCue(tokens, i, s) || cued(tokens, i, s)
                        || prevEnd >= 0 && listContinues(tokens, prevEnd, i);
                // the name runs on over capitalised words and glued article parts ("al-Hajar al-Aswad")
                int last = nameWord;
                for (int j = nameWord + 1; j < Math.min(s.endToken(), nameWord + 4); j++) {
                    if (taken[j] || tokens.get(j).start() - tokens.get(j - 1).end() > 1) break;
                    if (startsName(tokens.get(j)) && plausibleName(tokens.get(j), lowerWords)) last = j;
                    else if (articleLed(tokens, j, s) >= 0) last = articleLed(tokens, j, s);
                    else break;
                }
                // "captured al-Hazm, the capital of Al Jawf": an apposition says a settlement was named
                if (!cue && !Appositions.settlementAt(tokens, last + 1, s.endToken())) continue;
                for (int j = last; j >= nameWord; j--) {
                    String surface = text.substring(tokens.get(i).start(), tokens.get(j).end());
                    String folded = NameNormalizer.fold(surface);
                    if (!gazetteer.hasExact(folded)) continue;
                    List<Gazetteer.Match> ms = Disambiguator.filter(gazetteer.matchFolded(folded), Gazetteer.Match::exact);
                    if (ms.isEmpty()) continue;
                    // ("the Iraqi town of al-Qaim": a people's word before the cue says whose, whatever units the
                    // sentence names)
                    String people = peopleBefore(tokens, i, s.firstToken());
                    if (people != null) ms = Disambiguator.filter(ms, m -> people.equals(m.place().iso2()));
                    if (ms.isEmpty()) break;
                    // where the sentence names its unit ("al-Qusaybah in the northwest of Hama"), a namesake elsewhere
                    // is not the place: it stays a name the event rules read with the unit
                    java.util.Collection<String> units = sentenceUnits(out, s);
                    boolean inUnit = people != null || ms.stream().anyMatch(m -> m.place().admin1() != null
                            && units.contains(Disambiguator.admin1Key(m.place())));
                    if (!units.isEmpty() && !inUnit) break;
                    if (englishWord && !inUnit && !SETTLEMENT_SUFFIX.contains(suffix(tokens, j + 1, s))) break;
                    Candidate c = new Candidate(new Span(tokens.get(i).start(), tokens.get(j).end()), surface, i, j + 1, folded, ms,
                            suffix(tokens, j + 1, s), modifier(tokens, i, j + 1, s), -1, true, false);
                    found.add(c);
                    for (int t = i; t <= j; t++) taken[t] = true;
                    prevEnd = j + 1;
                    i = j;
                    break;
                }
            }
        }
        if (found.isEmpty()) return;
        out.addAll(found);
        out.sort(java.util.Comparator.comparingInt(Candidate::firstToken));
    }

    /** Is the word capitals and a plural "s" ("MPs", "IDPs", "NGOs")? */
    static boolean pluralAcronym(String x) {
        if (x.length() < 3 || x.charAt(x.length() - 1) != 's') return false;
        for (int i = 0; i < x.length() - 1; i++) if (!Character.isUpperCase(x.charAt(i))) return false;
        return true;
    }

    /** Words that, followed by "of", announce the name of a settlement: "the town of X", "the villages of X and Y". */
    private static final Set<String> SETTLEMENT_CUES = Set.of("village", "villages", "town", "towns", "city", "hamlet",
            "hamlets", "settlement", "settlements", "township", "neighbourhood", "neighborhood", "suburb", "farms");

    /**
     * Settlement names spelt in a way the index does not know, found by {@link VariantMatcher} where the text
     * strongly says a settlement is named: after "the town of", "the village of", "the villages of" (or "village X",
     * "X village"), or as the next item of a list that such a cue opens ("the town of X, Y and Z"). The name must be
     * capitalised (or led by an Arabic article, "al-Bahsa"), no ordinary or stop word, and it is looked up only among
     * the settlements of the admin1 units the sentence names, else the unit the document is clearly about; a
     * document about no transliterated country's unit gets nothing here.
     */
    private void addCuedVariants(String text, List<Token> tokens, List<Sentence> sentences, Set<String> lowerWords, List<Candidate> out) {
        java.util.Map<Integer, Candidate> byStart = byStart(out);
        boolean[] taken = taken(tokens, out);
        List<Candidate> found = new ArrayList<>();
        UnitsToSearch search = new UnitsToSearch(out);
        for (Sentence s : sentences) {
            java.util.Collection<String> sentenceUnits = null;
            boolean prevStrong = false;
            int prevEnd = -1;
            int settlementsListed = 0; // the list items right before, each read as a settlement (its only readings)
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Candidate existing = byStart.get(i);
                // (a token that can open no name needs no cue: most tokens, and the cue tests look ahead)
                if (existing == null && (taken[i] || !startsName(tokens.get(i)) && articleLed(tokens, i, s) < 0)) continue;
                boolean cue = strongCue(tokens, i, s) || prevStrong && listContinues(tokens, prevEnd, i)
                        || closedByPluralSuffix(tokens, i, s, byStart) || settlementWordAfter(tokens, i, s);
                if (existing != null) {
                    prevStrong = cue || MentionFinder.SETTLEMENT_SUFFIX.contains(existing.suffix());
                    boolean settlement = !existing.matches().isEmpty()
                            && existing.matches().stream().allMatch(m -> Gazetteer.isSettlement(m.place()));
                    settlementsListed = !settlement ? 0 : listContinues(tokens, prevEnd, i) ? settlementsListed + 1 : 1;
                    prevEnd = existing.endToken();
                    i = existing.endToken() - 1;
                    continue;
                }
                // "named Bani Suheila, Abasan al-Kabira, Khuzaa and al-Qarara": a name inside a list of settlements
                // (two before it, or one before it and another item after it) is a settlement too, spelt as news does
                boolean listed = !cue && settlementsListed > 0 && listContinues(tokens, prevEnd, i);
                // "in al-Ghourzah, Sa'dah", "in Bait Abu Hadi (Sana'a)": a name that a unit qualifies right after it is
                // a place of that unit, spelt as news spells it (checked once its extent is known): after a place
                // preposition where a comma leads to the unit; always where a bracket does ("Israeli shelling hit Aita
                // al-Shaab (Bint Jbeil, Nabatieh)") or "in" and a direction do ("Bosra al-Sham in eastern Dar'a")
                // (a cheap look ahead first: most capitalised words have no unit close after them)
                boolean qualifiedOnly = !cue && unitAhead(tokens, i, s, byStart);
                // "in al-Khader, south of Bethlehem": a bearing from a known place vouches for a place near it
                Candidate bearing = !cue && !qualifiedOnly && afterPlacePreposition(tokens, i, s) ? bearingAhead(tokens, i, s, byStart) : null;
                if (taken[i] || !cue && !qualifiedOnly && bearing == null && !listed) continue;
                int nameStart = articleLed(tokens, i, s);
                // ("the city of Al Quriyah": a capitalised article apart from the name it opens)
                if (nameStart < 0 && SPACED_ARTICLES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) && i + 1 < s.endToken()
                        && tokens.get(i + 1).start() == tokens.get(i).end() + 1 && startsName(tokens.get(i + 1))) nameStart = i + 1;
                if (nameStart < 0 && !startsName(tokens.get(i))) continue;
                int first = nameStart < 0 ? i : nameStart; // the first capitalised token
                if (!plausibleName(tokens.get(first), lowerWords)) continue;
                int limit = Math.min(s.endToken(), first + 4);
                int last = first;
                for (int j = first + 1; j < limit; j++) {
                    Token t = tokens.get(j);
                    if (taken[j] || t.start() - tokens.get(j - 1).end() > 1) break;
                    int led = articleLed(tokens, j, s);
                    if (startsName(t) && plausibleName(t, lowerWords)) last = j;
                    else if (led == j) last = j; // "Deir el-Zour": the glued article part
                    // ("Aita al-Shaab" where the tokenizer splits "al", "-" and "Shaab")
                    else if (led > j && led < s.endToken() && !taken[led]) { last = led; j = led; limit = Math.min(s.endToken(), led + 3); }
                    else if (!CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT))) break;
                }
                // "in Meiss el-Jabal, south Lebanon": a direction and a country where names are transliterated vouch for
                // a place of that country, sought among all its units
                String country = qualifiedOnly && afterPlacePreposition(tokens, i, s) ? countryAfterDirection(tokens, last + 1, byStart) : null;
                // (after a comma, or "in" and a unit with no direction, only where a place preposition opens the name)
                String after = last + 1 < s.endToken() ? tokens.get(last + 1).text() : "";
                boolean needsPreposition = after.equals(",") || after.equals("in") && last + 2 < s.endToken()
                        && !DIRECTIONS.contains(tokens.get(last + 2).text().toLowerCase(Locale.ROOT));
                if (qualifiedOnly && country == null && !(unitRightAfter(tokens, last + 1, byStart)
                        && (afterPlacePreposition(tokens, i, s) || !needsPreposition))) continue;
                if (bearing != null && !Bearings.between(tokens, last + 1, bearing.firstToken())) continue;
                if (listed && !qualifiedOnly && bearing == null && settlementsListed < 2 && !listItemAfter(tokens, last + 1, s)) continue;
                if (sentenceUnits == null) sentenceUnits = sentenceUnits(out, s);
                SearchUnits units = country != null ? new SearchUnits(gazetteer.variants().unitsOf(country), true)
                        : bearing != null ? new SearchUnits(unitsOfReadings(bearing), false) : search.given(sentenceUnits);
                if (units.units().isEmpty()) continue;
                Candidate c = variantAt(text, tokens, s, i, first, last, units);
                if (c != null) {
                    found.add(c);
                    for (int t = c.firstToken(); t < c.endToken(); t++) taken[t] = true;
                    prevStrong = true;
                    settlementsListed = listContinues(tokens, prevEnd, i) ? settlementsListed + 1 : 1;
                    prevEnd = c.endToken();
                    i = c.endToken() - 1;
                }
            }
        }
        if (found.isEmpty()) return;
        found.addAll(repeatsOf(text, tokens, sentences, found, taken));
        out.addAll(found);
        out.sort(java.util.Comparator.comparingInt(Candidate::firstToken));
    }

    /**
     * The other places where the text writes a name a cue vouched for ("the town of Al Quriyah ... a doctor in
     * Al-Quriyah"): the same spelling, up to spaces and hyphens, is the same place.
     */
    private static List<Candidate> repeatsOf(String text, List<Token> tokens, List<Sentence> sentences, List<Candidate> found,
                                             boolean[] taken) {
        java.util.Map<String, Candidate> byName = new java.util.HashMap<>();
        for (Candidate c : found) byName.putIfAbsent(c.folded(), c);
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (taken[i] || !startsName(tokens.get(i))) continue;
                for (int j = Math.min(s.endToken() - 1, i + 3); j >= i; j--) {
                    if (taken[j] || !startsName(tokens.get(j))) continue;
                    String surface = text.substring(tokens.get(i).start(), tokens.get(j).end());
                    Candidate same = byName.get(NameNormalizer.fold(surface));
                    if (same == null) continue;
                    boolean free = true;
                    for (int t = i; t <= j; t++) free &= !taken[t];
                    if (!free) continue;
                    out.add(new Candidate(new Span(tokens.get(i).start(), tokens.get(j).end()), surface, i, j + 1, same.folded(),
                            same.matches(), suffix(tokens, j + 1, s), modifier(tokens, i, j + 1, s), -1, true, false));
                    for (int t = i; t <= j; t++) taken[t] = true;
                    i = j;
                    break;
                }
            }
        }
        return out;
    }

    /** The longest name from token first to at most token last (the span starting at token i) that the units have. */
    private Candidate variantAt(String text, List<Token> tokens, Sentence s, int i, int first, int last,
                                SearchUnits units) {
        for (int j = last; j >= first; j--) {
            if (!startsName(tokens.get(j)) && articleLed(tokens, j, s) != j) continue;
            // a name that goes on with a glued article part ("Deir el-Zour") is not its first word alone
            if (j + 1 < s.endToken() && tokens.get(j + 1).start() - tokens.get(j).end() <= 1 && articleLed(tokens, j + 1, s) >= 0)
                return null;
            Token a = tokens.get(i), b = tokens.get(j);
            String surface = text.substring(a.start(), b.end());
            String folded = NameNormalizer.fold(surface);
            List<Gazetteer.Match> ms = gazetteer.variants().find(folded, units.units(), units.oneUnit());
            // ("the Iraqi town of al-Qaim" in a story on Yemen: a people's word names the country, whose places the
            // units of the story need not hold)
            String people = peopleBefore(tokens, i, s.firstToken());
            if (people != null) ms = Disambiguator.filter(ms, m -> people.equals(m.place().iso2()));
            if (ms.isEmpty()) continue;
            return new Candidate(new Span(a.start(), b.end()), surface, i, j + 1, folded, ms,
                    suffix(tokens, j + 1, s), modifier(tokens, i, j + 1, s), -1, true, false);
        }
        return null;
    }

    /**
     * The country (ISO2) that ", south Lebanon" or ", northern Syria" at token k names, where its names reach English
     * through transliteration; null otherwise.
     */
    private static String countryAfterDirection(List<Token> tokens, int k, java.util.Map<Integer, Candidate> byStart) {
        if (k + 2 >= tokens.size() || !tokens.get(k).text().equals(",")) return null;
        String d = tokens.get(k + 1).text().toLowerCase(Locale.ROOT);
        if (!DIRECTIONS.contains(d) && !MAIN_COMPASS.contains(d)) return null;
        Candidate c = byStart.get(k + 2);
        if (c == null) return null;
        for (Gazetteer.Match m : c.matches()) {
            if (m.exact() && "country".equals(m.place().feature()) && GazetteerBuilder.transliterated(m.place().iso2()))
                return m.place().iso2();
        }
        return null;
    }

    /** Is there a comma or a bracket leading to a unit ({@link #unitRightAfter}) within the five tokens after token i? */
    private static boolean unitAhead(List<Token> tokens, int i, Sentence s, java.util.Map<Integer, Candidate> byStart) {
        for (int k = i + 1; k < Math.min(s.endToken(), i + 6); k++) {
            String x = tokens.get(k).text();
            if ((x.equals(",") || x.equals("(") || x.equals("in")) && unitRightAfter(tokens, k, byStart)) return true;
            if (x.equals(",") && countryAfterDirection(tokens, k, byStart) != null) return true;
        }
        return false;
    }

    /**
     * Does a comma at token k lead to a found name read exactly as a first- or second-level unit (", Sa'dah", ",
     * central Gaza Strip"), an opening bracket to such a name before it closes ("(Bint Jbeil, Nabatieh)"), or "in" and
     * a direction to one ("in eastern Dar'a")?
     */
    private static boolean unitRightAfter(List<Token> tokens, int k, java.util.Map<Integer, Candidate> byStart) {
        if (k + 1 >= tokens.size()) return false;
        String x = tokens.get(k).text();
        // "X in northern Hasakah", "X, central Gaza Strip": a direction may stand before the unit
        boolean in = x.equals("in");
        if (!x.equals(",") && !x.equals("(") && !in) return false;
        int from = k + 1;
        if (in && from < tokens.size() && tokens.get(from).text().equals("the")) from++;
        if (!x.equals("(") && from < tokens.size() && DIRECTIONS.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))) from++;
        // ("near Samtah in Jizan province": "in" and a unit named with its unit word)
        else if (in) return unitNamedAsUnit(byStart.get(from));
        if (from != k + 1) return readsAsUnit(byStart.get(from));
        int end = x.equals(",") ? k + 2 : Math.min(tokens.size(), k + 10);
        for (int j = k + 1; j < end && !tokens.get(j).text().equals(")"); j++) if (readsAsUnit(byStart.get(j))) return true;
        return false;
    }

    /** Is the found name (or null) a unit written with its unit word ("Jizan province", "Marib governorate")? */
    private static boolean unitNamedAsUnit(Candidate c) {
        return c != null && ADMIN_SUFFIX.contains(c.suffix()) && readsAsUnit(c);
    }

    /** Does the found name (or null) read exactly as a first- or second-level unit? */
    private static boolean readsAsUnit(Candidate c) {
        return c != null && c.matches().stream().anyMatch(m -> m.exact()
                && ("admin1".equals(m.place().feature()) || "admin2".equals(m.place().feature())));
    }

    /** "the town of X", "the villages of X", "village X", "X village": a settlement is named at token i. */
    private static boolean afterPlacePreposition(List<Token> tokens, int i, Sentence s) {
        if (i - 1 < s.firstToken()) return false;
        String p = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
        // ("in neighbouring Mykolaiv", "in nearby Kupiansk", "in occupied Melitopol", "in rebel-held Idlib")
        if (PLACE_DESCRIBING_WORDS.contains(p)) {
            int k = i - 2;
            if (k - 1 >= s.firstToken() && tokens.get(k).text().equals("-")) k -= 2;
            if (k >= s.firstToken()) p = tokens.get(k).text().toLowerCase(Locale.ROOT);
        }
        // ("the vicinity of Al-Ghadfa", "the outskirts of Kafr Nabl")
        if (p.equals("of") && i - 2 >= s.firstToken() && SURROUNDINGS.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT))) return true;
        return p.equals("in") || p.equals("at") || p.equals("near") || p.equals("from") || p.equals("to");
    }

    /** Words that describe a place between its preposition and its name ("in occupied Melitopol", "in war-torn Aden"). */
    private static final Set<String> PLACE_DESCRIBING_WORDS = Set.of("neighbouring", "neighboring", "nearby", "occupied", "besieged",
            "embattled", "divided", "liberated", "recaptured", "devastated", "flooded", "held", "controlled", "torn", "hit",
            "ravaged", "stricken");

    /**
     * Is token i the last item of a list of names that opens in a place's slot ("residents of Lice and neighbouring
     * Kulp said", "officials in Kramatorsk, Sloviansk and Druzhkivka said")? The speakers are then the list's.
     */
    private static boolean lastOfPlaceList(List<Token> tokens, int i, Sentence s) {
        int j = i - 1;
        if (j >= s.firstToken() && PLACE_DESCRIBING_WORDS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) j--;
        if (j <= s.firstToken() || !Set.of("and", "or").contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) return false;
        for (int k = j - 1; k >= s.firstToken() && j - k <= 12; k--) {
            Token t = tokens.get(k);
            if (t.text().equals(",") || startsName(t) || PLACE_DESCRIBING_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) continue;
            return k + 1 < j && startsName(tokens.get(k + 1)) && placeSlot(tokens, k + 1, s);
        }
        return false;
    }

    /**
     * Does token i stand where speakers' place stands: after a place preposition, "around", or "of" after a noun of
     * people or places ("the governor of Guerrero said", "counties around Atlanta said")?
     */
    private static boolean placeSlot(List<Token> tokens, int i, Sentence s) {
        if (afterPlacePreposition(tokens, i, s)) return true;
        if (i - 1 >= s.firstToken() && tokens.get(i - 1).text().equals("around")) return true;
        return afterNounOf(tokens, i, s, SPEAKERS_OF);
    }

    /** Is token i the place after a word for the people who live there and "of" ("residents of X", "villagers of X")? */
    private static boolean residentsOf(List<Token> tokens, int i, Sentence s) {
        return afterNounOf(tokens, i, s, RESIDENTS);
    }

    private static final Set<String> RESIDENTS = Set.of("residents", "inhabitants", "villagers", "townspeople", "natives");

    /** Nouns of people or of places that "of" and a place's name may follow before a speech verb. */
    private static final Set<String> SPEAKERS_OF = Set.of("city", "town", "village", "governor", "mayor", "people",
            "residents", "government", "authorities", "province", "state", "region", "police", "island");

    /**
     * Is some exact reading of {@code c} a city of 100,000 whose own name the text spells, and does no exact unit
     * reading of {@code unit} hold it?
     */
    private static boolean bigCityOutsideUnit(Candidate c, Candidate unit) {
        boolean big = false;
        for (Gazetteer.Match m : c.matches()) {
            GeoPlace p = m.place();
            if (!m.exact() || Gazetteer.featureRank(p) != 2 || !NameNormalizer.fold(p.name()).equals(c.folded())) continue;
            for (Gazetteer.Match u : unit.matches()) {
                if (u.exact() && Gazetteer.featureRank(u.place()) < 2 && Gazetteer.sameCountry(u.place().iso2(), p.iso2())
                        && ("country".equals(u.place().feature()) || java.util.Objects.equals(u.place().admin1(), p.admin1()))) return false;
            }
            if (p.population() >= 100_000) big = true;
        }
        return big;
    }

    /**
     * Do both name first-level units of one country, exactly ("around Aghdam, Fuzuli and Terter": Azerbaijan's districts;
     * "in Gaziantep, Sanliurfa and Kilis")? One unit then does not hold the other: they are items of one list.
     */
    private static boolean peerUnits(Candidate a, Candidate b) {
        for (Gazetteer.Match m : a.matches()) {
            if (!m.exact() || !"admin1".equals(m.place().feature())) continue;
            for (Gazetteer.Match u : b.matches())
                if (u.exact() && "admin1".equals(u.place().feature()) && !u.place().gazetteerId().equals(m.place().gazetteerId())
                        && Gazetteer.sameCountry(u.place().iso2(), m.place().iso2())) return true;
        }
        return false;
    }

    /**
     * Does the first name read exactly as a town of the unit's country that lies in another of its units, and as none
     * inside the unit ("around Aghdam, Fuzuli and Terter": the town of Aghdam lies in its own district)? A list then
     * goes on; the unit does not hold the town.
     */
    private static boolean townElsewhereInUnitsCountry(Candidate a, Candidate b) {
        boolean elsewhere = false;
        for (Gazetteer.Match m : a.matches()) {
            GeoPlace p = m.place();
            if (!m.exact() || Gazetteer.featureRank(p) != 2) continue;
            for (Gazetteer.Match u : b.matches()) {
                if (!u.exact() || !"admin1".equals(u.place().feature()) || !Gazetteer.sameCountry(u.place().iso2(), p.iso2())) continue;
                if (java.util.Objects.equals(u.place().admin1(), p.admin1())) return false;
                elsewhere = true;
            }
        }
        return elsewhere;
    }

    /** Does another item of a list open at token j: ", X", "and X", ", and X", "and al-X"? */
    private static boolean listItemAfter(List<Token> tokens, int j, Sentence s) {
        if (j + 1 >= s.endToken()) return false;
        String x = tokens.get(j).text();
        if (!x.equals(",") && !x.equals("and")) return false;
        int k = j + 1;
        if (x.equals(",") && tokens.get(k).text().equals("and") && k + 1 < s.endToken()) k++;
        return startsName(tokens.get(k)) || articleLed(tokens, k, s) >= 0;
    }

    /** Does "and" or a comma and then a capitalised word follow right at token j ("Salem| and Namakkal")? */
    private static boolean listGoesOn(List<Token> tokens, int j, Sentence s) {
        if (j + 1 >= s.endToken()) return false;
        String x = tokens.get(j).text();
        return (x.equals("and") || x.equals(",")) && startsName(tokens.get(j + 1));
    }

    /** Words for a place's surroundings or parts, followed by "of" and the place ("the entrance of Bazouriyeh"). */
    private static final Set<String> SURROUNDINGS = Set.of("vicinity", "outskirts", "surroundings", "environs", "outskirt",
            "entrance", "edge", "heart", "centre", "center");

    /** Words after a name that say it is a settlement's: "in Al-Tayana town", "Ghariyah village". */
    private static final Set<String> SETTLEMENT_WORDS_AFTER = Set.of("town", "village", "city", "camp");

    /** Does a name that opens at token i (a few capitalised or article-led words) end before a settlement word? */
    private static boolean settlementWordAfter(List<Token> tokens, int i, Sentence s) {
        for (int k = i; k < Math.min(s.endToken(), i + 5); k++) {
            int led = articleLed(tokens, k, s);
            if (led > k) { k = led; continue; }
            if (startsName(tokens.get(k))) continue;
            // ("the Urals town of Serov": a region's name before the word that introduces the town's)
            return k > i && SETTLEMENT_WORDS_AFTER.contains(tokens.get(k).text())
                    && !(k + 1 < s.endToken() && tokens.get(k + 1).text().equals("of"));
        }
        return false;
    }

    private static boolean strongCue(List<Token> tokens, int i, Sentence s) {
        int k = i - 1;
        if (k >= s.firstToken() && tokens.get(k).text().equalsIgnoreCase("the")) k--;
        if (k < s.firstToken()) return false;
        String p = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (p.equals("of") && k - 1 >= s.firstToken()) return SETTLEMENT_CUES.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT));
        return p.equals("village") || p.equals("villages") || p.equals("town") || p.equals("towns");
    }

    /**
     * Words that open Arabic place names ("Kafr Nabl", "Tall Tamr", "Khirbat al Jawz", "Ayn Issa"), each spelling to
     * one spelling of its word ("tal", "tall", "tell" and "tel" are one word, hill). Villages named by the word alone
     * exist ("Kafr" in Lattakia), so the index matches it alone when the rest of the name is spelt in a way it does
     * not know.
     */
    private static final java.util.Map<String, String> HEAD_WORD_SPELLINGS = headWordSpellings(
            "kafr kfar kfr", "tall tal tell tel", "dayr deir dair", "ayn ain ein", "khirbat khirbet khirbit kherbet",
            "jabal jebel jabel", "bir", "bayt beit", "umm", "ras", "wadi", "qasr", "marj", "hawsh hosh", "mazraa mazraat",
            "shaykh sheikh shaikh sheik shekh", "bani beni");
    private static final Set<String> ARABIC_HEAD_WORDS = HEAD_WORD_SPELLINGS.keySet();

    private static java.util.Map<String, String> headWordSpellings(String... groups) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String g : groups) {
            String[] w = g.split(" ");
            for (String x : w) m.put(x, w[0]);
        }
        return java.util.Map.copyOf(m);
    }

    /**
     * "Kafr Owayd": an Arabic head word whose name goes on with a capitalised word is the start of that longer name,
     * not the village called by the head word alone. A longer name the index does not know as written is looked up by
     * its spelling among the settlements of the units the sentence (else the document) names, as a cued name would
     * be; when it is not there, the head word is no mention of its own.
     */
    private void longerThanTheirHeadWord(String text, List<Token> tokens, List<Sentence> sentences, Set<String> lowerWords,
                                         List<Candidate> out) {
        java.util.Map<Integer, Candidate> byStart = byStart(out);
        boolean[] taken = taken(tokens, out);
        UnitsToSearch search = new UnitsToSearch(out);
        List<Candidate> drop = new ArrayList<>(), add = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
                Token head = tokens.get(i);
                // (capitals first: most tokens are lower-case words, not worth folding)
                if (!startsName(head) || !ARABIC_HEAD_WORDS.contains(NameNormalizer.fold(head.text()))) continue;
                Candidate lone = byStart.get(i);
                // (the head word is free, or found alone: a longer name the index knows was found whole)
                if (lone != null && lone.endToken() - lone.firstToken() != 1 || lone == null && taken[i]) continue;
                int next = i + 1;
                if (taken[next] || tokens.get(next).start() - head.end() > 1) continue;
                // ("Wadi al-Shay": the article apart from its name, "al", "-", "Shay")
                int led = articleLed(tokens, next, s);
                if (!(startsName(tokens.get(next)) && plausibleName(tokens.get(next), lowerWords)) && led < 0) continue;
                SearchUnits units = search.given(sentenceUnits(out, s));
                int last = Math.max(next, led);
                while (last + 1 < Math.min(s.endToken(), i + 4) && !taken[last + 1] && tokens.get(last + 1).start() - tokens.get(last).end() <= 1
                        && (startsName(tokens.get(last + 1)) || articleLed(tokens, last + 1, s) == last + 1)) last++;
                Candidate longer = units.units().isEmpty() ? null : variantAt(text, tokens, s, i, next, last, units);
                if (lone != null) drop.add(lone);
                if (longer != null) {
                    add.add(longer);
                    for (int t = longer.firstToken(); t < longer.endToken(); t++) taken[t] = true;
                    i = longer.endToken() - 1;
                }
            }
        }
        if (drop.isEmpty() && add.isEmpty()) return;
        out.removeAll(drop);
        out.addAll(add);
        out.sort(java.util.Comparator.comparingInt(Candidate::firstToken));
    }

    /**
     * "Tripoli (North)", "Kousseri (Far North)": a bracket after a name that holds the name of the first-level unit
     * one of its readings lies in names that unit, though its words alone are no place name ("North", "Centre"). It
     * becomes a mention of those units, which then qualifies the name as any bracketed unit does.
     */
    private void addBracketedUnitsOfReadings(String text, List<Token> tokens, List<Candidate> out) {
        boolean[] taken = taken(tokens, out);
        List<Candidate> found = new ArrayList<>();
        for (Candidate c : out) {
            int open = c.endToken();
            if (open + 2 >= tokens.size() || !tokens.get(open).text().equals("(") || !startsName(tokens.get(open + 1))) continue;
            int close = open + 1;
            while (close < tokens.size() && close <= open + 3 && !tokens.get(close).text().equals(")")) close++;
            if (close >= tokens.size() || !tokens.get(close).text().equals(")") || taken[open + 1]) continue;
            String inside = text.substring(tokens.get(open + 1).start(), tokens.get(close - 1).end());
            String folded = NameNormalizer.fold(inside);
            List<Gazetteer.Match> units = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Gazetteer.Match m : c.matches()) {
                GeoPlace p = m.place();
                if (!m.exact() || p.admin1() == null || !NameNormalizer.fold(p.admin1()).equals(folded)) continue;
                gazetteer.admin1(p.iso2(), p.admin1()).filter(u -> seen.add(u.gazetteerId()))
                        .ifPresent(u -> units.add(new Gazetteer.Match(u, true)));
            }
            if (units.isEmpty()) continue;
            found.add(new Candidate(new Span(tokens.get(open + 1).start(), tokens.get(close - 1).end()), inside, open + 1,
                    close, folded, units, "", "", -1, false, false));
        }
        if (found.isEmpty()) return;
        out.addAll(found);
        out.sort(java.util.Comparator.comparingInt(Candidate::firstToken));
    }

    /** Words for landmarks named after people: "Riad al-Solh square", "Abu Bakr al-Siddiq mosque". */
    private static final Set<String> LANDMARK_WORDS = union(FACILITY_HEADS,
            Set.of("square", "street", "avenue", "roundabout", "bridge", "airport", "base", "camp", "highway"));

    /** The words of both sets. */
    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /** Does an Arabic article part open at token k ("al-Solh", "al", "-", "Solh") and a landmark's word follow it? */
    private static boolean namesLandmark(List<Token> tokens, int k, Sentence s) {
        int led = articleLed(tokens, k, s);
        if (led < 0) return false;
        int after = led + 1;
        while (after < s.endToken() && startsName(tokens.get(after))) after++;
        return after < s.endToken() && LANDMARK_WORDS.contains(tokens.get(after).text().toLowerCase(Locale.ROOT));
    }

    /** Plural settlement words that close a list of names: "Ain Issa and Saida villages". */
    private static final Set<String> PLURAL_SETTLEMENT_WORDS = Set.of("villages", "towns", "settlements", "localities");

    /**
     * Does a list that token i opens or continues end in a found name with a plural settlement word or a bracketed
     * qualifier after it ("Ain Issa, Hazima and Saida villages", "Tajoura and Ain Zara (Tripoli)"), or is the name at
     * token i itself followed by a bracketed found name ("Al-Shaddadi (Al-Hasakeh)")? Only capitalised words, commas
     * and "and" lie between.
     */
    private static boolean closedByPluralSuffix(List<Token> tokens, int i, Sentence s, java.util.Map<Integer, Candidate> byStart) {
        boolean conjunction = false;
        for (int k = i; k < Math.min(s.endToken(), i + 14); k++) {
            Candidate c = byStart.get(k);
            if (c != null && k > i) {
                if (conjunction && PLURAL_SETTLEMENT_WORDS.contains(c.suffix())) return true;
                // "Tajoura and Ain Zara (Tripoli)": a bracket after the list's last name says where the list lies
                if (conjunction && c.endToken() < s.endToken() && tokens.get(c.endToken()).text().equals("(")) return true;
                k = c.endToken() - 1;
                continue;
            }
            String x = tokens.get(k).text();
            if (x.equals(",")) continue;
            if (x.equalsIgnoreCase("and")) { conjunction = true; continue; }
            int led = articleLed(tokens, k, s);
            if (led > k) { k = led; continue; } // ("Al", "-", "Shaddadi")
            // "in Al-Shaddadi (Al-Hasakeh)": a name the index does not know, with the unit it lies in bracketed after it
            if (x.equals("(") && k > i && !conjunction && byStart.containsKey(k + 1)) return true;
            if (!startsName(tokens.get(k)) && articleLed(tokens, k, s) != k) return false;
        }
        return false;
    }

    /** Tokens from prevEnd to i are a list separator: ",", "and", ", and", "or". */
    private static boolean listContinues(List<Token> tokens, int prevEnd, int i) {
        if (prevEnd < 0 || i - prevEnd < 1 || i - prevEnd > 2) return false;
        String a = tokens.get(prevEnd).text().toLowerCase(Locale.ROOT);
        if (i - prevEnd == 1) return a.equals(",") || a.equals("and") || a.equals("or");
        return a.equals(",") && (tokens.get(prevEnd + 1).text().equalsIgnoreCase("and") || tokens.get(prevEnd + 1).text().equalsIgnoreCase("or"));
    }

    /**
     * When token i opens a name with an Arabic article ("al-Bahsa" as one token, or "al", "-", "Bahsa", the article
     * capitalised too when split off: "Al", "-", "Shaddadi"),
     * the index of the first capitalised token (i itself when the article is glued to it); otherwise -1.
     */
    private static int articleLed(List<Token> tokens, int i, Sentence s) {
        String x = tokens.get(i).text();
        int dash = x.indexOf('-');
        if (dash > 0 && dash + 1 < x.length() && ARTICLE_WORDS.contains(x.substring(0, dash)) && Character.isUpperCase(x.charAt(dash + 1)))
            return i;
        // ("Al-Shaddadi" split in three: the article may be capitalised where it opens the name)
        if (ARTICLE_WORDS.contains(x.toLowerCase(Locale.ROOT)) && i + 2 < s.endToken() && tokens.get(i + 1).text().equals("-")
                && tokens.get(i + 1).start() == tokens.get(i).end() && tokens.get(i + 2).start() == tokens.get(i + 1).end()
                && startsName(tokens.get(i + 2))) return i + 2;
        // "in al Latifiyah", "from al Basrah": the article apart, where it is no English word ("as", "at", "an" are)
        if (SPACED_ARTICLES.contains(x) && i + 1 < s.endToken() && tokens.get(i + 1).start() == tokens.get(i).end() + 1
                && startsName(tokens.get(i + 1))) return i + 1;
        return -1;
    }

    /** Arabic articles that news also writes apart from the name ("al Basrah"); none is an English word. */
    private static final Set<String> SPACED_ARTICLES = Set.of("al", "el", "ad", "ar", "ash", "az", "ath", "adh");

    private static final Set<String> ARTICLE_WORDS = Set.of("al", "el", "an", "ar", "as", "ash", "at", "ad", "az",
            "ath", "adh", "ed", "er", "es", "et", "ez");

    /** A capitalised word that may be a village's name: no stop word, ordinary English word or known non-place. */
    private boolean plausibleName(Token t, Set<String> lowerWords) {
        return plausibleName(t, lowerWords, true);
    }

    /** As above, the frequent English words of english-words.txt counting as no name only if {@code noEnglish}. */
    private boolean plausibleName(Token t, Set<String> lowerWords, boolean noEnglish) {
        String x = t.text();
        int dash = x.indexOf('-');
        String word = dash > 0 && ARTICLE_WORDS.contains(x.substring(0, dash)) ? x.substring(dash + 1) : x;
        String f = NameNormalizer.fold(word);
        if (f.length() < 3 || word.equals(word.toUpperCase(Locale.ROOT))) return false; // acronyms
        return !notPlaces.contains(f) && !stopWords.contains(f) && !(noEnglish && englishWords.contains(f)) && !lowerWords.contains(f)
                && !demonyms.contains(f);
    }

    /** Words after a town's name that make a district's name of it ("Mumbai Suburban", "Bangalore Rural"). */
    private static final Set<String> DISTRICT_OF_TOWN_WORDS = Set.of("Suburban", "Urban", "Rural", "Municipal");
    /** Compass words after a town's name that make a district's name of it before a unit word ("Jos North LGA"). */
    private static final Set<String> DISTRICT_COMPASS_WORDS = Set.of("North", "South", "East", "West", "Central");
    /** Unit words after such a name: local government areas, districts, municipalities. */
    private static final Set<String> DISTRICT_UNIT_WORDS = Set.of("LGA", "district", "District", "municipality", "Municipality");

    /**
     * "Onitsha North LGA", "Mumbai Suburban", "Imphal West district": a district named after its town with a compass
     * word or "Urban"/"Rural", which the gazetteer does not list, is read as that town (its readings of the town's
     * exact name that are settlements), where no other name took the words. A compass word needs the unit word after
     * it, for "Khartoum North" is a town of its own; a name that goes on in capitals is a body's ("the Nairobi Urban
     * Water Company").
     */
    private void addTownNamedDistricts(String text, List<Token> tokens, List<Sentence> sentences, List<Candidate> out) {
        boolean[] taken = taken(tokens, out);
        for (Sentence s : sentences) {
            for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
                String w = tokens.get(k).text();
                boolean townWord = DISTRICT_OF_TOWN_WORDS.contains(w);
                boolean unitAfter = k + 1 < s.endToken() && DISTRICT_UNIT_WORDS.contains(tokens.get(k + 1).text());
                if (taken[k] || !(townWord || DISTRICT_COMPASS_WORDS.contains(w) && unitAfter)) continue;
                // the town's name: one to three capitalised words right before, one space apart, none taken
                for (int i = k - 1; i >= Math.max(s.firstToken(), k - 3); i--) {
                    Token t = tokens.get(i);
                    if (taken[i] || !startsName(t) || tokens.get(i + 1).start() - t.end() != 1) break;
                    String folded = NameNormalizer.fold(text.substring(t.start(), tokens.get(k - 1).end()));
                    if (!gazetteer.hasExact(folded)) continue;
                    List<Gazetteer.Match> towns = Disambiguator.filter(gazetteer.matchFolded(folded),
                            m -> m.exact() && Gazetteer.isSettlement(m.place()));
                    if (towns.isEmpty()) continue;
                    int end = unitAfter ? k + 2 : k + 1;
                    // ("the Nairobi Urban Water Company": a name that goes on is a body's)
                    if (end < s.endToken() && startsName(tokens.get(end)) && tokens.get(end).start() - tokens.get(end - 1).end() == 1) break;
                    out.add(new Candidate(new Span(t.start(), tokens.get(end - 1).end()), text.substring(t.start(), tokens.get(end - 1).end()),
                            i, end, folded, towns, "", "", -1, false, false));
                    for (int j = i; j < end; j++) taken[j] = true;
                    break;
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::firstToken));
    }

    /** The candidates by their first token. */
    private static java.util.Map<Integer, Candidate> byStart(List<Candidate> cs) {
        java.util.Map<Integer, Candidate> out = new java.util.HashMap<>();
        for (Candidate c : cs) out.put(c.firstToken(), c);
        return out;
    }

    /** The tokens the candidates cover. */
    private static boolean[] taken(List<Token> tokens, List<Candidate> cs) {
        boolean[] out = new boolean[tokens.size()];
        for (Candidate c : cs) for (int t = c.firstToken(); t < c.endToken(); t++) out[t] = true;
        return out;
    }

    /**
     * The admin1 units a name spelt otherwise is looked up in: the ones its sentence names, else the ones the document
     * names, where the closest spelling must then lie in one unit ({@code oneUnit}).
     */
    private record SearchUnits(java.util.Collection<String> units, boolean oneUnit) {}

    /** A document's {@link SearchUnits}, its own units found once, when a sentence first names none. */
    private static final class UnitsToSearch {
        private final List<Candidate> cs;
        private java.util.Collection<String> documentUnits;

        UnitsToSearch(List<Candidate> cs) { this.cs = cs; }

        SearchUnits given(java.util.Collection<String> sentenceUnits) {
            if (!sentenceUnits.isEmpty()) return new SearchUnits(sentenceUnits, false);
            if (documentUnits == null) documentUnits = documentUnits(cs);
            return new SearchUnits(documentUnits, true);
        }
    }

    /**
     * Admin1 units (in countries whose names are transliterated) that the sentence's own mentions name: exact admin1
     * readings, and places whose exact readings all lie in one unit ("southern Idlib", "in Sahl al-Ghab").
     */
    private static java.util.Collection<String> sentenceUnits(List<Candidate> cs, Sentence s) {
        java.util.Set<String> units = new java.util.LinkedHashSet<>();
        for (Candidate c : cs) {
            if (c.firstToken() < s.firstToken() || c.firstToken() >= s.endToken()) continue;
            // a country's name names the country, not the unit of a town that shares it ("Iraq" is no Iranian Arak)
            if (c.matches().stream().anyMatch(m -> m.exact() && "country".equals(m.place().feature()))) continue;
            String unit = null;
            java.util.Set<String> all = new java.util.HashSet<>();
            // (a name that is a unit in two countries names both: "Al Jawf" is Yemen's governorate and Saudi Arabia's)
            java.util.Set<String> namedUnits = new java.util.LinkedHashSet<>();
            for (Gazetteer.Match m : c.matches()) {
                GeoPlace p = m.place();
                if (!m.exact() || p.admin1() == null || "country".equals(p.feature())) continue;
                if ("admin1".equals(p.feature())) namedUnits.add(Disambiguator.admin1Key(p));
                else all.add(Disambiguator.admin1Key(p));
            }
            if (namedUnits.size() > 1) {
                for (String u : namedUnits) if (GazetteerBuilder.transliterated(u.substring(0, u.indexOf('/')))) units.add(u);
                continue;
            }
            if (!namedUnits.isEmpty()) unit = namedUnits.iterator().next();
            if (unit == null && all.size() == 1) unit = all.iterator().next();
            // "in Deir az-Zour province": a unit spelt loosely is still named by its unit word
            if (unit == null && all.isEmpty() && ADMIN_SUFFIX.contains(c.suffix())) {
                for (Gazetteer.Match m : c.matches()) {
                    if ("admin1".equals(m.place().feature())) { unit = Disambiguator.admin1Key(m.place()); break; }
                }
            }
            if (unit != null && GazetteerBuilder.transliterated(unit.substring(0, unit.indexOf('/')))) units.add(unit);
        }
        return units;
    }

    /**
     * The admin1 units the document names (a unit's own name, or a place found in that unit only), in countries whose
     * names are transliterated.
     */
    private static java.util.Collection<String> documentUnits(List<Candidate> cs) {
        List<String> out = new ArrayList<>();
        Disambiguator.totalsFor(Disambiguator.admin1Votes(cs), "").forEach((unit, votes) -> {
            if (votes >= 1.0 && GazetteerBuilder.transliterated(unit.substring(0, unit.indexOf('/')))) out.add(unit);
        });
        java.util.Collections.sort(out);
        return out;
    }

    /**
     * Admin1 units written by their official short form in a qualifier position: "Pipri, Kaushambi (UP)",
     * "Degwar (Poonch district, J&K)", "Niteroi, RJ". The short form must follow "," or "(" after a name, and it
     * stands for the unit of a country where another mention of the article has an exact reading ("WA" is Western
     * Australia beside Australian towns, Washington beside American ones); without one it is not read.
     */
    private void addAbbreviations(String text, List<Token> tokens, List<Sentence> sentences, List<Candidate> out) {
        if (abbreviations.isEmpty()) return;
        boolean[] taken = taken(tokens, out);
        List<Candidate> found = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = s.firstToken() + 2; i < s.endToken(); i++) {
                if (taken[i]) continue;
                String sep = tokens.get(i - 1).text();
                boolean qualifying = sep.equals(",") || sep.equals("(");
                Token before = tokens.get(i - 2);
                // "in NSW", "NSW and Queensland", "the NSW government": a short form of three letters or more stands
                // alone where the text is plainly about that unit's country (checked below)
                boolean alone = !qualifying && tokens.get(i).text().length() >= 3 && (i == s.firstToken() + 2 || !startsName(tokens.get(i - 1)));
                if (!alone && (!qualifying || !startsName(before) && !isNameWord(before))) continue;
                // the short form may be split by the tokenizer ("J", "&", "K"): join touching tokens
                int end = i;
                String abbr = null;
                for (int j = i; j < Math.min(s.endToken(), i + 3); j++) {
                    if (j > i && tokens.get(j).start() != tokens.get(j - 1).end()) break;
                    if (taken[j]) break;
                    String x = text.substring(tokens.get(i).start(), tokens.get(j).end());
                    if (abbreviations.containsKey(x)) { abbr = x; end = j + 1; }
                }
                if (abbr == null) continue;
                // followed by a closing bracket, a comma, the end of a sentence or a lower-case word: not "SA Police"
                if (end < s.endToken() && startsName(tokens.get(end)) && tokens.get(end).start() - tokens.get(end - 1).end() <= 1) continue;
                // ("CHATTANOOGA (AP)": a news agency's initials in brackets, Andhra Pradesh only in a text about India;
                // "(Nellore, AP)" closes a chain of places)
                boolean agency = AGENCY_INITIALS.contains(abbr) && sep.equals("(");
                GeoPlace unit = abbreviationUnit(abbreviations.get(abbr), out, !agency);
                if (unit == null) continue;
                if (agency && topReadingsIn(out, unit.iso2()) < 2) continue;
                if (alone && (!abbr.equals(abbr.toUpperCase(Locale.ROOT)) || capsNear(tokens, i, end) || topReadingsIn(out, unit.iso2()) < 2)) continue;
                Span span = new Span(tokens.get(i).start(), tokens.get(end - 1).end());
                found.add(new Candidate(span, abbr, i, end, NameNormalizer.fold(unit.name()),
                        List.of(new Gazetteer.Match(unit, true)), "", "", -1, false, true));
            }
        }
        if (found.isEmpty()) return;
        out.addAll(found);
        out.sort(java.util.Comparator.comparingInt(Candidate::firstToken));
    }

    /** How many of the candidates read first as a place of the country ("Queensland", "Sydney" for AU)? */
    private static int topReadingsIn(List<Candidate> cs, String iso2) {
        int n = 0;
        for (Candidate c : cs) if (!c.matches().isEmpty() && c.matches().get(0).exact() && iso2.equals(c.matches().get(0).place().iso2())) n++;
        return n;
    }

    /** Is a word of three letters or more in capitals within two tokens of the span (a headline in capitals)? */
    private static boolean capsNear(List<Token> tokens, int from, int end) {
        for (int k = Math.max(0, from - 2); k < Math.min(tokens.size(), end + 2); k++) {
            if (k >= from && k < end) continue;
            String w = tokens.get(k).text();
            if (w.length() >= 3 && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** Initials of news agencies that are also some unit's short form ("AP": Associated Press, Andhra Pradesh). */
    private static final Set<String> AGENCY_INITIALS = Set.of("AP");

    /**
     * The unit of the country most mentions of the article have an exact reading in (table order breaks ties); where
     * none has and {@code byVariants}, the unit most spelling variants lie in; null when no mention reads in any of
     * the units' countries.
     */
    private static GeoPlace abbreviationUnit(List<GeoPlace> units, List<Candidate> mentions, boolean byVariants) {
        GeoPlace best = null;
        int bestVotes = 0;
        for (GeoPlace u : units) {
            int votes = 0;
            for (Candidate c : mentions) {
                for (Gazetteer.Match m : c.matches()) {
                    if (m.exact() && Gazetteer.sameCountry(u.iso2(), m.place().iso2())) { votes++; break; }
                }
            }
            if (votes > bestVotes) { bestVotes = votes; best = u; }
        }
        if (best != null || !byVariants) return best;
        // no exact reading anywhere: the towns of "Mahabubnagar (Mahabubnagar, TS)" are spelt otherwise in the
        // gazetteer; a spelling variant in the unit's own country still says which country is meant
        for (GeoPlace u : units) {
            int votes = 0;
            for (Candidate c : mentions) {
                for (Gazetteer.Match m : c.matches()) {
                    if (Gazetteer.sameCountry(u.iso2(), m.place().iso2()) && u.admin1().equals(m.place().admin1())) { votes++; break; }
                }
            }
            if (votes > bestVotes) { bestVotes = votes; best = u; }
        }
        return best;
    }

    /**
     * Lower-case words after a name that may belong to a site's own name ("Mezzeh military airport", "Aida camp", "the
     * Kurdistan region"), longest first. "region" is taken only into a curated region's name: a first-level unit's
     * "North-West region" stays the unit's name with its unit word, which the event rules read as a qualifier.
     */
    private static final List<List<String>> SITE_WORDS = List.of(List.of("military", "airport"),
            List.of("international", "airport"), List.of("military", "airbase"), List.of("air", "base"), List.of("camp"),
            List.of("airport"), List.of("airbase"), List.of("airfield"), List.of("region"));

    /** The token index after these words where they follow token {@code at} one space apart, or -1. */
    private static int siteWordsAfter(List<Token> tokens, int at, Sentence s, List<String> words) {
        if (at + words.size() > s.endToken()) return -1;
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(at + k);
            if (!t.text().equals(words.get(k)) || t.start() - tokens.get(at + k - 1).end() != 1) return -1;
        }
        return at + words.size();
    }

    private Candidate longestAt(Document doc, List<Token> tokens, int i, Sentence s, Set<String> lowerWords,
                                java.util.Map<String, List<Gazetteer.Match>> lookups, Set<String> looseNames) {
        Token first = tokens.get(i);
        if (!startsName(first)) return null;
        // "Shar-e Naw": the word after a Persian ezafe is the second half of a name the gazetteer does not know whole
        // (it was tried from its first word), no name of its own ("Naw" is no Thai town's airport code here)
        if (ezafeBefore(tokens, i) >= 0) return null;
        // "Rass Al Ain", "Tell Al Abyad": a capitalised article right after a capitalised word belongs to that word's
        // name, which the gazetteer does not know whole (it was tried from its first word); "Al Ain" alone is no reading
        if (i > s.firstToken() && ARTICLE_WORDS.contains(first.text().toLowerCase(Locale.ROOT))
                && first.start() - tokens.get(i - 1).end() == 1 && startsName(tokens.get(i - 1))
                && !stopWords.contains(NameNormalizer.fold(tokens.get(i - 1).text()))
                && !FUNCTION_WORDS.contains(NameNormalizer.fold(tokens.get(i - 1).text()))
                && !demonyms.contains(NameNormalizer.fold(tokens.get(i - 1).text()))) return null; // ("Syrian Al-Raqqa province")
        int limit = Math.min(s.endToken(), i + MAX_TOKENS);
        // extend over name-ish tokens
        int last = i;
        for (int j = i + 1; j < limit; j++) {
            Token t = tokens.get(j);
            if (t.start() - tokens.get(j - 1).end() > 1) break; // a gap of more than one space ends a name
            // ("Deir ez-Zor": a tokenizer may keep the article glued to the name's last word, "ez-Zor")
            if (startsName(t) || CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT)) || apostropheWord(tokens, j)
                    || articleLed(tokens, j, s) == j) last = j;
            // "Trinidad and Tobago", "Newfoundland and Labrador": "and" may join the two halves of one name; the
            // whole is taken only when spelt exactly (below), else the first half stands alone as before
            else if (t.text().equals("and") && j + 1 < limit && startsName(tokens.get(j + 1))) last = j;
            // "Democratic Republic of the Congo", "Isle of the Dead": "the" after "of" goes on in a name (taken only
            // when spelt exactly, below)
            else if (t.text().equals("the") && tokens.get(j - 1).text().equals("of")) last = j;
            // "Ra-ngae", "Petion-ville": a name may go on in lower case right after a hyphen (taken only when spelt
            // exactly, below)
            else if (hyphenTail(tokens, j)) last = j;
            // "Mt. Pleasant", "St. Marys", "Ft. Myers": the abbreviation's full stop is inside the name
            else if (t.text().equals(".") && t.start() == tokens.get(j - 1).end()
                    && ABBREVIATED_HEADS.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT))) continue;
            else break;
        }
        String text = doc.text();
        // "Aida camp", "Askar camp", "Mezzeh military airport": a camp, base or airport known by its name with its
        // site words in lower case (its bare name may be a person's, a hamlet's elsewhere or a city quarter's) is that
        // longer name
        // (not from inside a word an article is glued to: "al-Hol camp" is read from its article)
        if (i == s.firstToken() || tokens.get(i - 1).end() < first.start()) {
            for (List<String> words : SITE_WORDS) {
                int end = siteWordsAfter(tokens, last + 1, s, words);
                if (end < 0) continue;
                String surface = text.substring(first.start(), tokens.get(end - 1).end());
                String folded = NameNormalizer.fold(surface);
                if (!gazetteer.hasExact(folded)) continue;
                if (words.getFirst().equals("region") && lookup(lookups, folded).stream()
                        .noneMatch(m -> m.exact() && m.place().gazetteerId().startsWith("sitrep:"))) continue;
                Candidate c = new Candidate(new Span(first.start(), tokens.get(end - 1).end()), surface, i, end, folded,
                        restrictToPeople(tokens, i, s.firstToken(), lookup(lookups, folded)), suffix(tokens, end, s),
                        modifier(tokens, i, end, s), -1, cued(tokens, i, s), false);
                if (acceptMulti(c, tokens, s, true, false)) return c;
            }
        }
        // "Myanmar's Karen state": a unit known by its name and its unit word (Kayin's "Karen State"), written with the
        // word in lower case
        if (last + 1 < s.endToken() && ADMIN_SUFFIX.contains(tokens.get(last + 1).text())
                && tokens.get(last + 1).start() - tokens.get(last).end() == 1) {
            String surface = text.substring(first.start(), tokens.get(last + 1).end());
            String folded = NameNormalizer.fold(surface);
            String bare = NameNormalizer.fold(text.substring(first.start(), tokens.get(last).end()));
            if (!gazetteer.hasExact(bare) && gazetteer.hasExact(folded)) {
                List<Gazetteer.Match> units = Disambiguator.filter(lookup(lookups, folded),
                        m -> m.exact() && "admin1".equals(m.place().feature()));
                if (!units.isEmpty()) {
                    Candidate c = new Candidate(new Span(first.start(), tokens.get(last + 1).end()), surface, i, last + 2, folded,
                            units, "", modifier(tokens, i, last + 2, s), -1, cued(tokens, i, s), false);
                    if (acceptMulti(c, tokens, s, true, false)) return c;
                }
            }
        }
        // "Shar-e Naw" unknown whole: no shorter name is read from its first half either ("Shar" is no Omani town)
        // (a name before it still is: "Kabul's Shar-e Naw")
        int halfFrom = -1, halfTo = -1;
        for (int j = i + 2; j <= last; j++) {
            int ezafe = ezafeBefore(tokens, j);
            // (the name's first half ends before the hyphen glued to the ezafe, or before the ezafe written apart)
            if (ezafe >= 0) { halfFrom = tokens.get(ezafe - 1).text().equals("-") ? ezafe - 2 : ezafe - 1; halfTo = j; }
        }
        for (int j = last; j >= i; j--) {
            Token end = tokens.get(j);
            if (j >= halfFrom && j < halfTo) continue;
            // names end with a capitalised word (or the rest of a word split at an ayn mark: "Sana'a", not a possessive)
            if (!startsName(end) && !isDigitToken(end) && !(j > i && restAfterMark(tokens, j))
                    && !(j > i && articleLed(tokens, j, s) == j)
                    && !(j > i && hyphenTail(tokens, j) && gazetteer.hasExact(NameNormalizer.fold(text.substring(first.start(), end.end())))))
                continue;
            // ("Al-Karak Al-Sharqi": no name ends with the article of the next word)
            // (but "Da'el": the rest of a word split at an ayn mark; nor "Hpa-An" in Myanmar, whose last word is no
            // article where no word follows it)
            if (j > i && ARTICLE_WORDS.contains(end.text().toLowerCase(Locale.ROOT)) && !restAfterMark(tokens, j)
                    && (j + 1 >= s.endToken() || tokens.get(j + 1).start() - end.end() <= 1 && (startsName(tokens.get(j + 1))
                        || tokens.get(j + 1).text().equals("-")))) continue;
            // "Riad al-Solh square": a word that goes on with an Arabic article part and a landmark's word is the
            // first word of that landmark's name (after a person), not a place by itself (Riyadh); a town's name
            // goes on with its quarter ("Daraa al-Balad area")
            if (j == i && j < last && tokens.get(j + 1).start() - end.end() == 1 && namesLandmark(tokens, j + 1, s)) continue;
            // ("Arabia's" as one token: the name ends before its possessive)
            int endChar = end.end() - possessiveEnding(end.text());
            String surface = text.substring(first.start(), endChar);
            String folded = NameNormalizer.fold(surface);
            if (folded.isEmpty() || j > i && hyphenedLetters(surface)) continue;
            if (joinedByAnd(tokens, i, j) && !gazetteer.hasExact(folded)) continue;
            int n = j - i + 1;
            // "Southwest Middlesex", "South West England", "Central Java": compass words right before a capitalised
            // name qualify that name; they are not the unit some country calls "South West" or "Centre"
            if (compassOnly(folded) && j + 1 < s.endToken() && gluedName(tokens, j + 1) && suffix(tokens, j + 1, s).isEmpty()) continue;
            if (n > 1 && CITY_SIDE.matcher(folded).matches()) continue;
            if (n > 1 && COMPASS.containsKey(firstWord(folded))) {
                // "North Sinai", "South Korea", "Northern Darfur" (or "North Darfur" for it): a compass word that opens
                // the name of a country or an admin1 unit is part of the name, not an area modifier
                boolean partOf = j + 1 < s.endToken() && tokens.get(j + 1).text().equalsIgnoreCase("of");
                List<Gazetteer.Match> units = compassUnits(folded, lookups, partOf);
                // "the Seoul Central District Court", "Paris North Station": a compass-led name glued to a capitalised
                // word before it goes on a longer name (a court, a station) and is no unit of its own
                if (!units.isEmpty() && gluedAfterName(tokens, i, s) && !titleCase(tokens, s)) continue;
                if (!units.isEmpty()) {
                    return new Candidate(new Span(first.start(), endChar), surface, i, j + 1, folded, units,
                            suffix(tokens, j + 1, s), modifier(tokens, i, j + 1, s), -1, cued(tokens, i, s), false);
                }
            }
            boolean exact = gazetteer.hasExact(folded);
            // "Saudi Arabia's Abha airport": a possessive inside a span that is no place's exact name ends a name there
            if (!exact && j > i && possessiveInside(tokens, i, j)) continue;
            String skel = NameNormalizer.skeletonOfFolded(folded);
            boolean loose = !exact && skel.length() >= 3 && folded.length() >= 4 && gazetteer.hasSkeleton(skel);
            // "Bossaso" for Bosaso, "Petion-Ville" for Petionville, "Bhitshah" for Bhit Shah: a spelling that differs
            // from a place's own only by doubled letters, spaces or hyphens is that place, not a loose variant
            // (close forms share the name's consonant skeleton: without a place of that skeleton there is none to try)
            List<Gazetteer.Match> same = exact || !gazetteer.hasSkeleton(skel) ? List.of() : closeForms(folded, n, lookups);
            if (!exact && !loose && same.isEmpty()) continue;
            List<Gazetteer.Match> matches = loose ? restrictToPeople(tokens, i, s.firstToken(), j + 1, s.endToken(), lookup(lookups, folded)) : List.of();
            boolean close = false;
            if (!exact) {
                matches = plausibleVariants(folded, matches);
                if (same.isEmpty()) same = closeSpellings(folded, matches);
                if (!same.isEmpty()) { matches = same; close = true; }
                if (matches.isEmpty()) continue;
            } else {
                matches = restrictToPeople(tokens, i, s.firstToken(), j + 1, s.endToken(), lookup(lookups, folded));
            }
            // "the farming town of Costa Rica" (Sinaloa): after a settlement's word and "of", a name is no country's
            if (settlementOfBefore(tokens, i, s) && matches.stream().anyMatch(m -> Gazetteer.isSettlement(m.place())))
                matches = matches.stream().filter(m -> !"country".equals(m.place().feature())).toList();
            String head = hyphenHead(tokens, i, s);
            boolean acrossBorder = false;
            if (head != null) {
                // "Mogadishu-Hodan", "Lima-La Victoria", "Mayo-Sava": the part after a hyphen is a district of the
                // head or a piece of a compound name, never a namesake far away
                List<Gazetteer.Match> heads = lookup(lookups, NameNormalizer.fold(head));
                // a head that is no place ("Egyptian-US", "D-Charleston" for a party and town) says nothing
                if (heads.stream().anyMatch(Gazetteer.Match::exact)) {
                    matches = near(matches, heads);
                    if (matches.isEmpty()) continue;
                    acrossBorder = matches.stream().noneMatch(m -> heads.stream().anyMatch(h -> h.exact()
                            && Gazetteer.sameCountry(h.place().iso2(), m.place().iso2())));
                }
            }
            // "Sao Sebastiao", "San Pedro Sula": a saint's title opens a longer name, never a place by itself
            if (n == 1 && ROMANCE_SAINTS.contains(folded) && j + 1 < s.endToken() && startsName(tokens.get(j + 1))
                    && tokens.get(j + 1).start() - tokens.get(j).end() == 1) continue;
            // "St. Peter's Basilica", "St George's Chapel": a saint's name with the possessive (that did not match as a
            // whole, as "St. John's" does) names a church, school or hospital, not a place called after the saint
            if (SAINTS.contains(firstWord(folded).replace(".", "")) && possessive(tokens, j + 1, s)
                    && !prominent(matches)) continue;
            // "EU", "US", "UK": a short form in capitals stands for the union or country, not a village spelt so
            if (n == 1 && countryCode(tokens, i, s)) {
                GeoPlace whole = shortFormCountry(tokens, i);
                if (whole != null) matches = List.of(new Gazetteer.Match(whole, true));
            }
            Candidate c = new Candidate(new Span(first.start(), endChar), surface, i, j + 1, folded, matches,
                    suffix(tokens, j + 1, s), modifier(tokens, i, j + 1, s), -1, cued(tokens, i, s), false, false, acrossBorder);
            // "Tennessee Colony", "Indiana Township": a unit's name with a capitalised settlement word is the name of
            // a settlement the gazetteer does not know, not a mention of the unit
            if (unknownSettlementName(tokens, j + 1, s, matches)) return null;
            // "Lake Ontario", "the Mississippi River", "Gulf of Alaska": a water body named after a place is not there
            if (waterBody(tokens, i, j + 1, s)) return null;
            // "the Nuba Mountains", "the Atlas Mountains": a range the gazetteer does not know is not the village that
            // shares its first word (a unit or curated area so named stays: "the Caucasus Mountains")
            if (rangeOfSettlementName(tokens, j + 1, s, matches)) return null;
            if (!exact && n > 1 && looseNames.contains(folded)) return c;
            if (n == 1 ? acceptSingle(c, tokens, s, lowerWords, exact, close) : acceptMulti(c, tokens, s, exact, close)) {
                if (!exact) looseNames.add(folded);
                return c;
            }
        }
        return null;
    }

    /**
     * Compass words and the other spellings of a unit's name they allow: admin1 names are written "North X" in one
     * source and "Northern X" in another (GeoNames "Northern Darfur", news "North Darfur"); Persian names put the
     * direction after the name ("Khorasan-e Shomali" is North Khorasan). "Central" has no other form.
     */
    private static final java.util.Map<String, List<String>> COMPASS = java.util.Map.ofEntries(
            java.util.Map.entry("north", List.of("northern", "-e shomali")),
            java.util.Map.entry("northern", List.of("north", "-e shomali")),
            java.util.Map.entry("south", List.of("southern", "-e jonubi")),
            java.util.Map.entry("southern", List.of("south", "-e jonubi")),
            java.util.Map.entry("east", List.of("eastern", "-e sharqi")),
            java.util.Map.entry("eastern", List.of("east", "-e sharqi")),
            java.util.Map.entry("west", List.of("western", "-e gharbi")),
            java.util.Map.entry("western", List.of("west", "-e gharbi")),
            java.util.Map.entry("central", List.of()));

    /** Words for "saint" that open place names ("St. Peter", "Saint Paul"). */
    private static final Set<String> SAINTS = Set.of("st", "saint", "ste", "sainte");
    /** Romance saints' titles that open place names ("Sao Paulo", "San Pedro", "Santa Cruz"). */
    private static final Set<String> ROMANCE_SAINTS = Set.of("sao", "san", "santa", "santo", "santos", "sant", "santiago");

    /** Honorifics that South Asian shrine towns bear after their names ("Sehwan Sharif", "Ajmer Sharif"). */
    private static final Set<String> HONORIFICS = Set.of("sharif", "sharief", "shareef");
    /** The four directions, which may follow a city's name for a part of it ("Khartoum North"). */
    private static final Set<String> MAIN_COMPASS = Bearings.MAIN_COMPASS;
    /** Compass words that may form a direction on their own ("south west", "north-east", "central"). */
    private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "centre", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "mid");

    /** Is the folded name made of compass words only ("southwest", "south west", "north-east")? */
    static boolean compassOnly(String folded) {
        if (folded.isEmpty()) return false;
        for (String w : folded.split("[ -]+")) if (!COMPASS_WORDS.contains(w)) return false;
        return true;
    }

    /** Does an exact reading name a capital or a city of 100,000 ("St. Petersburg's museums" is the city's)? */
    private static boolean prominent(List<Gazetteer.Match> ms) {
        for (Gazetteer.Match m : ms)
            if (m.exact() && ("capital".equals(m.place().feature()) || m.place().population() >= 100_000)) return true;
        return false;
    }

    /** Is the token before a people's word a capitalised compass word or "Latin" next to it ("Central| American")? */
    static boolean regionOpener(Token prev, Token word) {
        String x = prev.text();
        return !x.isEmpty() && Character.isUpperCase(x.charAt(0)) && word.start() - prev.end() <= 1
                && (COMPASS_WORDS.contains(x.toLowerCase(Locale.ROOT)) || x.equals("Latin"));
    }

    /**
     * Are all exact readings settlements below city size (no unit, county, curated region or feature)? A reading by
     * a translated by-name ("White House" for Casablanca) does not count against it.
     */
    private static boolean onlySmallTowns(Candidate c) {
        boolean any = false;
        for (Gazetteer.Match m : c.matches()) {
            if (!m.exact()) continue;
            GeoPlace p = m.place();
            if (Gazetteer.featureRank(p) == 2 && !p.gazetteerId().startsWith("sitrep:")
                    && !NameNormalizer.fold(p.name()).equals(c.folded())) continue;
            if (Gazetteer.featureRank(p) < 2 || "admin2".equals(p.feature()) || p.gazetteerId().startsWith("sitrep:")
                    || p.population() >= 50_000) return false;
            any = true;
        }
        return any;
    }

    /** Nouns that head the names of bodies and institutions followed by "of" ("Chamber of Commerce"). */
    private static final Set<String> BODY_NOUNS = Set.of("chamber", "chambers", "ministry", "department", "dept",
            "secretary", "minister", "bureau", "board", "council", "office", "institute", "school", "college",
            "university", "bank", "museum", "court", "commission", "committee", "society", "association", "federation");

    /** Organisations whose names small places bear too. */
    private static final Set<String> ORGANISATIONS = Set.of("red cross", "red crescent");

    /** Last words of buildings' and bodies' names made of ordinary words ("the White House", "the Red Cross"). */
    private static final Set<String> BUILDING_HEADS = Set.of("house", "cross", "hall", "tower", "office", "palace",
            "castle", "gate", "church", "chapel", "court", "center", "centre", "building", "garden", "gardens",
            "museum", "theatre", "theater");

    /** Is every word of the folded name an ordinary English word ("white house", "red cross")? */
    private boolean allOrdinaryWords(String folded) {
        for (String w : folded.split(" ")) if (!englishWords.contains(w)) return false;
        return true;
    }

    /** Does "and" join words of the span from token i to token j ("Trinidad and Tobago")? */
    private static boolean joinedByAnd(List<Token> tokens, int i, int j) {
        for (int k = i + 1; k < j; k++) if (tokens.get(k).text().equals("and")) return true;
        return false;
    }

    /** Is token k a capitalised word (not a function word) right after the token before it, one space at most? */
    private static boolean gluedName(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return startsName(t) && Character.isLetter(t.text().charAt(0)) && t.start() - tokens.get(k - 1).end() <= 1
                && !FUNCTION_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Does a capitalised word that is no function word, title or direction stand right before token i in its
     * sentence ("Rogers| Centre", "Seoul| Central District")? The name at i then goes on a longer name.
     */
    private static boolean gluedAfterName(List<Token> tokens, int i, Sentence s) {
        if (i - 1 < s.firstToken()) return false;
        Token prev = tokens.get(i - 1);
        String p = prev.text().toLowerCase(Locale.ROOT);
        return startsName(prev) && Character.isLetter(prev.text().charAt(0)) && tokens.get(i).start() - prev.end() <= 1
                && !FUNCTION_WORDS.contains(p) && !DIRECTIONS.contains(p) && !COMPASS_WORDS.contains(p)
                && !TITLES.contains(p.replace(".", ""));
    }

    private static String firstWord(String folded) {
        int sp = folded.indexOf(' ');
        return sp < 0 ? folded : folded.substring(0, sp);
    }

    /**
     * The countries and admin1 units a compass-led name spells exactly, or, when it spells none, the admin1 units
     * one of its other compass forms spells exactly (read as exact matches); empty when neither names a unit, or
     * when partOf (an "of" follows) and the name is a direction and a unit word only.
     */
    List<Gazetteer.Match> compassUnits(String folded, java.util.Map<String, List<Gazetteer.Match>> lookups, boolean partOf) {
        String word = firstWord(folded);
        List<String> forms = COMPASS.get(word);
        if (forms == null || folded.length() == word.length()) return List.of();
        String rest = folded.substring(word.length() + 1);
        // "the Northern Province of Aleppo": a direction and a unit word followed by "of" describe a part of the place
        // named next, not the unit of that name somewhere in the world
        if (partOf && (ADMIN_SUFFIX.contains(rest) || rest.equals("zone") || rest.equals("areas"))) return List.of();
        List<Gazetteer.Match> own = gazetteer.hasExact(folded) ? lookup(lookups, folded) : List.of();
        for (Gazetteer.Match m : own) if (m.exact() && isUnit(m.place())) return own;
        for (String form : forms) {
            String other = form.startsWith("-") ? NameNormalizer.fold(rest + form) : form + " " + rest;
            if (!gazetteer.hasExact(other)) continue;
            List<Gazetteer.Match> units = new ArrayList<>();
            for (Gazetteer.Match m : lookup(lookups, other)) {
                if (m.exact() && "admin1".equals(m.place().feature())) units.add(new Gazetteer.Match(m.place(), true));
            }
            if (!units.isEmpty()) return units;
        }
        return List.of();
    }

    private static boolean isUnit(GeoPlace p) {
        return "admin1".equals(p.feature()) || "country".equals(p.feature());
    }

    /** Words for the kind of place a people's adjective may qualify: "the Syrian city of", "the Iraqi town of". */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "capital", "port", "province",
            "governorate", "region", "district", "border", "hamlet", "settlement", "enclave", "stronghold", "island");

    /**
     * The matches in the country a people's adjective before the name points to ("the Syrian city of Homs", "the
     * Iraqi town of Hit", "Syrian Homs"); all matches when there is no such adjective or the country has no reading
     * (the gazetteer may not know the place, and the adjective may be the people of a border town's neighbour).
     */
    List<Gazetteer.Match> restrictToPeople(List<Token> tokens, int i, int lowest, List<Gazetteer.Match> ms) {
        return restrictToPeople(tokens, i, lowest, -1, -1, ms);
    }

    /**
     * As above, or by a people's apposition right after the name, which ends before token {@code next} (the
     * sentence before {@code end}): "Nawabganj, a Bangladeshi town on the frontier".
     */
    List<Gazetteer.Match> restrictToPeople(List<Token> tokens, int i, int lowest, int next, int end, List<Gazetteer.Match> ms) {
        String iso = peopleBefore(tokens, i, lowest);
        if (iso == null && next >= 0) iso = peopleAfter(tokens, next, end);
        if (iso == null || ms.isEmpty()) return ms;
        List<Gazetteer.Match> in = new ArrayList<>();
        for (Gazetteer.Match m : ms) if (iso.equals(m.place().iso2())) in.add(m);
        return in.isEmpty() || in.size() == ms.size() ? ms : in;
    }

    /** The country of a people's apposition opening at token k: ", a Bangladeshi town", ", the Zambian border town". */
    private String peopleAfter(List<Token> tokens, int k, int end) {
        if (k + 2 >= end || !tokens.get(k).text().equals(",")) return null;
        int j = k + 1;
        String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
        if (!(w.equals("a") || w.equals("an") || w.equals("the"))) return null;
        j++;
        String p = tokens.get(j).text();
        String iso = !p.isEmpty() && Character.isUpperCase(p.charAt(0)) ? demonymCountry.get(NameNormalizer.fold(p)) : null;
        if (iso == null) return null;
        // the kind's word right after the people's word or after one more lower-case word ("border town")
        for (int n = j + 1; n < Math.min(end, j + 3); n++) {
            String x = tokens.get(n).text();
            if (x.isEmpty() || !Character.isLowerCase(x.charAt(0))) return null;
            if (PLACE_NOUNS.contains(x)) return iso;
        }
        return null;
    }

    private String peopleBefore(List<Token> tokens, int i, int lowest) {
        if (i - 1 < lowest) return null;
        String p = tokens.get(i - 1).text();
        String direct = Character.isUpperCase(p.isEmpty() ? 'x' : p.charAt(0)) ? demonymCountry.get(NameNormalizer.fold(p)) : null;
        if (direct != null) return direct;
        // "the Syrian city of X", "the Syrian border town of X": a people word at most two words before "of"
        if (!p.equalsIgnoreCase("of") || i - 2 < lowest
                || !PLACE_NOUNS.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT))) return null;
        for (int k = i - 3; k >= Math.max(lowest, i - 4); k--) {
            String w = tokens.get(k).text();
            String iso = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? demonymCountry.get(NameNormalizer.fold(w)) : null;
            if (iso != null) return iso;
        }
        return null;
    }

    /** Particles that join the two parts of Spanish and Portuguese place names ("San Juan de los Lagos", "Sao Jose dos Campos"). */
    private static final Set<String> ROMANCE_JOINS = Set.of("de", "del", "da", "do", "dos", "das");
    /** Articles that may follow such a particle ("de la", "de los"). */
    private static final Set<String> JOIN_ARTICLES = Set.of("la", "las", "los", "lo", "el");

    /**
     * Where a name ending before token {@code e} goes on with a particle ("de", "de los", "do") and capitalised words, one
     * space apart, the index after those words; else -1.
     */
    private static int romanceNameEnd(List<Token> tokens, int e, Sentence s) {
        if (e <= 0 || e >= s.endToken() || !ROMANCE_JOINS.contains(tokens.get(e).text())) return -1;
        int k = e + 1;
        if (k < s.endToken() && JOIN_ARTICLES.contains(tokens.get(k).text())) k++;
        int end = -1;
        for (int j = e; j < s.endToken() && j - e < MAX_TOKENS; j++) {
            if (tokens.get(j).start() - tokens.get(j - 1).end() != 1) break;
            if (j >= k && startsName(tokens.get(j)) && Character.isLetter(tokens.get(j).text().charAt(0))) end = j + 1;
            else if (j >= k) break;
        }
        return end;
    }

    /**
     * The name of tokens {@code c.firstToken()} to {@code end} with its particles left out, as a candidate, where the
     * gazetteer knows it so ("San Luis de Potosi": San Luis Potosí); else null.
     */
    private Candidate withoutParticles(Document doc, Candidate c, int end, Sentence s,
                                       java.util.Map<String, List<Gazetteer.Match>> lookups) {
        List<Token> tokens = doc.tokens();
        StringBuilder name = new StringBuilder(c.text());
        for (int j = c.endToken(); j < end; j++) {
            String w = tokens.get(j).text();
            if (startsName(tokens.get(j))) name.append(' ').append(w);
        }
        String folded = NameNormalizer.fold(name.toString());
        if (!gazetteer.hasExact(folded)) return null;
        String surface = doc.text().substring(c.span().start(), tokens.get(end - 1).end());
        List<Gazetteer.Match> exact = Disambiguator.filter(lookup(lookups, folded), Gazetteer.Match::exact);
        return new Candidate(new Span(c.span().start(), tokens.get(end - 1).end()), surface, c.firstToken(), end, folded,
                exact, suffix(tokens, end, s), modifier(tokens, c.firstToken(), end, s), -1, c.cued(), false);
    }

    /** How far after a name its qualifying units are sought, in tokens ("X de Y, La Guajira, Zulia state"). */
    private static final int UNIT_AFTER_TOKENS = 10;

    /**
     * The first part {@code c} of a longer name ending before token {@code end}, kept with only its settlements that
     * lie in a first-level unit named exactly within {@link #UNIT_AFTER_TOKENS} tokens after the name; null when
     * none does. The tokens up to {@code end} stay out of other names.
     */
    private Candidate shortNameInUnitAfter(String text, List<Token> tokens, Candidate c, int end, Sentence s,
                                           java.util.Map<String, List<Gazetteer.Match>> lookups) {
        String head = firstWord(c.folded());
        if (ROMANCE_SAINTS.contains(head) || SAINTS.contains(head.replace(".", "")) || ROMANCE_ARTICLES.contains(head)) return null;
        Set<String> units = new HashSet<>();
        int limit = Math.min(s.endToken(), end + UNIT_AFTER_TOKENS);
        for (int p = end; p < limit; p++) {
            if (!startsName(tokens.get(p))) continue;
            for (int q = p; q < Math.min(limit, p + 4); q++) {
                if (q > p && tokens.get(q).start() - tokens.get(q - 1).end() != 1) break;
                String folded = NameNormalizer.fold(text.substring(tokens.get(p).start(), tokens.get(q).end()));
                if (!gazetteer.hasExact(folded)) continue;
                for (Gazetteer.Match m : lookup(lookups, folded))
                    if (m.exact() && "admin1".equals(m.place().feature())) units.add(Disambiguator.admin1Key(m.place()));
            }
        }
        List<Gazetteer.Match> inUnits = Disambiguator.filter(c.matches(), m -> m.exact() && Gazetteer.isSettlement(m.place())
                && units.contains(Disambiguator.admin1Key(m.place())));
        return inUnits.isEmpty() ? null : c.withMatches(inUnits, c.institution());
    }

    private List<Gazetteer.Match> lookup(java.util.Map<String, List<Gazetteer.Match>> lookups, String folded) {
        List<Gazetteer.Match> ms = lookups.get(folded);
        if (ms == null) {
            ms = java.util.Collections.unmodifiableList(gazetteer.matchFolded(folded));
            lookups.put(folded, ms);
        }
        return ms;
    }

    /** Words that name a kind of natural feature or area, last in its name ("Danube Delta", "Mahim Bay"). */
    private static final Set<String> FEATURE_WORDS = Set.of("delta", "plateau", "midlands", "highlands", "lowlands",
            "valley", "bay", "square", "island", "islands", "lake", "river", "coast", "hills", "heights", "park",
            "springs", "falls", "point", "harbour", "harbor", "beach", "canyon", "basin", "mountains", "gulf", "sound",
            "strait", "peninsula", "desert", "forest", "plain", "plains", "central", "west", "east", "north", "south");

    /** Words after a name that make it a water body's or park's ("Mississippi River", "Zion National Park"). */
    private static final Set<String> WATER_AFTER = Set.of("river", "creek", "lake", "bay", "gulf", "sea", "ocean",
            "canal", "reservoir", "lagoon", "strait", "channel", "estuary",
            // ("Mayon volcano" is no Siberian town that lists "Mayon" among its names)
            "volcano");
    /** Words before a name (with "of" where given) that make it a water body's: "Lake Ontario", "Gulf of Alaska". */
    private static final Set<String> WATER_BEFORE = Set.of("lake", "gulf of", "bay of", "sea of", "lake of", "strait of");

    /**
     * Does the name between tokens i and end stand inside a water body's or a park's name the gazetteer does not know
     * ("Lake Ontario", "Kishwaukee River", "Gulf of Alaska", "Zion National Park")? The water is not the place: a
     * river runs through many units, a lake or gulf lies beside them, and the province's centre is far from both.
     */
    static boolean waterBody(List<Token> tokens, int i, int end, Sentence s) {
        if (end < s.endToken() && tokens.get(end).start() - tokens.get(end - 1).end() <= 1) {
            String next = tokens.get(end).text().toLowerCase(Locale.ROOT);
            if (WATER_AFTER.contains(next)) return true;
            if ((next.equals("national") || next.equals("state")) && end + 1 < s.endToken()
                    && tokens.get(end + 1).text().equals("Park")) return true;
        }
        if (i - 1 >= s.firstToken() && tokens.get(i - 1).text().equals("Lake")) return true;
        String last = tokens.get(end - 1).text().toLowerCase(Locale.ROOT);
        // "Gulf of Aden" read from "Gulf" (a province of Papua New Guinea), "Zion National Park" from "National Park"
        if (end - i == 1 && WATER_AFTER.contains(last) && end < s.endToken() && tokens.get(end).text().equals("of")) return true;
        if (last.equals("park") && end - i == 2 && i - 1 >= s.firstToken() && startsName(tokens.get(i - 1))
                && tokens.get(i).start() - tokens.get(i - 1).end() <= 1) return true;
        if (i - 2 >= s.firstToken() && tokens.get(i - 1).text().equals("of")) {
            String before = tokens.get(i - 2).text();
            return Character.isUpperCase(before.charAt(0)) && WATER_BEFORE.contains(before.toLowerCase(Locale.ROOT) + " of");
        }
        return false;
    }

    /** Capitalised words that end the name of a mountain range or hill country ("Nuba Mountains", "Chin Hills"). */
    private static final Set<String> RANGE_WORDS = Set.of("Mountains", "Mountain", "Mts", "Hills", "Range");

    /**
     * Does a capitalised range word follow a name whose readings (its exact ones, where it has any) are all settlements,
     * no unit and no curated area?
     */
    private static boolean rangeOfSettlementName(List<Token> tokens, int next, Sentence s, List<Gazetteer.Match> matches) {
        if (next >= s.endToken() || !RANGE_WORDS.contains(tokens.get(next).text())
                || tokens.get(next).start() - tokens.get(next - 1).end() != 1) return false;
        boolean anyExact = matches.stream().anyMatch(Gazetteer.Match::exact);
        for (Gazetteer.Match m : matches) {
            if (anyExact && !m.exact()) continue;
            if (Gazetteer.featureRank(m.place()) < 2 || m.place().gazetteerId().startsWith("sitrep:")) return false;
        }
        return true;
    }

    /** Capitalised words that end the name of a settlement ("Tennessee Colony", "Union Township", "Iowa City"). */
    static final Set<String> SETTLEMENT_NAME_WORDS = Set.of("colony", "township", "twp", "village", "city", "town");

    /**
     * Does a capitalised settlement word follow a name whose exact readings are all countries or admin units? Then
     * the words together name a settlement of their own ("Tennessee Colony"), which is none of those units.
     */
    static boolean unknownSettlementName(List<Token> tokens, int next, Sentence s, List<Gazetteer.Match> matches) {
        if (next >= s.endToken()) return false;
        Token t = tokens.get(next);
        if (!Character.isUpperCase(t.text().charAt(0)) || !SETTLEMENT_NAME_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) return false;
        boolean unit = false;
        for (Gazetteer.Match m : matches) {
            if (!m.exact()) continue;
            if (Gazetteer.featureRank(m.place()) == 2) return false;
            unit = true;
        }
        return unit;
    }

    /**
     * The exact readings of the longest place name inside a span of several words that is itself no place: an
     * organisation, a building or an event named after where it is ("University of California", "Tipperary County
     * Council", "Dubai World Cup"). The inner name starts and ends with a capitalised word; a single word must be no
     * stop word, ordinary English word or not-place word. Empty when none.
     */
    List<Gazetteer.Match> containedName(String text, List<Token> tokens, int ft, int et) {
        for (int len = et - ft - 1; len >= 1; len--) {
            for (int i = ft; i + len <= et; i++) {
                Token a = tokens.get(i), b = tokens.get(i + len - 1);
                if (!startsName(a) || !startsName(b)) continue;
                String sub = NameNormalizer.fold(text.substring(a.start(), b.end()));
                // a last word that says what kind of feature is named ("Danube Delta", "Central Plateau", "West
                // Midlands") is no place of its own, whatever unit happens to bear it
                if (i > ft && i + len == et && FEATURE_WORDS.contains(sub)) continue;
                if (sub.isEmpty()) continue;
                if (len == 1 && (a.text().length() < 3 || notPlaces.contains(sub) || stopWords.contains(sub))) continue;
                List<Gazetteer.Match> exact = new ArrayList<>();
                boolean sizeable = false;
                for (Gazetteer.Match m : gazetteer.matchFolded(sub)) {
                    if (!m.exact()) continue;
                    exact.add(m);
                    sizeable |= Gazetteer.featureRank(m.place()) < 2 || m.place().population() >= 50_000;
                }
                // a common word ("Mission", "Union") counts only as the name of a country, unit or city
                if (len == 1 && englishWords.contains(sub) && !sizeable) continue;
                if (!exact.isEmpty()) return exact;
            }
        }
        return List.of();
    }

    private static boolean startsName(Token t) {
        String x = t.text();
        if (x.isEmpty()) return false;
        char c = x.charAt(0);
        if (Character.isUpperCase(c)) return true;
        return c >= 0x0600 && c <= 0x06FF && Character.isLetter(c);
    }

    /**
     * Does the name open a byline: "By" or "BY" opening a sentence (or after a full stop the splitter kept), the name
     * right after it, and a capitalised surname right after the name ("BY CHAD HOLLOWAY", "By Jordan Pike")? ("By
     * Sunday", "By Syria's count" are no bylines.)
     */
    private static boolean bylineName(List<Token> tokens, Candidate c, Sentence s) {
        int by = c.firstToken() - 1;
        if (by < s.firstToken() || c.endToken() >= s.endToken() || c.endToken() - c.firstToken() != 1) return false;
        String b = tokens.get(by).text();
        if (!b.equals("By") && !b.equals("BY")) return false;
        boolean opens = isOpening(tokens, by, s) || tokens.get(by - 1).text().equals(".");
        Token surname = tokens.get(c.endToken());
        return opens && surname.text().length() > 1 && surname.text().chars().allMatch(Character::isLetter)
                && startsName(surname) && surname.start() - tokens.get(c.firstToken()).end() == 1;
    }

    /**
     * Does a title's abbreviation, split from its full stop, stand right before token i ("Mrs. Lincoln", "Mr. Guay",
     * "Sen. Grant")? The name after it is a person's.
     */
    private static boolean titleAbbreviationBefore(List<Token> tokens, int i, Sentence s) {
        // (across the sentence's start: a splitter may end a sentence at the title's full stop)
        if (i - 2 < 0) return false;
        Token dot = tokens.get(i - 1), title = tokens.get(i - 2);
        return dot.text().equals(".") && dot.start() == title.end()
                && TITLES.contains(title.text().toLowerCase(Locale.ROOT)) && !title.text().equalsIgnoreCase("st");
    }

    /**
     * A lower-case word an apostrophe joins to a name: the elided article of "Côte d'Ivoire" and "Val d'Oise", the
     * possessive of "People's Republic of China" and "Martha's Vineyard" (token, apostrophe and word touching).
     */
    private static boolean apostropheWord(List<Token> tokens, int j) {
        String x = tokens.get(j).text();
        if (x.equals("d") || x.equals("l")) {
            return j + 2 < tokens.size() && isApostrophe(tokens.get(j + 1)) && tokens.get(j + 1).start() == tokens.get(j).end()
                    && tokens.get(j + 2).start() == tokens.get(j + 1).end() && startsName(tokens.get(j + 2));
        }
        return j >= 2 && (x.equals("s") || innerMarkWord(x, tokens.get(j - 2).text())) && isApostrophe(tokens.get(j - 1))
                && tokens.get(j - 1).start() == tokens.get(j - 2).end() && tokens.get(j).start() == tokens.get(j - 1).end();
    }

    /** Is token j the rest of a word split at an ayn mark ("Sana'a"), not a possessive's "s"? */
    private static boolean restAfterMark(List<Token> tokens, int j) {
        return j >= 2 && isApostrophe(tokens.get(j - 1)) && !tokens.get(j).text().equals("s") && apostropheWord(tokens, j);
    }

    /** The ends of English contractions ("I'll", "don't", "we've"), which no ayn mark splits. */
    private static final Set<String> CONTRACTIONS = Set.of("s", "ll", "m", "ve", "d", "re", "t");

    /**
     * The lower-case rest of a transliterated word after an ayn or hamza mark ("Sana'a", "Ma'arrat", "Nu'man"): the
     * tokenizer splits the word at the mark. Not a contraction's end, nor after "I" ("I'll"); after another capital
     * letter it is a West African name's prenasal "N'" ("Fada N'gourma").
     */
    private static boolean innerMarkWord(String x, String before) {
        return !x.isEmpty() && x.length() <= 8 && x.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') && !CONTRACTIONS.contains(x)
                && (before.length() >= 2 || before.length() == 1 && Character.isUpperCase(before.charAt(0)) && !before.equals("I"));
    }

    private static boolean isApostrophe(Token t) {
        String x = t.text();
        // (the grave accent and the opening quote stand for ayn in romanised Arabic: GeoNames writes "Ma`arrat an Nu`man")
        return x.equals("'") || x.equals("’") || x.equals("`") || x.equals("‘");
    }

    /**
     * "D-W", "R-N": single letters joined by hyphens, which the gazetteer may list as some place's code, are in running
     * text a party and a state's initial ("D-W. Va."), never a name.
     */
    private static boolean hyphenedLetters(String surface) {
        if (surface.indexOf('-') < 0) return false;
        for (String w : surface.split("-")) if (w.strip().length() > 1) return false;
        return true;
    }

    /**
     * The index of the Persian ezafe right before token j, glued to the word before it by a hyphen ("Shar-e Naw",
     * "Qala-i-Naw": the "e", the "i"), or -1.
     */
    private static int ezafeBefore(List<Token> tokens, int j) {
        int k = j - 1;
        if (k < 2) return -1;
        if (tokens.get(k).text().equals("-") && tokens.get(k).start() == tokens.get(k - 1).end()
                && tokens.get(j).start() == tokens.get(k).end()) k--; // "-i-Naw": the ezafe glued on both sides
        else if (tokens.get(j).start() - tokens.get(k).end() != 1) return -1;
        if (k >= 2 && NameNormalizer.EZAFE_WORDS.contains(tokens.get(k).text()) && hyphenTail(tokens, k)) return k;
        // "Dara i Sufi Bala": the ezafe "i" written apart, between two capitalised words ("e" apart is as often a
        // Romance "and": "Sao Tome e Principe")
        Token z = tokens.get(k), before = tokens.get(k - 1);
        boolean spaced = SPACED_EZAFE.contains(z.text()) && z.start() - before.end() == 1 && startsName(before)
                && startsName(tokens.get(j)) && Character.isLetter(before.text().charAt(0));
        return spaced ? k : -1;
    }

    /** Ezafe words written as words of their own ("Dara i Sufi"). */
    private static final Set<String> SPACED_EZAFE = Set.of("i", "ye", "yi");

    /** Is token j a lower-case word glued to a hyphen glued to the word before it ("Ra-|ngae")? */
    private static boolean hyphenTail(List<Token> tokens, int j) {
        if (j < 2) return false;
        Token t = tokens.get(j), dash = tokens.get(j - 1), before = tokens.get(j - 2);
        return !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0)) && dash.text().equals("-")
                && dash.start() == before.end() && t.start() == dash.end();
    }

    private static boolean isDigitToken(Token t) { return !t.text().isEmpty() && Character.isDigit(t.text().charAt(0)); }

    private boolean acceptMulti(Candidate c, List<Token> tokens, Sentence s, boolean exact, boolean close) {
        // the humanitarian movement, in every conflict story, not the hamlets named after it
        if (ORGANISATIONS.contains(c.folded()) || CITY_SIDE.matcher(c.folded()).matches()) return false;
        String head = NameNormalizer.fold(tokens.get(c.firstToken()).text());
        // (the first word whole where the tokenizer split it at an ayn mark: "Ma'arrat", not "Ma")
        int f = c.firstToken();
        if (f + 2 < c.endToken() && restAfterMark(tokens, f + 2))
            head = NameNormalizer.fold(tokens.get(f).text() + tokens.get(f + 2).text());
        // "the White House", "the Red Cross": ordinary words after "the" that only small towns bear as their name
        // are a building or a body
        if (c.firstToken() > s.firstToken() && tokens.get(c.firstToken() - 1).text().equals("the") && allOrdinaryWords(c.folded()) && onlySmallTowns(c)
                && BUILDING_HEADS.contains(c.folded().substring(c.folded().lastIndexOf(' ') + 1))) return false;
        if (notPlaces.contains(head)) {
            // "Bashar al-Assad", "Sunday Iraqi", "State of Iraq"; but "The Hague" and "Red Sea" name places, and so do
            // Romance names with their article ("La Plata", "La Serena") when spelt exactly and sizeable or cued
            if (exact && ROMANCE_ARTICLES.contains(head) && (kindOf(c) != GeoKind.SMALL || c.cued())) return true;
            // "New London", "North Little Rock", "Union City", "Red Deer": a word that is no place alone opens the
            // exact own name of one (an alias or a loose spelling is not enough: "State of Iraq", "Sunday Iraqi")
            // "the Old City", "the New Town" of whatever city the text is about are quarters, not the few places so named
            if (GENERIC_QUARTERS.contains(c.folded())) return false;
            // "in General Santos, South Cotabato": a title that opens the exact own name of a city, in a place's slot
            // (after a place preposition or a comma, before a comma and the capitalised unit); "General Santos said" or
            // "Colonel Cruz and General Santos" stay a person
            if (exact && TITLES.contains(head) && ownNameMatch(c) && kindOf(c) == GeoKind.CITY
                    && c.firstToken() > s.firstToken() && c.endToken() + 1 < s.endToken()
                    && (afterPlacePreposition(tokens, c.firstToken(), s) || tokens.get(c.firstToken() - 1).text().equals(","))
                    && tokens.get(c.endToken()).text().equals(",") && startsName(tokens.get(c.endToken() + 1))) return true;
            // "in Post Falls", "Post Falls, Idaho": any such word opens a town's exact own name in a place's slot
            // (not where the name goes on: "at The Colony Theatre"; titles open persons' names, above)
            boolean placeSlot = !TITLES.contains(head) && (c.cued() || qualifiedByUnit(c, tokens, s))
                    && !(c.endToken() < s.endToken() && startsName(tokens.get(c.endToken())));
            // (or an exact name that says what it is: "in Sadr City", Baghdad's quarter whose own name is the older one)
            // (or a close spelling of such a name of several words in a place's slot: "in 'Ali Husain (Wasit)" for 'Ali
            // Husayn, a person's name opening a village's)
            if (!(exact && (NAME_OPENERS.contains(head) || placeSlot) && (ownNameMatch(c) || selfDescribed(c)))
                    && !(close && placeSlot && c.endToken() - c.firstToken() > 1))
                // "British Columbia", "DR Congo": the whole of a country's or admin1 unit's name or alias
                // (or, in a qualifier's slot, a second-level unit's: "Catarman (Northern Samar)", "X, Northern Samar")
                return exact && (head.equals("the") && kindOf(c) != GeoKind.SMALL || curated(c) || exactUnit(c)
                        || qualifierSlot(tokens, c.firstToken(), s) && exactSecondLevelUnit(c));
        }
        GeoKind kind = kindOf(c);
        if (kind == GeoKind.SMALL || kind == GeoKind.CITY && !exact) {
            // a person: "chief Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi" (the name goes on past the match)
            if (c.firstToken() > s.firstToken()
                    && TITLES.contains(tokens.get(c.firstToken() - 1).text().toLowerCase(Locale.ROOT).replace(".", ""))) return false;
            if (NAME_PARTICLES.contains(head) && nameContinues(tokens, c.endToken(), s)) return false;
        }
        if (exact) return true;
        // "in Ceel Buur town", "in Petion-Ville": the name spelt as a place's but for a space or hyphen, after a place
        // cue or before a settlement word (whatever its last word names elsewhere: "in Nabi Saleh village")
        // (or, for a city of 100,000, anywhere: "fled toward Petion-Ville", "gangs attacked Petion-Ville")
        if (close && (afterPlacePreposition(tokens, c.firstToken(), s) || strongCue(tokens, c.firstToken(), s)
                || SETTLEMENT_SUFFIX.contains(c.suffix()) || closeFormOfCity(c)) && core(c.folded()).length() >= 5
                && !(c.endToken() < s.endToken() && startsName(tokens.get(c.endToken())))) return true;
        if (notPlaces.contains(NameNormalizer.fold(tokens.get(c.endToken() - 1).text()))) return false; // "Fresh Russian"
        // a skeleton-only match of several words: specific enough, and where names are transliterated (four consonants
        // do where the first word is the place's own and only the rest is spelt otherwise: "Deir el-Zour", "Deir Zor"
        // for Deir ez-Zor)
        int consonants = NameNormalizer.skeletonOfFolded(c.folded()).length();
        if (consonants < 4 || consonants == 4 && !sameFirstWordTransliterated(c)) return false;
        // as many words as the place's name: "Alexander Novak" is not Oleksandrynivka
        boolean sameWords = false;
        int words = contentWords(c.folded());
        // (or the place's whole name ends the text's: "Maarat Umm Hawsh", see plausibleVariants)
        for (Gazetteer.Match m : c.matches()) {
            if (contentWords(NameNormalizer.fold(m.place().name())) == words || endsWithWholeName(c.folded(), m.place())) { sameWords = true; break; }
        }
        if (!sameWords) return false;
        for (Gazetteer.Match m : c.matches()) if (GazetteerBuilder.transliterated(m.place().iso2())) return true;
        return false;
    }

    /**
     * Does some transliterated reading's name open with the text's first word, as many words long as the text? (A
     * doubled letter is one, "Jal el Dib" is Jall Al Dieb.) A head word that opens many names says little by itself:
     * there the head words must be spellings of one word and the rest of the name the same but for its vowels and
     * article ("Tal al-Abyad" is Tall Abyad; "Tal Jamu" is no Tall Jimah). A leading article is no first word.
     */
    private static boolean sameFirstWordTransliterated(Candidate c) {
        // (after a leading article: "Nabi Saleh" is An Nabi Salih)
        String text = NameNormalizer.withoutArticle(c.folded());
        String first = firstWord(text);
        String head = HEAD_WORD_SPELLINGS.get(first);
        String rest = head == null ? null : VariantMatcher.light(text.substring(first.length()).strip());
        if (head == null) first = NameNormalizer.collapseRepeats(first);
        int words = contentWords(c.folded());
        // (an article and one word: that word spelt but for one vowel, "Al Karablah" for Al Karabilah)
        String one = words == 1 ? VariantMatcher.light(text) : null;
        for (Gazetteer.Match m : c.matches()) {
            if (!GazetteerBuilder.transliterated(m.place().iso2())) continue;
            String name = NameNormalizer.withoutArticle(NameNormalizer.fold(m.place().name()));
            String own = firstWord(name);
            if (contentWords(name) != words) continue;
            if (one != null) {
                String b = VariantMatcher.light(name);
                if (!b.isEmpty() && !one.isEmpty() && b.charAt(0) == one.charAt(0) && VariantMatcher.distance(one, b) <= 1) return true;
            } else if (head != null) {
                if (head.equals(HEAD_WORD_SPELLINGS.get(own))
                        && rest.equals(VariantMatcher.light(name.substring(own.length()).strip()))) return true;
            } else if (NameNormalizer.collapseRepeats(own).equals(first)) return true;
        }
        return false;
    }

    /** Does the candidate stand last in a bracketed list of names, after a comma and right before ")"? */
    private static boolean closesBracketChain(List<Token> tokens, Candidate c, Sentence s) {
        int after = c.endToken();
        if (after >= s.endToken() || !tokens.get(after).text().equals(")")) return false;
        int open = chainOpening(tokens, c.firstToken() - 1);
        return open >= s.firstToken() && startsName(tokens.get(open + 1));
    }

    /**
     * The "(" that opens a bracketed chain whose comma stands at token {@code comma} ("(Yunyoo, North East": the
     * bracket before Yunyoo), at most eight tokens back and with a name between; -1 where there is none.
     */
    private static int chainOpening(List<Token> tokens, int comma) {
        if (comma < 1 || !tokens.get(comma).text().equals(",")) return -1;
        int t = comma - 1;
        while (t > comma - 8 && t > 0 && !tokens.get(t).text().equals("(") && !tokens.get(t).text().equals(")")) t--;
        return t > 0 && tokens.get(t).text().equals("(") && t + 1 < comma ? t : -1;
    }

    private boolean acceptSingle(Candidate c, List<Token> tokens, Sentence s, Set<String> lowerWords, boolean exact, boolean close) {
        Token t = tokens.get(c.firstToken());
        String f = c.folded();
        if (t.text().length() == 2 && exact && stateAbbreviation(c, tokens, s)) return true;
        // "the UK's exit", "the EU had agreed": a country's or union's two-letter short form in capitals, used as a
        // noun, amid words that are not themselves in capitals (a headline in capitals may say "US" for the pronoun)
        if (exact && countryCode(tokens, c.firstToken(), s) && shortFormCountry(tokens, c.firstToken()) != null) return true;
        // "Salem, TN", "in Salem city": a word that is mostly a person's name names a sizeable town of its own name when
        // the unit that holds the town follows it, or after a place preposition with "city" or "town"
        // "Tripoli (Tripoli, North)": a word that closes a bracketed chain of places names the unit they lie in
        if (notPlaces.contains(f) && exact && closesBracketChain(tokens, c, s)
                && c.matches().stream().anyMatch(m -> m.exact() && "admin1".equals(m.place().feature()))) return true;
        // ("the wards of Salem city", "hospitals in Salem and Namakkal": a city's word after it, or a place
        // preposition and a list that goes on with another name)
        if (notPlaces.contains(f) && !(exact && ownNameMatch(c) && (qualifiedByUnit(c, tokens, s) || capsDateline(c, tokens, s)
                || kindOf(c) == GeoKind.CITY && (c.suffix().equals("city") || c.suffix().equals("town")
                    || afterPlacePreposition(tokens, c.firstToken(), s) && listGoesOn(tokens, c.endToken(), s))))) return false;
        if (stopWords.contains(f) && !(c.cued() && kindOf(c) != GeoKind.SMALL)) return false;
        // "the Kilo 16 area", "Sector 7": a word numbered is the name of a zone, not a place the word is an alias of
        // (a town or a unit of the very name stays: "Paris 2024", "Idlib 2020")
        if (c.endToken() < s.endToken() && isDigitToken(tokens.get(c.endToken())) && !sizeableOwnName(c)) return false;
        boolean arabicScript = t.text().charAt(0) >= 0x0600 && t.text().charAt(0) <= 0x06FF;
        if (!arabicScript && t.text().length() < 3) return false;
        if (arabicScript) return exact; // no capitals to go by: exact names only, minus the stop list
        // "BY CHAD HOLLOWAY Staff Reporter", "By Jordan Pike": a byline's first word is the writer's given name
        if (bylineName(tokens, c, s)) return false;
        boolean allCaps = allCapitals(t.text());
        GeoKind best = kindOf(c);
        if (allCaps && t.text().length() <= 5) {
            // a dateline in capitals opening the story: "PATNA: Police ...", "AMMAN — Five people ...", "CALI, Colombia —"
            // ("ADRÉ, Chad —", "BOL, Chad —": any town of the country the dateline names; "KIEV, April 7 —": a big
            // city's other name, in a dateline with its date)
            // ("JENIN, West Bank (Reuters) -": any settlement, with the wire's agency in brackets before the dash)
            if (exact && capsDateline(c, tokens, s) && (sizeableTownOfOwnName(c) || qualifiedByCountry(c, tokens, s)
                    || t.text().length() >= 4 && bigCity(c) && datelineGivesDate(c, tokens, s)
                    || t.text().length() >= 4 && agencyBeforeDash(tokens, c.endToken(), s)
                        && c.matches().stream().anyMatch(m -> m.exact() && Gazetteer.featureRank(m.place()) == 2))) return true;
            // acronyms: only country abbreviations ("US", "UK", "UAE", "DRC")
            return exact && best == GeoKind.COUNTRY;
        }
        // a word in capitals is an organisation's acronym ("MONUSCO") unless a place is spelt exactly so ("HOMS")
        if (allCaps && !exact) return false;
        // "Mid", "Wal", "Den", "Sam": a short word that is only an alias of some place (an airport's code among its
        // names) is that word, not the place; a state's or country's short form with its full stop ("Ky.", "Neb.")
        // stays
        boolean shortForm = c.endToken() < tokens.size() && tokens.get(c.endToken()).text().equals(".")
                && tokens.get(c.endToken()).start() == t.end() && c.matches().stream().anyMatch(m -> m.exact()
                && ("admin1".equals(m.place().feature()) || "country".equals(m.place().feature())));
        if (!allCaps && t.text().length() <= 3 && exact && !ownNameMatch(c) && !shortForm) return false;
        // "SoG", "TfL", "MoD": a short word with a capital after its first letter is an acronym written in mixed case,
        // not a place's name (names with inner capitals are longer: "McAllen", "DeKalb"); country short forms stay
        if (mixedCaseAcronym(t.text())) return exact && best == GeoKind.COUNTRY;
        // "MPs", "IDPs", "NGOs": an acronym's plural, not a place that lists it as a short form
        if (pluralAcronym(t.text())) return false;
        // a title's abbreviation is no place ("Rep. Torrey Westrom", "Sen. Finance Committee", "Rev. Roy Jones")
        if (TITLES.contains(f) && c.endToken() < s.endToken() && tokens.get(c.endToken()).text().equals(".")
                && tokens.get(c.endToken()).start() == t.end()) return false;
        boolean sentenceStart = c.firstToken() == s.firstToken() || isOpening(tokens, c.firstToken(), s);
        if (lowerWords.contains(f) && !c.cued()) return false; // "many", "mansoura" used as ordinary words here
        if (sentenceStart && !exact) return false;
        if (titleAbbreviationBefore(tokens, c.firstToken(), s)) return false;
        // part of a person's or an organisation's name: "Jordan Henderson", "Mr Hama"
        boolean titleCase = titleCase(tokens, s);
        if (c.firstToken() > s.firstToken()) {
            Token prev = tokens.get(c.firstToken() - 1);
            String p = prev.text().toLowerCase(Locale.ROOT).replace(".", "");
            if (TITLES.contains(p)) return false;
            // a surname after a first name and a middle initial: "Terry A. Corbin", "Ashley L. Evens"
            if (p.isEmpty() && c.firstToken() - 3 >= s.firstToken() && tokens.get(c.firstToken() - 1).text().equals(".")) {
                Token initial = tokens.get(c.firstToken() - 2), given = tokens.get(c.firstToken() - 3);
                if (initial.text().length() == 1 && Character.isUpperCase(initial.text().charAt(0))
                        && given.text().length() > 1 && startsName(given) && initial.start() - given.end() == 1) return false;
            }
            if (prev.text().length() == 2 && prev.text().charAt(1) == '.' && Character.isUpperCase(prev.text().charAt(0))
                    && c.firstToken() - 2 >= s.firstToken()) {
                Token given = tokens.get(c.firstToken() - 2);
                if (given.text().length() > 1 && startsName(given) && prev.start() - given.end() == 1) return false;
            }
            // a province may follow a people's name ("Iraqi Kurdistan"), a village never ("spokesman Saad Maan")
            // (a possessive ends the name before it: "Saudi Arabia's Abha airport")
            if (!titleCase && startsName(prev) && t.start() - prev.end() <= 1 && !FUNCTION_WORDS.contains(p)
                    && !DIRECTIONS.contains(p) && best != GeoKind.COUNTRY && possessiveEnding(prev.text()) == 0
                    && !(best == GeoKind.ADMIN1 && (demonyms.contains(NameNormalizer.fold(p)) || !c.matches().get(0).exact()
                         || c.matches().get(0).place().population() >= 1_000_000))) return false;
            // "the Rogers Centre", "a Detention Centre", "Danube Delta": a generic word for a kind of place or area,
            // glued to a capitalised word before it, is the head noun of a longer name (a building, a body, a
            // feature), not the region some country calls "Centre", "Delta" or "Plateau"
            if (!titleCase && best != GeoKind.COUNTRY && (GENERIC_HEADS.contains(f) || FEATURE_WORDS.contains(f)
                    || COMPASS_WORDS.contains(f)) && gluedAfterName(tokens, c.firstToken(), s))
                return false;
            // "St. Patrick's Day", "St. Mary's": the name after a saint's title is the saint's, not a place
            if (SAINTS.contains(p) || prev.text().equals(".") && c.firstToken() - 2 >= s.firstToken()
                    && SAINTS.contains(tokens.get(c.firstToken() - 2).text().toLowerCase(Locale.ROOT))) return false;
            // "Mall of Asia", "Summit of the Americas", "Council of Europe": a continent or world region after a
            // capitalised noun and "of" names an organisation, building or event, which lies somewhere in it
            if (!titleCase && worldRegion(c) && ofName(tokens, c.firstToken(), s)) return false;
            // "the Chamber of Commerce", "the Ministry of Industry": an ordinary word that is only some small town's
            // name, after a body's noun and "of", completes the body's name (not "Wethington of McLean")
            if (best == GeoKind.SMALL && englishWords.contains(f) && onlySmallTowns(c) && ofName(tokens, c.firstToken(), s)
                    && BODY_NOUNS.contains(tokens.get(c.firstToken() - (tokens.get(c.firstToken() - 1).text().equals("the") ? 3 : 2))
                    .text().toLowerCase(Locale.ROOT))) return false;
            // the tail of a longer Arabic name that did not match as a whole: "bin Salman", "al-Assad"
            String pn = p.equals("-") && c.firstToken() - 2 >= s.firstToken()
                    ? tokens.get(c.firstToken() - 2).text().toLowerCase(Locale.ROOT) : p;
            if (NAME_PARTICLES.contains(pn)) return false;
        }
        if (c.endToken() < s.endToken()) {
            Token next = tokens.get(c.endToken());
            String nx = next.text().toLowerCase(Locale.ROOT);
            // "Shakhta imeni Gagarina", "Kolkhoz imeni Lenina": "named after" makes the word the head of a longer name
            if (nx.equals("imeni")) return false;
            // "the Summit of the Americas", "the Bank of Ireland": an ordinary word that is some small town's name,
            // before "of" and a capitalised name, heads the name of an event or a body
            if (best == GeoKind.SMALL && nx.equals("of") && englishWords.contains(f) && c.endToken() + 1 < s.endToken()
                    && (startsName(tokens.get(c.endToken() + 1)) || tokens.get(c.endToken() + 1).text().equals("the")))
                return false;
            // "Palais des Nations", "Place de la Concorde": a village's name before a Romance particle and a
            // capitalised word is the head of a longer name that did not match as a whole
            if (best == GeoKind.SMALL && ROMANCE_PARTICLES.contains(nx) && next.start() - t.end() <= 1
                    && c.endToken() + 1 < s.endToken() && (startsName(tokens.get(c.endToken() + 1))
                    || ROMANCE_ARTICLES.contains(tokens.get(c.endToken() + 1).text().toLowerCase(Locale.ROOT))))
                return false;
            // "Russia said": an actor, not a place; "Clary said", "Wynne told reporters": a person (but "residents in
            // Sligo say": a cue word puts a small place before the speakers' verb)
            // ("officials in Mykolaiv said": after a place preposition the name is where the speakers are)
            // ("Ondo, Edo and Bauchi states": the last item of a list of units, before their plural word)
            boolean unitWord = nx.equals("states") && c.firstToken() > s.firstToken()
                    && Set.of("and", "or", ",").contains(tokens.get(c.firstToken() - 1).text().toLowerCase(Locale.ROOT));
            // ("the governor of Guerrero said", "workers in the city of Antofagasta said", "counties around Atlanta
            // said": the speakers are the head noun's, the name is where they are)
            // ("residents of Lice and neighbouring Kulp said": the last of a list of such places)
            if (SPEECH.contains(nx) && !unitWord && !placeSlot(tokens, c.firstToken(), s) && !lastOfPlaceList(tokens, c.firstToken(), s)
                    && (best != GeoKind.SMALL || !c.cued())) return false;
            // "in Tijuana Baja California": the capitalised words after the name are the unit it lies in, not the rest
            // of a longer name
            // "(Khartoum North)", "in Lahore East,": a compass word after a city, ending the name, names a part of it
            boolean cityPart = exact && MAIN_COMPASS.contains(nx) && c.matches().stream().anyMatch(m -> m.exact()
                    && !isUnit(m.place()) && m.place().population() >= 50_000)
                    && (c.endToken() + 1 >= s.endToken() || !startsName(tokens.get(c.endToken() + 1)));
            // "in Sehwan Sharif town", "in Pakpattan Sharif (Punjab)": the shrine town's honorific after its name, in a
            // place's slot (before a settlement word or a bracketed qualifier); "in Nawaz Sharif's party" stays a person
            boolean honorific = exact && HONORIFICS.contains(nx) && afterPlacePreposition(tokens, c.firstToken(), s)
                    && c.endToken() + 1 < s.endToken() && (SETTLEMENT_SUFFIX.contains(tokens.get(c.endToken() + 1).text().toLowerCase(Locale.ROOT))
                    || tokens.get(c.endToken() + 1).text().equals("("));
            if (!titleCase && startsName(next) && next.start() - t.end() <= 1 && c.suffix().isEmpty() && !cityPart && !honorific
                    && !isNameWord(next) && !facilityAhead(tokens, c.endToken(), s)
                    && !(exact && afterPlacePreposition(tokens, c.firstToken(), s) && unitAfter(c, tokens, c.endToken(), s))) {
                return false;
            }
        }
        if (!exact && possessive(tokens, c.endToken(), s)) return false; // "Baghdadi's" (a person), not Baghdad
        // "Tariq al-Bab", "Hayy al-Sukkari": the name goes on with an Arabic article and a capitalised word, and the
        // whole did not match; its first word alone is no small place elsewhere (a Yemeni hamlet "at-Tariq")
        if ((best == GeoKind.SMALL || !exact) && c.endToken() < s.endToken()
                && tokens.get(c.endToken()).start() - t.end() <= 1 && articleLed(tokens, c.endToken(), s) >= 0) return false;
        if (!exact && englishWords.contains(f)) return false; // "Command" is not Komenda
        // (a continent or world region the gazetteer curates is no ordinary word: "Africa accounts for", "Asia's growth")
        if (exact && best == GeoKind.SMALL && !c.cued() && englishWords.contains(f) && !worldRegion(c)) return false; // "Mission", "Bottom"
        // "Bus Attack Kills Five", "Blast hits market": an ordinary English word that some place has only as a
        // by-name (Batumi's "Bus", Plast's "Blast") is that word, even after "near" ("Blast Near Bus Convoy"), unless
        // "the town of" or "village" says a settlement is named
        // (the frequent-word list holds the names Wikipedia writes often: "to Galway", "in Cologne" after a place
        // preposition in running text is the city of 50,000 known by that English name)
        if (exact && !strongCue(tokens, c.firstToken(), s) && best != GeoKind.COUNTRY && best != GeoKind.ADMIN1
                && commonWord(f) && onlyByName(c) && !(cityByEnglishName(c, tokens, s) && !stopWords.contains(f))) return false;
        if (!exact) {
            // "in Bossaso", "in Bhitshah town": a place's own spelling but for doubled letters or a space, after a cue,
            // in any country (a loose transliteration variant is trusted only where names are transliterated)
            // ("residents of Jamla said": people of a place are named after it)
            if (close && (afterPlacePreposition(tokens, c.firstToken(), s) || strongCue(tokens, c.firstToken(), s)
                    || residentsOf(tokens, c.firstToken(), s)) && core(f).length() >= 5) return true;
            // skeleton-only single words ("Sheikhoun"): need a cue, a specific skeleton, and a place where names
            // reach English through transliteration (Arabic or Cyrillic script countries)
            if (!c.cued() || NameNormalizer.skeletonOfFolded(f).length() < 4) return false;
            for (Gazetteer.Match m : c.matches()) if (GazetteerBuilder.transliterated(m.place().iso2())) return true;
            return false;
        }
        // (a small place opening a sentence is a place when the unit that holds it follows: "COVINGTON, Ky. (AP) --",
        // a wire dateline; "Brandon, Minn., police said")
        // ("Olanchito, Honduras - Armed men ...": its country; "Bhamo, a trading town on the Irrawaddy": an apposition
        // that calls it a settlement)
        // ("TULKARM (Reuters) -", "JENIN, West Bank (AP) —": a wire dateline in capitals)
        if (best == GeoKind.SMALL && !c.cued() && sentenceStart && !qualifiedByUnit(c, tokens, s)
                && !qualifiedByCountry(c, tokens, s) && !Appositions.settlementAt(tokens, c.endToken(), s.endToken())
                && !(allCapitals(c.text().replace(" ", "")) && capsDateline(c, tokens, s))) return false;
        // "the Canadian capital", "Jordanian troops": a people's word is a town of that name only right after a
        // place preposition ("in Canadian, Texas")
        if (best != GeoKind.COUNTRY && best != GeoKind.ADMIN1 && demonyms.contains(f) && !afterPlacePreposition(tokens, c.firstToken(), s))
            return false;
        return true;
    }

    /** Generic words for a kind of place that some unit bears as its name ("Centre" in France, "Capital" in Bahrain). */
    private static final Set<String> GENERIC_HEADS = Set.of("centre", "center", "capital", "federal", "mission",
            "union", "lakes", "littoral", "metropolitan", "district", "territory", "municipality", "mall");

    /**
     * Is token i a two-letter word in capitals ("US", "UK") used as a noun, whose neighbours in the sentence are no
     * words in capitals? A text in capitals writes the pronoun "US" so. As a noun, the short form ends a phrase ("in
     * the UK.", "the UK's exit", "the US and Canada", "the UK said"); before another noun ("US forces", "a UK
     * minister") it says whose, as "American" does, not where.
     */
    private static boolean countryCode(List<Token> tokens, int i, Sentence s) {
        String x = tokens.get(i).text();
        if (x.length() != 2 || !Character.isUpperCase(x.charAt(0)) || !Character.isUpperCase(x.charAt(1))) return false;
        if (i + 1 < s.endToken()) {
            String n = tokens.get(i + 1).text();
            boolean word = !n.isEmpty() && Character.isLetter(n.charAt(0));
            if (word && !FUNCTION_WORDS.contains(n.toLowerCase(Locale.ROOT)) && !SPEECH.contains(n.toLowerCase(Locale.ROOT))
                    && !NOUN_FOLLOWERS.contains(n.toLowerCase(Locale.ROOT))) return false;
            if (n.equals("-") && tokens.get(i + 1).start() == tokens.get(i).end()) return false; // "US-led"
        }
        for (int k = Math.max(s.firstToken(), i - 2); k < Math.min(s.endToken(), i + 3); k++) {
            if (k == i) continue;
            String w = tokens.get(k).text();
            if (w.length() >= 3 && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * The country a two-letter short form in capitals names ("US", "UK": the exact country reading of the word), when
     * no word in capitals stands within two tokens of it (a text in capitals writes the pronoun "US" so); else null.
     */
    GeoPlace shortFormCountry(List<Token> tokens, int i) {
        String x = tokens.get(i).text();
        if (x.length() != 2 || !Character.isUpperCase(x.charAt(0)) || !Character.isUpperCase(x.charAt(1))) return null;
        for (int k = Math.max(0, i - 2); k < Math.min(tokens.size(), i + 3); k++) {
            String w = tokens.get(k).text();
            if (k != i && w.length() >= 3 && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT))) return null;
        }
        for (Gazetteer.Match m : gazetteer.matchFolded(NameNormalizer.fold(x)))
            if (m.exact() && unionOrCountry(m.place())) return m.place();
        return null;
    }

    /** A country, or a union of countries the gazetteer curates as a region of its own ("EU" is the European Union). */
    private static boolean unionOrCountry(GeoPlace p) {
        return "country".equals(p.feature()) || "region".equals(p.feature()) && p.iso2() == null && p.gazetteerId().startsWith("sitrep:");
    }

    /**
     * The country a capitalised word names exactly (by its name or a curated alias, "Britain") when a verb of speech
     * follows it ("Britain accuses", "Canada announced"); else null. The finder leaves such words out (the
     * government as speaker, an actor); the places listing names the country.
     */
    GeoPlace speakingCountry(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) return null;
        Token t = tokens.get(i), next = tokens.get(i + 1);
        if (!SPEECH.contains(next.text().toLowerCase(Locale.ROOT)) || next.start() - t.end() > 1) return null;
        if (i > 0 && startsName(tokens.get(i - 1)) && t.start() - tokens.get(i - 1).end() <= 1) return null; // "Air Canada said"
        for (Gazetteer.Match m : gazetteer.matchFolded(NameNormalizer.fold(t.text())))
            if (m.exact() && "country".equals(m.place().feature())) return m.place();
        return null;
    }

    /** Verbs and adverbs that follow a country's name as the subject ("the US is", "the UK has", "the US also"). */
    private static final Set<String> NOUN_FOLLOWERS = Set.of("is", "was", "has", "had", "have", "will", "would",
            "could", "should", "can", "may", "might", "must", "does", "did", "also", "now", "itself", "are", "were");

    /** Particles that join the words of French, Spanish and Italian names ("des", "de la", "del"). */
    private static final Set<String> ROMANCE_PARTICLES = Set.of("de", "des", "du", "del", "della", "di", "d");

    /** Does the name read exactly as a continent or a world region ("Asia", "the Americas")? */
    private static boolean worldRegion(Candidate c) {
        for (Gazetteer.Match m : c.matches()) {
            String f = m.place().feature();
            if (m.exact() && ("continent".equals(f) || "region".equals(f) && (m.place().iso2() == null || m.place().iso2().isEmpty())))
                return true;
        }
        return false;
    }

    /** Does "of" (or "of the") follow a capitalised noun right before token i ("Mall of| Asia", "Summit of the| Americas")? */
    private static boolean ofName(List<Token> tokens, int i, Sentence s) {
        int k = i - 1;
        if (k >= s.firstToken() && tokens.get(k).text().equalsIgnoreCase("the")) k--;
        if (k - 1 < s.firstToken() || !tokens.get(k).text().equals("of")) return false;
        Token head = tokens.get(k - 1);
        String h = head.text().toLowerCase(Locale.ROOT);
        // "parts of Africa" is lower case; "the Horn of Africa", "West of Europe" name parts of the region itself
        // a noun in title case ("Mall", "Summit"), not an acronym ("CEOs of Europe")
        return startsName(head) && Character.isLetter(head.text().charAt(0)) && head.text().length() > 1
                && Character.isLowerCase(head.text().charAt(1)) && !COMPASS_WORDS.contains(h)
                && !RELATIVE.contains(h) && !Set.of("horn", "heart", "rest", "part", "parts", "all").contains(h);
    }

    /**
     * Is the candidate, in running text (no headline in title case) after "in", "at", "from" or "to", a city of
     * 50,000 or more by some exact reading?
     */
    private static boolean cityByEnglishName(Candidate c, List<Token> tokens, Sentence s) {
        if (c.firstToken() - 1 < s.firstToken() || titleCase(tokens, s)) return false;
        String p = tokens.get(c.firstToken() - 1).text();
        if (!p.equals("in") && !p.equals("at") && !p.equals("from") && !p.equals("to")) return false;
        for (Gazetteer.Match m : c.matches())
            if (m.exact() && Gazetteer.isSettlement(m.place()) && m.place().population() >= 50_000) return true;
        return false;
    }

    /**
     * An ordinary English word: on the frequent-word or stop-word list, or the singular of a listed plural ("bus" of
     * "buses": the frequent-word list holds words of four letters or more).
     */
    private boolean commonWord(String f) {
        return englishWords.contains(f) || stopWords.contains(f) || englishWords.contains(f + "s")
                || englishWords.contains(f + "es");
    }

    /**
     * No exact reading carries the word as its own name (its article aside: "El Congo", "Las Vegas"), every one matched
     * by an alternate (by-)name; a country, unit or curated feature ("Mediterranean") always counts as named.
     */
    private static boolean onlyByName(Candidate c) {
        for (Gazetteer.Match m : c.matches()) {
            if (!m.exact()) continue;
            if (Gazetteer.featureRank(m.place()) < 2 || m.place().gazetteerId().startsWith("sitrep:")) return false;
            String name = NameNormalizer.fold(m.place().name());
            int sp = name.indexOf(' ');
            if (name.equals(c.folded()) || sp > 0 && name.substring(sp + 1).equals(c.folded())
                    && (ROMANCE_ARTICLES.contains(name.substring(0, sp)) || LEADING_ARTICLES.contains(name.substring(0, sp)))) return false;
        }
        return true;
    }

    /**
     * "Alexandria, La.", "Macon, Ga.": a two-letter abbreviation with its period, right after "Town," is the
     * state (admin1) that qualifies the town; elsewhere two-letter words are not taken.
     */
    private static boolean stateAbbreviation(Candidate c, List<Token> tokens, Sentence s) {
        Token t = tokens.get(c.firstToken());
        String x = t.text();
        if (x.length() != 2 || !Character.isUpperCase(x.charAt(0)) || !Character.isLowerCase(x.charAt(1))) return false;
        if (c.firstToken() - 2 < s.firstToken() || !tokens.get(c.firstToken() - 1).text().equals(",")) return false;
        int after = c.endToken();
        boolean period = after < tokens.size() && tokens.get(after).text().equals(".") && tokens.get(after).start() == t.end();
        if (!period || !startsName(tokens.get(c.firstToken() - 2))) return false;
        for (Gazetteer.Match m : c.matches()) if (m.exact() && "admin1".equals(m.place().feature())) return true;
        return false;
    }

    /** Letters of a place's whole name that a longer name in the text may end with and still be that place. */
    static final int LONGER_NAME_TAIL = 6;

    /** Does the text's name go on from the place's whole own name, which ends it, of {@link #LONGER_NAME_TAIL} letters? */
    static boolean endsWithWholeName(String folded, GeoPlace p) {
        // (cheap tests first: this runs for every loose reading of every name of several words)
        int space = folded.lastIndexOf(' ');
        if (space < 0) return false;
        String core = coreOfName(p.name());
        if (core.length() < LONGER_NAME_TAIL || core.length() >= folded.length() || !folded.endsWith(core.substring(core.length() - 3))) return false;
        String name = NameNormalizer.fold(p.name());
        return folded.length() > name.length() + 1 && folded.endsWith(" " + name);
    }

    /**
     * Transliteration variants that look like the text: the same first letter (articles aside) and a similar
     * length. A consonant skeleton alone is too loose: "Mamasapano" is not Mospyne, "Saliboko" not al-Biqa.
     * Exact matches are kept as they are.
     */
    static List<Gazetteer.Match> plausibleVariants(String folded, List<Gazetteer.Match> ms) {
        String a = core(folded);
        List<Gazetteer.Match> out = new ArrayList<>();
        for (Gazetteer.Match m : ms) {
            if (m.exact()) { out.add(m); continue; }
            String b = coreOfName(m.place().name());
            // ("Maarat Umm Hawsh" for the village the gazetteer calls Umm Hawsh, whose local name it holds in Arabic
            // script only: the text's name goes on from the place's whole name, which ends it)
            if (endsWithWholeName(folded, m.place())) {
                out.add(m);
                continue;
            }
            if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) continue;
            if (Math.min(a.length(), b.length()) < MIN_VARIANT_LENGTH_RATIO * Math.max(a.length(), b.length())) continue;
            out.add(m);
        }
        return out;
    }

    /**
     * The variant readings spelt as the text but for doubled letters, spaces, hyphens and a leading article
     * ("bossaso" ~ Bosaso, "petion-ville" ~ Petionville, "bhitshah" ~ Bhit Shah, "ceel buur" ~ Ceelbuur).
     */
    static List<Gazetteer.Match> closeSpellings(String folded, List<Gazetteer.Match> ms) {
        String a = NameNormalizer.collapseRepeats(core(folded));
        List<Gazetteer.Match> out = new ArrayList<>();
        if (a.length() < 4) return out;
        String vowelless = null;
        for (Gazetteer.Match m : ms) {
            if (m.exact()) continue;
            String b = NameNormalizer.collapseRepeats(coreOfName(m.place().name()));
            if (a.equals(b)) { out.add(m); continue; }
            // "Ain Oussara" for Aïn Oussera, "Kaljibrin" for Kuljibrin, "Habbaniya" for Habbaniyah: where names are
            // transliterated, a vowel written otherwise in the same place (same consonants, same length of name but for
            // a final "h") is the same settlement's name (not a unit's: "Tukhar" is no Takhar province)
            if (!GazetteerBuilder.transliterated(m.place().iso2()) || Gazetteer.featureRank(m.place()) != 2
                    || Math.abs(a.length() - b.length()) > 1 || Math.min(a.length(), b.length()) < VOWEL_VARIANT_LETTERS) continue;
            if (vowelless == null) vowelless = vowelsAlike(a);
            if (vowelless.equals(vowelsAlike(b))) out.add(m);
        }
        return out;
    }

    /** Letters a name's core needs before a vowel written otherwise still reads as the same name. */
    static final int VOWEL_VARIANT_LETTERS = 7;

    /**
     * The word with every vowel written as "a" and without an "h" after a final vowel: "oussera" and "oussara" become
     * one, and so do "habbaniya" and "habbaniyah".
     */
    private static String vowelsAlike(String core) {
        if (core.length() > 2 && core.endsWith("h") && "aeiouy".indexOf(core.charAt(core.length() - 2)) >= 0)
            core = core.substring(0, core.length() - 1);
        StringBuilder b = new StringBuilder(core.length());
        for (int i = 0; i < core.length(); i++) b.append("aeiouy".indexOf(core.charAt(i)) >= 0 ? 'a' : core.charAt(i));
        return b.toString();
    }

    /**
     * The places whose exact name is the text written without a doubled letter ("bossaso" to Bosaso), without its
     * spaces and hyphens ("petion-ville" to Petionville, "ceel buur" to Ceelbuur) or, for one word, with a space inside
     * ("bhitshah" to Bhit Shah), as variant (not exact) readings; empty when there are none.
     */
    private List<Gazetteer.Match> closeForms(String folded, int words, java.util.Map<String, List<Gazetteer.Match>> lookups) {
        if (words > 3 || folded.length() < 5) return List.of();
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        String compact = folded.replaceAll("[ \\-]", "");
        if (!compact.equals(folded)) forms.add(compact);
        String single = NameNormalizer.collapseRepeats(folded);
        if (!single.equals(folded)) forms.add(single);
        for (int k = 1; k < folded.length(); k++) {
            if (folded.charAt(k) == folded.charAt(k - 1) && Character.isLetter(folded.charAt(k)))
                forms.add(folded.substring(0, k) + folded.substring(k + 1));
        }
        if (words == 1 && folded.chars().allMatch(Character::isLetter)) {
            for (int k = 3; k <= folded.length() - 3; k++) forms.add(folded.substring(0, k) + " " + folded.substring(k));
        }
        // "Myawaddy" / Myawadi, "Tskhinvaly" / Tskhinvali: a final i after a consonant is written y as often, with the
        // consonant before it doubled or not
        int n = single.length();
        if (n >= 5 && "iy".indexOf(single.charAt(n - 1)) >= 0 && "aeiouy".indexOf(single.charAt(n - 2)) < 0) {
            String other = single.substring(0, n - 1) + (single.charAt(n - 1) == 'y' ? 'i' : 'y');
            forms.add(other);
        }
        // "Ain Issa" / 'Ayn 'Isa, "Deir" / Dayr, "Zeitoun" / Zaytun: the diphthongs that English and French spellings
        // of Arabic write otherwise, with doubled letters single; only for places whose names are transliterated
        java.util.Set<String> diphthongs = new java.util.LinkedHashSet<>();
        for (String f : List.of(folded, single)) {
            String d = f.replace("ai", "ay").replace("ei", "ay").replace("ey", "ay").replace("ou", "u").replace("oo", "u").replace("ee", "i");
            if (!d.equals(f)) diphthongs.add(d);
        }
        // "Al-Ghadfa" / Al Ghadfah: the final a of a feminine name written with or without h
        // ("Al-Bireh" / Al Birah: the final -eh is -ah too)
        if (folded.endsWith("ah") || folded.endsWith("eh")) diphthongs.add(folded.substring(0, folded.length() - 2) + "a");
        if (folded.endsWith("eh")) diphthongs.add(folded.substring(0, folded.length() - 2) + "ah");
        else if (folded.endsWith("a")) diphthongs.add(folded + "h");
        diphthongs.removeAll(forms);
        List<Gazetteer.Match> out = new ArrayList<>();
        addOwnNames(forms, folded, lookups, p -> true, out);
        addOwnNames(diphthongs, folded, lookups, p -> GazetteerBuilder.transliterated(p.iso2()), out);
        return out;
    }

    /** The places whose own name is one of the forms (not the text's own spelling), as loose readings. */
    private void addOwnNames(java.util.Collection<String> forms, String folded, java.util.Map<String, List<Gazetteer.Match>> lookups,
                             java.util.function.Predicate<GeoPlace> where, List<Gazetteer.Match> out) {
        for (String f : forms) {
            if (f.equals(folded) || !gazetteer.hasExact(f)) continue;
            for (Gazetteer.Match m : lookup(lookups, f)) {
                if (m.exact() && NameNormalizer.fold(m.place().name()).equals(f) && where.test(m.place()))
                    out.add(new Gazetteer.Match(m.place(), false, m.names()));
            }
        }
    }

    /** Is candidate c followed by "," or "(" and then by the name of a unit that holds one of its exact readings? */
    private boolean qualifiedByUnit(Candidate c, List<Token> tokens, Sentence s) {
        int k = c.endToken();
        if (k + 1 >= s.endToken()) return false;
        String sep = tokens.get(k).text();
        return (sep.equals(",") || sep.equals("(")) && unitAfter(c, tokens, k + 1, s);
    }

    /** Is the name followed by a comma and the name of the country of one of its exact readings ("Olanchito, Honduras")? */
    private boolean qualifiedByCountry(Candidate c, List<Token> tokens, Sentence s) {
        int k = c.endToken();
        if (k + 1 >= s.endToken() || !tokens.get(k).text().equals(",") || !startsName(tokens.get(k + 1))) return false;
        StringBuilder name = new StringBuilder();
        // (up to five words, "of" and "the" inside: "Goma, Democratic Republic of the Congo")
        for (int j = k + 1; j < Math.min(s.endToken(), k + 6); j++) {
            Token t = tokens.get(j);
            boolean inner = j > k + 1 && (t.text().equals("of") || t.text().equals("the"));
            if (!startsName(t) && !inner || j > k + 1 && t.start() - tokens.get(j - 1).end() > 1) break;
            if (j > k + 1) name.append(' ');
            name.append(t.text());
            if (inner) continue;
            for (Gazetteer.Match u : gazetteer.matchFolded(NameNormalizer.fold(name.toString()))) {
                if (!u.exact() || !"country".equals(u.place().feature())) continue;
                for (Gazetteer.Match m : c.matches())
                    if (m.exact() && Gazetteer.featureRank(m.place()) == 2 && Gazetteer.sameCountry(u.place().iso2(), m.place().iso2())) return true;
            }
        }
        return false;
    }

    /**
     * Do the capitalised words from token from on (one to four of them, spelt exactly as some name) name the admin1
     * unit that holds one of c's exact readings, or is token from an official short form of it ("TN")?
     */
    private boolean unitAfter(Candidate c, List<Token> tokens, int from, Sentence s) {
        if (from >= s.endToken() || !startsName(tokens.get(from))) return false;
        List<GeoPlace> abbreviated = abbreviations.getOrDefault(tokens.get(from).text(), List.of());
        StringBuilder name = new StringBuilder();
        for (int j = from; j < Math.min(s.endToken(), from + 4); j++) {
            Token t = tokens.get(j);
            if (!startsName(t) || j > from && t.start() - tokens.get(j - 1).end() > 1) break;
            if (j > from) name.append(' ');
            name.append(t.text());
            String folded = NameNormalizer.fold(name.toString());
            boolean known = gazetteer.hasExact(folded);
            for (Gazetteer.Match m : c.matches()) {
                GeoPlace p = m.place();
                if (!m.exact() || p.admin1() == null || "admin1".equals(p.feature()) || "country".equals(p.feature())) continue;
                if (j == from) {
                    for (GeoPlace u : abbreviated) if (Gazetteer.sameCountry(u.iso2(), p.iso2()) && u.admin1().equals(p.admin1())) return true;
                }
                if (!known) continue;
                // "COVINGTON, Ky.", "Sevierville, Tenn.": a news agency's short form of the state, which the gazetteer
                // knows as a name of that very unit
                if (j == from && t.text().length() <= 5) {
                    for (Gazetteer.Match u : gazetteer.matchFolded(folded))
                        if (u.exact() && "admin1".equals(u.place().feature()) && Gazetteer.sameCountry(u.place().iso2(), p.iso2())
                                && p.admin1().equals(u.place().admin1())) return true;
                }
                var unit = gazetteer.admin1(p.iso2(), name.toString());
                if (unit.isPresent() && unit.get().admin1().equals(p.admin1())
                        && NameNormalizer.fold(unit.get().name()).equals(folded)) return true;
            }
        }
        return false;
    }


    /** How much shorter one spelling of a name may be than another (Kafr Nabuda ~ Kafr Nabudah ~ Kfar Nbouda). */
    static final double MIN_VARIANT_LENGTH_RATIO = 0.75;

    /** Arabic articles that may lead a name ("al-Bab", "as Sukhnah"), dropped before comparing spellings. */
    private static final Set<String> LEADING_ARTICLES = Set.of("al", "el", "an", "ar", "as", "ash", "at", "ad", "az",
            "ath", "adh", "ed", "er", "es", "et", "ez", "en");

    /** Letters of a folded name without a leading Arabic article, spaces and punctuation. */
    static String core(String folded) {
        // the first word, up to a space or a hyphen, when it is an article
        int sep = 0;
        while (sep < folded.length() && folded.charAt(sep) != ' ' && folded.charAt(sep) != '-') sep++;
        int from = sep < folded.length() && LEADING_ARTICLES.contains(folded.substring(0, sep)) ? sep + 1 : 0;
        StringBuilder b = new StringBuilder(folded.length() - from);
        for (int i = from; i < folded.length(); i++) if (Character.isLetter(folded.charAt(i))) b.append(folded.charAt(i));
        return b.toString();
    }

    /**
     * {@link #core} of a gazetteer name's fold, remembered: the same variant names come back for every n-gram that
     * shares a skeleton, and folding them again was the place stage's largest cost. Bounded; cleared when full.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CORE_OF_NAME =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CORE_CACHE_LIMIT = 200_000;

    private static String coreOfName(String name) {
        String c = CORE_OF_NAME.get(name);
        if (c != null) return c;
        c = core(NameNormalizer.fold(name));
        if (CORE_OF_NAME.size() >= CORE_CACHE_LIMIT) CORE_OF_NAME.clear();
        CORE_OF_NAME.put(name, c);
        return c;
    }

    /** A word of at most four letters, capitalised, with a capital after lower-case letters ("SoG", "TfL", "MoD"). */
    static boolean mixedCaseAcronym(String w) {
        if (w.length() < 3 || w.length() > 4 || !Character.isUpperCase(w.charAt(0))) return false;
        boolean lower = false;
        for (int k = 1; k < w.length(); k++) {
            char ch = w.charAt(k);
            if (!Character.isLetter(ch)) return false;
            if (Character.isLowerCase(ch)) lower = true;
            else if (lower) return true;
        }
        return false;
    }

    /**
     * The capitalised word a hyphen (or an en dash) glues in front of token i ("Mayo" in "Mayo-Sava"), or null. A
     * Romance article after the hyphen belongs to the part after it: "Lima-La Victoria", "Lima-Los Olivos" have the
     * head "Lima" for "Victoria" and "Olivos" too.
     */
    private static String hyphenHead(List<Token> tokens, int i, Sentence s) {
        if (i - 3 >= s.firstToken() && ROMANCE_ARTICLES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                && startsName(tokens.get(i - 1)) && tokens.get(i).start() - tokens.get(i - 1).end() == 1) i--;
        if (i - 2 < s.firstToken()) return null;
        Token h = tokens.get(i - 1), w = tokens.get(i - 2);
        // (a hyphen, or the en dash edited copy writes between the places of a pair: "the Syria–Turkey border")
        boolean dash = h.text().equals("-") || h.text().equals("\u2013");
        if (!dash || h.start() != w.end() || h.end() != tokens.get(i).start()) return null;
        String x = w.text();
        // a name: capitalised, then lower case ("Mayo"), not an initial or an acronym ("D-", "DFL-")
        return x.length() >= 3 && startsName(w) && Character.isLowerCase(x.charAt(1)) ? x : null;
    }

    /** km within which the part after a hyphen counts as the head's neighbour ("Dallas-Fort Worth", "Raleigh-Durham"). */
    static final double HYPHEN_PAIR_KM = 100;

    /**
     * Readings of the part after a hyphen that go with an exact reading of the head: near it, or a prominent place
     * (a country, an admin1 unit, a city of 100,000) of the same country ("Minneapolis-St. Paul", "Kyiv-Kharkiv").
     * Across a border, a pair of countries or of capitals names both ("the Syria-Turkey border", "the Russia-Ukraine
     * war", "the Amsterdam-London train"), and a country pairs with any prominent place ("the Egypt-Gaza border"); a
     * city's district after its city's name stays a district ("Lima-La Victoria").
     */
    private static List<Gazetteer.Match> near(List<Gazetteer.Match> ms, List<Gazetteer.Match> heads) {
        List<Gazetteer.Match> out = new ArrayList<>();
        for (Gazetteer.Match m : ms) {
            boolean prominent = m.exact() && (Gazetteer.featureRank(m.place()) < 2 || m.place().population() >= 100_000);
            for (Gazetteer.Match h : heads) {
                if (!h.exact()) continue;
                if (Gazetteer.km(h.place(), m.place()) <= HYPHEN_PAIR_KM
                        || prominent && Gazetteer.sameCountry(m.place().iso2(), h.place().iso2())
                        || prominent && crossBorderPair(h.place(), m.place())) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    /** Do a hyphen's head and its part name two countries' places side by side (countries, capitals)? */
    private static boolean crossBorderPair(GeoPlace head, GeoPlace part) {
        if ("country".equals(head.feature())) return true;
        return "capital".equals(head.feature()) && ("capital".equals(part.feature()) || "country".equals(part.feature()));
    }

    /** Words of a folded name other than Arabic articles. */
    private static int contentWords(String folded) {
        int n = 0;
        for (String w : folded.split(" ")) if (!w.isEmpty() && !CONNECTORS.contains(w)) n++;
        return n;
    }

    /** The length of a possessive ending glued to a token ("Arabia's": 2), or 0. */
    private static int possessiveEnding(String x) {
        return x.length() > 2 && (x.endsWith("'s") || x.endsWith("’s")) ? 2 : 0;
    }

    /** Is there a possessive 's ("Arabia's", split off or not) among tokens i..j, before token j? */
    private static boolean possessiveInside(List<Token> tokens, int i, int j) {
        for (int k = i; k < j; k++) {
            String x = tokens.get(k).text();
            if (k > i && x.equals("s") && isApostrophe(tokens.get(k - 1)) || x.endsWith("'s") || x.endsWith("’s")) return true;
        }
        return false;
    }

    /** Is the token at j a possessive 's ("Baghdadi's")? */
    private static boolean possessive(List<Token> tokens, int j, Sentence s) {
        if (j + 1 >= s.endToken()) return false;
        String a = tokens.get(j).text(), b = tokens.get(j + 1).text();
        return (a.equals("'") || a.equals("’")) && b.equalsIgnoreCase("s") && tokens.get(j).start() == tokens.get(j - 1).end();
    }

    /** Does a proper name go on at token j, perhaps after an article ("Abu Bakr| al-Baghdadi", "Saad| Maan")? */
    private static boolean nameContinues(List<Token> tokens, int j, Sentence s) {
        int k = j;
        while (k < s.endToken() && k < j + 3) {
            String x = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (x.equals("al") || x.equals("el") || x.equals("-") || x.equals("bin") || x.equals("ibn")) k++;
            else break;
        }
        if (k >= s.endToken() || tokens.get(k).start() - tokens.get(k - 1).end() > 1) return false;
        Token t = tokens.get(k);
        return startsName(t) && !isNameWord(t);
    }

    /** Headlines capitalise every word, so capitalisation says nothing about names there. */
    private static boolean titleCase(List<Token> tokens, Sentence s) {
        int words = 0, caps = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String x = tokens.get(k).text();
            if (x.length() < 4 || !Character.isLetter(x.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(x.charAt(0))) caps++;
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    /** Words that end the name of a facility named after its town ("Donetsk Filtration Station", "Aleppo Thermal Power Plant"). */
    private static final Set<String> FACILITY_WORDS = Set.of("station", "plant", "mine", "airport", "airfield", "prison",
            "hospital", "dam", "bridge", "university", "refinery", "factory", "stadium", "market", "school", "mosque",
            "church", "port", "barracks", "checkpoint", "depot", "works");

    /**
     * "near Donetsk Filtration Station": up to two more capitalised words and a facility word follow the name, so the
     * name is the town the facility is named after (and stands in), not the first word of a person's name.
     */
    private static boolean facilityAhead(List<Token> tokens, int from, Sentence s) {
        for (int k = from; k < Math.min(from + 3, s.endToken()); k++) {
            Token w = tokens.get(k);
            if (!startsName(w) || k > from && w.start() - tokens.get(k - 1).end() > 1) return false;
            if (k > from && FACILITY_WORDS.contains(w.text().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Offices and bodies that a place's name heads ("Kharkiv Mayor Ihor Terekhov", "Oklahoma Gov. Mary Fallin", "the
     * Gaza Health Ministry", "Iran Foreign Minister"): the place is the office's, not a person's first name.
     */
    private static final Set<String> OFFICE_WORDS = Set.of("gov", "governor", "mayor", "sen", "senator", "rep",
            "representative", "attorney", "sheriff", "premier", "president", "prime", "minister", "ministry", "foreign",
            "defence", "defense", "interior", "health", "regional", "municipal", "provincial", "administration",
            "parliament", "legislature", "assembly", "court", "prosecutor", "government", "authorities");

    /** A capitalised word that continues a place rather than a person ("Airport", "Governorate", "University"). */
    private static boolean isNameWord(Token t) {
        String x = t.text().toLowerCase(Locale.ROOT);
        return ADMIN_SUFFIX.contains(x) || SETTLEMENT_SUFFIX.contains(x) || AREA_SUFFIX.contains(x) || OFFICE_WORDS.contains(x)
                || Set.of("airport", "airbase", "university", "hospital", "prison", "border", "crossing", "dam",
                "river", "port", "bridge", "road", "highway", "military", "international", "central", "national",
                "police", "governor", "council", "province", "army", "front", "base", "street", "square",
                "station", "stadium", "refinery", "mosque", "church", "market", "school").contains(x);
    }

    /** Is some exact reading a country, a unit, a continent or a town of 50,000 whose own name the text spells? */
    private static boolean sizeableOwnName(Candidate c) {
        for (Gazetteer.Match m : c.matches()) {
            if (m.exact() && NameNormalizer.fold(m.place().name()).equals(c.folded())
                    && (Gazetteer.featureRank(m.place()) < 2 || "continent".equals(m.place().feature())
                        || m.place().population() >= 50_000)) return true;
        }
        return false;
    }

    /** Is the text exactly the own name (not an alias) of one of its exact readings? */
    private static boolean ownNameMatch(Candidate c) {
        for (Gazetteer.Match m : c.matches()) {
            if (!m.exact()) continue;
            if (NameNormalizer.fold(m.place().name()).equals(c.folded())) return true;
            // ("Ali ash Sharqi" is Nahiyat Ali ash Sharqi's own name without its kind word)
            if (GazetteerBuilder.withoutKindWord(m.place().name()).map(NameNormalizer::fold).filter(c.folded()::equals).isPresent()) return true;
        }
        return false;
    }

    /** Is the candidate a place's exact name of several words whose last says it is a settlement ("Sadr City")? */
    private static boolean selfDescribed(Candidate c) {
        int sp = c.folded().lastIndexOf(' ');
        return sp > 0 && SELF_DESCRIBING.contains(c.folded().substring(sp + 1))
                && c.matches().stream().anyMatch(m -> m.exact() && Gazetteer.featureRank(m.place()) == 2);
    }

    private static final Set<String> SELF_DESCRIBING = Set.of("city", "town", "camp", "village");

    private static boolean exactUnit(Candidate c) {
        // not a direction and a unit word ("the Northern Province of Aleppo"): a part of the place named next
        String rest = c.folded().substring(c.folded().indexOf(' ') + 1);
        if (ADMIN_SUFFIX.contains(rest) || rest.equals("zone") || rest.equals("areas")) return false;
        return !c.matches().isEmpty() && c.matches().get(0).exact() && isUnit(c.matches().get(0).place());
    }

    /** Is the candidate's first reading, exact, a second-level unit ("Northern Samar", a Philippine province)? */
    private static boolean exactSecondLevelUnit(Candidate c) {
        return !c.matches().isEmpty() && c.matches().get(0).exact() && "admin2".equals(c.matches().get(0).place().feature());
    }

    /** Does a name start at token i right after "(" or ", " that follow a capitalised word (a qualifier's slot)? */
    private static boolean qualifierSlot(List<Token> tokens, int i, Sentence s) {
        if (i - 2 < s.firstToken()) return false;
        String p = tokens.get(i - 1).text();
        return (p.equals("(") || p.equals(",")) && startsName(tokens.get(i - 2));
    }

    private static boolean curated(Candidate c) {
        for (Gazetteer.Match m : c.matches()) if (m.exact() && m.place().gazetteerId().startsWith("sitrep:")) return true;
        return false;
    }

    /** Coarse kind of a candidate's best match, for the acceptance rules. */
    enum GeoKind { COUNTRY, ADMIN1, CITY, SMALL }

    static GeoKind kindOf(Candidate c) {
        if (c.matches().isEmpty()) return GeoKind.SMALL;
        var p = c.matches().get(0).place();
        return switch (p.feature() == null ? "" : p.feature()) {
            case "country" -> GeoKind.COUNTRY;
            case "admin1" -> GeoKind.ADMIN1;
            default -> p.population() >= 50_000 ? GeoKind.CITY : GeoKind.SMALL;
        };
    }

    /** After an opening quote or bracket at the start of a sentence. */
    private static boolean isOpening(List<Token> tokens, int i, Sentence s) {
        for (int k = s.firstToken(); k < i; k++) {
            String x = tokens.get(k).text();
            if (x.chars().anyMatch(Character::isLetterOrDigit)) return false;
        }
        return true;
    }

    private static Set<String> lowerCaseWords(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            String x = t.text();
            if (!x.isEmpty() && Character.isLowerCase(x.charAt(0))) out.add(NameNormalizer.fold(x));
        }
        return out;
    }

    private static String suffix(List<Token> tokens, int j, Sentence s) {
        if (j >= s.endToken()) return "";
        String x = tokens.get(j).text().toLowerCase(Locale.ROOT);
        if (ADMIN_SUFFIX.contains(x) || SETTLEMENT_SUFFIX.contains(x) || AREA_SUFFIX.contains(x)) return x;
        return "";
    }

    /** The modifier of a name a unit word and "of" introduce ("the province of Homs"): the name is the unit's. */
    static final String PROVINCE_OF = "province-of";
    private static final Set<String> UNIT_OF = Set.of("province", "provinces", "governorate", "governorates", "oblast", "prefecture",
            // "in the state of Washington" is the state, not the capital
            "state");

    /** Area modifiers: "northern X", "rural X", "outskirts of X", "north of X", "near X", "X countryside". */
    private static String modifier(List<Token> tokens, int i, int end, Sentence s) {
        if (i > s.firstToken()) {
            String p = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
            if (DIRECTIONS.contains(p)) return p;
            if (p.equals("near") || p.equals("outside") || p.equals("around")) return p;
            if (p.equals("of") && i - 2 >= s.firstToken()) {
                String pp = tokens.get(i - 2).text().toLowerCase(Locale.ROOT);
                // "the (southern) countryside of Idleb" is the province's rural part, as "Idleb countryside" is
                if (pp.equals("countryside")) return pp;
                if (RELATIVE.contains(pp)) return pp + "-of";
                if (DIRECTIONS.contains(pp) && i - 3 >= s.firstToken()) {
                    // "the northern countryside of X"
                    return pp;
                }
                // "the central province of Homs": the unit, as "Homs province" is
                if (UNIT_OF.contains(pp)) return PROVINCE_OF;
            }
            if (p.equals("of") && i - 3 >= s.firstToken()) {
                String ppp = tokens.get(i - 3).text().toLowerCase(Locale.ROOT);
                String pp = tokens.get(i - 2).text().toLowerCase(Locale.ROOT);
                if ((pp.equals("countryside") || pp.equals("outskirts") || pp.equals("suburbs")) && DIRECTIONS.contains(ppp))
                    return ppp + " " + pp;
            }
        }
        if (end < s.endToken()) {
            String n = tokens.get(end).text().toLowerCase(Locale.ROOT);
            if (n.equals("countryside") || n.equals("outskirts") || n.equals("environs") || n.equals("suburbs"))
                return n;
        }
        return "";
    }

    private static boolean cued(List<Token> tokens, int i, Sentence s) {
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - 2); k--) {
            String p = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (CUES.contains(p) || RELATIVE.contains(p) || DIRECTIONS.contains(p)) return true;
            if (!p.equals("the") && !p.equals("of")) break;
        }
        return false;
    }

    /**
     * Is candidate k followed by ",", "and", "or" or ", and" and then by a capitalised word (the next item of a list,
     * a place the gazetteer may not know)?
     */
    private static boolean listItemFollows(List<Token> tokens, List<Candidate> cs, int k) {
        Candidate b = cs.get(k);
        int t = b.endToken() + (b.suffix().isEmpty() ? 0 : 1);
        if (t + 1 >= tokens.size()) return false;
        String x = tokens.get(t).text().toLowerCase(Locale.ROOT);
        if (!x.equals(",") && !x.equals("and") && !x.equals("or")) return false;
        int next = t + 1;
        String y = tokens.get(next).text().toLowerCase(Locale.ROOT);
        if (x.equals(",") && (y.equals("and") || y.equals("or"))) next++;
        return next < tokens.size() && startsName(tokens.get(next));
    }

    /** The found name a bearing after the name opening at token i leads to ("X, south of Bethlehem"), or null. */
    private static Candidate bearingAhead(List<Token> tokens, int i, Sentence s, java.util.Map<Integer, Candidate> byStart) {
        for (int k = i + 1; k < Math.min(s.endToken(), i + 6); k++) {
            if (!tokens.get(k).text().equals(",")) continue;
            for (int j = k + 2; j < Math.min(s.endToken(), k + 8); j++) {
                Candidate b = byStart.get(j);
                if (b != null) return Bearings.between(tokens, k, j) ? b : null;
            }
            return null;
        }
        return null;
    }

    /** The admin1 keys of a name's exact readings in countries whose names are transliterated. */
    private static java.util.Collection<String> unitsOfReadings(Candidate c) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Gazetteer.Match m : c.matches())
            if (m.exact() && m.place().admin1() != null && GazetteerBuilder.transliterated(m.place().iso2()))
                out.add(Disambiguator.admin1Key(m.place()));
        return out;
    }

    /** km within which a place given by its bearing from another ("X, north of Y") lies from it. */
    static final double BEARING_KM = 150;

    /**
     * "the town of Mare', north of Aleppo", "Tal Afar, 60 km west of Mosul": a name placed by its bearing from the next
     * keeps, of its exact readings, those within {@link #BEARING_KM} of an exact settlement or unit reading of that
     * next name (where there are any: the gazetteer may lack the place), so no namesake across the world is chosen
     * for it by prominence.
     */
    private static List<Candidate> nearTheirBearings(List<Token> tokens, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs);
        for (int k = 0; k + 1 < out.size(); k++) {
            Candidate a = out.get(k), b = out.get(k + 1);
            int from = a.endToken() + (a.suffix().isEmpty() ? 0 : 1);
            if (!Bearings.between(tokens, from, b.firstToken())) continue;
            List<GeoPlace> refs = new ArrayList<>();
            for (Gazetteer.Match m : b.matches()) if (m.exact() && Gazetteer.featureRank(m.place()) >= 1) refs.add(m.place());
            if (refs.isEmpty()) continue;
            List<Gazetteer.Match> near = new ArrayList<>();
            for (Gazetteer.Match m : a.matches())
                if (m.exact() && refs.stream().anyMatch(r -> Gazetteer.km(r, m.place()) <= BEARING_KM)) near.add(m);
            if (!near.isEmpty() && near.size() < a.matches().size()) out.set(k, a.withMatches(near, a.institution()));
        }
        return out;
    }

    /** Words after a name that make it a part of a larger place ("X area of", "X neighbourhood of"). */
    private static final Set<String> PART_SUFFIXES = Set.of("area", "neighbourhood", "neighborhood", "district", "quarter", "suburb");

    /** Settlement words a unit's name may stand before: "the Bekaa town of Zahle". */
    private static final Set<String> SETTLEMENT_HEADS = Set.of("town", "village", "city", "hamlet", "settlement");

    /** Words after a name that make it a quarter of a city. */
    static final Set<String> QUARTER_SUFFIXES = Set.of("neighbourhood", "neighborhood", "suburb", "quarter");

    /** Is candidate b placed by a bearing from token {@code from} ({@link Bearings#between}) and read as a city of 100,000? */
    private static boolean directionFromCity(List<Token> tokens, int from, Candidate b) {
        if (!Bearings.between(tokens, from, b.firstToken())) return false;
        for (Gazetteer.Match m : b.matches())
            if (m.exact() && Gazetteer.featureRank(m.place()) == 2
                    && m.place().population() >= Disambiguator.CONTEXT_OVERRIDE_POPULATION) return true;
        return false;
    }

    /**
     * Is {@code country} a country's name with a possessive, followed by at most three lower-case words and then
     * {@code unit}, read exactly as a first-level unit ("India's northeastern Manipur state")?
     */
    private static boolean countryPossessingUnit(List<Token> tokens, Candidate country, Candidate unit) {
        if (country.matches().stream().noneMatch(m -> m.exact() && "country".equals(m.place().feature()))) return false;
        if (unit.matches().stream().noneMatch(m -> m.exact() && "admin1".equals(m.place().feature()))) return false;
        int j = country.endToken();
        if (j + 1 >= tokens.size() || !isApostrophe(tokens.get(j)) || !tokens.get(j + 1).text().equalsIgnoreCase("s")
                || tokens.get(j).start() != tokens.get(j - 1).end()) return false;
        int words = unit.firstToken() - (j + 2);
        if (words < 0 || words > 3) return false;
        for (int t = j + 2; t < unit.firstToken(); t++) {
            String x = tokens.get(t).text();
            if (x.isEmpty() || !Character.isLowerCase(x.charAt(0))) return false;
        }
        return true;
    }

    /**
     * Is {@code unit} a first-level unit's own name followed by a possessive, with {@code place} right after it, a
     * settlement or district that is no such unit itself ("Hajjah's Abs district", not "Syria's Idlib")?
     */
    private static boolean unitPossessing(List<Token> tokens, Candidate unit, Candidate place) {
        if (!unit.suffix().isEmpty() || place.matches().stream().anyMatch(m -> m.exact() && Gazetteer.featureRank(m.place()) < 2)) return false;
        if (unit.matches().stream().noneMatch(m -> m.exact() && "admin1".equals(m.place().feature()))) return false;
        // (a capital's possessive is the city's: "Washington's Dulles Airport", "Moscow's Sheremetyevo airport"; and what
        // it possesses must be a place of the unit, not a facility: a settlement, or a unit word after it)
        if (unit.matches().stream().anyMatch(m -> m.exact() && "capital".equals(m.place().feature()))) return false;
        if (place.suffix().isEmpty() && place.matches().stream().noneMatch(m -> Gazetteer.isSettlement(m.place()))) return false;
        int j = unit.endToken();
        return j + 2 == place.firstToken() && isApostrophe(tokens.get(j)) && tokens.get(j + 1).text().equalsIgnoreCase("s")
                && tokens.get(j).start() == tokens.get(j - 1).end();
    }

    /** Does the candidate read exactly as a country or a first-level unit (a qualifier even inside a list)? */
    private static boolean namesUnitExactly(Candidate c) {
        for (Gazetteer.Match m : c.matches()) if (m.exact() && Gazetteer.featureRank(m.place()) < 2) return true;
        return false;
    }

    /**
     * Plural words for first-level units that say a list names them: "the provinces of Hama, Homs and Idlib", "Ondo and
     * Bauchi states" (not counties or districts, second-level units: "Douglas and Sarpy counties" are Nebraska's).
     */
    private static final Set<String> PLURAL_UNITS = Set.of("provinces", "governorates", "states", "regions", "oblasts",
            "departments", "prefectures");
    /**
     * Plural words for units that are first-level only in some countries: Kenya's and Liberia's counties, Uganda's
     * districts ("Kilifi and Kwale counties"); elsewhere they are second-level units.
     */
    private static final java.util.Map<String, Set<String>> PLURAL_UNITS_IN = java.util.Map.of(
            "counties", Set.of("KE", "LR", "IE", "NO", "SE", "EE", "HR", "HU", "RO"),
            "districts", Set.of("UG", "PT", "IL", "CY", "LU"));

    /**
     * The candidates with the members of a list of units marked as units ({@link #PROVINCE_OF}): a list joined by
     * commas, "and" or "or" that a plural unit word and "of" open or a plural unit word closes ("the governorates of
     * Taiz, Ibb and Hodeidah", "Sao Paulo and Parana states"). Each member with a unit reading is that unit, and none
     * qualifies the one before it.
     */
    private static List<Candidate> unitLists(List<Token> tokens, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs);
        int k = 0;
        while (k < cs.size()) {
            int end = k + 1;
            while (end < cs.size() && listContinues(tokens, cs.get(end - 1).endToken(), cs.get(end).firstToken())) end++;
            int first = cs.get(k).firstToken(), after = cs.get(end - 1).endToken();
            String before = first >= 2 && tokens.get(first - 1).text().equals("of")
                    ? tokens.get(first - 2).text().toLowerCase(Locale.ROOT) : "";
            String behind = end - k >= 2 && after < tokens.size() && tokens.get(after - 1).end() < tokens.get(after).start()
                    ? tokens.get(after).text().toLowerCase(Locale.ROOT) : "";
            String word = pluralUnit(before) ? before : pluralUnit(behind) ? behind : null;
            if (word != null && (end - k >= 2 || word.equals(behind))) {
                Set<String> countries = PLURAL_UNITS_IN.get(word);
                for (int i = k; i < end; i++) {
                    Candidate c = cs.get(i);
                    boolean unit = c.matches().stream().anyMatch(m -> m.exact() && "admin1".equals(m.place().feature())
                            && (countries == null || countries.contains(m.place().iso2())));
                    if (unit && (c.suffix().isEmpty() || i == end - 1)) out.set(i, c.withModifier(PROVINCE_OF));
                }
            }
            k = end;
        }
        return out;
    }

    private static boolean pluralUnit(String word) {
        return PLURAL_UNITS.contains(word) || PLURAL_UNITS_IN.containsKey(word);
    }

    /**
     * Links "X, Y", "X in Y", "X (Y)", "X of Y" where Y directly follows X, and "X (W, Y)" where W is no place the
     * gazetteer knows: X is then qualified by Y, the first known place inside the brackets. A qualifier may itself
     * be qualified ("Tieba (Bankass, Mopti)"), which makes a chain.
     */
    private static List<Candidate> linkQualifiers(List<Token> tokens, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs);
        for (int k = 0; k + 1 < cs.size(); k++) {
            Candidate a = cs.get(k), b = cs.get(k + 1);
            // (members of one list of units qualify none of each other: "the governorates of Taiz, Ibb and Hodeidah")
            if (PROVINCE_OF.equals(a.modifier()) && PROVINCE_OF.equals(b.modifier())) continue;
            int gapStart = a.endToken() + (a.suffix().isEmpty() ? 0 : 1);
            // "a prison in Port Elizabeth", "Korogocho market (Ruaraka, Nairobi)": the facility lies in the next place
            if (a.suffix().isEmpty() && gapStart < b.firstToken()
                    && FACILITY_HEADS.contains(tokens.get(gapStart).text().toLowerCase(Locale.ROOT))) gapStart++;
            int gap = b.firstToken() - gapStart;
            if (gap < 1) continue;
            String g = tokens.get(gapStart).text().toLowerCase(Locale.ROOT);
            boolean link = gap == 1 && (g.equals(",") || g.equals("(") || g.equals("in") || g.equals("of"))
                    || gap == 2 && g.equals("in") && tokens.get(gapStart + 1).text().equalsIgnoreCase("the")
                    // "Bosra al-Sham in eastern Dar'a": a part of the unit is still inside it
                    || gap == 2 && g.equals("in") && DIRECTIONS.contains(tokens.get(gapStart + 1).text().toLowerCase(Locale.ROOT))
                       && !tokens.get(gapStart + 1).text().equals("Greater")
                    // "the X area of central Basra": a quarter of a part of a city
                    || gap == 2 && g.equals("of") && PART_SUFFIXES.contains(a.suffix())
                       && DIRECTIONS.contains(tokens.get(gapStart + 1).text().toLowerCase(Locale.ROOT));
            // "the Zeitoun neighbourhood, south of Gaza City": a quarter placed by a direction from a city lies in it
            if (!link && QUARTER_SUFFIXES.contains(a.suffix()) && directionFromCity(tokens, gapStart, b)) link = true;
            if (!link && g.equals("(") && gap <= 8) {
                link = true;
                for (int t = gapStart + 1; t < b.firstToken(); t++) {
                    String x = tokens.get(t).text();
                    if (x.equals(")") || x.equals("(")) { link = false; break; }
                }
            }
            // "from Monroe, Trenton and Seven Mile": a town that is itself followed by the next item of a list
            // is a list item, not the qualifier of the name before it (units and countries may still qualify:
            // "Kerawa, Borno, Nigeria" chains; they are handled by the passes)
            // (nor is a unit inside a longer list: "Jisr al-Shughour, Maarat al-Numan, Deir ez-Zor and Tal Abyad")
            // (nor a unit after a town of its country that lies in another unit, or after another unit: "around
            // Aghdam, Fuzuli and Terter", "Gaziantep, Sanliurfa and Kilis")
            // (nor does a unit qualify a city of 100,000 before it in a list, when the city lies in another unit: "in
            // Gaziantep, Sanliurfa and Kilis"; "Niteroi, Rio de Janeiro" is the city in its state)
            if (link && g.equals(",") && listItemFollows(tokens, cs, k + 1)
                    && (!namesUnitExactly(b) || k > 0 && listItemFollows(tokens, cs, k - 1) && cs.get(k - 1).endToken() + 1 == a.firstToken()
                        || bigCityOutsideUnit(a, b) || peerUnits(a, b) || townElsewhereInUnitsCountry(a, b)))
                link = false;
            // "Asia, Europe and Africa": nothing qualifies a continent or a world region; they are a list
            if (link && worldRegion(a)) link = false;
            // "the Bekaa town of Zahle", "the Idlib village of Kafr Nabl": the name before a settlement's word and "of"
            // is the unit the named settlement lies in, the other way round ("Nawa district of Helmand" is not)
            if (link && g.equals("of") && gap == 1 && SETTLEMENT_HEADS.contains(a.suffix())) {
                out.set(k + 1, out.get(k + 1).withQualifier(k));
                out.set(k, out.get(k).withoutSuffix().asQualifying());
                continue;
            }
            // "near Bishnupur town in India's northeastern Manipur state": the unit the country's possessive leads to
            // is where the town lies, not merely the country
            if (link && k + 2 < cs.size() && countryPossessingUnit(tokens, b, cs.get(k + 2))) {
                out.set(k, out.get(k).withQualifier(k + 2));
                out.set(k + 2, out.get(k + 2).asQualifying());
            } else if (link) {
                out.set(k, out.get(k).withQualifier(k + 1));
                out.set(k + 1, out.get(k + 1).asQualifying());
            }
        }
        // "Sarja and Bazabour in Jabal al-Zawiya", "Tal Tamr and Abu Rasin in northern Hasakah": what "in" places the
        // last item of a list in holds the items before it too (not units: "Hama and Idlib in Syria" are lists of units)
        for (int k = out.size() - 2; k >= 0; k--) {
            Candidate a = out.get(k), b = out.get(k + 1);
            if (a.qualifier() >= 0 || b.qualifier() <= k + 1 || namesUnitExactly(a) || !a.suffix().isEmpty()) continue;
            int bEnd = b.endToken() + (b.suffix().isEmpty() ? 0 : 1);
            if (bEnd >= tokens.size() || !tokens.get(bEnd).text().equals("in")) continue;
            int gap = b.firstToken() - a.endToken();
            String g = gap >= 1 && gap <= 2 ? tokens.get(a.endToken()).text() : "";
            boolean listed = gap == 1 && (g.equals("and") || g.equals(",") || g.equals("or"))
                    || gap == 2 && g.equals(",") && tokens.get(a.endToken() + 1).text().equals("and");
            if (listed) out.set(k, a.withQualifier(b.qualifier()));
        }
        // "Hajjah's Abs district", "Dhi Qar's Nasiriyah": a first-level unit's possessive right before a name qualifies it
        for (int k = 0; k + 1 < out.size(); k++) {
            Candidate a = out.get(k), b = out.get(k + 1);
            if (b.qualifier() >= 0 || !unitPossessing(tokens, a, b)) continue;
            out.set(k + 1, b.withQualifier(k));
            out.set(k, a.asQualifying());
        }
        // "in Ramos Mejia (Buenos Aires)": a bracketed name after a name the gazetteer does not know qualifies it too
        for (int k = 0; k < out.size(); k++) {
            Candidate b = out.get(k);
            if (b.qualifying()) continue;
            int open = b.firstToken() - 1;
            if (b.endToken() >= tokens.size() || !tokens.get(b.endToken()).text().equals(")")) continue;
            // "(Mamprugo Moaduri, North East)": the last name of a bracketed chain after a comma qualifies the
            // names before it, known or not
            if (chainOpening(tokens, open) >= 0) { out.set(k, b.asQualifying()); continue; }
            if (open < 1 || !tokens.get(open).text().equals("(")) continue;
            Token before = tokens.get(open - 1);
            boolean known = k > 0 && out.get(k - 1).endToken() >= open;
            if (!known && !before.text().isEmpty() && Character.isUpperCase(before.text().charAt(0))) out.set(k, b.asQualifying());
        }
        return out;
    }

    /**
     * Words that follow a town's name in the names of North American municipal institutions: "Paris Police
     * Department", "Jordan Elementary School", "Mansfield Independent School District", "Athens Board of Aldermen".
     * Only a town of the United States or Canada runs such bodies under those names, so the name is that town, not
     * a country or a namesake city abroad. (Words shared with other English-speaking countries, "City Council",
     * "High School", "Public Library", are left out: Leeds City Council is no Alabama town's.)
     */
    private static final List<List<String>> MUNICIPAL_INSTITUTIONS = List.of(
            List.of("police", "department"), List.of("police", "dept"), List.of("fire", "department"),
            List.of("fire", "dept"), List.of("elementary"), List.of("middle", "school"), List.of("junior", "high"),
            List.of("independent", "school", "district"), List.of("unified", "school", "district"),
            List.of("school", "district"), List.of("board", "of", "aldermen"), List.of("board", "of", "selectmen"),
            List.of("city", "commission"), List.of("city", "manager"), List.of("village", "board"));

    /** Countries whose towns name their institutions as {@link #MUNICIPAL_INSTITUTIONS} lists. */
    static final Set<String> MUNICIPAL_COUNTRIES = Set.of("US", "CA");

    /** Is the name ending before token {@code end} the first part of a North American municipal institution's name? */
    static boolean namesMunicipalInstitution(List<Token> tokens, int end) {
        for (List<String> words : MUNICIPAL_INSTITUTIONS) {
            if (end + words.size() > tokens.size()) continue;
            boolean all = true;
            for (int k = 0; k < words.size() && all; k++) {
                Token t = tokens.get(end + k);
                all = t.text().toLowerCase(java.util.Locale.ROOT).equals(words.get(k));
            }
            if (all) return true;
        }
        return false;
    }

    /**
     * Words that follow a state's or province's name in the names of its own government bodies and universities:
     * "Georgia Bureau of Investigation", "Ohio Department of Transportation", "Tennessee Highway Patrol", "Iowa
     * State University". The name is then part of the body's name, no mention of its own, yet it says which state the
     * story is in as plainly as the name alone would.
     */
    private static final List<List<String>> UNIT_INSTITUTIONS = List.of(
            List.of("department", "of"), List.of("bureau", "of"), List.of("highway", "patrol"), List.of("state", "patrol"),
            List.of("state", "police"), List.of("state", "university"), List.of("supreme", "court"),
            List.of("general", "assembly"), List.of("national", "guard"), List.of("attorney", "general"),
            List.of("legislature"));

    /**
     * The admin1 units (keys as {@link Disambiguator#admin1Key}) the text names only inside the names of their own
     * government bodies or universities ("Georgia Bureau of Investigation", "University of Kentucky"): an admin1
     * unit spelt exactly, in one or two capitalised words, right before the body's words or after "University of".
     */
    Set<String> institutionUnits(Document doc) {
        List<Token> tokens = doc.tokens();
        Set<String> out = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int len = 1; len <= 2 && i + len <= tokens.size(); len++) {
                Token a = tokens.get(i), b = tokens.get(i + len - 1);
                if (!startsName(a) || !startsName(b) || b.start() - a.end() > len) continue;
                boolean after = i + len < tokens.size() && unitInstitutionAt(tokens, i + len);
                boolean university = i >= 2 && tokens.get(i - 1).text().equals("of")
                        && tokens.get(i - 2).text().equals("University");
                if (!after && !university) continue;
                String folded = NameNormalizer.fold(doc.text().substring(a.start(), b.end()));
                for (Gazetteer.Match m : gazetteer.matchFolded(folded)) {
                    GeoPlace p = m.place();
                    if (m.exact() && "admin1".equals(p.feature()) && p.admin1() != null
                            && NameNormalizer.fold(p.name()).equals(folded)) out.add(Disambiguator.admin1Key(p));
                }
            }
        }
        return out;
    }

    private static boolean unitInstitutionAt(List<Token> tokens, int at) {
        for (List<String> words : UNIT_INSTITUTIONS) {
            if (at + words.size() > tokens.size()) continue;
            boolean all = Character.isUpperCase(tokens.get(at).text().charAt(0));
            for (int k = 0; k < words.size() && all; k++)
                all = tokens.get(at + k).text().toLowerCase(Locale.ROOT).equals(words.get(k));
            if (all) return true;
        }
        return false;
    }

    /**
     * Does the candidate open its sentence as a dateline does: followed by a dash, a colon, or a comma and its country
     * or state ("PATNA:", "AMMAN —", "CALI, Colombia —")?
     */
    private boolean capsDateline(Candidate c, List<Token> tokens, Sentence s) {
        // ("CAIRO/DOHA (Reuters) -": two cities joined by a slash, the second after the first)
        boolean second = c.firstToken() == s.firstToken() + 2 && tokens.get(s.firstToken() + 1).text().equals("/")
                && allCapitals(tokens.get(s.firstToken()).text());
        if (c.firstToken() != s.firstToken() && !second || c.endToken() >= s.endToken()) return false;
        int k = c.endToken();
        if (k + 1 < s.endToken() && tokens.get(k).text().equals("/") && allCapitals(tokens.get(k + 1).text())) k += 2;
        if (k >= s.endToken()) return false;
        String next = tokens.get(k).text();
        if (DATELINE_DASHES.contains(next) || next.equals(":")) return true;
        // "AMMAN (Reuters) -", "CAIRO (AP) —": the agency in brackets before the dash
        if (next.equals("(") && agencyBeforeDash(tokens, k, s)) return true;
        if (second) return false;
        if (!next.equals(",")) return false;
        if (qualifiedByCountry(c, tokens, s) || qualifiedByUnit(c, tokens, s)) return true;
        // ("ERBIL, Kurdistan Region —": capitalised words and the dateline's dash after the comma; "KIEV, April 7 —",
        // "KIEV, Ukraine, April 7 (Reuters) -": the wire's date and agency between them)
        for (int j = c.endToken() + 1; j < Math.min(s.endToken(), c.endToken() + 10); j++) {
            Token t = tokens.get(j);
            if (DATELINE_DASHES.contains(t.text())) return j > c.endToken() + 1;
            if (!startsName(t) && !isDigitToken(t) && !DATELINE_FILLERS.contains(t.text())) return false;
        }
        return false;
    }

    /**
     * Does a wire dateline's agency in brackets come before its dash, from token k on, after capitalised words and
     * commas at most ("(Reuters) -", ", West Bank (AP) —")?
     */
    private static boolean agencyBeforeDash(List<Token> tokens, int k, Sentence s) {
        for (int j = k; j + 3 < s.endToken() && j < k + 8; j++) {
            Token t = tokens.get(j);
            if (t.text().equals("(")) return tokens.get(j + 2).text().equals(")") && startsName(tokens.get(j + 1))
                    && DATELINE_DASHES.contains(tokens.get(j + 3).text());
            if (!startsName(t) && !t.text().equals(",") && !t.text().equals("/")) return false;
        }
        return false;
    }

    /** Is the word written in capitals only (and holds a letter)? */
    private static boolean allCapitals(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** Punctuation a wire dateline puts between its place and its dash ("KIEV, Ukraine, Sept. 7 (AP) —"). */
    private static final Set<String> DATELINE_FILLERS = Set.of(",", ".", "(", ")");

    /**
     * Does a dateline (see {@link #capsDateline}) give its date before its dash ("KIEV, April 7 —", "KHARKOV, Ukraine,
     * May 2 (Reuters) -")? Such a line is written only for a city, so a big city's other name ("Kiev") counts as much
     * as its own.
     */
    private static boolean datelineGivesDate(Candidate c, List<Token> tokens, Sentence s) {
        for (int j = c.endToken() + 1; j < Math.min(s.endToken(), c.endToken() + 10); j++) {
            String w = tokens.get(j).text();
            if (DATELINE_DASHES.contains(w)) return false;
            if (MONTH_WORDS.contains(w.toLowerCase(Locale.ROOT)) && j + 1 < s.endToken() && isDigitToken(tokens.get(j + 1))) return true;
        }
        return false;
    }

    /** Month names and their short forms, lower case ("april", "apr", and the wire's "sept"). */
    private static final Set<String> MONTH_WORDS = monthWords();

    private static Set<String> monthWords() {
        Set<String> out = new HashSet<>(Set.of("sept"));
        for (java.time.Month m : java.time.Month.values()) {
            out.add(m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            out.add(m.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** Is some exact reading a city of 100,000 or more, under whatever name the text spells? */
    private static boolean bigCity(Candidate c) {
        for (Gazetteer.Match m : c.matches())
            if (m.exact() && Gazetteer.featureRank(m.place()) == 2 && m.place().population() >= 100_000) return true;
        return false;
    }

    /** Is some exact reading a town of 20,000 or more whose own name the text spells (no word that is a town's alias)? */
    private static boolean sizeableTownOfOwnName(Candidate c) {
        for (Gazetteer.Match m : c.matches()) {
            if (m.exact() && Gazetteer.featureRank(m.place()) == 2 && m.place().population() >= 20_000
                    && NameNormalizer.fold(m.place().name()).equals(c.folded())) return true;
        }
        return false;
    }

    /** Dashes that end a dateline ("MANSFIELD — The City Council ..."). */
    private static final Set<String> DATELINE_DASHES = Set.of("—", "–", "--", "-");

    /**
     * Is the candidate a bare dateline: a town's name in capitals opening a paragraph or sentence, followed by a dash,
     * with no state or country after it ("ARLINGTON — The council voted ...")? North American papers write their
     * own town so; any other town carries its state or country ("CHARLESTON, W.Va. --"), and only world-famous cities
     * stand alone ("PARIS —"), which the caller leaves be.
     */
    static boolean bareDateline(String text, List<Token> tokens, Candidate c) {
        if (c.endToken() >= tokens.size() || !DATELINE_DASHES.contains(tokens.get(c.endToken()).text())) return false;
        String t = c.text();
        if (t.length() < 3 || !t.equals(t.toUpperCase(Locale.ROOT)) || t.chars().noneMatch(Character::isLetter)) return false;
        return opensParagraphOrSentence(text, tokens, c.firstToken());
    }

    /** Does token i open the text, a paragraph or a sentence? */
    private static boolean opensParagraphOrSentence(String text, List<Token> tokens, int i) {
        if (i == 0) return true;
        Token prev = tokens.get(i - 1);
        return text.substring(prev.end(), tokens.get(i).start()).contains("\n") || SENTENCE_ENDS.contains(prev.text());
    }

    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "”", "\"");

    /**
     * Is the candidate a dateline in capitals naming a big city, with the agency or in brackets before the dash
     * ("NEW YORK (AP) —", "(NEW YORK) —", "MEXICO CITY —")? A dateline names the city the story is filed from, not the
     * state or country of the same name.
     */
    static boolean bigCityDateline(String text, List<Token> tokens, Candidate c) {
        String t = c.text();
        if (t.length() < 3 || !t.equals(t.toUpperCase(Locale.ROOT)) || t.chars().noneMatch(Character::isLetter)) return false;
        int first = c.firstToken(), end = c.endToken();
        boolean bracketed = first > 0 && tokens.get(first - 1).text().equals("(") && end < tokens.size()
                && tokens.get(end).text().equals(")");
        if (bracketed) { first--; end++; }
        if (!opensParagraphOrSentence(text, tokens, first)) return false;
        // an agency in brackets after the name: "(AP)", "(Reuters)", "(AFP)"
        if (!bracketed && end + 2 < tokens.size() && tokens.get(end).text().equals("(") && tokens.get(end + 2).text().equals(")"))
            end += 3;
        return end < tokens.size() && DATELINE_DASHES.contains(tokens.get(end).text());
    }

    /**
     * The candidates with the readings of each name that opens a North American municipal institution's name, or
     * stands alone as a dateline, narrowed to the towns of those countries (when it has any exactly): "Jordan
     * Elementary School" is no country, "MANSFIELD —" in a town paper no English town. A dateline of a capital or a
     * city of a million stays as it is ("PARIS —" is Paris).
     */
    static List<Candidate> withMunicipalTowns(String text, List<Token> tokens, List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs.size());
        for (Candidate c : cs) {
            if (bigCityDateline(text, tokens, c)) {
                List<Gazetteer.Match> cities = new ArrayList<>();
                for (Gazetteer.Match m : c.matches()) {
                    // ("GAZA (Reuters) -", "IDLIB (AP) —": a city of 100,000 by its own name over the unit or
                    // region it names, where no other town bears the name: "MANSFIELD —" may be any Mansfield)
                    if (m.exact() && Gazetteer.featureRank(m.place()) == 2
                            && ("capital".equals(m.place().feature()) && m.place().population() >= 100_000
                                || m.place().population() >= 1_000_000
                                || m.place().population() >= 100_000 && NameNormalizer.fold(m.place().name()).equals(c.folded())
                                    && c.matches().stream().noneMatch(o -> o != m && o.exact() && Gazetteer.isSettlement(o.place()))))
                        cities.add(m);
                }
                if (!cities.isEmpty()) { out.add(c.withMatches(cities, true)); continue; }
            }
            boolean dateline = bareDateline(text, tokens, c) && c.matches().stream().noneMatch(m -> m.exact()
                    && ("capital".equals(m.place().feature()) || m.place().population() >= 1_000_000));
            if (dateline || c.endToken() < tokens.size() && namesMunicipalInstitution(tokens, c.endToken())) {
                List<Gazetteer.Match> towns = new ArrayList<>();
                for (Gazetteer.Match m : c.matches()) {
                    GeoPlace p = m.place();
                    if (m.exact() && Gazetteer.featureRank(p) == 2 && MUNICIPAL_COUNTRIES.contains(p.iso2())
                            && !"admin2".equals(p.feature()) && !p.gazetteerId().startsWith("sitrep:")) towns.add(m);
                }
                // the towns' own names before aliases some other town also carries
                String folded = c.folded();
                List<Gazetteer.Match> own = new ArrayList<>();
                for (Gazetteer.Match m : towns) if (NameNormalizer.fold(m.place().name()).equals(folded)) own.add(m);
                if (!own.isEmpty()) towns = own;
                if (!towns.isEmpty()) c = c.withMatches(towns, true);
            }
            out.add(c);
        }
        return out;
    }
}
