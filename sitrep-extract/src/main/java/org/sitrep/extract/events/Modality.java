package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.DateMention;

/**
 * Decides whether a trigger reports something that happened. Returns the reason when it does not, so --explain can
 * show why a candidate was dropped: negation, modality (plans, threats, hypotheticals), denials, statements about
 * events (condemnations, accusations), background history, disasters and accidents, photo captions.
 */
final class Modality {
    private Modality() {}

    /** Words that, shortly before a trigger in the same clause, make it unreal or not reported as happening. */
    /** Words of an attempt made, before "to" and a trigger: the attempt is itself an event. */
    private static final Set<String> ATTEMPTS = Set.of("attempt", "attempts", "attempted", "tried", "trying", "tries");
    private static final Set<String> BLOCK_BEFORE = Set.of(
            "not", "no", "n't", "never", "without", "deny", "denied", "denies", "denying", "refuted", "rejected",
            "plan", "plans", "planned", "planning", "will", "would", "could", "might", "should", "shall",
            "threaten", "threatened", "threatens", "threatening", "threat", "threats", "warn", "warned", "warns", "warning",
            "vow", "vowed", "vows", "intend", "intends", "intended", "prepare", "prepares", "preparing", "prepared",
            "aim", "aims", "aiming", "seek", "seeks", "sought", "ready", "urge", "urged", "urges", "propose", "proposed",
            "if", "unless", "fear", "fears", "feared", "prevent", "prevented", "prevents", "avoid", "avoided", "averted",
            "foiled", "thwarted", "condemn", "condemned", "condemns", "condemning", "condemnation", "criticised",
            "criticized", "accuse", "accused", "accuses", "accusing", "allegations", "investigate", "investigating",
            "probe", "possible", "potential", "likely", "risk", "imminent", "expected", "anticipated", "hypothetical",
            "wants", "want", "wanted", "hope", "hopes", "must", "need", "needs", "ahead", "future", "upcoming",
            "doubt", "doubts", "checking", "verify", "verifying", "accusations", "rumours", "rumors", "unfounded",
            "responding", "respond", "nothing", "none", "false", "closer", "nearing", "approaching", "verge",
            // "organisers cancelled a march": what was called off did not happen
            "cancelled", "canceled", "cancel", "postponed", "postpone");

    /** Cues so strong that they govern the whole sentence before the trigger: threats, fears, conditions. */
    private static final Set<String> STRONG_BEFORE = Set.of("vowed", "vows", "vow", "threatened", "threatens", "threaten",
            "promising", "promised", "promises", "fear", "fears", "feared", "if", "unless", "warned", "warns",
            "checking", "verifying", "unconfirmed", "rumours", "rumors");

    /** Words that mark a sentence as being about a disaster or an accident rather than organised violence. */
    private static final Set<String> DISASTER = Set.of(
            "earthquake", "quake", "flood", "floods", "flooding", "storm", "cyclone", "hurricane", "landslide",
            "avalanche", "tsunami", "accident", "accidental", "accidentally", "crash", "collision", "derailed",
            "leak", "short-circuit", "wildfire", "lightning", "drowned", "cylinder", "boiler", "fireworks", "blaze",
            "factory", "refinery", "mine-collapse", "collapse", "collapsed", "stampede", "epidemic", "outbreak",
            "oxygen", "fuel", "drunk", "traffic", "pedestrians", "pedestrian");

    /** Cumulative tolls and history: "since 2011", "since the war began", "last year". */
    private static final Set<String> BACKGROUND = Set.of("since", "history", "anniversary", "previously", "formerly",
            "ago");

    /** Courts and inquiries talk about events; they do not report them happening. */
    private static final Set<String> LEGAL = Set.of("inquiry", "investigation", "trial", "sentenced", "convicted",
            "indicted", "prosecutors", "prosecutor", "tribunal", "verdict", "acquitted", "lawsuit", "charges");

    private static final Set<String> HISTORY = Set.of("start", "beginning", "outbreak", "war", "conflict", "uprising",
            "revolution", "crisis", "onset", "civil");

    private static final Set<String> HABITUAL = Set.of("target", "focus", "scene", "site", "hub", "theatre", "theater",
            "battleground", "stronghold", "flashpoint", "frontline");

    private static final Set<String> SUPPORT = Set.of("aided", "backed", "supported", "helped", "covered", "assisted",
            "accompanied", "escorted", "preceded");

    private static final Set<String> CAPTION = Set.of("photo", "photo:", "picture", "pictures", "afp/getty", "getty",
            "epa", "grab", "handout");

