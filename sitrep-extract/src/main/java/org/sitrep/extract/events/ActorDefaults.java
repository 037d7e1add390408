package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.extract.actors.DonbasLine;
import org.sitrep.model.ActorMention;
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * ACLED's generic actor names, filled in when the text names no actor for a role ("a man was shot dead" ->
 * Unidentified Armed Group (Mexico) vs Civilians (Mexico)), and moved to the event's country when a generic
 * mention was localised to another one.
 */
final class ActorDefaults {
    private ActorDefaults() {}

    record Named(String name, int inter, String rule) {}

    /** Ends the rule of an identity militias' fight whose two unnamed sides carry one name (EventAssembler keeps both). */
    static final String BOTH_SIDES = "-sides";

    static Named defaultActor1(SubEventType t, String country) {
        String c = country == null ? "" : country;
        return switch (t) {
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION -> new Named(withCountry("Protesters", c), 6, "default:protesters");
            case VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> new Named(withCountry("Rioters", c), 5, "default:rioters");
            // (ACLED codes force used on a protest under Protests: the protesters are actor1, the force actor2)
            case EXCESSIVE_FORCE_AGAINST_PROTESTERS -> new Named(withCountry("Protesters", c), 6, "default:protesters");
            case ARRESTS -> new Named(ofCountry("Police Forces of", c), 1, "default:police");
            case GOVERNMENT_REGAINS_TERRITORY, AIR_DRONE_STRIKE -> new Named(ofCountry("Military Forces of", c), 1, "default:state-military");
            default -> new Named(withCountry("Unidentified Armed Group", c), 3, "default:unidentified");
        };
    }

    private static final Set<String> UNKNOWN_WORDS = Set.of("unknown", "unidentified", "unmarked");
    private static final Set<String> ORIGIN_WORDS = Set.of("origin", "nationality", "ownership", "identity");
    private static final Set<String> AIRCRAFT = Set.of("drone", "drones", "aircraft", "warplane", "warplanes", "plane",
            "planes", "jet", "jets", "helicopter", "helicopters", "airstrike", "airstrikes", "uav", "uavs");

    /**
     * An air strike the text says was flown by unknown aircraft ("an unidentified drone struck a car"): ACLED's
     * Unidentified Military Forces, not the military of the country it hit, whose own strike the default assumes.
     */
    static Optional<Named> unknownAircraft(SentenceView s) {
        for (int i = s.first(); i < s.end() - 1; i++) {
            if (!UNKNOWN_WORDS.contains(s.norm(i))) continue;
            // the word before the aircraft, or before one more word: "an unidentified armed drone"
            boolean before = AIRCRAFT.contains(s.norm(i + 1)) || i + 2 < s.end() && AIRCRAFT.contains(s.norm(i + 2));
            // "a drone of unknown origin"
            boolean after = i >= s.first() + 2 && s.norm(i - 1).equals("of") && AIRCRAFT.contains(s.norm(i - 2))
                    && i + 1 < s.end() && ORIGIN_WORDS.contains(s.norm(i + 1));
            if (before || after) return Optional.of(new Named("Unidentified Military Forces", 1, "default:unknown-aircraft"));
        }
        return Optional.empty();
    }

    /** A government acting by force is its military: "the Syrian government bombed ..." -> Military Forces of Syria. */
    static String asPerpetrator(String name, SubEventType t) {
        boolean force = t.type() != org.sitrep.model.EventType.STRATEGIC_DEVELOPMENTS && t.type() != org.sitrep.model.EventType.PROTESTS;
        return force && name.startsWith("Government of ") ? "Military Forces of " + name.substring("Government of ".length()) : name;
    }

    /** actor2 when the text names none but the role is implied (victims of violence against civilians). */
    static Named defaultActor2(SubEventType t, String country) {
        return switch (t) {
            case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, MOB_VIOLENCE -> new Named(withCountry("Civilians", country), 7, "default:civilians");
            // ACLED codes the force that intervened in a protest, the police unless the report names another
            case EXCESSIVE_FORCE_AGAINST_PROTESTERS, PROTEST_WITH_INTERVENTION ->
                    new Named(ofCountry("Police Forces of", country == null ? "" : country), 1, "default:police");
            default -> null;
        };
    }

