package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.DateMention;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.NumberMention;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;

/** Finds a trigger's arguments in its sentence: who acted, on whom, where, when, and how many died. */
final class Arguments {
    private Arguments() {}

    private static final Set<String> PATIENT_CUES = Set.of("against", "on", "targeting", "targeted", "hitting", "hit",
            "at", "killing", "killed", "from", "with", "struck", "pounded", "attacked", "of");
    private static final Set<String> CLAUSE_BOUNDARY = Set.of("said", "says", "saying", "that", "reported", "announced",
            "claimed", "told", ";", ":", "while", "but", "after", "before", "when", "as");
    private static final Set<String> DEATH_WORDS = Set.of("killed", "dead", "died", "deaths", "death", "fatalities",
            "lives", "bodies", "martyred", "martyrs", "slain", "perished", "casualties", "kill", "killing", "dying");
    private static final Set<String> WOUND_WORDS = Set.of("wounded", "injured", "injuring", "wounding", "hurt", "injuries");
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "as", "well", "province", "provinces", "governorate",
            "governorates", "or", "the", "of", "region", "regions", "areas", "in", "villages", "towns");

    /** Words that may stand between "by" and the actor it introduces: "by alleged LNA forces", "by a Taliban mortar". */
    private static final Set<String> HEDGES = Set.of("a", "an", "the", "alleged", "allegedly", "suspected", "presumed",
            "presumably", "reportedly", "apparently", "possible", "likely", "some", "several", "two", "three", "four",
            "five", "six", "unidentified", "unknown", "armed", "heavily", "masked");

    /** State forces, rebels, political or identity militias, or foreign forces (ACLED inter 1-4 and 8). */
    static boolean armed(ActorMention a) {
        int inter = a.actor().inter();
        return inter >= 1 && inter <= 4 || inter == 8;
    }

    /**
     * The acting side: "by X" right after the trigger; the parties of "clashes between X and Y"; else the subject of
     * the trigger's clause. Event words that only imply an actor ("clashed with", "protested") are the agent only
     * when no actor is named, and a source ("according to activists") never is.
     */
    static Optional<ActorMention> agent(SentenceView s, TriggerMatch t) {
        int trigStart = t.span().start();
        for (ActorMention a : s.actors()) {
            if (a.span().start() >= t.span().end()) {
                int k = s.tokenAt(a.span().start());
                int by = introducer(s, k, "by");
                if (by >= 0 && by - t.to() <= 5 && !(by > t.to() && OTHER_PASSIVE.contains(s.norm(by - 1)))) return Optional.of(a);
            }
        }
        // "killed by a NATO air strike": an armed actor named with the trigger noun as one phrase is who acted ("Palestinian
        // demonstrators" holds a protest trigger but names no one who acted on them)
        for (ActorMention a : s.actors()) {
            if (a.span().start() < t.span().start() && a.span().end() >= t.span().end() && !implied(a) && armed(a)) return Optional.of(a);
        }
        // "in a Daesh attack", "an IS car bomb": a group named right before the trigger noun is who acted
        String text = s.doc().text();
        for (ActorMention a : s.actors()) {
            int k = s.tokenAt(a.span().start());
            if (a.span().end() > t.span().start() || implied(a) || a.actor().inter() == 7 || k - 1 < s.first()) continue;
            // right before the trigger, or joined by a placing verb: "a Taliban-planted landmine"
            String gap = text.substring(a.span().end(), t.span().start());
            if (!PRE_MODIFIER_GAP.matcher(gap).matches()) continue;
            if (Set.of("a", "an", "in", "during", "by").contains(s.norm(k - 1))) return Optional.of(a);
        }
        // "killed in a Daesh attack", "wounded in an IS suicide bombing": the group named before the attack noun
        for (ActorMention a : s.actors()) {
            int k = s.tokenAt(a.span().start());
            if (k < t.to() || k - t.to() > 6 || implied(a)) continue;
            int after = s.tokenAt(a.span().end());
            int in = introducer(s, k, "in");
            if (in < 0) in = introducer(s, k, "during");
            if (in >= 0 && after < s.end() && ATTACK_NOUNS.contains(s.norm(after))) return Optional.of(a);
        }
        // "clashes between army and rebel units": the first party named is actor1
        int between = -1;
        for (int i = t.from(); i < Math.min(s.end(), t.to() + 3); i++) if (s.norm(i).equals("between")) { between = i; break; }
        if (between >= 0) {
            for (ActorMention a : s.actors()) {
                int k = s.tokenAt(a.span().start());
                if (k > between && k - between <= 3 && !implied(a) && armed(a)) return Optional.of(a);
            }
        }
        // the subject of the trigger's clause: the first actor after the last clause boundary before the trigger
        // ("SOHR said regime troops and fighters from Hezbollah recaptured ..." -> regime troops)
        int clauseStart = s.first();
        for (int i = t.from() - 1; i >= s.first(); i--) {
            String n = s.norm(i);
            if (CLAUSE_BOUNDARY.contains(n)) { clauseStart = i + 1; break; }
        }
        ActorMention best = subject(s, t, trigStart, clauseStart, false);
        if (best == null) {
            // "a trafficker died after exchanging fire with police": a clash has two sides; when
            // only the one after "with" is an actor, it is the one ACLED names first
            for (ActorMention a : s.actors()) {
                int k = s.tokenAt(a.span().start());
                int with = introducer(s, k, "with");
                if (with > s.first() && FIGHT_WORDS.contains(s.norm(with - 1)) && !implied(a) && armed(a)) return Optional.of(a);
            }
        }
        if (best == null) {
            Optional<ActorMention> controller = participleController(s, t);
            if (controller.isPresent()) return controller;
        }
        if (best == null) best = subject(s, t, trigStart, clauseStart, true);
        if (best != null) {
            Optional<ActorMention> attacker = repelledAttacker(s, best);
            if (attacker.isPresent()) return attacker;
        }
        return Optional.ofNullable(best);
    }

    private static final Set<String> PARTICIPLE_LEADS = Set.of("since", "after", "before", "while", "upon", "on", "when");

    /**
     * "Since capturing Khan Sheikhoun ten days ago, Russian and Syrian jets ...", "After seizing the town, rebels ...":
     * a participle clause opening the sentence has the main clause's subject as its agent, the first actor named
     * after the comma that closes it.
     */
    private static Optional<ActorMention> participleController(SentenceView s, TriggerMatch t) {
        int lead = t.from() - 1;
        if (lead < s.first() || lead > s.first() + 1 || !PARTICIPLE_LEADS.contains(s.norm(lead))) return Optional.empty();
        if (!s.norm(t.from()).endsWith("ing")) return Optional.empty();
        int comma = -1;
        for (int i = t.to(); i < s.end(); i++) if (s.norm(i).equals(",")) { comma = i; break; }
        if (comma < 0) return Optional.empty();
        for (ActorMention a : s.actors()) {
            int k = s.tokenAt(a.span().start());
            if (k <= comma || k > comma + 4 || implied(a)) continue;
            if (armed(a)) return Optional.of(a);
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern PRE_MODIFIER_GAP = java.util.regex.Pattern.compile(
            "\\s*|[-\\s]+(planted|laid|placed|fired|launched|led|claimed|staged)\\s+");
    private static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks", "assault", "raid", "ambush", "bombing",
            "bombings", "suicide", "shelling", "strike", "strikes", "airstrike", "airstrikes", "offensive", "rocket",
            "mortar", "ied", "car");

    private static final Set<String> REPEL = Set.of("repulsed", "repelled", "repulse", "repel", "foiled", "thwarted",
            "averted", "beat", "pushed", "fended", "warded", "defeated");
    private static final Set<String> ASSAULT_NOUNS = Set.of("attack", "attacks", "assault", "assaults", "offensive",
            "raid", "raids", "incursion", "ambush", "advance");

    /**
     * "Afghan forces repulsed a Taliban attack", "troops repelled an attack by Boko Haram", "militants were killed
     * when soldiers repulsed their attack": the side that attacked is actor1, not the one that held.
     */
    private static Optional<ActorMention> repelledAttacker(SentenceView s, ActorMention holder) {
        int h = s.tokenAt(holder.span().end());
        for (int r = h; r < Math.min(s.end(), h + 3); r++) {
            if (!REPEL.contains(s.norm(r))) continue;
            int noun = -1;
            for (int i = r + 1; i < Math.min(s.end(), r + 5); i++) if (ASSAULT_NOUNS.contains(s.norm(i))) { noun = i; break; }
            if (noun < 0) return Optional.empty();
            for (ActorMention a : s.actors()) {
                if (a == holder || implied(a)) continue;
                int k = s.tokenAt(a.span().start());
                boolean armed = armed(a);
                if (k > r && k < noun && armed) return Optional.of(a);                       // "a Taliban attack"
                if (k > noun && k <= noun + 3 && armed && (introducedBy(s, k, "by") || introducedBy(s, k, "of")
                        || introducedBy(s, k, "from"))) return Optional.of(a);               // "an attack by Boko Haram"
            }
            if (s.norm(noun - 1).equals("their")) {
                // "their attack": the other armed side the sentence names
                for (ActorMention a : s.actors()) {
                    int inter = a.actor().inter();
                    if (a != holder && !implied(a) && (inter >= 2 && inter <= 4) && !a.actor().name().equals(holder.actor().name())) {
                        return Optional.of(a);
                    }
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "are", "got", "get");
    private static final Set<String> ADVERBS = Set.of("reportedly", "allegedly", "also", "later", "then", "all", "both",
            "shot", "fatally", "seriously", "critically", "badly", "severely", "brutally", "not");

    /** "two soldiers were killed", "a policeman was shot": the trigger is passive, its subject is the victim. */
    private static boolean passive(SentenceView s, TriggerMatch t) {
        for (int i = t.from() - 1; i >= Math.max(s.first(), t.from() - 3); i--) {
            String n = s.token(i).text();   // as written: "IS" is a group, "is" a verb
            if (PASSIVE_AUX.contains(n)) return true;
            if (!ADVERBS.contains(n)) return false;
        }
        return false;
    }

    /** Words that open a clause of its own between a subject and a later verb ("... in which two were killed"). */
    private static final Set<String> SUBORDINATE = Set.of("which", "whom", "whose", "where", "when", "after", "leading",
            "resulting", "causing", "leaving", "killing", "while", "during", "as");

    /** True when a subordinate clause opens between token {@code from} and the trigger. */
    private static boolean subordinateBetween(SentenceView s, int from, TriggerMatch t) {
        for (int i = from; i < t.from(); i++) if (SUBORDINATE.contains(s.norm(i))) return true;
        return false;
    }

    private static ActorMention subject(SentenceView s, TriggerMatch t, int trigStart, int clauseStart, boolean allowImplied) {
        boolean passive = passive(s, t);
        ActorMention best = null;
        for (ActorMention a : s.actors()) {
            // before the trigger, or overlapping its start ("Russian warplanes" in "warplanes struck")
            boolean before = a.span().start() < trigStart || a.span().contains(t.span()) || t.span().contains(a.span());
            if (!before) continue;
            if (!allowImplied && implied(a)) continue;
            int k = s.tokenAt(a.span().start());
            // an actor introduced as a target ("against rebels") is not the agent
            if (targetCue(s, k)) continue;
            if (isSource(s, k)) continue;
            // "38 soldiers were killed in the blast": the subject of a death or wound told before the trigger was hit
            if (victimBeforeTrigger(s, a, t)) continue;
            // the subject of a passive trigger in its own clause was acted upon
            if (passive && k >= clauseStart && a.span().end() <= trigStart && !subordinateBetween(s, s.tokenAt(a.span().end()), t)) continue;
            if (k >= clauseStart && (best == null || s.tokenAt(best.span().start()) < clauseStart)) best = a;
            else if (best == null || s.tokenAt(best.span().start()) < clauseStart) best = a;
        }
        return best;
    }

    /** Triggers of a weapon used on others, whose dead are its targets (not fights, not suicide bombings). */
    private static final Set<TriggerClass> ONE_SIDED_WEAPONS = java.util.EnumSet.of(TriggerClass.AIR, TriggerClass.STRIKE,
            TriggerClass.BOMBED, TriggerClass.BOMBING, TriggerClass.BOMBARD, TriggerClass.STRUCK, TriggerClass.RAID,
            TriggerClass.SHELLING, TriggerClass.ROCKET, TriggerClass.MISSILE, TriggerClass.IED, TriggerClass.EXPLOSION,
            TriggerClass.GRENADE, TriggerClass.ATTACK);
    private static final Set<String> HIT_PARTICIPLES = Set.of("killed", "wounded", "injured", "hurt", "slain", "martyred");

    /**
     * Is the actor the subject of a death or a wound that the text tells before the trigger ("38 members of the
     * forces were killed in the blast", "two guards died in the attack")? Such an actor was hit, it did not act.
     */
    static boolean victimBeforeTrigger(SentenceView s, ActorMention a, TriggerMatch t) {
        // (the killed of a fight are one of its sides; civilians named so are left to the victim-role check)
        if (!ONE_SIDED_WEAPONS.contains(t.type()) || !armed(a)) return false;
        int i = s.tokenAt(a.span().end());
        if (i >= t.from()) return false;
        if (i < s.end() && (s.norm(i).equals("have") || s.norm(i).equals("had") || s.norm(i).equals("has"))) i++;
        if (i < t.from() && (s.norm(i).equals("died") || s.norm(i).equals("perished"))) return true;
        return i + 1 < t.from() && PASSIVE_AUX.contains(s.norm(i)) && HIT_PARTICIPLES.contains(s.norm(i + 1));
    }

    /** "against rebels", "an operation against suspected IS fighters": introduced as a target. */
    private static boolean targetCue(SentenceView s, int k) {
        for (int i = k - 1; i >= Math.max(s.first(), k - 3); i--) {
            String n = s.norm(i);
            // "of" and "from" mark a target only right before the actor: "members of the CJNG" are the CJNG
            // (nor does "of" after a word for a band of them: "a group of soldiers", "a unit of the army")
            if (n.equals("of") && i == k - 1 && i - 1 >= s.first() && COLLECTIVE_OF.contains(s.norm(i - 1))) return false;
            if (PATIENT_CUES.contains(n)) return !n.equals("with") && (i == k - 1 || !n.equals("of") && !n.equals("from"));
            if (!HEDGES.contains(n)) return false;
        }
        return false;
    }

    /**
     * Words for a band of an actor's people before "of" and the actor: "a group of X" is X. (Not their number:
     * "dozens of insurgents killed" in a headline tells of victims.)
     */
    private static final Set<String> COLLECTIVE_OF = Set.of("group", "groups", "band", "bands", "gang", "squad", "unit",
            "units", "team", "members", "member", "elements", "element", "contingent", "detachment");

    /** An event word standing for its actor ("protested", "clashed with"), not a named actor. */
    static boolean implied(ActorMention a) {
        return a.rule() != null && a.rule().endsWith("_EVENT");
    }

    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "reported", "stated", "added",
            "confirmed", "announced");

    /** "according to activists", "police said": who reports, not who acts. */
    static boolean speaks(SentenceView s, ActorMention a) {
        int after = s.tokenAt(a.span().end());
        return isSource(s, s.tokenAt(a.span().start())) || after < s.end() && SAYING.contains(s.norm(after));
    }

    /** "according to activists", "citing residents": who reports, not who acts. */
    private static boolean isSource(SentenceView s, int k) {
        for (int i = k - 1; i >= Math.max(s.first(), k - 3); i--) {
            String n = s.norm(i);
            if (n.equals("citing") || n.equals("to") && i - 1 >= s.first() && s.norm(i - 1).equals("according")) return true;
            if (!HEDGES.contains(n) && !n.equals("to")) return false;
        }
        return false;
    }

    /** Verbs of holding: "bases held by X", "areas controlled by X" name X as the owner of the target. */
    private static final Set<String> HOLDING = Set.of("held", "controlled", "run", "occupied", "manned", "used", "owned");

    /** "struck bases held by the Army of Conquest": the "by" phrase names whose target it was, not who struck. */
    private static boolean ownerBy(SentenceView s, int k) {
        int by = introducer(s, k, "by");
        return by - 1 >= s.first() && HOLDING.contains(s.norm(by - 1));
    }

    /** True when the actor starting at token k follows {@code word}, perhaps across hedges ("by alleged ..."). */
    private static boolean introducedBy(SentenceView s, int k, String word) {
        return introducer(s, k, word) >= 0;
    }

    /** Token index of {@code word} introducing the actor at token k across hedges; -1 when none. */
    private static int introducer(SentenceView s, int k, String word) {
        for (int i = k - 1; i >= Math.max(s.first(), k - 4); i--) {
            String n = s.norm(i);
            if (n.equals(word)) return i;
            if (!HEDGES.contains(n)) return -1;
        }
        return -1;
    }

    /** Words before "with" that make its object a side of a fight: "exchanged fire with", "clashed with". */
    private static final Set<String> FIGHT_WORDS = Set.of("fire", "clashed", "clashes", "clash", "clashing", "battle",
            "battles", "battled", "gunfight", "firefight", "shootout", "shoot-out", "skirmish", "skirmishes", "fighting",
            "fought", "engagement", "exchange");

    /** "a drone operated by GNA", "forces backed by mercenaries": "by" completing another verb than the trigger. */
    private static final Set<String> OTHER_PASSIVE = Set.of("backed", "supported", "operated", "driven", "owned", "led",
            "accompanied", "escorted", "run", "held", "controlled", "followed", "organised", "organized", "sent",
            "trained", "armed", "funded", "used", "flown", "piloted", "manned", "denied", "reported");

    /** The side acted upon: the first actor after the trigger (skipping the agent). */
    static Optional<ActorMention> patient(SentenceView s, TriggerMatch t, Optional<ActorMention> agent) {
        // "government forces and the Houthis clashed": the other side stands beside the subject, joined by "and"
        // (not where the trigger names its other side itself: "police and soldiers clashed with bandits")
        boolean fight = t.type() == TriggerClass.CLASH || t.type() == TriggerClass.GUNFIGHT;
        if (agent.isPresent() && fight
                && !(t.to() < s.end() && s.norm(t.to()).equals("with"))) {
            ActorMention g = agent.get();
            for (ActorMention a : s.actors()) {
                if (a == g || implied(a) || !armed(a) || a.span().start() < g.span().end() || a.span().end() > t.span().start()) continue;
                if (joinedByAnd(s, g, a)) return Optional.of(a);
            }
        }
        // a strike's target is looked for within 12 tokens of the trigger, or of its agents after it ("strikes by
        // Russian and Syrian jets on ...")
        boolean remote = REMOTE.contains(t.type());
        int reach = t.to();
        for (ActorMention a : s.actors()) {
            if (a.span().start() < t.span().end()) continue;
            if (agent.isPresent() && (agent.get() == a || remote && coAgent(s, agent.get(), a))) {
                if (remote) reach = Math.max(reach, s.tokenAt(a.span().end() - 1) + 1);
                continue;
            }
            int k = s.tokenAt(a.span().start());
            if (introducedBy(s, k, "by") && !ownerBy(s, k) || implied(a) || isSource(s, k)) continue;
            // (a target fired at may come after a long list of weapons: "fired mortars of two calibres, anti-tank
            // rockets and a recoilless gun at X")
            // (the victims a toll clause counts are the target wherever the clause stands: "an airstrike hit a farm near
            // the village of X west of Y, killing 2 civilians")
            // (not a fight's: "clashes ..., killing 3 people" counts the fighters, whoever they were)
            if (k - reach > (firedAt(s, k) ? 24 : 12) && (fight || !countedVictims(s, k))) break;
            return Optional.of(a);
        }
        return Optional.empty();
    }

    private static final Set<String> TARGET_WORDS = Set.of("the", "a", "an", "positions", "position", "posts", "post", "of", "'s");

    private static final Set<String> TOLL_PARTICIPLES = Set.of("killing", "wounding", "injuring");
    private static final Set<String> TOLL_VERBS = Set.of("killed", "wounded", "injured");

    /** ", killing 2 civilians", "killing at least five soldiers": the actor at token k is counted by a toll clause. */
    private static boolean countedVictims(SentenceView s, int k) {
        return countedBy(s, k, TOLL_PARTICIPLES);
    }

    /** "killed 4 militants in an airstrike": the actor at token k is the object of a toll verb. */
    static boolean killedObject(SentenceView s, int k) {
        return countedBy(s, k, TOLL_VERBS) || countedBy(s, k, TOLL_PARTICIPLES);
    }

    private static boolean countedBy(SentenceView s, int k, Set<String> verbs) {
        for (int i = k - 1; i >= Math.max(s.first(), k - 5); i--) {
            String n = s.norm(i);
            if (verbs.contains(n)) return true;
            if (!HEDGES.contains(n) && !n.chars().allMatch(Character::isDigit) && !n.equals("at") && !n.equals("least")) return false;
        }
        return false;
    }

    /** "at the positions of X", "at X": the actor at token k is what something was fired at. */
    private static boolean firedAt(SentenceView s, int k) {
        for (int i = k - 1; i >= Math.max(s.first(), k - 5); i--) {
            String n = s.norm(i);
            if (n.equals("at")) return true;
            if (!TARGET_WORDS.contains(n)) return false;
        }
        return false;
    }

    /** Triggers of strikes from afar, whose agents joined by "and" strike together. */
    private static final Set<TriggerClass> REMOTE = java.util.EnumSet.of(TriggerClass.AIR, TriggerClass.AIR_CAMPAIGN,
            TriggerClass.STRIKE, TriggerClass.BOMBED, TriggerClass.BOMBING, TriggerClass.BOMBARD, TriggerClass.STRUCK,
            TriggerClass.SHELLING, TriggerClass.ROCKET, TriggerClass.MISSILE);

    /**
     * "strikes by Russian and regime warplanes": an armed actor joined to the agent of a strike by "and" strikes with
     * it, and is not its target (in a fight, "clashes between X and Y", it is the other side).
     */
    private static boolean coAgent(SentenceView s, ActorMention agent, ActorMention a) {
        if (a.span().start() < agent.span().end() || implied(a) || !armed(a) || !armed(agent)) return false;
        return joinedByAnd(s, agent, a);
    }

    /** Is only "and" (or "and the") between the first actor and the second, which follows it? */
    private static boolean joinedByAnd(SentenceView s, ActorMention first, ActorMention second) {
        String between = s.doc().text().substring(first.span().end(), second.span().start()).strip().toLowerCase(java.util.Locale.ROOT);
        return between.equals("and") || between.equals("and the");
    }

    /**
     * Places for a trigger: the resolved place nearest to it (after it preferred), extended to a coordinated list
     * ("in Hama, Homs, Latakia and Idlib"), one event per listed place. Country-level names are used only alone.
     */
    static List<PlaceMention> places(SentenceView s, TriggerMatch t, Gazetteer gazetteer) {
        // "Olanchito, Honduras - Armed men killed five people ... in this town in the northern department of Yoro": "this
        // town" points back to the town the sentence opens with, its dateline
        PlaceMention pointedTo = townThisPointsTo(s);
        if (pointedTo != null) return List.of(pointedTo);
        List<PlaceMention> usable = new ArrayList<>();
        for (PlaceMention p : s.places()) if (isEventPlace(s, p)) usable.add(p);
        usable = originAsScene(s, usable);
        if (usable.isEmpty()) return List.of();
        usable = districtsOfTheirCity(s, usable);
        usable = withoutBracketedQualifiers(s, usable);
        // "fled to Kaya, some 100 km northeast of Ouagadougou": the place a bearing is taken from is not the scene
        // when the place it locates is known
        if (usable.size() > 1) {
            List<PlaceMention> all = usable;
            usable = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) if (i == 0 || !bearingFrom(s, all.get(i - 1), all.get(i))) usable.add(all.get(i));
        }
        // keep the places named as locations, and the lists they head ("in Hama, Homs and Idlib")
        List<PlaceMention> located = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            PlaceMention p = usable.get(i);
            boolean ok = namedAsLocation(s, p) || (i > 0 && located.contains(usable.get(i - 1))
                    && (glued(s, usable.get(i - 1), p) || unitPossessing(s, usable.get(i - 1), p)));
            if (ok) located.add(p);
        }
        // a list ends with "... and Idlib provinces": the earlier members are locations too
        for (int i = usable.size() - 2; i >= 0; i--) {
            if (!located.contains(usable.get(i)) && located.contains(usable.get(i + 1)) && glued(s, usable.get(i), usable.get(i + 1))) located.add(usable.get(i));
        }
        located.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        // "on Murree road" (in another city), "on the Manzanillo-Cihuatlan road": a road named after
        // a town is not that town, when the sentence names where else it is
        if (located.size() > 1) {
            List<PlaceMention> notRoads = new ArrayList<>();
            for (PlaceMention p : located) if (!roadName(s, p)) notRoads.add(p);
            if (!notRoads.isEmpty()) located = notRoads;
        }
        usable = inHomeCountry(located, homeCountry(s.doc()));
        if (usable.isEmpty()) return List.of();
        // "in Rosario (Santa Fe)": the bracket names the town's province, whatever city also bears the name
        // ("in Hajjah's Abs district": the possessive names the district's province)
        if (usable.size() > 1) {
            List<PlaceMention> all = usable;
            usable = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                PlaceMention p = all.get(i);
                if (provinceOfTownBefore(s, p, all) || i + 1 < all.size()
                        && (unitPossessing(s, p, all.get(i + 1)) || unitBeforeItsTown(s, p, all.get(i + 1)))) continue;
                usable.add(p);
            }
        }
        PlaceMention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (PlaceMention p : usable) {
            int k = s.tokenAt(p.span().start());
            int dist = k >= t.to() ? k - t.to() : (t.from() - k) * 2 + 3;  // places after the trigger read better
            if (p.precision() == 1) dist -= 1;
            if (k >= t.to() && opensClause(s, t.to(), k)) dist += 20;
            // "fired a rocket from the Gaza Strip towards Sderot": where a thing came from is not where it struck
            if (usable.size() > 1 && PROJECTILES.contains(t.type()) && fromBefore(s, k)) dist += 10;
            if (dist < bestScore) { bestScore = dist; best = p; }
        }
        // "in Vila Velha, Espirito Santo, ... police in Boa Vista": the
        // place the sentence opens with is the scene; a later name resolved in another province is a namesake of a
        // street, neighbourhood or landmark inside it
        PlaceMention scene = openingPlace(s, t, usable);
        if (scene != null && best != scene && !java.util.Objects.equals(scene.place().admin1(), best.place().admin1())) best = scene;
        // "in Celaya, Guanajuato, ... a body in Colonia Emiliano Zapata": a neighbourhood named later is a
        // quarter of the town the sentence opened with; a far reading of its name is a namesake
        if (scene != null && best != scene && quarterName(s, best) && scene.place() != null && best.place() != null
                && Gazetteer.km(scene.place(), best.place()) > QUARTER_REACH_KM) best = scene;
        // "in Valle de Santiago, Guanajuato, the Cartel Santa Rosa de Lima ...", "in Acapulco,
        // Guerrero, a body was thrown near La Venta toll": a later town of the same province that the sentence does not
        // give as where it happened (no "in"/"at"/"near" right before it), or that names a landmark, is a group's or a
        // landmark's name; the town the sentence opened with is the scene
        // (however near: "in Texcoco de Mora, Mexico, people demonstrated against Acolman police officers" happened in
        // Texcoco; only a quarter given as where it happened is the more specific place)
        if (scene != null && best != scene && best.precision() < 3 && scene.precision() == 1 && scene.place() != null
                && best.place() != null && java.util.Objects.equals(scene.place().admin1(), best.place().admin1())
                && givenAsWhere(s, scene) && (!givenAsWhere(s, best) || landmarkName(s, best)
                    && Gazetteer.km(scene.place(), best.place()) > QUARTER_REACH_KM)) best = scene;
        // "in Trelew (Chubut), teachers gathered ...": the province nearer the trigger is the town's own; the most
        // specific place named is the event's
        if (scene != null && best != scene && best.precision() == 3 && scene.precision() < 3
                && java.util.Objects.equals(scene.place().admin1(), best.place().admin1())) best = scene;
        // "rallied in Babruysk, Mogilev region", "protested in Mangalagiri town (Guntur, AP)": a town written with
        // its province right after it is where it happened
        if (best.precision() == 3) {
            int at = s.tokenAt(best.span().start());
            PlaceMention town = null;
            for (PlaceMention p : usable) {
                if (p == best || p.precision() == 3 || !java.util.Objects.equals(p.place().admin1(), best.place().admin1())) continue;
                int end = s.tokenAt(p.span().end());
                if (end <= at && at - end <= 4 && onlyQualifierGlue(s, end, at)) { town = p; break; }
                // "Kasongo, a town in eastern Congo's Maniema province": an apposition places the town in the unit
                if (end < at && at - end <= 10 && org.sitrep.geo.Appositions.settlementAt(s.doc().tokens(), end, s.end()) && !commaBetween(s, end + 1, at)) { town = p; break; }
                // "members of the union, Punjab, staged a protest in Ludhiana city (Punjab)": a town of the province
                // named as where ("in X") is more specific than the province named for who they are
                int k = s.tokenAt(p.span().start());
                if (town == null && k - 1 >= s.first() && WHERE_WORDS.contains(s.norm(k - 1))) town = p;
            }
            if (town != null) best = town;
        }
        List<PlaceMention> out = new ArrayList<>();
        int idx = usable.indexOf(best);
        int lo = idx, hi = idx;
        while (lo > 0 && glued(s, usable.get(lo - 1), usable.get(lo))) lo--;
        while (hi + 1 < usable.size() && glued(s, usable.get(hi), usable.get(hi + 1))) hi++;
        // "on the road between Baiji and Haditha": two ends of one stretch are one location, the first named (ACLED)
        int opening = s.tokenAt(usable.get(lo).span().start());
        if (hi == lo + 1 && opening - 1 >= s.first() && s.norm(opening - 1).equals("between")) hi = lo;
        for (int i = lo; i <= hi; i++) out.add(usable.get(i));
        // "destroyed a warehouse in Idlib area and a command centre in Hama region": each conjunct names its own place
        // (ACLED: one event per location)
        for (int i = hi + 1; i < usable.size(); i++) {
            PlaceMention p = usable.get(i);
            if (conjunctPlace(s, usable.get(hi), p) && p.place() != null && out.stream().noneMatch(q -> q.place() != null
                    && java.util.Objects.equals(q.place().admin1(), p.place().admin1()))) out.add(p);
        }
        // "in Hama, Homs, Latakia and Idlib provinces": every listed name is a province (M2)
        int afterList = s.tokenAt(usable.get(hi).span().end());
        int beforeList = s.tokenAt(usable.get(lo).span().start());
        boolean provincesOf = beforeList - 2 >= s.first() && ADMIN_WORDS.contains(s.norm(beforeList - 2)) && s.norm(beforeList - 1).equals("of");
        // ("in al-Rumaitha, Muthanna province": a singular unit word after a town and its province is no list)
        boolean unitList = afterList < s.end() && ADMIN_WORDS.contains(s.norm(afterList))
                && (s.norm(afterList).endsWith("s") || joinedByAnd(s, beforeList, afterList));
        if (out.size() > 1 && (unitList || provincesOf)) {
            List<PlaceMention> provinces = new ArrayList<>();
            for (PlaceMention p : out) provinces.add(asAdmin1(p, gazetteer));
            return provinces;
        }
        // "seized the village of Tak Sukayk in northern Hama": a village the gazetteer lacks keeps its name, placed in
        // the area the sentence names (geo_precision 2)
        if (out.stream().noneMatch(p -> p.precision() == 1)) {
            PlaceMention area = out.getFirst();
            // "took the town of Khwain, Zarzoor and Tamanah farms", "recaptured the town of al-Bahsa": the names a
            // place noun introduces, one event each (ACLED: one event per location)
            List<Span> listed = namesAfterPlaceNoun(s, t);
            if (!listed.isEmpty()) {
                List<PlaceMention> named = new ArrayList<>();
                String text = s.doc().text();
                // one name keeps the area's entry (so reports of the area and of the village still meet); several
                // names need entries of their own to stay several events
                for (Span n : listed) {
                    GeoPlace g = listed.size() == 1 ? area.place() : namedIn(area.place(), n.of(text));
                    named.add(new PlaceMention(n, n.of(text), g, "unresolved-name-in:" + area.pass(), 2));
                }
                return named;
            }
            for (PlaceMention u : s.places()) {
                if (u.place() != null || !namedAsLocation(s, u) || u.text().length() < 3) continue;
                if (!Character.isUpperCase(u.text().charAt(0))) continue;
                int k = s.tokenAt(u.span().start());
                if (k < t.to() || k - t.to() > 6) continue;     // right after the trigger: its object
                return List.of(new PlaceMention(u.span(), u.text(), area.place(), "unresolved-name-in:" + area.pass(), 2));
            }
        }
        // a town named with its province ("Mansoura village in Hama province"): the province decides among namesakes
        List<PlaceMention> admins = new ArrayList<>();
        for (PlaceMention p : s.places()) if (p.place() != null && "admin1".equals(p.place().feature())) admins.add(p);
        if (!admins.isEmpty()) out.replaceAll(p -> withinNamedAdmin1(s, p, admins, gazetteer));
        // "a village of Shakardara district, Kabul", "a metro station in Minsk": a place written as
        // part of a larger one lies inside it; when the gazetteer puts it elsewhere, it picked a namesake
        out.replaceAll(p -> withinContainer(s, p, gazetteer));
        // "Kashtanove, Donetsk": the second name is the first one's region (admin1 or admin2), not another place
        if (out.size() > 1) {
            List<PlaceMention> named = new ArrayList<>(out);
            out.removeIf(p -> named.stream().anyMatch(q -> q != p && q.span().start() < p.span().start()
                    && q.precision() < 3 && q.place() != null && (sameName(p.text(), q.place().admin1()) || sameName(p.text(), q.place().admin2()))));
        }
        // "the Shehpur area of Ahmedabad": the area lies in the town; a reading of its name far from the town is a
        // namesake of a quarter the gazetteer lacks, so the town stands for it
        out.replaceAll(p -> quarterOfTown(s, p));
        // a town named together with its province ("Kafr Nabuda village in Hama", "Yatta in the southern West Bank"):
        // keep the town only
        if (out.size() > 1) out.removeIf(p -> (p.precision() == 3 || "admin1".equals(p.place().feature()))
                && out.stream().anyMatch(q -> q != p && q.precision() < 3 && !"admin1".equals(q.place().feature())
                        && q.place().admin1() != null && q.place().admin1().equals(p.place().admin1())));
        return out;
    }

    /**
     * The places without those in a bracket right after another of them (past a settlement word): "in Nouna (Kossi,
     * Boucle du Mouhoun, Burkina Faso)", "captured Selidovo (Pokrovsk raion, Donetsk oblast)", "in Menakuru village
     * (Nellore, AP)". The bracket says where the place before it lies; it names no other scene, whichever of its
     * names stands nearest the trigger.
     */
    private static List<PlaceMention> withoutBracketedQualifiers(SentenceView s, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>(places);
        for (PlaceMention q : places) {
            if (q.place() == null) continue;
            int open = s.tokenAt(q.span().end());
            if (open < s.end() && SETTLEMENT_WORDS.contains(s.norm(open))) open++;
            if (open >= s.end() || !s.norm(open).equals("(")) continue;
            int close = closingBracket(s, open);
            if (close < 0) continue;
            int from = open, to = close;
            List<PlaceMention> inside = new ArrayList<>();
            for (PlaceMention p : places) if (p != q && s.tokenAt(p.span().start()) > from && s.tokenAt(p.span().start()) < to) inside.add(p);
            // (a bracket of another country's places says the name before it was read as a namesake abroad: "near
            // Xaaji-Cali (Cadale)" is no Colombian Cali)
            if (inside.stream().anyMatch(p -> p.place() != null && p.place().iso2() != null
                    && !org.sitrep.geo.Gazetteer.sameCountry(p.place().iso2(), q.place().iso2()))) continue;
            out.removeAll(inside);
        }
        return out.isEmpty() ? places : out;
    }

    private static final Set<String> SETTLEMENT_WORDS = Set.of("town", "city", "village", "hamlet", "camp", "area");

    /** The ")" that closes the bracket opening at token {@code open}, within 14 tokens and the sentence; -1 if none. */
    private static int closingBracket(SentenceView s, int open) {
        for (int close = open + 1; close < Math.min(s.end(), open + 14); close++) if (s.norm(close).equals(")")) return close;
        return -1;
    }

    /**
     * b is introduced by its own "in" in a conjunct that "and" joins after a: "in Idlib area and a command centre in
     * Hama region", with no clause boundary or speech verb between them.
     */
    private static boolean conjunctPlace(SentenceView s, PlaceMention a, PlaceMention b) {
        int from = s.tokenAt(a.span().end());
        int k = s.tokenAt(b.span().start());
        if (k - 1 <= from || k - from > 12) return false;
        if (!s.norm(k - 1).equals("in")) {
            // "in the north of Hama province and the nearby rebel-held Idlib province": a second locative noun phrase
            int j = k - 1;
            while (j > from && AREA_WORDS.contains(s.norm(j))) j--;
            if (j <= from || !s.norm(j).equals("and")) return false;
            for (int i = from; i < j; i++) if (!PLACE_NOUNS.contains(s.norm(i))) return false;
            return true;
        }
        boolean and = false;
        for (int i = from; i < k - 1; i++) {
            String w = s.norm(i);
            if (CLAUSE_BOUNDARY.contains(w) || SPEECH.contains(w) || w.equals("\"") || w.equals(",")) return false;
            if (w.equals("and")) and = true;
        }
        return and;
    }

    /**
     * "in Mogadishu-Dharkenley district": a city and one of its districts joined by a hyphen are one place, the
     * district (the more precise), written as the text writes the pair (ACLED's "City-District" names).
     */
    private static List<PlaceMention> districtsOfTheirCity(SentenceView s, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>(places.size());
        String text = s.doc().text();
        for (int i = 0; i < places.size(); i++) {
            PlaceMention a = places.get(i);
            PlaceMention b = i + 1 < places.size() ? places.get(i + 1) : null;
            boolean pair = b != null && a.place() != null && b.place() != null && b.span().start() == a.span().end() + 1
                    && text.charAt(a.span().end()) == '-';
            if (pair && (roadName(s, a) || afterRoadWord(s, a))) {
                // "the highway Turmero-Maracay": a road named after the towns it joins lies at the first (ACLED)
                out.add(a);
                i++;
            } else if (pair && Gazetteer.km(a.place(), b.place()) <= CITY_DISTRICT_KM && !"admin1".equals(b.place().feature())
                    && b.place().population() <= a.place().population()) {
                Span whole = new Span(a.span().start(), b.span().end());
                out.add(new PlaceMention(whole, text.substring(whole.start(), whole.end()), b.place(), b.pass(), b.precision()));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** Is p written right after a road word ("the highway Turmero-Maracay")? */
    private static boolean afterRoadWord(SentenceView s, PlaceMention p) {
        int k = s.tokenAt(p.span().start());
        return k - 1 >= s.first() && ROAD_WORDS.contains(s.norm(k - 1));
    }

    /** How far from its city a district joined to the city's name by a hyphen may lie. */
    static final double CITY_DISTRICT_KM = 30;

    /** km within which a district named in a bracket after a town is taken to hold it. */
    private static final double DISTRICT_OF_TOWN_KM = 40;

    /**
     * p directly qualifies a town before it ("Rosario (Santa Fe", "Morelia, Michoacan") and is the name of its province,
     * or is the district a bracket after the town names ("Fatira (Maarrat An Nu'man, Idleb)").
     */
    private static boolean provinceOfTownBefore(SentenceView s, PlaceMention p, List<PlaceMention> places) {
        int at = s.tokenAt(p.span().start());
        for (PlaceMention q : places) {
            if (q == p || q.precision() == 3 || q.place() == null) continue;
            int end = s.tokenAt(q.span().end());
            if (end >= at || !onlyQualifierGlue(s, end, at)) continue;
            boolean bracket = s.token(end).text().equals("(");
            // (or at the end of the town's bracketed chain: "Kasoa (Awutu Efutu Senya, Central)")
            if ((at - end <= 2 || bracket && at - end <= 7) && sameName(p.text(), q.place().admin1())) return true;
            // "Fatira (Maarrat An Nu'man, Idleb)": the district a bracket names after a town holds the town
            if (bracket && at - end <= 3 && p.place() != null && Gazetteer.km(p.place(), q.place()) <= DISTRICT_OF_TOWN_KM) return true;
        }
        return false;
    }

    /** Is {@code unit} read as a first-level unit that holds {@code place}'s reading? */
    private static boolean unitHolding(PlaceMention unit, PlaceMention place) {
        return unit.place() != null && place.place() != null && "admin1".equals(unit.place().feature())
                && java.util.Objects.equals(unit.place().admin1(), place.place().admin1());
    }

    /** "the Bekaa town of Brital", "the Idlib village of Kafr Nabl": a first-level unit naming the kind of place after it. */
    private static boolean unitBeforeItsTown(SentenceView s, PlaceMention unit, PlaceMention place) {
        if (!unitHolding(unit, place)) return false;
        int after = s.tokenAt(unit.span().end());
        return after + 2 == s.tokenAt(place.span().start()) && (SETTLEMENT_WORDS.contains(s.norm(after)) || s.norm(after).equals("district"))
                && s.norm(after + 1).equals("of");
    }

    /** Triggers of things fired or flown at a place (a route "from Homs to Hama" names no origin of them). */
    private static final Set<TriggerClass> PROJECTILES = java.util.EnumSet.of(TriggerClass.ROCKET, TriggerClass.MISSILE,
            TriggerClass.SHELLING, TriggerClass.AIR, TriggerClass.STRIKE, TriggerClass.BOMBARD);

    /** Is the place at token k introduced by "from" ("from Gaza", "from the Gaza Strip")? */
    private static boolean fromBefore(SentenceView s, int k) {
        return k - 1 >= s.first() && s.norm(k - 1).equals("from")
                || k - 2 >= s.first() && s.norm(k - 2).equals("from") && s.norm(k - 1).equals("the");
    }

    /** "Hajjah's Abs district", "Dhi Qar's Nasiriyah": a first-level unit's possessive right before a place of it. */
    private static boolean unitPossessing(SentenceView s, PlaceMention unit, PlaceMention place) {
        if (!unitHolding(unit, place)) return false;
        String text = s.doc().text();
        if (unit.span().end() >= place.span().start() || place.span().start() > text.length()) return false;
        String glue = text.substring(unit.span().end(), place.span().start()).replace('\u2019', '\'');
        return glue.equals("'s ");
    }

    private static final Set<String> AREA_OF = Set.of("area", "locality", "neighbourhood", "neighborhood", "sector", "quarter", "suburb");

    /** p written as "P area of T" with T a town: p, or T when p's reading lies beyond QUARTER_REACH_KM of T. */
    private static PlaceMention quarterOfTown(SentenceView s, PlaceMention p) {
        if (p.place() == null) return p;
        int after = s.tokenAt(p.span().end());
        if (after + 2 >= s.end() || !AREA_OF.contains(s.norm(after)) || !s.norm(after + 1).equals("of")) return p;
        int at = s.norm(after + 2).equals("the") ? after + 3 : after + 2;
        for (PlaceMention t : s.places()) {
            if (t.place() == null || s.tokenAt(t.span().start()) != at) continue;
            if (!TOWN_FEATURES.contains(t.place().feature())) return p;
            return Gazetteer.km(p.place(), t.place()) > QUARTER_REACH_KM
                    ? new PlaceMention(p.span(), p.text(), t.place(), p.pass() + "+quarter-of-town", 2) : p;
        }
        return p;
    }

    private static final java.util.regex.Pattern TOLD_WHERE = java.util.regex.Pattern.compile(
            "(?i)^(the|this|that) (incident|attack|event|assault|explosion|blast|shooting|protest|clash|clashes|raid|killing) "
            + "(occurred|took place|happened|was reported|were reported) (in|at|near) .*");

    /** A sentence that only says where the happening before it took place: "The incident occurred in X." */
    private static boolean toldWhereNext(SentenceView v) {
        return TOLD_WHERE.matcher(v.sentence().span().of(v.doc().text())).matches();
    }

    /** km within which a neighbourhood's reading may lie from the town the sentence opened with. */
    private static final double QUARTER_REACH_KM = 15;
    private static final Set<String> QUARTER_BEFORE = Set.of("colonia", "barrio", "bairro", "fraccionamiento");
    private static final Set<String> QUARTER_AFTER = Set.of("neighborhood", "neighbourhood", "community", "favela",
            "slum", "colony", "estate");

    /** "Colonia Loma Alta", "Barrio Norte", "Guama neighborhood", "the Vila Kennedy community". */
    private static boolean quarterName(SentenceView s, PlaceMention p) {
        int k = s.tokenAt(p.span().start());
        int after = s.tokenAt(p.span().end());
        String t = p.text().toLowerCase(java.util.Locale.ROOT);
        return k - 1 >= s.first() && QUARTER_BEFORE.contains(s.norm(k - 1)) || t.startsWith("colonia ") || QUARTER_BEFORE.contains(t)
                || after < s.end() && QUARTER_AFTER.contains(s.norm(after));
    }

    /** "in X", "at the X", "near X": the sentence gives the place as where something happened. */
    private static boolean givenAsWhere(SentenceView s, PlaceMention p) {
        int k = s.tokenAt(p.span().start());
        int prep = k - 1 >= s.first() && s.norm(k - 1).equals("the") ? k - 2 : k - 1;
        return prep >= s.first() && WHERE_WORDS.contains(s.norm(prep));
    }

    /** Words after a place's name that make the name a landmark's: "La Venta toll", "the Jalandhar bypass". */
    private static final Set<String> LANDMARK_WORDS = Set.of("toll", "bypass", "junction", "roundabout", "interchange",
            "bridge", "checkpoint", "crossing", "terminal", "market", "prison", "jail", "hospital", "club", "stadium",
            "square", "station", "airport", "port", "mall", "plaza", "road", "street", "avenue", "highway");

    private static boolean landmarkName(SentenceView s, PlaceMention p) { return nameOf(s, p, LANDMARK_WORDS, false); }

    private static final Set<String> ROAD_WORDS = Set.of("road", "street", "avenue", "highway", "motorway", "boulevard",
            "bypass", "expressway", "toll", "flyover");

    /** "Murree road", "Manzanillo-Cihuatlan road": the name (or a hyphenated pair of names) is a road's. */
    private static boolean roadName(SentenceView s, PlaceMention p) { return nameOf(s, p, ROAD_WORDS, true); }

    /**
     * Is p the start of a longer name that one of {@code heads} ends within three tokens, over capitalised words (and
     * hyphens where {@code hyphens}): "Murree road", "Manzanillo-Cihuatlan road", "La Venta toll"?
     */
    private static boolean nameOf(SentenceView s, PlaceMention p, Set<String> heads, boolean hyphens) {
        int after = s.tokenAt(p.span().end());
        int steps = 0;
        for (int i = after; i < s.end() && steps < 3; i++, steps++) {
            String n = s.norm(i);
            if (heads.contains(n)) return true;
            // ("the Raqqa-Deir ez-Zor road": another place's name inside counts as one word)
            PlaceMention other = placeAt(s, i);
            if (other != null && other != p) { i = s.tokenAt(other.span().end()) - 1; continue; }
            if (!(hyphens && n.equals("-")) && !Character.isUpperCase(s.token(i).text().charAt(0))) return false;
        }
        return false;
    }

    /** The place mention that starts at token i, or null. */
    private static PlaceMention placeAt(SentenceView s, int i) {
        int start = s.token(i).start();
        for (PlaceMention q : s.places()) if (q.span().start() == start) return q;
        return null;
    }

    private static final Set<String> WHERE_WORDS = Set.of("in", "at", "near");
    private static final Set<String> QUALIFIER_GLUE = Set.of(",", "(", "of", "the", "in", "town", "city", "village", "district",
            "raion", "rayon", "oblast", "province", "governorate", "region", "county", "department", "municipality", "lga");
    private static final Set<String> TOWN_FEATURES = Set.of("city", "capital", "town");

    /** Between a town and its province: "X, Y", "X (Y", "X of the Y", "X town (Z, Y" (the tokens from..to). */
    private static boolean onlyQualifierGlue(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            String n = s.norm(i);
            if (!QUALIFIER_GLUE.contains(n)
                    && !Character.isUpperCase(s.token(i).text().charAt(0))) return false;
        }
        return true;
    }

    /** Words that may stand between "and" and a second place: "and the nearby rebel-held Idlib province". */
    private static final Set<String> AREA_WORDS = Set.of("the", "nearby", "neighbouring", "neighboring", "adjacent",
            "northern", "southern", "eastern", "western", "central", "northwestern", "northeastern", "southwestern",
            "southeastern", "rebel-held", "opposition-held", "government-held", "regime-held", "isis-held", "is-held",
            "rebel", "held", "-", "embattled", "restive");

    private static final Set<String> SPEECH = Set.of("said", "says", "saying", "announced", "claimed", "denied",
            "accused", "reported", "told", "stated", "insisted", "warned", "added", "confirmed", "rejected", "condemned");

    /**
     * A resolved, sub-national place that names where something happened: not a dateline ("BEIRUT (AFP) -"), not
     * a government speaking ("Moscow said", "Washington accused").
     */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    static boolean isEventPlace(SentenceView s, PlaceMention p) {
        if (p.place() == null || "country".equals(p.place().feature())) return false;
        if (CALENDAR.contains(p.text().toLowerCase(java.util.Locale.ROOT))) return false;
        // "SDF", "YPG", "PKK": short all-capital words are organisations far more often than places
        // unless it is a state's abbreviation qualifying a place ("Pipri, Kaushambi (UP)"), which the place layer reads
        // only in that position
        if (p.text().length() <= 4 && p.text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.')
                && !qualifyingAdmin1(s, p)) return false;
        // "MPs", "IDPs", "NGOs": a plural acronym names people or bodies
        if (p.text().matches("[A-Z]{2,4}s")) return false;
        // "Tiv and Ichen militias", "the Kurdistan Workers' Party": a word of a named group's name
        for (ActorMention a : s.actors()) {
            if (a.rule() != null && a.rule().startsWith("lexicon") && a.span().contains(p.span())) return false;
        }
        return !isDateline(s, p) && !isSpeaker(s, p) && !isPossessor(s, p) && !isOrigin(s, p);
    }

    /** An admin1 unit written right after "(" or "," (a qualifier of the place before it). */
    private static boolean qualifyingAdmin1(SentenceView s, PlaceMention p) {
        int k = s.tokenAt(p.span().start());
        return "admin1".equals(p.place().feature()) && k > s.first() && (s.norm(k - 1).equals("(") || s.norm(k - 1).equals(","));
    }

    /** "Moscow's help", "Assad's side": a possessive names an owner, not where something happened. */
    static boolean isPossessor(SentenceView s, PlaceMention p) {
        // read on the characters: the statistical tokenizer may glue the possessive to the name's token ("Moscow's")
        String text = s.doc().text();
        int end = p.span().end();
        int mark = p.text().endsWith("'s") || p.text().endsWith("\u2019s") ? 0
                : text.startsWith("'s", end) || text.startsWith("\u2019s", end) ? 2
                // (a bare apostrophe is a plural's possessive only after an s: "Mare'," ends in an ayn)
                : end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                    && p.text().toLowerCase(java.util.Locale.ROOT).endsWith("s") ? 1 : -1;
        if (mark < 0) return false;
        // "Baghdad's Karrada district", "Idlib's countryside": the place contains another place, it owns nothing
        int next = s.tokenAt(end + mark);
        if (next >= s.end()) return true;
        String w = s.token(next).text();
        return !(Character.isUpperCase(w.charAt(0)) || PLACE_NOUNS.contains(s.norm(next)) || s.norm(next).equals("countryside")
                || s.norm(next).equals("outskirts") || s.norm(next).equals("southern") || s.norm(next).equals("northern")
                || s.norm(next).equals("eastern") || s.norm(next).equals("western") || s.norm(next).equals("old"));
    }

    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "on", "outside", "around", "of", "into",
            "across", "towards", "toward", "from", "inside", "within", "between", "and", "nearby", "off", "along",
            "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northwest",
            "northeast", "southwest", "southeast", "outskirts", "countryside", "rural", "besieged", "town", "village",
            "city", "district", "province", "region", "neighbourhood", "neighborhood", "hit", "struck", "targeted",
            "pounded", "shelled", "bombed", "captured", "seized", "retook", "recaptured", "took", "entered", "stormed",
            "attacked", "raided", "liberated", "control", "by", "for", "over", "under", "throughout", "through", "via",
            "beyond", "past", "up", "down", "opposition-held", "rebel-held", "government-held", "regime-held",
            "isis-held", "is-held", "strategic", "key", "border", "embattled", "northwestern", "northeastern",
            "southwestern", "southeastern", "upper", "lower", "greater", ",", "(");
    private static final Set<String> PLACE_NOUNS = Set.of("province", "provinces", "governorate", "governorates", "city",
            "town", "village", "villages", "district", "region", "area", "countryside", "plain", "valley", "mountains",
            "mountain", "neighbourhood", "neighborhood", "suburb", "suburbs", "outskirts", "municipality", "oblast",
            "county", "state", "camp", "airport", "airbase", "base", "highway", "road", "crossing", "border", "front",
            "frontline", ")", "(", "-");

    /**
     * Named as a location: after a locative word ("in Hama", "near Homs", "outskirts of Idlib", "captured
     * Mansoura") or before a place noun ("Hama province", "Kafr Nabuda village"). A bare name elsewhere in the
     * sentence ("criticised Washington") is more often a government or a person than the place of the event.
     */
    static boolean namedAsLocation(SentenceView s, PlaceMention p) {
        int k = s.tokenAt(p.span().start());
        int after = s.tokenAt(p.span().end());
        if (k - 1 >= s.first() && LOCATIVE.contains(s.norm(k - 1))) return true;
        if (k - 2 >= s.first() && LOCATIVE.contains(s.norm(k - 2)) && (s.norm(k - 1).equals("the") || Character.isUpperCase(s.token(k - 1).text().charAt(0)))) return true;
        if (after < s.end() && PLACE_NOUNS.contains(s.norm(after))) return true;
        // "Tabqa airbase", "Aida camp": a name that ends in its own place noun
        if (after - 1 > k && PLACE_NOUNS.contains(s.norm(after - 1))) return true;
        // "Kasongo, a town in eastern Congo's Maniema province, was attacked": an apposition calls it a settlement
        if (org.sitrep.geo.Appositions.settlementAt(s.doc().tokens(), after, s.end())) return true;
        return k == s.first() && p.precision() >= 2;
    }

    /**
     * The town a sentence opens with (a settlement resolved to a point), where the sentence later says "in this town"
     * or "this northwestern city" after a place preposition; null otherwise.
     */
    private static PlaceMention townThisPointsTo(SentenceView s) {
        PlaceMention first = null;
        for (PlaceMention p : s.places()) {
            if (s.tokenAt(p.span().start()) == s.first()) { first = p; break; }
        }
        if (first == null || first.place() == null || first.precision() != 1 || !TOWN_FEATURES.contains(first.place().feature())
                && !"village".equals(first.place().feature())) return null;
        for (int i = s.tokenAt(first.span().end()) + 1; i + 1 < s.end(); i++) {
            if (!s.norm(i).equals("this") || !POINTING_PREPOSITIONS.contains(s.norm(i - 1))) continue;
            for (int j = i + 1; j < Math.min(s.end(), i + 4); j++) {
                String w = s.norm(j);
                if (POINTED_SETTLEMENTS.contains(w)) return first;
                if (w.isEmpty() || !Character.isLowerCase(s.token(j).text().charAt(0))) break;
            }
        }
        return null;
    }

    /** Words before "this" and the settlement nouns after it: "in this town", "of this northwestern city". */
    private static final Set<String> POINTING_PREPOSITIONS = Set.of("in", "at", "near", "of");
    private static final Set<String> POINTED_SETTLEMENTS = Set.of("town", "city", "village");

    private static boolean commaBetween(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) if (s.norm(i).equals(",")) return true;
        return false;
    }

    static boolean isDateline(SentenceView s, PlaceMention p) {
        int k = s.tokenAt(p.span().start());
        int after = s.tokenAt(p.span().end());
        if (k > s.first() + 4 || after >= s.end()) return false;
        for (int i = s.first(); i < k; i++) if (!s.norm(i).matches("[\\d,.:/]+|[a-z]{3}|\\(|\\)")) return false;
        String next = s.token(after).text();
        return next.equals("(") || next.equals("-") || next.equals("\u2013") || next.equals("\u2014") || next.equals(":")
                || next.startsWith("(");
    }

    /**
     * "Moscow said its air force had hit ...": a government speaking of its own operation is the acting side,
     * named as the country's military forces.
     */
    static Optional<ActorMention> speakingGovernment(SentenceView s) {
        for (PlaceMention p : s.places()) {
            if (p.place() == null || p.place().country() == null || !isSpeaker(s, p)) continue;
            boolean capitalOrCountry = "country".equals(p.place().feature()) || "capital".equals(p.place().feature())
                    || p.place().population() > 1_000_000;
            if (!capitalOrCountry) continue;
            int after = s.tokenAt(p.span().end());
            boolean ownOperation = false;
            for (int i = after; i < Math.min(s.end(), after + 6); i++) {
                String n = s.norm(i);
                if (n.equals("its") || n.equals("our")) { ownOperation = true; break; }
            }
            if (!ownOperation) continue;
            return Optional.of(new ActorMention(p.span(), p.text(),
                    new org.sitrep.model.Actor("Military Forces of " + p.place().country(), 1, p.place().iso2()), "speaker-government"));
        }
        return Optional.empty();
    }

    /**
     * "Moscow said its air force had hit ...", "the ministry said its jets struck ...": a generic force introduced by
     * "its"/"our" belongs to the speaker's country, whatever the article's focus country.
     */
    static ActorMention ownForcesOfSpeaker(SentenceView s, ActorMention agent, org.sitrep.model.Quote speaker) {
        if (speaker == null || speaker.speaker() == null || agent.rule() == null || !agent.rule().startsWith("generic")) return agent;
        int k = s.tokenAt(agent.span().start());
        if (k - 1 < s.first()) return agent;
        String before = s.norm(k - 1);
        if (!before.equals("its") && !before.equals("our") && !before.equals("their")) return agent;
        String country = countryOf(speaker.speaker());
        if (country == null) return agent;
        String name = agent.actor().name();
        int of = name.lastIndexOf(" of ");
        int paren = name.lastIndexOf(" (");
        String renamed = of > 0 ? name.substring(0, of) + " of " + country
                : paren > 0 ? name.substring(0, paren) + " (" + country + ")" : name;
        return new ActorMention(agent.span(), agent.text(), new org.sitrep.model.Actor(renamed, agent.actor().inter(), null),
                agent.rule().replaceFirst("^generic:", "national:") + "+speaker-country");
    }

    /** "Government of Russia", "Ministry of Defence of Russia", "Military Forces of Iraq" -> the country. */
    static String countryOf(String speaker) {
        int of = speaker.lastIndexOf(" of ");
        if (of > 0 && (speaker.startsWith("Government") || speaker.startsWith("Ministry") || speaker.startsWith("Military")
                || speaker.startsWith("Police") || speaker.startsWith("Presidency"))) return speaker.substring(of + 4);
        return null;
    }

    /** Is b the place a bearing locates a from ("a, 30 km north of b", "a, south-west of b")? */
    private static boolean bearingFrom(SentenceView s, PlaceMention a, PlaceMention b) {
        int from = s.tokenAt(a.span().end());
        // (past the token the name ends inside: the statistical tokenizer may keep "Mare'" whole)
        if (from < s.end() && s.token(from).start() < a.span().end()) from++;
        // (past a bracket that qualifies the place: "Kipini (Tana River, Kenya), some 50 km southwest of Lamu")
        if (from < s.end() && s.norm(from).equals("(")) {
            int close = closingBracket(s, from);
            if (close >= 0) from = close + 1;
        }
        // (past the place's unit word: "in Mexico's Guerrero state about 40 km northeast of Chilpancingo")
        if (from < s.end() && ADMIN_WORDS.contains(s.norm(from) + "s")) from++;
        if (from >= s.end()) return false;
        // (set off by a comma, or measured: "attacked Kaya north of X" may tell where the attackers came from, "40 km
        // north of X" places a town)
        boolean measured = false;
        for (int i = from; i < Math.min(s.end(), from + 3); i++) {
            String x = s.token(i).text();
            if (!x.isEmpty() && Character.isDigit(x.charAt(0))) { measured = true; break; }
        }
        return (s.norm(from).equals(",") || measured)
                && org.sitrep.geo.Bearings.between(s.doc().tokens(), from, s.tokenAt(b.span().start()));
    }

    /** People on the spot whose place, given with them, is where what they tell happened ("police in Srinagar said"). */
    private static final Set<String> LOCAL_SPEAKERS = Set.of("police", "residents", "witnesses", "medics", "doctors",
            "rescuers", "villagers", "locals", "activists");

    /**
     * "Moscow said ...": the place stands for its government. Not where local speakers are: "police in Srinagar said"
     * tells where the police were, and where what they report most likely happened ("the defence ministry in Moscow
     * said" still speaks for a government far from its strikes).
     */
    static boolean isSpeaker(SentenceView s, PlaceMention p) {
        int k = s.tokenAt(p.span().start());
        if (k - 2 >= s.first() && (s.norm(k - 1).equals("in") || s.norm(k - 1).equals("at"))
                && LOCAL_SPEAKERS.contains(s.norm(k - 2))) return false;
        int after = s.tokenAt(p.span().end());
        if (after < s.end() && SPEECH.contains(s.norm(after))) return true;
        return after + 1 < s.end() && s.norm(after).equals("has") && SPEECH.contains(s.norm(after + 1));
    }

    private static boolean sameName(String text, String adminName) {
        if (adminName == null) return false;
        String a = org.sitrep.nlp.TextNorm.norm(text).replace("-", " ").replace("'", "");
        String b = org.sitrep.nlp.TextNorm.norm(adminName).replace("-", " ").replace("'", "");
        return a.equals(b) || b.startsWith(a + " ") || a.startsWith(b + " ");
    }

    /** p is a province, or its name is that of the province p lies in (Idlib, the seat of Idlib governorate). */
    private static boolean namesOwnProvince(PlaceMention p, Gazetteer gazetteer) {
        return "admin1".equals(p.place().feature()) || gazetteer.admin1(p.place().iso2(), p.text())
                .map(u -> u.name().equals(p.place().admin1())).orElse(false);
    }

    /**
     * Does a province written after {@code a}, still in p's phrase, hold p? "Kemise (Oromia special zone, Amhara)":
     * the first unit names a zone called after another province; the one after it is p's own.
     */
    private static boolean heldByLaterAdmin1(SentenceView s, PlaceMention p, PlaceMention a) {
        for (PlaceMention b : s.places()) {
            if (b.span().start() <= a.span().start() || b.place() == null || !"admin1".equals(b.place().feature())) continue;
            if (s.tokenAt(b.span().start()) - s.tokenAt(p.span().end()) > NAMED_ADMIN1_REACH) break;
            if (Gazetteer.sameAdmin1(b.place(), p.place())) return true;
        }
        return false;
    }

    /** Tokens between a place and the province written after it in the same phrase. */
    private static final int NAMED_ADMIN1_REACH = 8;

    private static PlaceMention withinNamedAdmin1(SentenceView s, PlaceMention p, List<PlaceMention> admins, Gazetteer gazetteer) {
        if (p.precision() == 3 || p.place() == null) return p;
        for (PlaceMention a : admins) {
            if (a.span().start() < p.span().end()) continue;
            // the province of p's own phrase ("Kafr Nabuda village in Hama", "Mansoura in the Sahl al-Ghab plain of
            // Hama"), not one named further on for something else ("evacuees from Kefraya waited to travel to
            // Aleppo, the coastal province of Latakia or Damascus")
            if (s.tokenAt(a.span().start()) - s.tokenAt(p.span().end()) > NAMED_ADMIN1_REACH) break;
            GeoPlace admin = a.place();
            // a province of another country speaks of p only in p's own phrase ("the town of Haditha and the nearby
            // dam in Anbar province"); further on it is another place's ("Santa Rosa (La Pampa), ... Plaza San Martin")
            if (admin.iso2() == null || !admin.iso2().equals(p.place().iso2()) && !samePhrase(s, p, a)) continue;
            if (Gazetteer.sameAdmin1(admin, p.place())) return p;
            if (heldByLaterAdmin1(s, p, a)) return p;
            // "in Idlib area and ... in Hama region": a province's own name (or its seat's) is no village of another
            // province (looked up only here, where a re-reading is at stake: the lookup is not free)
            if (namesOwnProvince(p, gazetteer)) return p;
            for (GeoPlace c : gazetteer.candidates(p.text())) {
                if (Gazetteer.sameAdmin1(admin, c)) {
                    return new PlaceMention(p.span(), p.text(), c, p.pass() + "+named-admin1", p.precision());
                }
            }
            // a city the gazetteer knows in this country is more often right than the province written with it
            if (admin.iso2().equals(p.place().iso2()) && ("city".equals(p.place().feature()) || "capital".equals(p.place().feature()))) return p;
            // the village is not in the gazetteer: place it in the province the text names (ACLED: geo_precision 2)
            return new PlaceMention(p.span(), p.text(), admin, p.pass() + "+named-admin1-fallback", 2);
        }
        return p;
    }

    /**
     * The place a sentence opens with, before its subject and the trigger: "On 5 May, in Tonala, Jalisco, residents
     * protested ..."; null when the sentence opens otherwise.
     */
    private static PlaceMention openingPlace(SentenceView s, TriggerMatch t, List<PlaceMention> usable) {
        if (usable.isEmpty()) return null;
        PlaceMention f = usable.getFirst();
        if (s.tokenAt(f.span().start()) >= t.from()) return null;
        return opensSentence(s, f) ? f : null;
    }

    /** "In X, ...", "On 5 May, in X, ...", "On 5 May, in El Refugio (X), ...": p is in the sentence's opening phrase. */
    private static boolean opensSentence(SentenceView s, PlaceMention f) {
        int k = s.tokenAt(f.span().start());
        if (k - 1 < s.first()) return false;
        // "in El Refugio (Ahuachapan)": the first resolved name may qualify an unresolved one
        int prep = s.norm(k - 1).equals("the") ? k - 2 : k - 1;
        while (prep >= s.first() && prep > k - 8 && namePart(s, prep)) prep--;
        if (prep < s.first() || !Set.of("in", "near", "at", "around", "outside").contains(s.norm(prep))) return false;
        if (prep > s.first() && !s.norm(prep - 1).equals(",")) return false;       // "On 5 May, in X" or "In X"
        for (ActorMention a : s.actors()) if (a.span().start() < f.span().start()) return false;
        return true;
    }

    /** A token of a place name or its qualifier: "Port-au-Prince", "El Refugio (", "Sao Goncalo ,". */
    private static boolean namePart(SentenceView s, int i) {
        String w = s.token(i).text();
        String n = s.norm(i);
        if (n.equals("in") || n.equals("at") || n.equals("near")) return false;
        return Character.isUpperCase(w.charAt(0)) || n.equals("(") || n.equals(",") || w.startsWith("-")
                || Set.of("au", "de", "del", "da", "do", "dos", "la", "el", "al", "les", "le", "di").contains(n);
    }

    /** Verbs of coming: "refugees arrived from Tachira state", "pilgrims returning from Iran". */
    private static final Set<String> COMING = Set.of("arrived", "arriving", "came", "coming", "returned", "returning",
            "travelled", "traveled", "travelling", "traveling", "fled", "fleeing", "deported", "repatriated",
            // (what is fired from a place lands elsewhere: "a rocket fired from Gaza landed near Sderot")
            "fired", "launched", "lobbed");

    /**
     * "citizens from Redeyef (Gafsa) protested": where the only places left are the units that qualify the people's
     * own town, the sentence names no other scene, and the town is where they acted (as ACLED codes it), not the
     * province around it. Otherwise the usable places as they are.
     */
    private static List<PlaceMention> originAsScene(SentenceView s, List<PlaceMention> usable) {
        if (usable.isEmpty()) return usable;
        List<PlaceMention> origins = new ArrayList<>();
        for (PlaceMention p : s.places()) {
            if (p.place() != null && Gazetteer.isSettlement(p.place()) && isOrigin(s, p)
                    && !isDateline(s, p) && !isSpeaker(s, p) && !isPossessor(s, p)) origins.add(p);
        }
        if (origins.isEmpty()) return usable;
        for (PlaceMention u : usable) {
            boolean qualifier = false;
            for (PlaceMention o : origins) {
                int end = s.tokenAt(o.span().end()), start = s.tokenAt(u.span().start());
                if (start > end && start - end <= 3 && onlyQualifierGlue(s, end, start)) { qualifier = true; break; }
            }
            if (!qualifier) return usable;
        }
        List<PlaceMention> out = new ArrayList<>(origins);
        out.addAll(usable);
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** People named by where they come from: "migrants from Maharashtra", "fighters from a sub-clan". */
    private static final Set<String> PEOPLE = Set.of("people", "residents", "villagers", "migrants", "refugees",
            "labourers", "laborers", "workers", "members", "fighters", "militiamen", "militants", "students", "traders",
            "herders", "farmers", "pilgrims", "civilians", "men", "women", "youths", "delegates", "representatives",
            "officials", "supporters", "activists", "tribesmen", "families", "teachers", "journalists", "protesters",
            "demonstrators", "troops", "soldiers", "reinforcements", "deputies", "leaders", "returnees", "displaced",
            "travellers", "travelers", "passengers", "delegation", "elders", "immigrants", "nationals", "citizens",
            "evacuees", "merchants", "vendors", "shopkeepers", "drivers");
    /** "members of Svoboda", "supporters of Lakas": the name after "of" is a party's or a group's, not a place. */
    private static final Set<String> MEMBERSHIP = Set.of("members", "member", "supporters", "activists", "leaders", "leader");

    /** "migrants from Maharashtra", "men from the Ayr sub-clan": the place says where people come from or belong. */
    static boolean isOrigin(SentenceView s, PlaceMention p) {
        int k = s.tokenAt(p.span().start());
        int after = s.tokenAt(p.span().end());
        if (after < s.end() && Set.of("clan", "sub-clan", "subclan", "tribe", "clans", "tribes").contains(s.norm(after))) return true;
        int from = k - 1 >= s.first() && s.norm(k - 1).equals("the") ? k - 2 : k - 1;
        if (from - 1 >= s.first() && s.norm(from).equals("from")) return PEOPLE.contains(s.norm(from - 1)) || COMING.contains(s.norm(from - 1));
        if (from - 1 >= s.first() && s.norm(from).equals("of") && MEMBERSHIP.contains(s.norm(from - 1))
                && !"admin1".equals(p.place().feature()) && !"country".equals(p.place().feature())) return true;
        return fromTownsOf(s, k);
    }

    /**
     * "residents from the northern towns of Fuaa and Kafraya", "evacuees from the besieged villages of X, Y and Z":
     * the place is one of a list of towns that people come from (the scene is elsewhere: where the convoy waited).
     */
    private static boolean fromTownsOf(SentenceView s, int k) {
        int j = k - 1;
        // back over the names listed before this one ("Fuaa and", "X, Y and")
        for (int n = 0; n < 8 && j > s.first() && (s.norm(j).equals("and") || s.norm(j).equals(",")
                || Character.isUpperCase(s.token(j).text().charAt(0)) || s.token(j).text().matches("(?:al|el)-\\p{L}+")); n++) j--;
        if (j - 1 < s.first() || !s.norm(j).equals("of") || !PLACE_KINDS.contains(s.norm(j - 1))) return false;
        // back over what qualifies the towns ("the regime-held predominantly Shia", "the two besieged") to "from"
        for (int i = j - 2, n = 0; i > s.first() && n < 5; i--, n++) {
            if (s.norm(i).equals("from")) return PEOPLE.contains(s.norm(i - 1));
        }
        return false;
    }

    private static final Set<String> PLACE_KINDS = Set.of("town", "towns", "village", "villages", "city", "hamlet",
            "hamlets", "settlement", "settlements", "neighbourhood", "neighborhood", "suburb", "district", "locality");
    private static final java.util.regex.Pattern ARTICLE_NAME = java.util.regex.Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez)-\\p{L}+");

    /**
     * "the town of Khwain, Zarzoor and Tamanah farms", "the village of Tak Sukayk": the names a place noun right
     * after the trigger introduces (within six tokens), that the gazetteer did not resolve. Empty when there is no
     * such phrase or one of its names is a resolved place (the resolved places speak then).
     */
    static List<Span> namesAfterPlaceNoun(SentenceView s, TriggerMatch t) {
        for (int i = t.from(); i < Math.min(s.end() - 1, t.to() + 6); i++) {
            if (!PLACE_KINDS.contains(s.norm(i)) || !s.norm(i + 1).equals("of")) continue;
            List<Span> names = new ArrayList<>();
            int j = i + 2;
            while (j < s.end()) {
                int start = j;
                while (j < s.end() && nameToken(s, j)) j++;
                if (j == start) break;
                names.add(new Span(s.token(start).start(), s.token(j - 1).end()));
                if (j < s.end() && s.norm(j).equals(",") && j + 1 < s.end() && s.norm(j + 1).equals("and")) j += 2;
                else if (j < s.end() && (s.norm(j).equals(",") || s.norm(j).equals("and"))) j++;
                else break;
            }
            for (Span n : names) for (PlaceMention p : s.places()) if (p.place() != null && p.span().overlaps(n)) return List.of();
            return names;
        }
        return List.of();
    }

    /** A word of a place name: capitalised ("Tak", "Sukayk") or with an Arabic article ("al-Bahsa"). */
    private static boolean nameToken(SentenceView s, int i) {
        String w = s.token(i).text();
        if (CALENDAR.contains(s.norm(i))) return false;
        if (Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase) || ARTICLE_NAME.matcher(w).matches()) return true;
        // the tokenizer may split "al-Bahsa" into "al" "-Bahsa" or "al" "-" "Bahsa"
        if (w.length() > 1 && w.charAt(0) == '-' && Character.isUpperCase(w.charAt(1))) return true;
        // (the article capitalised too: "Al-Tukhar", "Al-Quriyah")
        if (w.equals("-")) return i > s.first() && ARTICLE.contains(s.norm(i - 1)) && i + 1 < s.end()
                && Character.isUpperCase(s.token(i + 1).text().charAt(0));
        return ARTICLE.contains(w) && i + 1 < s.end() && s.token(i + 1).text().startsWith("-");
    }

    private static final Set<String> ARTICLE = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "ez");

    /**
     * A place the gazetteer lacks, named in a resolved area: the area's coordinates and provinces under the text's
     * name. Its identifier is the area's with the name appended, so two villages of one area stay two places.
     */
    private static GeoPlace namedIn(GeoPlace area, String name) {
        return new GeoPlace(area.gazetteerId() + "#" + name, name, area.latitude(), area.longitude(), area.iso2(),
                area.country(), area.admin1(), area.admin2(), "locality", 0);
    }

    /** Words that open another clause: a place after one of them belongs to that clause's happening. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "who", "which", "whom", "whose", "because",
            "after", "since", "while", "although", "though", "whereas");

    /** True when a clause opener stands between token {@code from} (inclusive) and token {@code to} (exclusive). */
    private static boolean opensClause(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) if (CLAUSE_OPENERS.contains(s.norm(i))) return true;
        return false;
    }

    /**
     * The country the document is about: resolved place mentions (a province name weighs more, a name resolved only
     * by picking its most populous namesake less; a country named is often only context, "supported by Russia") and
     * the named actors' countries. Null when nothing resolved or two countries tie.
     */
    static String homeCountry(org.sitrep.pipeline.Document doc) {
        HomeCache c = HOME.get();
        if (c != null && c.doc() == doc) return c.iso2();
        String iso2 = computeHomeCountry(doc);
        HOME.set(new HomeCache(doc, iso2));
        return iso2;
    }

    /** The last document's home country, per thread: the rules ask for it once per trigger. */
    private record HomeCache(org.sitrep.pipeline.Document doc, String iso2) {}
    private static final ThreadLocal<HomeCache> HOME = new ThreadLocal<>();

    private static String computeHomeCountry(org.sitrep.pipeline.Document doc) {
        java.util.Map<String, Integer> votes = new java.util.HashMap<>();
        for (SentenceView s : SentenceView.of(doc)) {
            for (PlaceMention p : s.places()) {
                if (p.place() == null || p.place().iso2() == null || isDateline(s, p)) continue;
                // a name picked as the most populous of several namesakes ("Victoria", "Colonia") says little
                int w = "population".equals(p.pass()) ? 1 : 2;
                String f = p.place().feature();
                if ("admin1".equals(f)) w += 2;
                // "On 5 May, in Tonala, ...": the place a sentence opens with is where the text is
                if (opensSentence(s, p)) w += 2;
                votes.merge(p.place().iso2(), w, Integer::sum);
            }
        }
        // named groups and nationalities only: a generic actor ("police", "residents") takes its country from the
        // places, so it would vote again for the same guess
        for (ActorMention a : doc.actors()) {
            if (a.actor().iso2() == null || a.rule() == null || a.rule().startsWith("generic")) continue;
            votes.merge(a.actor().iso2(), 1, Integer::sum);
        }
        String best = null;
        int top = 0;
        boolean tie = false;
        for (var e : votes.entrySet()) {
            if (e.getValue() > top) { top = e.getValue(); best = e.getKey(); tie = false; }
            else if (e.getValue() == top) tie = true;
        }
        return tie ? null : best;
    }

    /**
     * "In Trelew, retirees gathered in Independence Square": when a sentence's candidate places lie in several
     * countries, the ones outside the document's country are namesakes of local streets, squares and neighbourhoods
     * (or places named as origin); keep those in the document's country.
     */
    private static List<PlaceMention> inHomeCountry(List<PlaceMention> places, String home) {
        if (home == null || places.size() < 2) return places;
        boolean anyHome = false, anyAbroad = false;
        for (PlaceMention p : places) {
            if (home.equals(p.place().iso2())) anyHome = true;
            else anyAbroad = true;
        }
        if (!anyHome || !anyAbroad) return places;
        List<PlaceMention> homePlaces = new ArrayList<>();
        for (PlaceMention p : places) if (home.equals(p.place().iso2())) homePlaces.add(p);
        // (a place just across a border from one of them is no namesake: "Al-Eizariya (Jerusalem)", "fired from Gaza
        // ... near Sderot")
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : places) {
            if (home.equals(p.place().iso2()) || homePlaces.stream().anyMatch(h -> Gazetteer.km(h.place(), p.place()) <= ACROSS_BORDER_KM))
                out.add(p);
        }
        return out;
    }

    /** How far across a border from a place of the document's country another place of a sentence may lie. */
    static final double ACROSS_BORDER_KM = 25;

    /**
     * Whether a place q written after p ("p, q", "p (q)", "p in q") can be the larger place p lies in when the
     * gazetteer put them in different countries: not when q is a smaller kind of place ("Panama City (Bella Vista)"
     * names a district of the city), nor when q is the most populous of several namesakes abroad while p is in the
     * document's country ("Osorno (Los Lagos)").
     */
    private static boolean canContain(GeoPlace q, String qPass, PlaceMention pm, String home) {
        GeoPlace p = pm.place();
        if (q.iso2() == null || q.iso2().equals(p.iso2())) return true;
        // the size of p counts only when the text names it ("Meknassy" read as Meknes is a guess)
        if (rank(q) < rank(p) && sameName(pm.text(), p.name())) return false;
        return !("population".equals(qPass) && p.iso2() != null && p.iso2().equals(home));
    }

    /** How large a kind of place is: country, province, capital, city, town, anything smaller. */
    private static int rank(GeoPlace g) {
        return switch (g.feature() == null ? "" : g.feature()) {
            case "country" -> 5;
            case "admin1" -> 4;
            case "capital" -> 3;
            case "city" -> 2;
            case "town" -> 1;
            default -> 0;
        };
    }

    /** Words that may stand between a place and the larger place it is written as part of. */
    private static final Set<String> CONTAINER_GLUE = Set.of(",", "(", ")", "in", "of", "-", "the", "area", "areas",
            "district", "districts", "sub-district", "subdistrict", "county", "sub-county", "municipality", "township",
            "province", "region", "state", "department", "governorate", "oblast", "lga", "subdivision", "commune",
            "sector", "zone", "neighbourhood", "neighborhood", "community", "village", "town", "city", "locality",
            "square", "street", "road", "market", "station", "metro", "mall", "statue", "camp", "quarter", "suburb",
            "ward", "block", "tehsil", "village-tract", "barangay", "colonia", "centre", "center", "limits");

    /**
     * "X of Y district, Z", "X (Y)", "X in Y": the next resolved place after p, when only glue words and unresolved
     * names of intermediate units stand between them, is a place p lies in. Null when there is none.
     */
    private static PlaceMention container(SentenceView s, PlaceMention p, String home) {
        int from = s.tokenAt(p.span().end());
        for (PlaceMention q : s.places()) {
            if (q.span().start() < p.span().end()) continue;
            // unresolved names, and names that cannot contain p, are intermediate units: look further
            if (q.place() == null || !isEventPlace(s, q) || !canContain(q.place(), q.pass(), p, home)) continue;
            int to = s.tokenAt(q.span().start());
            if (to - from > 8) return null;
            boolean glue = to > from;
            for (int i = from; i < to && glue; i++) {
                String w = s.token(i).text();
                boolean name = Character.isUpperCase(w.charAt(0)) && !s.norm(i).equals("and");
                glue = CONTAINER_GLUE.contains(s.norm(i)) || name;
            }
            // the larger place comes after a word that says so: "in", "of", a comma or a bracket
            boolean said = false;
            for (int i = from; i < to; i++) {
                String n = s.norm(i);
                if (n.equals(",") || n.equals("(") || n.equals("in") || n.equals("of")) { said = true; break; }
            }
            return glue && said ? q : null;
        }
        return null;
    }

    /**
     * A place written as part of a larger resolved place (its container) that the gazetteer put in another country,
     * or in another province without being a city: its namesake inside the container, else the container itself
     * (geo_precision 2, the name kept). A city resolved inside the container's country stays: "Bhagalpur, Madhya
     * Pradesh" names a well-known city with a wrong state more often than an unknown village.
     */
    private static PlaceMention withinContainer(SentenceView s, PlaceMention p, Gazetteer gazetteer) {
        // a province is inside nothing but its country, unless its name only resembles the one the gazetteer matched
        // ("Sangrur district (Punjab)" read as Singerei, "Famale (Dessa, Tillabery)" read as Dosso)
        if (p.place() == null || p.precision() == 3 && sameName(p.text(), p.place().name())) return p;
        String home = homeCountry(s.doc());
        PlaceMention q = container(s, p, home);
        if (q == null || "country".equals(q.place().feature())) return p;
        GeoPlace c = q.place();
        GeoPlace g = p.place();
        if (c.iso2() == null || c.admin1() == null) return p;
        boolean sameCountry = c.iso2().equals(g.iso2());
        if (sameCountry && c.admin1().equals(g.admin1())) return p;
        // "Tigre (Buenos Aires)", "Matalam, Cotabato": the container's name is p's province or district, which the
        // gazetteer resolved to a namesake town
        if (sameCountry && (sameName(q.text(), g.admin1()) || sameName(q.text(), g.admin2()))) return p;

        if (sameCountry && ("city".equals(g.feature()) || "capital".equals(g.feature()))) return p;
        if (sameCountry && heldByLaterAdmin1(s, p, q)) return p;
        // "Jaramana (Damascus)": a town just across its unit's border from the city that qualifies it
        if (sameCountry && Set.of("capital", "city", "town").contains(c.feature()) && Gazetteer.km(c, g) <= ACROSS_BORDER_KM) return p;
        for (GeoPlace cand : gazetteer == null ? List.<GeoPlace>of() : gazetteer.candidates(p.text())) {
            if (c.iso2().equals(cand.iso2()) && c.admin1().equals(cand.admin1())) {
                return new PlaceMention(p.span(), p.text(), cand, p.pass() + "+container", p.precision());
            }
        }
        return new PlaceMention(p.span(), p.text(), c, p.pass() + "+container-fallback", 2);
    }

    /**
     * The country a sentence names as where something happened ("an attack in Syria"): a country mention after "in"
     * or a word like it, not a speaker, owner or origin; empty when it names none or more than one.
     */
    static Optional<PlaceMention> sentenceCountry(List<SentenceView> views, Span sentence) {
        int si = sentenceIndex(views, sentence);
        if (si < 0) return Optional.empty();
        SentenceView v = views.get(si);
        Optional<PlaceMention> found = Optional.empty();
        for (PlaceMention p : v.places()) {
            if (p.place() == null || !"country".equals(p.place().feature()) || !insideCountry(v, p)) continue;
            if (isSpeaker(v, p) || isPossessor(v, p) || isOrigin(v, p)) continue;
            // (one country only: "between Syria and Turkey" says no one country)
            if (found.isPresent() && !found.get().place().gazetteerId().equals(p.place().gazetteerId())) return Optional.empty();
            if (found.isEmpty()) found = Optional.of(p);
        }
        return found;
    }

    /** Words that put what happened inside a country: "an attack in Syria", "across Yemen". */
    private static final Set<String> INSIDE = Set.of("in", "inside", "across", "throughout", "within");

    /** Is the country written right after a word that puts something inside it ("in Syria", "in the Sudan")? */
    private static boolean insideCountry(SentenceView s, PlaceMention p) {
        int k = s.tokenAt(p.span().start());
        int prep = k - 1 >= s.first() && s.norm(k - 1).equals("the") ? k - 2 : k - 1;
        return prep >= s.first() && INSIDE.contains(s.norm(prep));
    }

    /**
     * "In Sao Goncalo, police launched an operation. Shots were exchanged.": an event whose
     * sentences name no place happened where the text last set the scene. The first place named as a location in
     * the event's sentence or the three before it, in the document's country, inside its container when it has one.
     */
    static Optional<PlaceMention> scenePlace(List<SentenceView> views, Span sentence) {
        int si = sentenceIndex(views, sentence);
        if (si < 0) return Optional.empty();
        String home = homeCountry(views.get(si).doc());
        // the event's own sentence, else the nearest of the three before it that names a place
        for (int i = si; i >= Math.max(0, si - 3); i--) {
            SentenceView v = views.get(i);
            for (PlaceMention p : v.places()) {
                if (!isEventPlace(v, p) || home != null && !home.equals(p.place().iso2())) continue;
                if (!namedAsLocation(v, p)) continue;
                return Optional.of(withinContainer(v, p, null));
            }
        }
        // "A car was torched. The incident occurred in Thessaloniki.": the next sentence says where
        if (si + 1 < views.size() && toldWhereNext(views.get(si + 1))) {
            SentenceView v = views.get(si + 1);
            for (PlaceMention p : v.places()) {
                if (isEventPlace(v, p) && namedAsLocation(v, p) && (home == null || home.equals(p.place().iso2()))) return Optional.of(p);
            }
        }
        // "protested outside parliament [coded to Athens]", "the road linking Frontera and Villahermosa": a
        // place of the event's own sentence, even when not written after a locative word
        SentenceView own = views.get(si);
        for (PlaceMention p : own.places()) {
            if (isEventPlace(own, p) && (home == null || home.equals(p.place().iso2()))) return Optional.of(withinContainer(own, p, null));
        }
        return Optional.empty();
    }

    private static int sentenceIndex(List<SentenceView> views, Span sentence) {
        for (int i = 0; i < views.size(); i++) if (views.get(i).sentence().span().overlaps(sentence)) return i;
        return -1;
    }

    private static final java.util.regex.Pattern AREA_ANAPHOR = java.util.regex.Pattern.compile(
            "\\b(in|near|around) (the|that|this) (same )?(area|region|vicinity|town|village|city)\\b");

    /** "killed in a barrage of air strikes in the area": the sentence places its event where the text already is. */
    static boolean refersToArea(List<SentenceView> views, Span sentence) {
        int si = sentenceIndex(views, sentence);
        return si >= 0 && AREA_ANAPHOR.matcher(views.get(si).text().toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** Two mentions at most ten tokens apart with no comma, semicolon or colon between them. */
    private static boolean samePhrase(SentenceView s, PlaceMention a, PlaceMention b) {
        int from = s.tokenAt(a.span().end()), to = s.tokenAt(b.span().start());
        if (to - from > 10) return false;
        for (int i = from; i < to; i++) {
            String n = s.norm(i);
            if (n.equals(",") || n.equals(";") || n.equals(":") || n.equals(")")) return false;
        }
        return true;
    }

    private static final Set<String> ADMIN_WORDS = Set.of("provinces", "province", "governorates", "governorate",
            "regions", "oblasts", "states", "districts");

    /** Is there an "and" or "or" among tokens [from, to) ("Hama and Idlib province")? */
    private static boolean joinedByAnd(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) if (s.norm(k).equals("and") || s.norm(k).equals("or")) return true;
        return false;
    }

    /** The admin1 unit a place lies in, as a province-level mention of the same text (geo_precision 3). */
    private static PlaceMention asAdmin1(PlaceMention p, Gazetteer gazetteer) {
        if ("admin1".equals(p.place().feature())) return new PlaceMention(p.span(), p.text(), p.place(), p.pass(), 3);
        Optional<GeoPlace> admin = gazetteer.admin1(p.place().iso2(), p.text());
        if (admin.isEmpty() && p.place().admin1() != null) admin = gazetteer.admin1(p.place().iso2(), p.place().admin1());
        return new PlaceMention(p.span(), p.text(), admin.orElse(p.place()), p.pass() + "+province-list", 3);
    }

    private static boolean glued(SentenceView s, PlaceMention a, PlaceMention b) {
        int from = s.tokenAt(a.span().end()), to = s.tokenAt(b.span().start());
        if (to - from > 4) return false;
        boolean sawList = false;
        for (int i = from; i < to; i++) {
            String n = s.norm(i);
            if (!LIST_GLUE.contains(n)) return false;
            if (n.equals(",") || n.equals("and") || n.equals("or")) sawList = true;
        }
        return sawList;
    }

    /** The date nearest to the trigger in the sentence. */
    static Optional<DateMention> date(SentenceView s, TriggerMatch t) {
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateMention d : s.dates()) {
            if (d.date() == null || isReferencePoint(s, d)) continue;
            int dist = Math.abs(d.span().start() - t.span().start());
            if (dist < bestDist) { bestDist = dist; best = d; }
        }
        return Optional.ofNullable(best);
    }

    /** "since September 30", "the campaign began on September 30": a reference point, not when this happened. */
    static boolean isReferencePoint(SentenceView s, DateMention d) {
        int k = s.tokenAt(d.span().start());
        for (int i = k - 1; i >= Math.max(s.first(), k - 3); i--) {
            String n = s.norm(i);
            if (n.equals("since") || n.equals("began") || n.equals("begun") || n.equals("started") || n.equals("until")) return true;
        }
        return false;
    }

}