    private static final Set<String> FIGHTING_NOUN_BEFORE = Set.of("the", "heavy", "fierce", "intense", "renewed",
            "fresh", "new", "violent", "sporadic", "ongoing", "deadly", "bloody", "ferocious", "street", "of", "in",
            "after", "amid", "during", "following", "since", "and", "more", "continued", "clashes", "ground");
    private static final Set<String> FIGHTING_NOUN_AFTER = Set.of("broke", "erupted", "raged", "continued", "continues",
            "was", "has", "had", "between", "in", "on", "near", "around", "at", "for", "flared", "intensified", "killed",
            "left", "took", "resumed", "spread", "escalated", "there", ",", ".");
    private static final Set<String> ADVANCE_DIRECTION = Set.of("on", "towards", "toward", "into", "in", "to",
            "against", "near", "west", "east", "north", "south", "westward", "eastward", "northward", "southward",
            "deeper", "further", "inside", "through", "across", ",", ".", "and", "along");

    /**
     * Whether the trigger word is used for a happening: "fighting" as a noun ("heavy fighting", "fighting broke out"),
     * not a participle that describes a side ("rebels fighting to overthrow Assad", "groups fighting ISIS");
     * "advanced" as a verb of movement, not an adjective ("an advanced type of munition").
     */
    private static final Set<String> WEAPON_WORKS = Set.of("factory", "factories", "workshop", "workshops", "lab",
            "laboratory", "plant", "maker", "makers", "making", "cache", "caches", "depot", "depots", "warehouse",
            "storage", "store", "expert", "experts", "component", "components");

    /** Does an actor mention end right before token i ("police" in "police responding to")? */
    private static boolean actorEndsBefore(SentenceView s, int i) {
        if (i - 1 < s.first()) return false;
        int end = s.token(i - 1).end();
        for (org.sitrep.model.ActorMention a : s.actors()) if (a.span().end() == end) return true;
        return false;
    }

    static boolean isEventUse(SentenceView s, TriggerMatch t) {
        String w = s.norm(t.from());
        String before = t.from() > s.first() ? s.norm(t.from() - 1) : "";
        String after = t.to() < s.end() ? s.norm(t.to()) : ".";
        if (w.equals("fighting") || w.equals("battling")) {
            if (t.from() == s.first()) return true;
            // (the word right after it, inside a longer trigger too: "fighting broke out")
            after = t.from() + 1 < s.end() ? s.norm(t.from() + 1) : ".";
            // "help in fighting terrorists", "battling the insurgency": a verb with its enemy as object describes a role
            if (SubEventRules.COMBATANT_WORDS.contains(after) || SubEventRules.ARMED_WORDS.contains(after)
                    || Set.of("terrorism", "terror", "extremism", "insurgency", "crime", "corruption", "jihadists").contains(after)) return false;
            return FIGHTING_NOUN_BEFORE.contains(before) && !before.equals("been") || FIGHTING_NOUN_AFTER.contains(after) && !isPlural(before);
        }
        if (w.equals("advanced") || w.equals("advancing")) return ADVANCE_DIRECTION.contains(after);
        // "a car bomb factory", "an IED workshop": the weapon names what a place makes or stores, not an explosion
        if ((t.type() == TriggerClass.IED || t.type() == TriggerClass.EXPLOSION) && WEAPON_WORKS.contains(after)) return false;
        // "extending their advance": the advance of a capture already reported, not a battle of its own
        if ((w.equals("advance") || w.equals("advances")) && Set.of("their", "its", "his", "the").contains(before)
                && t.from() - 2 >= s.first() && Set.of("extending", "extended", "extend", "continuing", "continued").contains(s.norm(t.from() - 2))) return false;
        // "has seized all of Idlib province": a statement of who controls what, not an event (S3)
        if (t.type() == TriggerClass.CAPTURE && t.to() + 1 < s.end()
                && Set.of("all", "most", "much", "large", "swathes", "parts").contains(after)) return false;
        return true;
    }

    private static boolean frontedRecentDate(SentenceView s, LocalDate published) {
        if (published == null) return false;
        for (DateMention d : s.dates()) {
            if (d.date() == null || d.precision() != 1) continue;
            int k = s.tokenAt(d.span().start());
            if (k - s.first() > 2) continue;
            if (d.date().isBefore(published.minusDays(21)) || d.date().isAfter(published.plusDays(1))) continue;
            int after = s.tokenAt(d.span().end());
            return after < s.end() && s.norm(after).equals(",");
        }
        return false;
    }

    private static final Set<String> GENERIC_AIM = Set.of("mainly", "mostly", "largely", "primarily", "aimed", "directed",
            "intended", "meant", "usually", "always", "often");