    /** The gang whose goods, drugs or lab the state's forces seized: "Unidentified Gang (Brazil)". */
    static Named gang(String country) {
        return new Named(withCountry("Unidentified Gang", country), 3, "default:gang-seized-from");
    }

    /** "Rioters (Chile)"; the bare name when the country is unknown (null or empty). */
    private static String withCountry(String base, String c) { return c == null || c.isEmpty() ? base : base + " (" + c + ")"; }

    /** "Police Forces of the Philippines": the country as ACLED writes it after "of"; the bare kind when unknown. */
    private static String ofCountry(String base, String c) {
        if (c.isEmpty()) return base.replace(" of", "");
        return base + " " + OF_FORMS.getOrDefault(c, c);
    }

    private static final java.util.Map<String, String> OF_FORMS = ofForms();

    private static java.util.Map<String, String> ofForms() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (org.sitrep.extract.actors.Country c : org.sitrep.extract.actors.ActorCatalog.loadDefault().countries()) {
            m.put(c.name(), c.ofForm());
        }
        return java.util.Map.copyOf(m);
    }

    /**
     * A generic mention ("the army", "protesters") was localised to the article's focus country; when the event
     * happened in another country, the generic name follows the event. A nationality the text gives ("Russian
     * warplanes", rule "national:…") is never changed.
     */
    static String relocalise(ActorMention m, GeoPlace place) {
        String name = m.actor().name();
        if (place == null || place.country() == null || m.rule() == null || !m.rule().startsWith("generic")) return name;
        String target = place.country();
        if (m.actor().iso2() != null && m.actor().iso2().equalsIgnoreCase(place.iso2())) return name;
        int paren = name.lastIndexOf(" (");
        if (paren > 0 && name.endsWith(")")) return name.substring(0, paren) + " (" + target + ")";
        // "Police Forces of Sudan Prison Guards": the unit after the country stays
        java.util.Optional<org.sitrep.extract.actors.Country> own =
                org.sitrep.extract.actors.ActorCatalog.loadDefault().country(m.actor().iso2());
        if (own.isPresent() && name.contains(" of " + own.get().ofForm() + " ")) {
            return name.replace(" of " + own.get().ofForm() + " ", " of " + target + " ");
        }
        int of = name.lastIndexOf(" of ");
        if (of > 0) return name.substring(0, of) + " of " + target;
        return name;
    }

    // ------------------------------------------------------------------------------------------ refinement

    /**
     * actor1 (and, when the text gave none, actor2) after ACLED's conventions for what the sentence alone does not
     * say. {@code rule} is the provenance rule of the current choice ("agent:generic:CIVILIANS",
     * "default:unidentified"); {@code spans} the evidence of a replacement.
     */
    record Refined(String name, int inter, String rule, List<Span> spans, String actor2, int inter2) {}

    /** Latin America and the Caribbean, where ACLED names unattributed organised-crime violence after gangs. */
    private static final Set<String> GANG_REGION = Set.of("MX", "BR", "CO", "VE", "HN", "GT", "SV", "NI", "CR", "PA",
            "EC", "PE", "BO", "PY", "UY", "AR", "CL", "JM", "HT", "DO", "TT", "BZ", "GY", "SR", "PR", "CU", "BS");
    /** Words that name organised crime as the perpetrator or motive. */
    private static final Pattern GANG_MOTIVE = Pattern.compile("\\b(gangs?|gang members?|cartels?|organi[sz]ed crime|"
            + "criminal (group|groups|organi[sz]ation|cell|gang)|drug[- ]trafficking|drug traffickers?|drug dealing|"
            + "drug dealers?|narco\\w*|extortions?|sicarios?|plaza|(armed )?criminals)\\b");
    /** Words outside Latin America that still name a gang as the perpetrator. */
    private static final Pattern GANG_NAMED = Pattern.compile("\\b(gangs?|gang members?|cartels?|organi[sz]ed crime|"
            + "criminal (group|groups|organi[sz]ation|gang))\\b");
    /**
     * The marks of a cartel or militia killing, where ACLED attributes them so (Mexico, Brazil): a drive-by
     * shooting, a body bound or mutilated, severed heads or remains left in bags, a threatening message left with the
     * body. Torture alone does not name the killers.
     */
    private static final Pattern GANG_HALLMARK = Pattern.compile("\\b(drive-by|drive by|tied|handcuffed|"
            + "blindfolded|gagged|mutilated|dismembered|beheaded|decapitated|quartered|coup de grace|narco-?messages?|"
            + "executed|execution-style|(shot|shots) in the back of the head|threatening messages?|human remains|"
            + "(human|male|female|severed) heads?|heads? (was|were) found)\\b");
    private static final Set<String> HALLMARK_COUNTRIES = Set.of("MX", "BR");
    /** A body found burnt: "a body was found ... partly burnt", "were found half burned". */
    private static final Pattern BURNT_BODY = Pattern.compile("\\b(body|bodies|corpse|corpses|found)\\b.{0,80}\\b(burnt|burned|charred|calcined)\\b");
    /** Rules of agents the text names only by kind: a claimant or the context may name them. */
    private static final Set<String> UNNAMED_ARMED = Set.of("agent:generic:MILITANTS", "agent:generic:UNIDENTIFIED_ARMED",
            "agent:generic:ISLAMIST", "agent:generic:REBEL");
    /** "... was claimed by Daesh", "responsibility was claimed by the Taliban". */
    private static final Pattern CLAIMED_BY = Pattern.compile("\\bclaimed (responsibility )?by (the )?$");
    /** A named group claiming an attack: "Al Shabaab claimed responsibility", "IS claimed to have killed". */
    private static final Pattern CLAIM = Pattern.compile("^[\\s,]*(has |have |later |reportedly |also )?(claimed|claims)\\b");

    static Optional<Refined> refine(String name, int inter, String rule, SubEventType t, GeoPlace place,
                                    LocalDate date, SentenceView s) {
        boolean unknown = rule != null && (rule.startsWith("default:unidentified") || rule.startsWith("default:state-military")
                || UNNAMED_ARMED.contains(rule)) || name.startsWith("Unidentified Armed Group");
        String country = place != null && place.country() != null ? place.country() : countryIn(name);
        // riots: ACLED's actor1 is always the rioters, whoever they were ("residents", "workers", "demonstrators");
        // security forces that met them are actor2
        if (t.type() == EventType.RIOTS && !name.startsWith("Rioters")) {
            boolean state = inter == 1 || inter == 8;
            return Optional.of(new Refined(withCountry("Rioters", country), 5,
                    rule + "+rioters", List.of(), state ? name : null, state ? inter : 0));
        }
        Optional<String> faction = bokoHaramFaction(name, rule, date);
        if (faction.isPresent()) return Optional.of(new Refined(faction.get(), 2, rule + "+faction-unknown", List.of(), null, 0));
        // "a man assaulted an officer", "officers shot by a lone man": one who fights is an armed group
        if (inter == 7 && (t.type() == EventType.BATTLES || t.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE)) {
            String uag = withCountry("Unidentified Armed Group", country);
            String r = rule + "+armed-individual";
            return organisedCrime(uag, r, place, country, s).or(() -> Optional.of(new Refined(uag, 3, r, List.of(), null, 0)));
        }
        if (!unknown || !violent(t)) return Optional.empty();
        boolean textGaveNone = rule != null && rule.startsWith("default:");
        if (textGaveNone || rule != null && UNNAMED_ARMED.contains(rule)) {
            // ACLED codes a claimed attack to the claimant, also when the report says only "militants"
            Optional<Refined> claimed = claimant(s, t);
            if (claimed.isPresent()) return claimed;
        }
        if (textGaveNone) {
            Optional<Refined> context = contextAgent(s, t);
            if (context.isPresent()) return context;
        }
        // "a rocket fired from Gaza landed near Nahal Oz": unnamed shooters are of the country they fired from
        if (name.startsWith("Unidentified Armed Group") && t.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
            String origin = firedFromCountry(s);
            if (origin != null && !origin.equals(country))
                return Optional.of(new Refined(withCountry("Unidentified Armed Group", origin), 3, rule + "+fired-from", List.of(), null, 0));
        }
        if (t == SubEventType.ARMED_CLASH && (textGaveNone || rule != null && UNNAMED_ARMED.contains(rule))) {
            Optional<Refined> communal = communalSides(s, country, rule);
            if (communal.isPresent()) return communal;
        }
        GeoPlace front = place == null || !"UA".equals(place.iso2()) || !DonbasLine.applies(date) ? null : inDonbas(place);
        if (front != null && (t.type() == EventType.BATTLES || t.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE)
                && t != SubEventType.AIR_DRONE_STRIKE) {
            // fire observed at a place came from the other side of the line of contact
            boolean separatistSide = DonbasLine.loadDefault().outsideGovernmentControl(front.latitude(), front.longitude());
            String ukraine = "Military Forces of Ukraine";
            String naf = "NAF: United Armed Forces of Novorossiya";
            boolean clash = t.type() == EventType.BATTLES;
            return Optional.of(separatistSide
                    ? new Refined(ukraine, 1, "default:line-of-contact:government-fire", List.of(), clash ? naf : null, clash ? 2 : 0)
                    : new Refined(naf, 2, "default:line-of-contact:separatist-fire", List.of(), clash ? ukraine : null, clash ? 1 : 0));
        }
        if (textGaveNone && t.type() == EventType.BATTLES && country != null) {
            Optional<Refined> dominant = dominantStateForce(s, country);
            if (dominant.isPresent()) return dominant;
        }
        return organisedCrime(name, rule, place, country, s);
    }

    /** An unidentified armed group whose killing bears organised crime's marks or motive is a gang (see GANG_*). */
    private static Optional<Refined> organisedCrime(String name, String rule, GeoPlace place, String country, SentenceView s) {
        if (!name.startsWith("Unidentified Armed Group") || country == null || place == null) return Optional.empty();
        String window = window(s, 400).toLowerCase(Locale.ROOT);
        boolean region = place.iso2() != null && GANG_REGION.contains(place.iso2());
        boolean motive = region ? GANG_MOTIVE.matcher(window).find() : GANG_NAMED.matcher(window).find();
        boolean hallmark = place.iso2() != null && HALLMARK_COUNTRIES.contains(place.iso2())
                && (GANG_HALLMARK.matcher(window).find() || BURNT_BODY.matcher(window).find());
        if ((motive || hallmark) && "BR".equals(place.iso2())) {
            // Brazil: such killings are as often the work of police militias (milicias) as of drug gangs
            return Optional.of(new Refined("Unidentified Gang and/or Police Militia (" + country + ")", 3,
                    rule + "+organised-crime", List.of(), null, 0));
        }
        if (motive || hallmark) {
            return Optional.of(new Refined(withCountry("Unidentified Gang", country), 3, rule + "+organised-crime", List.of(), null, 0));
        }
        return Optional.empty();
    }

    private static final String JAS = "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad";
    private static final String ISWAP = "Islamic State (West Africa)";
    /** Boko Haram split into ISWAP and JAS in August 2016; after that a report saying "Boko Haram" names neither. */
    private static final LocalDate BOKO_HARAM_SPLIT = LocalDate.of(2016, 8, 1);

    /**
     * After the 2016 split, ACLED codes attacks that reports attribute to "Boko Haram" (or "Boko Haram/IS") as
     * "Islamic State (West Africa) and/or Boko Haram - JAS"; a report naming one faction keeps it.
     */
    static Optional<String> bokoHaramFaction(String name, String rule, LocalDate date) {
        if (date == null || date.isBefore(BOKO_HARAM_SPLIT) || rule == null || !rule.contains(":boko haram")) return Optional.empty();
        String combined = ISWAP + " and/or " + JAS;
        if (name.equals(JAS + " and/or Islamic State") || name.equals(JAS + " and/or " + ISWAP) || name.equals(JAS)) {
            return Optional.of(combined);
        }
        return Optional.empty();
    }

    /** The rioters' name for a protest that turned violent: "Protesters (Chile)" -> "Rioters (Chile)". */
    static String asRioters(String actor1, GeoPlace place) {
        if (actor1.startsWith("Rioters")) return actor1;
        String country = place != null && place.country() != null ? place.country() : countryIn(actor1);
        return withCountry("Rioters", country);
    }

    /**
     * The place when it is a town of Donetsk or Luhansk oblast, where the war of 2015-2022 was fought; null for a
     * region or a place elsewhere. (A bare village name resolved elsewhere was already moved to its namesake at the
     * line by {@link FrontLineNamesake}; a place the text put elsewhere, "Serhiivka, Odesa region", stays there.)
     */
    private static GeoPlace inDonbas(GeoPlace place) {
        if ("admin1".equals(place.feature()) || "country".equals(place.feature())) return null;
        return DonbasLine.inDonbasOblast(place.admin1()) ? place : null;
    }

    private static final Set<String> CLAN_WORDS = Set.of("clan", "clans", "clansmen", "sub-clan", "sub-clans", "subclan",
            "subclans", "inter-clan", "interclan", "clan-based");
    private static final Set<String> TRIBE_WORDS = Set.of("tribal", "tribe", "tribes", "tribesmen", "inter-tribal", "intertribal");
    private static final Set<String> COMMUNITY_WORDS = Set.of("communal", "intercommunal", "inter-communal", "ethnic",
            "inter-ethnic", "interethnic");

    /**
     * A clash the text tells as between clans, tribes or communities and whose sides it does not name: ACLED's
     * generic identity militias on both sides, "Unidentified Clan Militia (Ethiopia)", "Unidentified Tribal Militia
     * (Yemen)", "Unidentified Communal Militia (Chad)" (clan words first: clan clashes are often called communal too).
     */
    static Optional<Refined> communalSides(SentenceView s, String country, String rule) {
        String kind = null;
        for (int i = s.first(); i < s.end() && kind == null; i++) if (CLAN_WORDS.contains(s.norm(i))) kind = "Clan";
        for (int i = s.first(); i < s.end() && kind == null; i++) if (TRIBE_WORDS.contains(s.norm(i))) kind = "Tribal";
        for (int i = s.first(); i < s.end() && kind == null; i++) if (COMMUNITY_WORDS.contains(s.norm(i))) kind = "Communal";
        if (kind == null) return Optional.empty();
        // (not beside an armed actor the text names: "Islamic State executed members of a tribe it was battling")
        for (ActorMention a : s.actors()) {
            int inter = a.actor().inter();
            if (inter >= 1 && inter <= 4 && a.rule() != null && !a.rule().endsWith("_EVENT")
                    && !UNNAMED_ARMED.contains("agent:" + a.rule())) return Optional.empty();
        }
        String name = withCountry("Unidentified " + kind + " Militia", country);
        return Optional.of(new Refined(name, 4, rule + "+" + kind.toLowerCase(Locale.ROOT) + BOTH_SIDES, List.of(), name, 4));
    }

    /**
     * An interception ("Saudi air defences intercepted a missile fired by the Houthis", "a Hezbollah drone was shot
     * down over northern Israel"): ACLED's actor1 is who disrupted the weapon, actor2 who used it. In the active voice
     * the subject intercepted and a "by" after the trigger names who fired; in the passive the "by" names who
     * intercepted and the subject what was hit. With no interceptor named, the military of the country where it
     * happened (air defences are states'); a launcher left unnamed is an unidentified armed group of the country it
     * was fired from. Empty where the event is no interception, or a state's aircraft was downed by no one named.
     */
    static Optional<Refined> interception(SentenceView s, TriggerMatch t, Optional<ActorMention> agent, GeoPlace place,
                                          String country) {
        String pattern = t.pattern();
        if (!pattern.startsWith("intercept") && !pattern.startsWith("shot down")) return Optional.empty();
        boolean passive = t.from() > s.first() && Set.of("was", "were", "been", "being").contains(s.norm(t.from() - 1));
        ActorMention before = null;
        for (ActorMention a : s.actors()) {
            int inter = a.actor().inter();
            if ((inter >= 1 && inter <= 4 || inter == 8) && a.span().end() <= t.span().start()) before = a;
        }
        ActorMention after = agent.filter(a -> a.span().start() >= t.span().end()).orElse(null);
        ActorMention launcher, defender;
        if (passive) {
            // "a drone was intercepted by army jets": the "by" names who intercepted, the subject what was hit;
            // a state's aircraft shot down with no one named ("a Russian helicopter was shot down") was downed by
            // its enemies, whom the text does not name
            defender = after;
            launcher = before;
            if (defender == null && launcher != null && isState(launcher)) return Optional.empty();
        } else {
            // "air defences intercepted a missile fired by the Houthis": the subject intercepted, the "by" fired
            defender = agent.filter(a -> a != after).orElse(before != null && isState(before) ? before : null);
            launcher = after;
        }
        String a1 = defender != null ? relocalise(defender, place) : country != null ? ofCountry("Military Forces of", country) : null;
        if (a1 == null) return Optional.empty();
        int i1 = defender != null ? defender.actor().inter() : 1;
        String a2 = launcher != null ? relocalise(launcher, place) : null;
        int i2 = launcher != null ? launcher.actor().inter() : 0;
        if (a2 == null) {
            String origin = firedFromCountry(s);
            if (origin != null && !origin.equals(country)) { a2 = withCountry("Unidentified Armed Group", origin); i2 = 3; }
        }
        return Optional.of(new Refined(a1, i1, defender != null ? "interceptor:" + defender.rule() : "default:interceptor-state",
                defender != null ? List.of(defender.span()) : List.of(), a2, i2));
    }

    private static boolean isState(ActorMention a) {
        return a.actor().inter() == 1 || a.actor().inter() == 8;
    }

    private static final Set<String> LAUNCH_VERBS = Set.of("fired", "launched", "shot");

    /** The country of the place a projectile was "fired from" / "launched from" in the sentence, or null. */
    private static String firedFromCountry(SentenceView s) {
        for (org.sitrep.model.PlaceMention p : s.places()) {
            if (p.place() == null || p.place().country() == null) continue;
            int k = s.tokenAt(p.span().start());
            int from = k - 1 >= s.first() && s.norm(k - 1).equals("the") ? k - 2 : k - 1;
            if (from - 1 < s.first() || !s.norm(from).equals("from")) continue;
            // "a rocket fired from Gaza", "fired a rocket from the Gaza Strip"
            for (int i = from - 1; i >= Math.max(s.first(), from - 4); i--) if (LAUNCH_VERBS.contains(s.norm(i))) return p.place().country();
        }
        return null;
    }

    private static boolean violent(SubEventType t) {
        return t.type() == EventType.BATTLES || t.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                || t.type() == EventType.VIOLENCE_AGAINST_CIVILIANS;
    }

    /** A named armed group that claims the attack, in its sentence or the lines after it. */
    private static Optional<Refined> claimant(SentenceView s, SubEventType t) {
        String text = s.doc().text();
        // the claim follows the report of the attack: this sentence or the next few lines
        int from = s.sentence().span().start();
        int to = Math.min(text.length(), s.sentence().span().end() + 400);
        for (ActorMention a : s.doc().actors()) {
            if (a.span().start() < from || a.span().start() >= to) continue;
            if (a.rule() == null || !a.rule().startsWith("lexicon:") || a.actor().inter() < 2 || a.actor().inter() > 4) continue;
            int end = a.span().end();
            String after = text.substring(end, Math.min(text.length(), end + 30));
            String before = text.substring(Math.max(0, a.span().start() - 40), a.span().start());
            if (CLAIM.matcher(after).find() || CLAIMED_BY.matcher(before).find()) {
                return Optional.of(new Refined(a.actor().name(), a.actor().inter(), "claimed-by:" + a.rule(), List.of(a.span()), null, 0));
            }
        }
        return Optional.empty();
    }

    /**
     * "Military Police raided X. Shots were exchanged ...": with no actor in its own
     * sentence, an armed clash or attack belongs to the armed actor that opened the previous sentence of the same
     * paragraph.
     */
    private static Optional<Refined> contextAgent(SentenceView s, SubEventType t) {
        String text = s.doc().text();
        int start = s.sentence().span().start();
        org.sitrep.model.Sentence prev = null;
        for (org.sitrep.model.Sentence x : s.doc().sentences()) {
            if (x.span().end() <= start) prev = x;
            else break;
        }
        if (prev == null) return Optional.empty();
        if (text.substring(prev.span().end(), start).contains("\n\n")) return Optional.empty();
        for (ActorMention a : s.doc().actors()) {
            if (a.span().start() < prev.span().start()) continue;
            if (a.span().start() >= prev.span().end()) break;
            if (!armed(a)) continue;
            String before = text.substring(Math.max(prev.span().start(), a.span().start() - 12), a.span().start()).toLowerCase(Locale.ROOT);
            if (before.matches(".*\\b(against|on|by|to|with|at|of|targeting|between|and)\\s+(the\\s+)?$")) return Optional.empty();
            if (t == SubEventType.AIR_DRONE_STRIKE && a.actor().inter() != 1 && a.actor().inter() != 8) return Optional.empty();
            // bombs, mines and grenades are non-state weapons; a suicide bomber is never named by the sentence before
            if (t == SubEventType.SUICIDE_BOMB) return Optional.empty();
            if ((t == SubEventType.REMOTE_EXPLOSIVE || t == SubEventType.GRENADE) && (a.actor().inter() < 2 || a.actor().inter() > 4)) {
                return Optional.empty();
            }
            return Optional.of(new Refined(a.actor().name(), a.actor().inter(), "context-agent:" + a.rule(), List.of(a.span()), null, 0));
        }
        return Optional.empty();
    }

    /**
     * "Fighting on Sunday was on multiple fronts": in an article whose most named armed actor is the country's own
     * forces (named at least twice, more often than any other armed actor), an unattributed battle is theirs; ACLED
     * codes the state side of a government offensive as actor1.
     */
    private static Optional<Refined> dominantStateForce(SentenceView s, String country) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, ActorMention> first = new java.util.HashMap<>();
        for (ActorMention a : s.doc().actors()) {
            if (!armed(a)) continue;
            counts.merge(a.actor().name(), 1, Integer::sum);
            first.putIfAbsent(a.actor().name(), a);
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > top) { second = top; top = e.getValue(); best = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        if (best == null || top < 2 || top == second) return Optional.empty();
        ActorMention a = first.get(best);
        if (a.actor().inter() != 1 || !best.equals("Military Forces of " + country)) return Optional.empty();
        return Optional.of(new Refined(best, 1, "default:article-state-force", List.of(a.span()), null, 0));
    }

    /** An actor that can wage violence: state forces, rebels, militias, external forces (not a crowd or event word). */
    private static boolean armed(ActorMention a) {
        int i = a.actor().inter();
        if (i < 1 || i > 4 && i != 8) return false;
        String r = a.rule() == null ? "" : a.rule();
        return !r.endsWith("_EVENT") && !r.endsWith("GOVERNMENT") && !r.endsWith("CROWD");
    }

    private static String window(SentenceView s, int extra) {
        String text = s.doc().text();
        int from = s.sentence().span().start();
        int to = Math.min(text.length(), s.sentence().span().end() + extra);
        return text.substring(from, to);
    }

    /** "Civilians (Mexico)" -> "Mexico"; null without a parenthesised country. */
    private static String countryIn(String name) {
        int open = name.lastIndexOf(" (");
        if (open < 0 || !name.endsWith(")")) return null;
        String c = name.substring(open + 2, name.length() - 1);
        return c.isEmpty() || Character.isDigit(c.charAt(0)) ? null : c;
    }
}