    private static final Set<String> CONTROL_QUANTIFIERS = Set.of("all", "most", "much", "swathes", "parts", "large");

    /** "X has seized all of Y", "controls most of Z": who holds what, undated. */
    private static boolean controlStatement(SentenceView s) {
        for (int i = s.first(); i + 1 < s.end(); i++) {
            String n = s.norm(i);
            if ((n.startsWith("seiz") || n.startsWith("captur") || n.startsWith("control") || n.equals("took") || n.equals("taken"))
                    && CONTROL_QUANTIFIERS.contains(s.norm(i + 1))) return true;
        }
        return false;
    }

    /** Present perfect ("have been killed", "has killed"): the grammar of running totals. */
    private static boolean perfect(SentenceView s) {
        for (int i = s.first(); i + 1 < s.end(); i++) {
            String n = s.norm(i);
            if ((n.equals("have") || n.equals("has")) && (s.norm(i + 1).equals("been") || s.norm(i + 1).startsWith("kill")
                    || s.norm(i + 1).equals("died") || s.norm(i + 1).equals("left"))) return true;
        }
        return false;
    }

    private static boolean isPlural(String w) {
        return w.endsWith("s") && !w.endsWith("ss") || w.equals("who") || w.equals("opposition") || w.equals("militia");
    }

    /** Accusations told as news ("has accused", "accused ... on Monday"); the present "accuses" narrates timelines. */
    private static final Set<String> ACCUSING = Set.of("accused", "accusing", "blamed");
    private static final Set<String> KILLED_AFTER = Set.of("killed", "killing", "kills", "kill");

    /**
     * The trigger's act is told with a toll: "an attack that killed 40 people", "a raid killing 12", "killed 40
     * people" itself, "killing 40 civilians with poison gas". A count of the dead is a report of what happened,
     * whoever is accused of it.
     */
    private static boolean toldWithToll(SentenceView s, TriggerMatch t) {
        for (int i = Math.max(s.first(), t.from() - 8); i < Math.min(s.end(), t.to() + 3); i++) {
            String n = s.norm(i);
            if (!KILLED_AFTER.contains(n)) continue;
            for (int k = i + 1; k < Math.min(s.end(), i + 4); k++) {
                int at = k;
                if (s.numbers().stream().anyMatch(m -> s.tokenAt(m.span().start()) == at && m.value() > 0)) return true;
            }
        }
        return false;
    }

    static Optional<String> blocked(SentenceView s, TriggerMatch t, LocalDate published) {
        String text = s.text();
        if (text.endsWith("?")) return Optional.of("question");
        // a heading ("Fighting in Hama"): no verb, no full stop, a few words
        if (s.sentence().tokenCount() <= 4 && !text.endsWith(".")) return Optional.of("heading");
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            if (CAPTION.contains(n) && (n.equals("grab") || n.equals("handout") || s.token(i).text().equals("PHOTO")
                    || s.token(i).text().startsWith("PHOTO"))) {
                return Optional.of("photo caption");
            }
        }
        // Negation and modality in the clause before the trigger (clause: back to the last comma/semicolon/"but").
        int from = Math.max(s.first(), t.from() - 7);
        for (int i = t.from() - 1; i >= from; i--) {
            String n = s.norm(i);
            if (n.equals(";") || n.equals("but") || n.equals("while") || n.equals("as") || n.equals("after")
                    || n.equals("when") || n.equals("which") || n.equals("who")) break;
            // "carried out a planned attack": an adjective, not a plan
            if (n.equals("planned") && i - 1 >= s.first() && Set.of("a", "the", "well", "carefully").contains(s.norm(i - 1))) continue;
            // "fired warning shots": a kind of shot, not a warning of one
            if (n.equals("warning") && i == t.from() - 1 && s.norm(t.from()).startsWith("shot")) continue;
            // "accused the army of launching an attack that killed 40 people on Monday": the deaths are reported as
            // having happened; only who did it is the accusation (a claim on the event, not a reason to drop it)
            if (ACCUSING.contains(n) && toldWithToll(s, t)) continue;
            // "troops responding to a call about gunmen clashed with ...": a participle describing the actors, not a reply
            if (n.equals("responding") && actorEndsBefore(s, i)) continue;
            if (BLOCK_BEFORE.contains(n)) {
                // "may" only as a modal verb, not the month
                return Optional.of("modality:" + n);
            }
            if (n.equals("may") && s.token(i).text().equals("may")) return Optional.of("modality:may");
        }
        // support, not an event of its own: "aided by Russian air strikes", "backed by air power" (S7)
        for (int i = t.from() - 1; i >= Math.max(s.first(), t.from() - 3); i--) {
            String n = s.norm(i);
            if (n.equals(",") || n.equals(";")) break;
            // (the supporter is the phrase after "by": "backed by air strikes"; a verb after it is the main clause's,
            // "fighters backed by Turkish drones regained Saraqeb")
            if (n.equals("by") && i - 1 >= s.first() && SUPPORT.contains(s.norm(i - 1)) && t.type() != TriggerClass.PROTEST
                    && !(i < t.from() - 1 && s.norm(t.from()).endsWith("ed"))) return Optional.of("support:" + s.norm(i - 1));
        }
        for (int i = s.first(); i < t.from(); i++) {
            if (STRONG_BEFORE.contains(s.norm(i))) return Optional.of("modality:" + s.norm(i));
        }
        // a modal shortly after a nominal trigger: "the advance would help", "an assault on Kyiv would begin"
        for (int i = t.to(); i < Math.min(s.end(), t.to() + 4); i++) {
            String n = s.norm(i);
            if (n.equals("would") || n.equals("could") || n.equals("will") || n.equals("might") || n.equals("should")
                    || (n.equals("may") && s.token(i).text().equals("may"))) return Optional.of("modality-after:" + n);
        }
        // the start of a campaign is a reference point, not an event: "air strikes began on September 30" (S3)
        for (int i = t.to(); i < Math.min(s.end(), t.to() + 4); i++) {
            String n = s.norm(i);
            if (n.equals("began") || n.equals("begun") || n.equals("started") || n.equals("start")) return Optional.of("campaign-start");
        }
        // an infinitive: "to attack", "to capture" (plans, orders, calls)
        // (but not an attempt, which was made: "twice tried to storm the post", "an attempt to overrun the base")
        if (t.from() > s.first() && s.norm(t.from() - 1).equals("to") && t.type() != TriggerClass.PROTEST && t.type() != TriggerClass.DEMAND
                && !(t.from() - 2 >= s.first() && ATTEMPTS.contains(s.norm(t.from() - 2)))) {
            String trig = s.norm(t.from());
            if (!trig.endsWith("ed") && !trig.endsWith("ing") && !trig.endsWith("s")) return Optional.of("infinitive");
        }
        // an execution carried out is reported even when a court ordered it ("sentenced to death and executed")
        boolean carriedOutExecution = t.type() == TriggerClass.EXECUTE && s.norm(t.from()).equals("executed")
                && !(t.from() - 2 >= s.first() && s.norm(t.from() - 1).equals("be"));
        if (t.type() != TriggerClass.ARREST && t.type() != TriggerClass.PROTEST && t.type() != TriggerClass.BLOCKADE
                && t.type() != TriggerClass.DEMAND && !carriedOutExecution) {
            for (int i = s.first(); i < t.from(); i++) if (LEGAL.contains(s.norm(i))) return Optional.of("legal-proceedings:" + s.norm(i));
        }
        // an accusation or allegation governs everything after it in the sentence: "X accuses the regime of ..."
        for (int i = s.first(); i < t.from(); i++) {
            String n = s.norm(i);
            if ((n.startsWith("accus") || n.equals("blamed") || n.equals("blames") || n.equals("alleges") || n.equals("alleged")
                    && i + 1 < s.end() && s.norm(i + 1).equals("that")) && !(ACCUSING.contains(n) && toldWithToll(s, t))) return Optional.of("accusation:" + n);
        }
        // a standing description: "has been a major target for Russian strikes", "has become the scene of fighting"
        for (int i = s.first(); i < t.from(); i++) {
            String n = s.norm(i);
            if (!n.equals("been") && !n.equals("become") && !n.equals("remains") && !n.equals("is")) continue;
            for (int k = i + 1; k < Math.min(t.from(), i + 4); k++) {
                if (HABITUAL.contains(s.norm(k))) return Optional.of("habitual:" + s.norm(k));
            }
        }
        // "there have been many raids in the area": a tally of earlier happenings, not a report of one
        for (int i = Math.max(s.first(), t.from() - 5); i + 2 < t.from(); i++) {
            if (s.norm(i).equals("there") && (s.norm(i + 1).equals("have") || s.norm(i + 1).equals("has")) && s.norm(i + 2).equals("been")) {
                return Optional.of("tally:there-have-been");
            }
        }
        // cumulative tolls: "have been killed in the war", "has killed more than 240,000 people since"
        for (int i = s.first(); i + 2 < s.end(); i++) {
            if ((s.norm(i).equals("in") || s.norm(i).equals("during") || s.norm(i).equals("throughout")) && s.norm(i + 1).equals("the")
                    && HISTORY.contains(s.norm(i + 2)) && perfect(s)) return Optional.of("cumulative-toll");
        }
        // a running total: "have been killed in Syria's war since it started"
        if (perfect(s) && (s.hasWord(Set.of("since")) || s.hasWord(HISTORY) && s.hasWord(Set.of("in", "during", "throughout")))
                && (t.type() == TriggerClass.KILL || t.type() == TriggerClass.BODY || t.type() == TriggerClass.INJURE)) {
            return Optional.of("cumulative-toll");
        }
        if (!isEventUse(s, t)) return Optional.of("descriptive-use");
        // "its air strikes are mainly aimed at ISIL": what a campaign is for, not a strike that happened
        if (t.to() + 1 < s.end() && (s.norm(t.to()).equals("are") || s.norm(t.to()).equals("is"))
                && GENERIC_AIM.contains(s.norm(t.to() + 1))) return Optional.of("generic-aim");
        // "has seized all of Idlib province and has advanced west towards Latakia": the advance of a control statement
        if (t.type() == TriggerClass.ADVANCE && controlStatement(s)) return Optional.of("control-statement");
        if (t.type() == TriggerClass.EXPLOSION || t.type() == TriggerClass.KILL || t.type() == TriggerClass.BODY
                || t.type() == TriggerClass.INJURE || t.type() == TriggerClass.BURN || t.type() == TriggerClass.DESTROY) {
            // "a car bomb factory was destroyed" is a military target, not an industrial accident
            // "soldiers shot dead a man carrying fuel": a shooting is no accident, whatever the victim carried
            boolean shooting = Set.of("shot", "gunned", "stabbed", "beheaded", "lynched").contains(s.norm(t.from()));
            if (!shooting && s.hasWord(DISASTER) && !(t.type() == TriggerClass.DESTROY && s.hasWord(Set.of("bomb", "weapons", "ammunition", "militants", "terrorists", "headquarters")))
                    // (nor is a killing whose subject is armed: "border guards killed 2 fuel porters")
                    && !(t.type() == TriggerClass.KILL && armedSubject(s, t)))
                return Optional.of("disaster-or-accident");
        }
        // "On 30 April, workers who were laid off in 2019 held a protest": a recent date fronting the sentence dates
        // its main clause; older dates and "since" further on belong to subordinate clauses
        if (frontedRecentDate(s, published)) return Optional.empty();
        for (DateMention d : s.dates()) {
            if (d.date() != null && published != null && d.date().isBefore(published.minusDays(21))) {
                return Optional.of("background-date:" + d.text());
            }
            if (d.rule() != null && d.rule().startsWith("year") && published != null
                    && (d.date() == null || d.date().getYear() < published.getYear())) {
                return Optional.of("background-year:" + d.text());
            }
        }
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            if (BACKGROUND.contains(n)) {
                if (n.equals("since") && i + 1 < s.end()) {
                    String next = s.norm(i + 1);
                    String after = i + 2 < s.end() ? s.norm(i + 2) : "";
                    // cumulative or history: "since 2011", "since the start of the war", "since the uprising began"
                    if (next.matches("(19|20)\\d\\d") || (next.equals("the") || next.equals("its")) && HISTORY.contains(after)
                            || next.equals("march") && i + 2 < s.end() && after.matches("(19|20)\\d\\d")) {
                        return Optional.of("background:since");
                    }
                } else if (n.equals("ago") && i > s.first()) {
                    String prev = s.norm(i - 1);
                    if (prev.startsWith("year") || prev.startsWith("month") || prev.equals("decade") || prev.equals("decades")) {
                        return Optional.of("background:ago");
                    }
                } else if (!n.equals("since") && !n.equals("ago")) {
                    return Optional.of("background:" + n);
                }
            }
            if (n.equals("last") && i + 1 < s.end() && (s.norm(i + 1).equals("year") || s.norm(i + 1).equals("month"))) {
                return Optional.of("background:last-" + s.norm(i + 1));
            }
        }
        return Optional.empty();
    }

    /** An armed actor (forces, rebels, militias) right before the trigger, as its subject: "troops killed". */
    private static boolean armedSubject(SentenceView s, TriggerMatch t) {
        for (org.sitrep.model.ActorMention a : s.actors()) {
            if (a.span().end() > t.span().start()) break;
            int k = s.tokenAt(a.span().end());
            if (Arguments.armed(a) && t.from() - k <= 2) return true;
        }
        return false;
    }
}
