package org.sitrep.extract.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.model.SubEventType;

/**
 * Trigger class + sentence context -> ACLED sub-event type. Each decision names its rule, which becomes the
 * provenance of the event's type. Returning empty means the trigger is not an event on its own (it may still add
 * casualties or support to another trigger in the sentence).
 */
final class SubEventRules {
    private SubEventRules() {}

    record Decision(SubEventType type, String rule) {}

    static final Set<String> AIR_WORDS = Set.of("warplane", "warplanes", "jet", "jets", "aircraft", "helicopter",
            "helicopters", "drone", "drones", "air", "aerial", "airstrike", "airstrikes", "air-strike", "air-strikes",
            "bomber", "bombers", "plane", "planes", "sorties", "sortie", "air-force", "airforce");
    static final Set<String> SHELL_WORDS = Set.of("shell", "shells", "shelling", "shelled", "artillery", "mortar",
            "mortars", "rocket", "rockets", "missile", "missiles", "howitzer", "howitzers", "grad", "tank", "tanks", "mlrs",
            "projectile", "projectiles", "mm", "82mm", "120mm", "122mm", "152mm");
    static final Set<String> PROTEST_WORDS = Set.of("protest", "protests", "protester", "protesters", "protestor",
            "protestors", "protested", "protesting", "demonstrator", "demonstrators", "demonstration", "demonstrations",
            "demonstrated", "rally", "rallies", "rallied", "march", "marched", "marchers", "sit-in", "strikers", "picket",
            "picketed");
    static final Set<String> INTERVENTION_WORDS = Set.of("dispersed", "disperse", "dispersing", "tear", "teargas",
            "tear-gas", "cannon", "cannons", "batons", "baton", "lathi", "lathi-charged", "lathicharged", "detained",
            "arrested", "rubber", "pepper", "beat", "beaten", "intervened", "baton-charged", "stun", "removed", "evicted",
            "repressed", "arrests", "detentions", "controlled");
    static final Set<String> VIOLENT_PROTEST_WORDS = Set.of("stones", "stone", "rocks", "pelted", "pelting",
            "torched", "vandalised", "vandalized", "vandalism", "smashed", "set", "burned", "burnt", "looted", "riot",
            "rioters", "rioting", "violent", "attacked", "clashed", "clashes", "molotov", "petrol", "damaged", "ransacked",
            "hurled", "threw", "assaulted");
    /** Lethal force: tear gas and rubber bullets are an intervention, live fire and deaths are excessive force. */
    static final Set<String> EXCESSIVE_WORDS = Set.of("killed", "live", "dead", "killing", "died", "fatally");
    static final Set<String> CIVILIAN_WORDS = Set.of("civilian", "civilians", "villagers", "residents", "worshippers",
            "children", "child", "women", "woman", "man", "men", "girl", "boy", "girls", "boys", "family", "families",
            "farmer", "farmers", "journalist", "journalists", "teacher", "student", "students", "passengers", "people",
            "person", "doctor", "doctors", "aid", "shepherd", "herders", "trader", "businessman", "activist", "activists",
            "politician", "leader", "candidate", "councillor", "official", "mayor", "priest", "imam", "worker", "workers",
            "mla", "mp", "lawmaker", "legislator", "councilor", "minister", "senator", "deputy", "judge", "chairman",
            "body", "bodies", "youth", "youths", "resident", "pedestrian", "driver", "villager", "fishermen", "refugees",
            "displaced", "civilian's", "patients", "wife", "husband", "son", "daughter", "relatives", "village",
            "villages", "minibus", "bus", "vehicle", "vehicles", "market", "church", "mosque", "school", "hospital",
            "home", "homes", "house", "houses", "huts", "shop", "store", "restaurant", "truck", "trucks", "car",
            "housing", "residence", "residential", "mayor's", "his", "her", "deacon", "pastor", "lawyer", "merchant");
    static final Set<String> COMBATANT_WORDS = Set.of("soldier", "soldiers", "troops", "fighters", "militants",
            "rebels", "insurgents", "policemen", "police", "officers", "guards", "militiamen", "jihadists", "gunmen",
            "personnel", "servicemen", "army", "forces", "checkpoint", "positions", "position", "base", "post", "convoy",
            "patrol", "militia", "militias", "separatists", "combatants", "terrorists", "commander", "commanders",
            "guard", "officer", "policeman", "ranger", "rangers", "check", "security", "taliban", "militant", "vigilante", "vigilantes",
            "militiaman",
            // members of armed gangs and cartels are armed actors (ACLED): their killing is a clash, not an attack
            "gang", "gangster", "gangsters", "trafficker", "traffickers", "dealer", "cadre", "cadres", "policewoman");
    /** Nouns of non-state armed groups, for acts where the catalogue may not know the group's name. */
    static final Set<String> ARMED_GROUP_WORDS = Set.of("cartel", "gang", "gangs", "militia", "militias", "rebels",
            "militants", "insurgents", "jihadists", "paramilitaries");
    static final Set<String> ACCIDENT_EXPLOSION = Set.of("gas", "cylinder", "factory", "plant", "accident",
            "fireworks", "boiler", "leak", "warehouse", "refinery", "pipeline", "transformer");

    /** Words that tell of people killed or hurt in the sentence's event. */
    private static final Set<String> CASUALTY_WORDS = Set.of("killed", "dead", "died", "wounded", "injured", "shot",
            "fatalities", "casualties");
    /** The same told as a result of the main verb: "raided the house, killing his son". */
    private static final Set<String> CASUALTY_PARTICIPLES = Set.of("killing", "wounding", "injuring");

    static Optional<Decision> decide(TriggerMatch t, SentenceView s, List<TriggerMatch> all,
                                     Optional<ActorMention> agent, Optional<ActorMention> patient, boolean airArticle,
                                     boolean warArticle) {
        boolean air = s.hasWord(AIR_WORDS) || agentKind(agent, "AIR") || airDroppedBombs(s);
        boolean shell = s.hasWord(SHELL_WORDS);
        // shells, rockets or missiles fired, not from the air: such a firing is the event its killing belongs to
        boolean shellFire = shell && !air;
        boolean protest = hasProtestWord(s) || agent.map(a -> a.actor().inter() == 6).orElse(false);
        boolean stateAgent = agent.map(a -> a.actor().inter() == 1).orElse(false);
        // "killed by gunmen on a motorbike": the actor after a passive "by" acted, it was not hit
        Optional<ActorMention> target = patient.filter(a -> !afterPassiveBy(s, t, a));
        boolean civilianTarget = target.map(a -> a.actor().inter() == 7).orElse(false) || victimsAreCivilians(t, s);
        boolean combatTarget = target.map(a -> a.actor().inter() >= 1 && a.actor().inter() <= 4).orElse(false)
                || victimsAreCombatants(t, s);
        // a drive-by shooting or the killing of an off-duty officer is one-sided violence, whoever the victim is
        boolean oneSided = oneSidedAttack(s) && !driveByOnForcesOnDuty(s);
        boolean casualties = s.hasWord(CASUALTY_WORDS) || s.hasWord(CASUALTY_PARTICIPLES);
        return switch (t.type()) {
            case AIR -> d(SubEventType.AIR_DRONE_STRIKE, "air");
            case STRIKE -> {
                // bare "strikes": air strikes in an article about an air campaign, shelling next to artillery words
                if (s.hasWord(Set.of("hunger", "general", "workers", "labour", "labor", "union", "unions", "teachers", "doctors", "nurses", "drivers"))) yield Optional.empty();
                if (air || airArticle && !shell) yield d(SubEventType.AIR_DRONE_STRIKE, air ? "strike+air-context" : "strike+air-article");
                // "killed in strikes by a US-led coalition": a military coalition strikes from the air
                if (!shell && s.hasWord(Set.of("coalition")) && hasStrikesBy(s, t)) yield d(SubEventType.AIR_DRONE_STRIKE, "strike+coalition");
                if (shell) yield d(SubEventType.SHELLING_ARTILLERY_MISSILE, "strike+artillery-context");
                // "a strike targeted a car on the road": a vehicle picked out and hit is a drone's or a jet's target
                if (s.hasWord(Set.of("targeted", "targeting", "hit")) && s.hasWord(VEHICLES))
                    yield d(SubEventType.AIR_DRONE_STRIKE, "strike-on-vehicle");
                yield Optional.empty();
            }
            case BOMBED, BOMBARD, STRUCK, RAID, BOMBING -> {
                // "a suicide bomber struck a police compound": the suicide bombing codes it, and its bomber flew nothing
                if (has(all, TriggerClass.SUICIDE)) yield Optional.empty();
                if (air) yield d(SubEventType.AIR_DRONE_STRIKE, t.type().name().toLowerCase() + "+air-context");
                if (shell) yield d(SubEventType.SHELLING_ARTILLERY_MISSILE, t.type().name().toLowerCase() + "+artillery-context");
                // a ground raid with casualties ("a suspect died in the police raid"): one-sided unless armed
                // men were the ones hit
                if (t.type() == TriggerClass.RAID && airArticle) yield d(SubEventType.AIR_DRONE_STRIKE, "raid+air-article");
                // ("raided the house, killing his son": the verb's raid by ground forces; "13 raids on the city, killing
                // 31" counts air raids as often)
                // ("raided the outskirts, burning houses and beheading two men": any killing told with the verb)
                // ("launched a raid on the camp, killing 12": one raid named with a killing is the ground raid that killed)
                boolean oneRaid = s.norm(t.from()).equals("raid");
                boolean casualtiesOfRaid = s.norm(t.from()).equals("raided") || oneRaid
                        ? casualties || has(all, TriggerClass.KILL) || has(all, TriggerClass.EXECUTE) || has(all, TriggerClass.STAB)
                        : s.hasWord(CASUALTY_WORDS);
                if (t.type() == TriggerClass.RAID && casualtiesOfRaid && !protest) {
                    yield combatTarget && !civilianTarget ? d(SubEventType.ARMED_CLASH, "ground-raid-on-armed") : d(SubEventType.ATTACK, "ground-raid");
                }
                if (t.type() == TriggerClass.BOMBING) yield d(SubEventType.REMOTE_EXPLOSIVE, "bombing-no-air");
                if (t.type() == TriggerClass.BOMBED && stateAgent) yield d(SubEventType.AIR_DRONE_STRIKE, "bombed-by-state");
                // "Afghan forces bombarded a compound", "troops pounded the village": a state's ground forces
                // bombard with guns (an air force is caught by the air words above); the noun ("came under heavy
                // bombardment", "expected to start with a bombardment") says neither who nor with what
                boolean verb = s.norm(t.from()).endsWith("ed") || s.norm(t.from()).endsWith("ing");
                if (t.type() == TriggerClass.BOMBARD && verb && stateAgent && !protest
                        && agent.get().actor().name().startsWith("Military Forces")) {
                    yield d(SubEventType.SHELLING_ARTILLERY_MISSILE, "bombarded-by-ground-forces");
                }
                yield Optional.empty();
            }
            case SHELLING -> targetNoun(t, s) || has(all, TriggerClass.DISRUPT) ? Optional.empty()
                    : explosiveRemnant(s) ? d(SubEventType.OTHER, "explosive-remnant") : directFire(s) && !air ? d(SubEventType.ARMED_CLASH, "shelling+direct-fire") : air && !s.hasWord(Set.of("artillery", "mortar", "mortars", "shelling", "shelled", "shells"))
                    ? d(SubEventType.AIR_DRONE_STRIKE, "shelling-from-air") : d(SubEventType.SHELLING_ARTILLERY_MISSILE, "shelling");
            case ROCKET, MISSILE -> targetNoun(t, s) || has(all, TriggerClass.DISRUPT) ? Optional.empty()
                    : explosiveRemnant(s) ? d(SubEventType.OTHER, "explosive-remnant") : air ? d(SubEventType.AIR_DRONE_STRIKE, "missile-from-air")
                    // missiles fired together with machine guns and rifles: a firefight (ACLED: armed clash)
                    : directFire(s) ? d(SubEventType.ARMED_CLASH, t.type().name().toLowerCase() + "+direct-fire")
                    : d(SubEventType.SHELLING_ARTILLERY_MISSILE, t.type().name().toLowerCase());
            // "defused five IEDs", "a bomb found on a roadside was defused": the device did not go off
            // a war's leftover mine or shell going off is no attack by anyone (ACLED: strategic development, other)
            case IED -> targetNoun(t, s) || has(all, TriggerClass.DISRUPT) ? Optional.empty()
                    : explosiveRemnant(s) ? d(SubEventType.OTHER, "explosive-remnant") : d(SubEventType.REMOTE_EXPLOSIVE, "ied");
            case EXPLOSION -> {
                if (has(all, TriggerClass.SUICIDE) || has(all, TriggerClass.DISRUPT)) yield Optional.empty();
                if (s.hasWord(ACCIDENT_EXPLOSION)) yield Optional.empty();
                // "police detonated a bomb planted at a mosque": a controlled detonation defuses the weapon
                if (stateAgent && s.norm(t.from()).startsWith("detonat") && active(s, agent.get(), t)) yield d(SubEventType.DISRUPTED_WEAPONS_USE, "controlled-detonation");
                if (air) yield d(SubEventType.AIR_DRONE_STRIKE, "explosion+air-context");
                if (directFire(s) || s.hasWord(Set.of("gunshots", "gunfire", "firefight", "shootout"))) yield d(SubEventType.ARMED_CLASH, "explosions+direct-fire");
                if (shell || s.hasWord(Set.of("weapons", "weapon"))) yield d(SubEventType.SHELLING_ARTILLERY_MISSILE, "explosion+artillery-context");
                if (s.hasWord(Set.of("grenade", "grenades"))) yield Optional.empty();
                yield d(SubEventType.REMOTE_EXPLOSIVE, "explosion");
            }
            case SUICIDE -> d(SubEventType.SUICIDE_BOMB, "suicide");
            case GRENADE -> {
                if (has(all, TriggerClass.DISRUPT)) yield Optional.empty();
                // "shot a fighter armed with a grenade": carried, not thrown; the shooting is the event
                if (armedWith(t, s)) yield combatTarget || s.hasWord(ARMED_WORDS) ? d(SubEventType.ARMED_CLASH, "armed-with-grenade") : Optional.empty();
                // grenades and firearms used in one fight: an exchange of fire is an armed clash (ACLED)
                if (s.hasWord(FIREARMS) || FightBack.foughtBack(s)) yield d(SubEventType.ARMED_CLASH, "grenade+firearms");
                yield d(SubEventType.GRENADE, "grenade");
            }
            case CHEMICAL -> d(SubEventType.CHEMICAL_WEAPON, "chemical");
            // "the offensive" names a campaign; its battles are reported on their own. An offensive launched against a
            // named position with casualties is a battle
            case OFFENSIVE -> t.from() - 3 >= s.first() && s.hasWord(Set.of("launched", "mounted")) && t.to() < s.end()
                    && s.norm(t.to()).equals("against") && casualties ? d(SubEventType.ARMED_CLASH, "offensive-launched") : Optional.empty();
            // fire exchanged with guns: armed on both sides by definition, never a brawl
            case GUNFIGHT -> protest ? Optional.empty() : d(SubEventType.ARMED_CLASH, "gunfight");   // "the offensive" names a campaign; its battles are reported on their own
            case CLASH, AMBUSH, ASSAULT -> {
                if (protest) yield Optional.empty();               // the protest trigger codes it
                // "was engaged by MILF militants in a firefight": the verb only restates a fight another trigger names
                // ("was engaged by responding militants": the passive tells of a response within a fight told elsewhere)
                if (t.type() == TriggerClass.CLASH && (t.pattern().startsWith("engaged") || t.pattern().startsWith("repelled"))
                        && (hasViolentOther(s, all, t) || t.from() > s.first()
                            && Set.of("was", "were", "been", "being").contains(s.norm(t.from() - 1)))) yield Optional.empty();
                // clan, communal and ethnic fighting is between identity militias: an armed clash (ACLED)
                if (t.type() == TriggerClass.CLASH && communal(s)) yield d(SubEventType.ARMED_CLASH, "communal-clash");
                // party supporters fighting with machetes and sticks, a brawl over a dispute: no guns, no forces, a mob
                if (t.type() == TriggerClass.CLASH && !firearmsInAct(s) && !stateForces(s)
                        && (s.hasWord(COLD_WEAPONS) || s.hasWord(PARTISAN_WORDS))) yield d(SubEventType.MOB_VIOLENCE, "clash-of-partisans");
                // a crowd that clashes with the police while sitting in or stating demands is a violent demonstration
                if (t.type() == TriggerClass.CLASH && s.hasWord(DEMAND_WORDS) && !s.hasWord(COMBATANTS_PROPER)) yield d(SubEventType.VIOLENT_DEMONSTRATION, "clash-of-demonstrators");
                if (t.type() == TriggerClass.CLASH && !warArticle && !armedPresent(s) && !s.hasWord(SHOOTING_WORDS)) yield d(SubEventType.MOB_VIOLENCE, "clash-between-unarmed-groups");
                if (t.type() == TriggerClass.CLASH && crowdSide(s)) yield d(SubEventType.MOB_VIOLENCE, "clash-of-crowd");
                if (t.type() == TriggerClass.ASSAULT && mobPerpetrators(s, t)) yield d(SubEventType.MOB_VIOLENCE, "assault-by-civilian-group");
                if (civilianTarget && !combatTarget && t.type() != TriggerClass.CLASH || oneSided && t.type() == TriggerClass.AMBUSH) {
                    yield d(SubEventType.ATTACK, t.type().name().toLowerCase() + "-on-civilians");
                }
                yield d(SubEventType.ARMED_CLASH, t.type().name().toLowerCase());
            }
            case ADVANCE -> protest ? Optional.empty() : d(SubEventType.ARMED_CLASH, "advance");
            case ATTACK -> {
                if (protest) yield Optional.empty();
                if (abstractTarget(t, s)) yield Optional.empty();   // "an attack on media freedom"
                // "due to continued attacks by militiamen": a pattern of attacks, the reason for something else
                if (t.from() > s.first() && Set.of("continued", "repeated", "ongoing", "recurrent", "frequent", "persistent", "continuing")
                        .contains(s.norm(t.from() - 1))) yield Optional.empty();
                if (has(all, TriggerClass.AIR) || has(all, TriggerClass.SHELLING) || has(all, TriggerClass.IED)
                        || has(all, TriggerClass.SUICIDE) || has(all, TriggerClass.MISSILE) || has(all, TriggerClass.ROCKET)
                        || has(all, TriggerClass.GRENADE) || has(all, TriggerClass.CHEMICAL)) {
                    yield Optional.empty();
                }
                // "militants attacked troops flown in by helicopter": a ground attacker named, no strike
                boolean groundAttacker = agent.map(a -> a.actor().inter() >= 2 && a.actor().inter() <= 4).orElse(false) && !agentKind(agent, "AIR");
                if (air && !groundAttacker) yield d(SubEventType.AIR_DRONE_STRIKE, "attack+air-context");
                if (shell) yield d(SubEventType.SHELLING_ARTILLERY_MISSILE, "attack+artillery-context");
                // "attacked and damaged the offices", no one hurt: property destruction; an attack on a village that
                // burnt its houses stays an attack on its people
                if ((propertyOnly(s, all) && attackOnProperty(t, s, PROPERTY) || !harmToPeople(s) && !killingInSentence(all) && attackOnProperty(t, s, INSTALLATIONS))
                        && !attackOnSettlement(t, s))
                    yield d(SubEventType.LOOTING_PROPERTY_DESTRUCTION, "attack-on-property");
                if ((s.hasWord(MOB_AGENTS) || crowdAgent(agent, s, t)) && !armedPresent(s)) yield d(SubEventType.MOB_VIOLENCE, "attack-by-crowd");
                if (mobPerpetrators(s, t)) yield demonstrative(s) ? d(SubEventType.VIOLENT_DEMONSTRATION, "attack-by-demonstrators")
                        : d(SubEventType.MOB_VIOLENCE, "attack-by-civilian-group");
                if (oneSided) yield d(SubEventType.ATTACK, "attack-one-sided");
                if (civilianTarget && !combatTarget) yield d(SubEventType.ATTACK, "attack-on-civilians");
                if (combatTarget) yield d(SubEventType.ARMED_CLASH, "attack-on-armed");
                // no target named: an attack where armed forces other than the attackers are on the scene is a clash,
                // else violence against civilians ("Islamic militants attacked Namava village")
                // "3 policemen were killed following attacks by militants on check points": the dead were forces
                for (TriggerMatch m : all) {
                    if ((m.type() == TriggerClass.KILL || m.type() == TriggerClass.INJURE) && passiveSubjectArmed(s, m).orElse(false)) {
                        yield d(SubEventType.ARMED_CLASH, "attack-killing-forces");
                    }
                }
                yield opposingForces(s, t, agent) ? d(SubEventType.ARMED_CLASH, "attack-forces-in-sentence") : d(SubEventType.ATTACK, "attack-no-armed-target");
            }
            case CAPTURE, FELL_TO -> {
                if (protest) yield Optional.empty();
                // "Ogaden National Liberation Front": a word inside a name
                if (inName(s, t)) yield Optional.empty();
                // "gunmen entered the village and killed two people": the entry is the way in, the killing the event
                if (s.norm(t.from()).equals("entered") && killingInSentence(all)) yield Optional.empty();
                // "police seized 3 tons of marijuana": a seizure of goods (ACLED: looting/property destruction)
                // armed groups taking phones or cattle loot just the same (ACLED); beside a killing, the killing codes it
                if (seizesGoods(t, s) && killingInSentence(all)) yield Optional.empty();
                if (seizesGoods(t, s)) yield stateAgent || agent.isEmpty() && s.hasWord(Set.of("police", "forces", "army", "troops"))
                        || agent.map(a -> a.actor().inter() >= 2 && a.actor().inter() <= 4).orElse(false) || s.hasWord(ARMED_GROUP_WORDS)
                        ? d(SubEventType.LOOTING_PROPERTY_DESTRUCTION, "seizure-of-goods") : Optional.empty();
                // territory is taken: a place must follow ("seized the town of X"), not goods ("seizing boxes")
                if (!territoryFollows(t, s)) yield Optional.empty();
                boolean nonState = agent.map(a -> a.actor().inter() >= 2 && a.actor().inter() <= 4).orElse(false);
                if (nonState) yield d(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "capture-by-non-state");
                // a foreign state's forces taking ground count with non-state actors in ACLED's scheme: no government
                // regains what it never held ("Russian troops captured Popasna in Luhansk oblast")
                // (but one fighting beside the home government's forces, "Russian and Syrian jets", helps it regain ground)
                // (jets take no ground: a capture told with a foreign air force as its subject is its allies' on the ground,
                // whom only their naming beside it tells)
                if (agent.isPresent() && agent.get().actor().inter() == 8) {
                    if (homeForcesBeside(s, agent.get())) yield d(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "capture-by-allied-state");
                    yield agentKind(agent, "AIR") ? Optional.empty() : d(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "capture-by-foreign-state");
                }
                if (agent.isPresent() && agent.get().actor().inter() == 1)
                    yield d(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "capture-by-state");
                if (agent.isEmpty() && s.hasWord(Set.of("regime", "army", "troops", "government", "loyalist", "loyalists", "pro-government", "pro-regime")))
                    yield d(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "capture-state-context");
                // "the Russian-led alliance", "Saudi-led coalition": forces led by a state fight on the government side
                if (agent.isEmpty() && stateLed(s, t)) yield d(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "capture-by-state-led-forces");
                if (agent.isEmpty() && t.from() - 2 >= s.first() && s.norm(t.from() - 2).equals("forces")
                        || agent.isEmpty() && t.from() - 3 >= s.first() && s.norm(t.from() - 3).equals("forces"))
                    yield d(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "capture-by-forces");
                yield Optional.empty();
            }
            case KILL, EXECUTE, STAB, SHOOT, BODY -> {
                // "left four people dead" tells a toll only with a count in it ("left the dead man's house" does not)
                if (t.pattern().startsWith("left") && s.numbers().stream().noneMatch(n -> t.span().contains(n.span()))) yield Optional.empty();
                // ("airstrikes that left 18 civilians dead": the toll of strikes whose own trigger a speech verb held back)
                if (t.pattern().startsWith("left") && air) yield d(SubEventType.AIR_DRONE_STRIKE, "toll-left-by-air-strikes");
                if (t.pattern().startsWith("left") && shellFire) yield d(SubEventType.SHELLING_ARTILLERY_MISSILE, "toll-left-by-shelling");
                // casualties of another event in the sentence; not of a firing of guns, which defers to the killing
                // ("fired machine guns at a car, killing two men": each had waited for the other)
                List<TriggerMatch> others = shellFire ? all : all.stream().filter(m -> m.type() != TriggerClass.FIRE).toList();
                if (hasViolentOther(s, others, t)) yield Optional.empty();
                if (protest) yield Optional.empty();
                if ((s.hasWord(MOB_AGENTS) || crowdAgent(agent, s, t)) && !armedPresent(s)) yield d(SubEventType.MOB_VIOLENCE, "violence-by-crowd");
                if (t.type() != TriggerClass.BODY && t.type() != TriggerClass.EXECUTE && mobPerpetrators(s, t)) {
                    yield demonstrative(s) ? d(SubEventType.VIOLENT_DEMONSTRATION, "violence-by-demonstrators")
                            : d(SubEventType.MOB_VIOLENCE, "violence-by-civilian-group");
                }
                if (t.type() == TriggerClass.BODY) {
                    // a missing hiker found by rescuers is not a killing
                    if (s.hasWord(BENIGN_DEATH) && !s.hasWord(VIOLENCE_SIGNS)) yield Optional.empty();
                    yield d(SubEventType.ATTACK, "body-found");
                }
                if (oneSided) yield d(SubEventType.ATTACK, t.type().name().toLowerCase() + "-one-sided");
                // "officers who tried to halt a car were shot": the passive subject, not the nearest noun, was hit
                Optional<Boolean> subjectArmed = passiveSubjectArmed(s, t);
                if (subjectArmed.isPresent()) {
                    yield subjectArmed.get() ? d(SubEventType.ARMED_CLASH, "killing-of-combatants:passive-subject")
                            : d(SubEventType.ATTACK, t.type().name().toLowerCase() + "-of-civilians:passive-subject");
                }
                if (combatTarget && !civilianTarget) yield d(SubEventType.ARMED_CLASH, "killing-of-combatants");
                if (civilianTarget || t.type() == TriggerClass.EXECUTE || t.type() == TriggerClass.STAB)
                    yield d(SubEventType.ATTACK, t.type().name().toLowerCase() + "-of-civilians");
                if (agent.isPresent()) yield d(SubEventType.ATTACK, t.type().name().toLowerCase());
                // "a suspect was gunned down by unknown men": a person shot, by whoever
                if (t.type() == TriggerClass.SHOOT || t.pattern().startsWith("shot") || passiveBy(s, t))
                    yield d(SubEventType.ATTACK, t.type().name().toLowerCase() + "-unattributed");
                yield Optional.empty();
            }
            // "gunmen wounded a civilian": wounding by an armed actor with no other violent word is an attack
            case INJURE -> !hasViolentOther(all, t) && !has(all, TriggerClass.SHOOT) && !has(all, TriggerClass.KILL) && !protest
                    && agent.isEmpty() && projectileSubject(s, t) ? d(SubEventType.ATTACK, "wounded-by-gunfire")
                    : !hasViolentOther(all, t) && !has(all, TriggerClass.SHOOT) && !has(all, TriggerClass.KILL) && !protest
                    && agent.map(a -> a.actor().inter() >= 1 && a.actor().inter() <= 4).orElse(false)
                    && !afterPassiveBy(s, t, agent.get()) && agent.get().span().end() <= t.span().start() && active(s, agent.get(), t)
                    ? d(combatTarget && !civilianTarget ? SubEventType.ARMED_CLASH : SubEventType.ATTACK, "wounding") : Optional.empty();
            case FIRE -> {
                if (protest) yield Optional.empty();
                // "killed with two shots to the head", "five shots were fired": the shots of the
                // shooting told, not a firefight of their own
                // (a missile or shell fired is the event, and the killing its toll: "fired a guided missile at a house,
                // killing two children"; the killing defers to it)
                if (!shellFire && (has(all, TriggerClass.SHOOT) || has(all, TriggerClass.KILL) || has(all, TriggerClass.EXECUTE))) yield Optional.empty();
                if (shotsAsDetail(s, t)) yield Optional.empty();
                // "fired shots into the air", no one hurt: a show of force, not an attack (ACLED: other)
                if (intoTheAir(s) && !harmToPeople(s)) yield d(SubEventType.OTHER, "shots-in-the-air");
                // "fired machine guns, rocket launchers and rifles": several fire triggers are one firing
                if (hasViolentOther(all.stream().filter(m -> m.type() != TriggerClass.FIRE).toList(), t)) yield Optional.empty();
                if (directFire(s) && !air) yield d(SubEventType.ARMED_CLASH, "fire+small-arms");
                if ((shell || s.hasWord(HEAVY_WEAPONS)) && !air) yield d(SubEventType.SHELLING_ARTILLERY_MISSILE, "fire+heavy-weapons");
                if (civilianTarget && !combatTarget || oneSided) yield d(SubEventType.ATTACK, "fire-on-civilians");
                yield d(SubEventType.ARMED_CLASH, "fire");
            }
            case JOIN -> patient.map(a -> a.actor().inter() >= 2 && a.actor().inter() <= 4).orElse(false)
                    ? d(SubEventType.CHANGE_TO_GROUP_ACTIVITY, "joined-armed-group") : Optional.empty();
            case RELEASE -> d(SubEventType.OTHER, "release");
            case BLOCKADE -> {
                if (has(all, TriggerClass.PROTEST)) yield Optional.empty();
                if (violenceNear(s, t) || protesterViolence(s) || has(all, TriggerClass.BURN) || has(all, TriggerClass.TORCH)) yield d(SubEventType.VIOLENT_DEMONSTRATION, "blockade+violence");
                if (intervened(s)) yield d(SubEventType.PROTEST_WITH_INTERVENTION, "blockade+intervention");
                yield d(SubEventType.PEACEFUL_PROTEST, "blockade");
            }
            case ABDUCT -> {
                // "confessed to be kidnappers": the word names people, not an abduction
                if (s.norm(t.from()).startsWith("kidnapper") || s.norm(t.from()).startsWith("abductor")) yield Optional.empty();
                // "beaten, suspected of kidnapping a girl": the abduction is an accusation
                if (t.from() - 2 >= s.first() && s.norm(t.from() - 1).equals("of") && Set.of("suspected", "accused", "suspicion", "charges").contains(s.norm(t.from() - 2))) yield Optional.empty();
                // "killed a policeman and abducted an agent": the killing codes the event
                if (has(all, TriggerClass.KILL) || has(all, TriggerClass.SHOOT) || has(all, TriggerClass.EXECUTE)) yield Optional.empty();
                // abducted and then killed, or found beaten: ACLED codes what was done to the victim (an attack)
                if (victimHarmed(s)) yield d(SubEventType.ATTACK, "abducted-and-harmed");
                yield d(SubEventType.ABDUCTION, "abduction");
            }
            case SEXUAL -> d(SubEventType.SEXUAL_VIOLENCE, "sexual-violence");
            case PROTEST -> {
                if (isMonthMarch(t, s)) yield Optional.empty();
                // "militias marched to Gordi and attacked settlers": armed men on the move, not demonstrators
                if (s.norm(t.from()).startsWith("march") && armedBefore(s, t)) yield Optional.empty();
                // "protested that the rules were unfair": a complaint reported as speech
                if (t.to() < s.end() && s.norm(t.to()).equals("that")) yield Optional.empty();
                // "the minister summoned the ambassador to protest", "lodged a formal protest": diplomacy, not a demonstration
                if (diplomaticProtest(s, t)) yield Optional.empty();
                // demonstrators who were violent make a riot even when the police answered with live fire (ACLED)
                if (protesterViolence(s)) yield d(SubEventType.VIOLENT_DEMONSTRATION, "protest+protester-violence");
                if ((s.hasWord(EXCESSIVE_WORDS) || firedOn(s)) && hasForceAgainstProtest(s)) yield d(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "protest+lethal-force");
                if (violenceNear(s, t) || violentTrigger(s, all))
                    yield d(SubEventType.VIOLENT_DEMONSTRATION, "protest+violence");
                if (intervened(s))
                    yield d(SubEventType.PROTEST_WITH_INTERVENTION, "protest+intervention");
                yield d(SubEventType.PEACEFUL_PROTEST, "protest");
            }
            // stones thrown by demonstrators make a violent demonstration; by residents or a crowd with no demonstration
            // told, mob violence (ACLED)
            // workers marking Labour Day in the street: ACLED codes the gathering as a protest; a government's
            // ceremony is not one
            // "workers of a factory demanded unpaid wages": a group stating demands with no other act told is a
            // demonstration; officials and governments demanding something are not
            case DEMAND -> {
                if (has(all, TriggerClass.PROTEST) || has(all, TriggerClass.BLOCKADE) || has(all, TriggerClass.RIOT)
                        || has(all, TriggerClass.PELT) || has(all, TriggerClass.PROTEST_DAY) || hasViolentOther(all, t)) yield Optional.empty();
                if (!demandingGroup(s, t) || s.hasWord(STATEMENT_WORDS) || authorityDemands(s, t)) yield Optional.empty();
                if (protesterViolence(s)) yield d(SubEventType.VIOLENT_DEMONSTRATION, "demands+protester-violence");
                if (intervened(s)) yield d(SubEventType.PROTEST_WITH_INTERVENTION, "demands+intervention");
                yield d(SubEventType.PEACEFUL_PROTEST, "group-demands");
            }
            case PROTEST_DAY -> agent.map(a -> a.actor().inter() >= 5).orElse(false) && !has(all, TriggerClass.PROTEST)
                    ? d(SubEventType.PEACEFUL_PROTEST, "labour-day-gathering") : Optional.empty();
            // prisoners rioting over their conditions or release are demonstrating (ACLED: violent demonstration)
            // "a lone man stoned a nurse": one person's assault is an attack, not a riot
            case RIOT, PELT -> has(all, TriggerClass.PROTEST) || t.type() == TriggerClass.PELT && killingInSentence(all) ? Optional.empty()
                    : t.type() == TriggerClass.PELT && singleDoer(s, t) ? d(SubEventType.ATTACK, "stoning-by-individual")
                    : hasProtestWord(s) || s.hasWord(DEMAND_WORDS) || demonstrative(s)
                    || t.type() == TriggerClass.RIOT && s.hasWord(Set.of("prisoners", "inmates", "detainees", "prison", "jail"))
                    ? d(SubEventType.VIOLENT_DEMONSTRATION, "riot") : d(SubEventType.MOB_VIOLENCE, "riot-without-demonstration");
            case MOB -> d(SubEventType.MOB_VIOLENCE, "mob");
            case VANDAL, TORCH -> {
                if (has(all, TriggerClass.PROTEST) || has(all, TriggerClass.RIOT) || has(all, TriggerClass.MOB)) yield Optional.empty();
                if (killingInSentence(all)) yield Optional.empty();   // "shot a guard and burned two schools": the killing codes it
                if (burnsTyres(t, s)) yield d(SubEventType.VIOLENT_DEMONSTRATION, "burning-tyres");
                // "inmates set alight their sheets, demanding court dates": arson with demands is a riot
                if (s.hasWord(DEMAND_WORDS) && !killingInSentence(all)) yield d(SubEventType.VIOLENT_DEMONSTRATION, "arson-with-demands");
                // "community members torched a bar": a crowd's arson is mob violence (ACLED)
                if (mobPerpetrators(s, t) && (s.hasWord(MOB_AGENTS) || s.hasWord(Set.of("community", "group", "crowd", "youths")))) {
                    yield demonstrative(s) ? d(SubEventType.VIOLENT_DEMONSTRATION, "arson-by-demonstrators") : d(SubEventType.MOB_VIOLENCE, "arson-by-crowd");
                }
                if (propertyOnly(s, all)) yield d(SubEventType.LOOTING_PROPERTY_DESTRUCTION, "arson-no-one-hurt");
                if (hasViolentOther(all, t)) yield Optional.empty();
                yield agent.isPresent() ? d(SubEventType.LOOTING_PROPERTY_DESTRUCTION, "arson-or-vandalism") : Optional.empty();
            }
            case BURN -> {
                if (has(all, TriggerClass.PROTEST) || has(all, TriggerClass.BLOCKADE) || killingInSentence(all)) yield Optional.empty();
                if (burnsTyres(t, s)) yield d(SubEventType.VIOLENT_DEMONSTRATION, "burning-tyres");
                if (protest) yield d(SubEventType.VIOLENT_DEMONSTRATION, "burning+protest");
                if (propertyOnly(s, all) && !has(all, TriggerClass.ATTACK) && (agent.isPresent() || passiveTrigger(s, t))) yield d(SubEventType.LOOTING_PROPERTY_DESTRUCTION, "burning-no-one-hurt");
                if (hasViolentOther(all, t)) yield Optional.empty();
                yield agent.isPresent() && agent.get().actor().inter() != 7 ? d(SubEventType.LOOTING_PROPERTY_DESTRUCTION, "burning") : Optional.empty();
            }
            // ACLED codes politically significant arrests, not ordinary policing
            // arrests made in a fight ("7 militants were killed and 3 arrested") are part of it; "related to the arrest
            // of a leader" is a motive, not an arrest reported here
            // (arrests by an army or an armed group are political by who makes them: "regime forces arrested 5 people
            // in Douma", "Israeli forces arrested 3 persons"; the police's need a political detainee)
            // (people held over ties to a rebel group the sentence names are political detainees: "detained seven
            // people accused of links to the PKK")
            case ARREST -> has(all, TriggerClass.PROTEST) || !(s.hasWord(POLITICAL_DETAINEES) || armedArrester(agent) || rebelsNamed(s))
                    || killingInSentence(all)
                    // ("raided Al-Hawayej and arrested two persons": a raid that hurt no one is how the arrest was made)
                    || hasViolentOther(casualties ? all : all.stream().filter(m -> m.type() != TriggerClass.RAID).toList(), t)
                    || inGrievanceClause(s, t.from()) ? Optional.empty() : d(SubEventType.ARRESTS, "arrest");
            case AGREE -> d(SubEventType.AGREEMENT, "agreement");
            // a lockdown, a deployment: only on its own, not as the backdrop of a clash or a protest in the sentence
            case GROUP_CHANGE -> hasViolentOther(all, t) || has(all, TriggerClass.PROTEST) ? Optional.empty()
                    : d(SubEventType.CHANGE_TO_GROUP_ACTIVITY, "group-change");
            // an armed group handing out food is a change in its activity (ACLED); a government's aid is no event
            case AID -> (agent.map(a -> a.actor().inter() >= 2 && a.actor().inter() <= 4).orElse(false) || s.hasWord(ARMED_GROUP_WORDS))
                    && !hasViolentOther(all, t)
                    ? d(SubEventType.CHANGE_TO_GROUP_ACTIVITY, "armed-group-aid") : Optional.empty();
            // "police dismantled a cocaine lab": destroying a drug facility is property destruction (ACLED)
            // "gunmen stopped a car and killed its driver": the interception is how the shooting began
            case DISRUPT -> drugFacility(t, s) ? d(SubEventType.LOOTING_PROPERTY_DESTRUCTION, "drug-facility-dismantled")
                    : interceptsVehicle(t, s) && (killingInSentence(all) || has(all, TriggerClass.SHOOT)) ? Optional.empty()
                    : d(SubEventType.DISRUPTED_WEAPONS_USE, "disrupted-weapons");
            case BASE -> d(SubEventType.HEADQUARTERS_ESTABLISHED, "base-established");
            case LOOT -> {
                if (has(all, TriggerClass.PROTEST) || has(all, TriggerClass.RIOT) || killingInSentence(all)) yield Optional.empty();
                // "stole", "took away": theft is looting when armed men or an armed group take (ACLED), not any theft
                boolean lootWord = t.pattern().startsWith("loot") || t.pattern().startsWith("ransack") || t.pattern().startsWith("plunder");
                if (!lootWord && !agent.map(a -> a.actor().inter() >= 1 && a.actor().inter() <= 4).orElse(false)
                        && !s.hasWord(ARMED_WORDS) && !s.hasWord(ARMED_GROUP_WORDS)) yield Optional.empty();
                yield d(SubEventType.LOOTING_PROPERTY_DESTRUCTION, lootWord ? "looting" : "theft-by-armed-men");
            }
            case DESTROY -> {
                if (hasViolentOther(all, t)) yield Optional.empty();
                // "the air force destroyed the headquarters", "a depot was also destroyed" in an air war: a strike
                if (air || airArticle && agent.isEmpty() && s.hasWord(MILITARY_OBJECTS)) yield d(SubEventType.AIR_DRONE_STRIKE, "destruction-from-air");
                yield agent.isEmpty() ? Optional.empty() : d(SubEventType.LOOTING_PROPERTY_DESTRUCTION, "destruction");
            }
            case HANDOVER -> d(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, "handover");
            // refugees returning, villagers fleeing: a strategic development (ACLED 'Other'), unless it is the flight
            // from a violent event told in the same sentence
            case RETURN -> !hasViolentOther(all, t) && displacedGroup(s, t) ? d(SubEventType.OTHER, "return-or-displacement") : Optional.empty();
            case AIR_CAMPAIGN, AIR_SUPPORT, WITHDRAW -> Optional.empty();
        };
    }

    private static final Set<String> PROJECTILES = Set.of("bullet", "bullets", "gunshot", "gunshots", "gunfire");

    /** "a bullet wounded a man", "a stray bullet hit a girl": gunfire is the subject of the wounding. */
    private static boolean projectileSubject(SentenceView s, TriggerMatch t) {
        for (int i = t.from() - 1; i >= Math.max(s.first(), t.from() - 4); i--) {
            if (PROJECTILES.contains(s.norm(i))) return true;
            if (s.norm(i).equals(",") || s.norm(i).equals("by")) return false;
        }
        return false;
    }

    private static final Set<String> BENIGN_DEATH = Set.of("hiker", "hikers", "climber", "climbers", "swimmer",
            "swimmers", "drowned", "drowning", "rescuers", "hypothermia", "natural", "overdose", "fisherman", "missing",
            "avalanche", "flood", "floods", "landslide", "stranded", "fishermen");

    private static final Set<String> VIOLENCE_SIGNS = Set.of("gunshot", "gunshots", "bullet", "bullets", "shot",
            "stabbed", "tortured", "torture", "tied", "bound", "beheaded", "decapitated", "mutilated", "dismembered",
            "strangled", "wounds", "killed", "murdered", "executed", "burnt", "burned");

    static final Set<String> MILITARY_OBJECTS = Set.of("headquarters", "depot", "depots", "warehouse", "warehouses",
            "factory", "command", "base", "bases", "post", "positions", "position", "bunker", "bunkers", "stronghold",
            "arsenal", "ammunition", "weapons", "training", "camp");

    private static final Set<String> THROW = Set.of("threw", "throwing", "thrown", "pelted", "pelting", "hurled", "hurling");
    private static final Set<String> GRIEVANCE = Set.of("after", "following", "since", "over", "against", "because",
            "for", "demanding", "demanded");

    /**
     * Violence by the protesters, told in the protest's own clause: "protesters pelted stones", "the march turned
     * violent". Not words of another clause ("protested after days of fighting", "against damage to
     * their houses", "a riot last month"), nor stones that only block a road.
     */
    static boolean violenceNear(SentenceView s, TriggerMatch t) {
        int from = Math.max(s.first(), t.from() - 8), to = Math.min(s.end(), t.to() + 10);
        for (int i = t.to(); i < to; i++) if (GRIEVANCE.contains(s.norm(i))) { to = i; break; }
        for (int i = from; i < to; i++) {
            String n = s.norm(i);
            if (!VIOLENT_PROTEST_WORDS.contains(n) || n.equals("set") || n.equals("damaged")) continue;
            if ((n.equals("stones") || n.equals("stone") || n.equals("rocks")) && !s.hasWord(THROW)) continue;
            if (doneToProtest(s, i)) continue;
            return true;
        }
        return false;
    }

    private static final Set<String> GOODS = Set.of("marijuana", "cannabis", "cocaine", "heroin", "drugs", "drug",
            "methamphetamine", "shabu", "narcotics", "contraband", "smuggled", "cigarettes", "tons", "tonnes", "kilograms",
            "kg", "kilos", "packs", "sachets", "pills", "boats", "boat", "phones", "food", "foods", "cattle", "livestock",
            "cows", "goats", "money", "cash", "motorcycles", "vehicles", "trucks", "fuel", "goods", "crops", "timber",
            "vehicle", "truck", "car", "cars", "motorcycle", "motorbike", "motorbikes", "ton", "tonne");

    /** A seizure whose object is drugs or contraband, not a place. */
    private static boolean seizesGoods(TriggerMatch t, SentenceView s) {
        if (!s.norm(t.from()).startsWith("seiz")) return false;
        for (int i = t.to(); i < Math.min(s.end(), t.to() + 12); i++) {
            String n = s.norm(i);
            if (n.equals(",") || n.equals(";")) break;
            if (GOODS.contains(n)) return true;
        }
        return false;
    }

    /** Tyres and barricades set alight: a road protest turned violent (ACLED codes it a violent demonstration). */
    private static boolean burnsTyres(TriggerMatch t, SentenceView s) {
        for (int i = t.to(); i < Math.min(s.end(), t.to() + 5); i++) {
            String n = s.norm(i);
            if (n.startsWith("tyre") || n.startsWith("tire") || n.startsWith("barricade")) return true;
        }
        return false;
    }

    private static final Set<String> ABSTRACT = Set.of("freedom", "freedoms", "democracy", "rights", "press",
            "media", "constitution", "sovereignty", "dignity", "values", "independence", "judiciary", "truth", "liberty");

    /** "an attack on media freedom", "attacks on democracy": words, not violence. */
    private static boolean abstractTarget(TriggerMatch t, SentenceView s) {
        if (t.to() >= s.end() || !Set.of("on", "against").contains(s.norm(t.to()))) return false;
        for (int i = t.to() + 1; i < Math.min(s.end(), t.to() + 4); i++) if (ABSTRACT.contains(s.norm(i))) return true;
        return false;
    }

    /** No passive auxiliary between the agent and the trigger: "gunmen wounded", not "soldiers were wounded". */
    private static boolean active(SentenceView s, ActorMention agent, TriggerMatch t) {
        for (int i = s.tokenAt(agent.span().end()); i < t.from(); i++) {
            String n = s.norm(i);
            if (n.equals("was") || n.equals("were") || n.equals("been") || n.equals("being") || n.equals("got")) return false;
        }
        return true;
    }

    /** "was shot dead by", "killed ... by": a passive with its agent named after "by". */
    private static boolean passiveBy(SentenceView s, TriggerMatch t) {
        for (int i = t.to(); i < Math.min(s.end(), t.to() + 6); i++) if (s.norm(i).equals("by")) return true;
        return false;
    }

    /** "killed by unidentified assailants": the actor follows a passive "by" between the trigger and it. */
    private static boolean afterPassiveBy(SentenceView s, TriggerMatch t, ActorMention a) {
        int k = s.tokenAt(a.span().start());
        for (int i = t.to(); i < k; i++) {
            String n = s.norm(i);
            if (n.equals("by") || n.equals("attributed") || n.equals("blamed") || n.equals("claimed")) return true;
        }
        return false;
    }

    /**
     * "a drive-by shooting on two officers in a patrol car": a drive-by on forces on
     * duty is still a fight with them (ACLED: armed clash); on off-duty or former members, an attack.
     */
    static boolean driveByOnForcesOnDuty(SentenceView s) {
        boolean driveBy = false, offDuty = false;
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            if (n.equals("drive-by") || n.equals("driveby") || n.equals("drive") && i + 2 < s.end() && s.norm(i + 2).equals("by")
                    || n.equals("drive-") && i + 1 < s.end() && s.norm(i + 1).equals("by")) driveBy = true;
            if (n.equals("off-duty") || n.equals("off") && i + 1 < s.end() && (s.norm(i + 1).equals("duty") || s.norm(i + 1).equals("-"))
                    || n.equals("former") || n.equals("retired")) offDuty = true;
        }
        return driveBy && !offDuty && s.hasWord(Set.of("patrol", "police", "officers", "policemen", "soldiers", "troops",
                "station", "stations", "checkpoint", "convoy", "guards"));
    }

    /** Drive-by shootings and attacks on off-duty officers: ACLED codes them as attacks, not clashes. */
    static boolean oneSidedAttack(SentenceView s) {
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            if (n.equals("off-duty") || n.equals("drive-by") || n.equals("driveby")) return true;
            if (n.equals("off") && i + 1 < s.end() && s.norm(i + 1).equals("duty")) return true;
            if (n.equals("drive-") && i + 1 < s.end() && s.norm(i + 1).equals("by")) return true;
            // a former soldier, or one killed at home: not a combatant in a fight
            if (n.equals("former") && i + 2 < s.end() && (COMBATANT_WORDS.contains(s.norm(i + 1)) || COMBATANT_WORDS.contains(s.norm(i + 2)))) return true;
            if ((n.equals("his") || n.equals("her")) && i + 1 < s.end() && Set.of("house", "home", "office", "shop", "residence").contains(s.norm(i + 1))) return true;
            if (i + 2 < s.end() && s.norm(i + 1).equals("-") && (n.equals("off") && s.norm(i + 2).equals("duty")
                    || n.equals("drive") && s.norm(i + 2).equals("by"))) return true;
        }
        return false;
    }

    /**
     * Armed forces on the scene besides the attackers: an armed actor of another name than the agent, or a word for
     * combatants after the trigger (the attacked side).
     */
    private static boolean opposingForces(SentenceView s, TriggerMatch t, Optional<ActorMention> agent) {
        // "20 militants were killed in the failed attack": the armed side named is the side that took losses
        if (agent.isPresent() && agent.get().span().end() <= t.span().start() && agent.get().actor().inter() >= 1 && agent.get().actor().inter() <= 4) {
            for (int i = s.tokenAt(agent.get().span().end()); i < t.from(); i++) {
                String n = s.norm(i);
                if ((n.equals("was") || n.equals("were")) && i + 1 < t.from()
                        && Set.of("killed", "wounded", "injured", "repelled", "repulsed").contains(s.norm(i + 1))) return true;
            }
        }
        for (ActorMention a : s.actors()) {
            int inter = a.actor().inter();
            if (inter < 1 || inter > 4) continue;
            if (agent.isPresent() && (agent.get() == a || agent.get().actor().name().equals(a.actor().name()))) continue;
            if (agent.isEmpty() && a.span().end() <= t.span().start()) continue;
            if (a.span().start() >= t.span().end() && afterPassiveBy(s, t, a)) continue;   // "attributed to ADF fighters"
            return true;
        }
        for (int i = t.to(); i < s.end(); i++) {
            String n = s.norm(i);
            // the attackers: "attacked by X", "attributed to X" (not "neighbourhoods held by government troops")
            if (n.equals("by") && i - t.to() <= 1 || n.equals("attributed") || n.equals("blamed") || n.equals("claimed")) break;
            if (COMBATANT_WORDS.contains(n)) return true;
        }
        return false;
    }

    static boolean diplomaticProtest(SentenceView s, TriggerMatch t) {
        if (s.hasWord(Set.of("summoned", "summons")) && s.hasWord(Set.of("ambassador", "envoy", "diplomat", "charge", "embassy", "consul"))) return true;
        String before = t.from() > s.first() ? s.norm(t.from() - 1) : "";
        String before2 = t.from() - 1 > s.first() ? s.norm(t.from() - 2) : "";
        return Set.of("formal", "diplomatic", "official", "strong").contains(before) || before2.equals("lodged") || before.equals("lodged");
    }
    static final Set<String> POLITICAL_DETAINEES = Set.of("activist", "activists", "journalist", "journalists", "opposition",
            "lawmaker", "lawmakers", "politician", "politicians", "leader", "leaders", "protester", "protesters",
            "demonstrators", "militant", "militants", "rebel", "rebels", "separatist", "separatists", "blogger", "bloggers",
            "dissident", "dissidents", "members", "member", "commander", "insurgents", "jihadists", "terrorist",
            "terrorists", "terror", "extremists", "candidate", "mp", "mps", "councillor", "mayor", "cleric", "students",
            "unionists", "organisers", "organizers", "fighters", "spy", "spies", "collaborators", "supporters", "insurgency");

    private static final Set<String> ARREST_AS_GRIEVANCE = Set.of("the", "against", "over", "of", "possible", "illegal",
            "unjust", "unlawful", "his", "her", "their", "alleged", "recent", "arbitrary", "demanding", "denounce", "condemn");

    /**
     * Forces acted on the protest: dispersal, tear gas, beatings, or arrests made there. An arrest that is the
     * protest's grievance ("against the arrest of the editor") is not an intervention.
     */
    static boolean intervened(SentenceView s) {
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            // "police used force against", "officers interfered"
            if (n.equals("force") && i > s.first() && Set.of("used", "using", "use").contains(s.norm(i - 1))) return true;
            if (n.equals("interfered") || n.equals("interrupted")) return true;
            // "a councillor attacked the protest", "police assaulted the demonstrators"
            if (Set.of("attacked", "assaulted", "charged", "beat").contains(n) && followsWithin(s, i, 3, PROTEST_OBJECTS)) return true;
            if (!INTERVENTION_WORDS.contains(n)) continue;
            // "demanding freedom for a jailed blogger", "after an officer beat a trader": the
            // grievance, told in its own clause, is no intervention at this protest
            if (inGrievanceClause(s, i)) continue;
            boolean arrestWord = n.startsWith("arrest") || n.startsWith("detain");
            if (!arrestWord) return true;
            String before = i > s.first() ? s.norm(i - 1) : "";
            if (ARREST_AS_GRIEVANCE.contains(before)) continue;
            // "families of migrants detained in Spain": a participle describing people is no arrest made here
            if (!ARREST_MAKERS.contains(before) && !(!before.isEmpty() && before.chars().allMatch(Character::isDigit)) && !(i + 1 < s.end() && ARRESTED_AFTER.contains(s.norm(i + 1)))) continue;
            return true;
        }
        return false;
    }

    private static final Set<String> ARREST_MAKERS = Set.of("was", "were", "been", "being", "got", "police", "policemen",
            "officers", "forces", "authorities", "security", "troops", "soldiers", "and", "then", "later", "also", "gendarmes",
            "they", "personnel", "agents", "guards", "briefly", "subsequently", "temporarily", "reportedly");
    private static final Set<String> ARRESTED_AFTER = Set.of("some", "several", "dozens", "many", "protesters",
            "demonstrators", "participants", "them", "the", "about", "around", "at", "more", "over", "activists", "members",
            "were", "was", "made");
    private static final Set<String> CLAUSE_GRIEVANCE = Set.of("after", "following", "over", "against", "because",
            "release", "who", "whose", "which", "that", "demanding", "justice", "denounce", "denouncing", "condemning", "condemn");

    private static final Set<String> NEW_CLAUSE_AFTER_AND = Set.of("were", "was", "then", "later", "police", "they");

    static boolean inGrievanceClause(SentenceView s, int i) {
        // "residents demonstrating against the curfew vandalized a police station": a past-tense verb with its object
        // after the grievance is the sentence's main verb, not part of what they protested against
        if (s.norm(i).endsWith("ed") && i + 1 < s.end() && OBJECT_OPENERS.contains(s.norm(i + 1))) return false;
        for (int k = i - 1; k >= Math.max(s.first(), i - 10); k--) {
            String b = s.norm(k);
            if (b.equals(",") || b.equals(";")) return false;
            // "protested against the curfew and were dispersed", "... and clashed with police": "and" with a new verb
            // opens the next clause
            if (b.equals("and") && k + 1 < i && (NEW_CLAUSE_AFTER_AND.contains(s.norm(k + 1)) || s.norm(k + 1).endsWith("ed"))) return false;
            if (CLAUSE_GRIEVANCE.contains(b)) return true;
        }
        return false;
    }

    /** Small arms: fire exchanged at close range makes a clash (ACLED); heavy machine guns and launchers do not. */
    static final Set<String> DIRECT_FIRE = Set.of("rifles", "rifle", "automatic", "sniper", "snipers", "infantry",
            "firearms", "pistol", "pistols", "kalashnikov", "kalashnikovs");
    static final Set<String> HEAVY_WEAPONS = Set.of("launchers", "launcher", "machineguns", "machine-guns", "machinegun",
            "cannons", "cannon", "heavy", "mm", "recoilless", "anti-tank", "atgm", "bmp", "apc", "ifv", "ifvs", "bmps", "apcs",
            "agl", "agls", "anti-aircraft", "spg", "zu-23", "tank", "tanks");

    /** Small arms beside the heavy weapons, or fire "in both directions": a clash, not one-sided shelling. */
    static boolean directFire(SentenceView s) {
        if (s.hasWord(DIRECT_FIRE)) return true;
        for (int i = s.first(); i + 1 < s.end(); i++) {
            if (s.norm(i).equals("small") && s.norm(i + 1).equals("arms")) return true;
            if (s.norm(i).equals("both") && s.norm(i + 1).equals("directions")) return true;
        }
        return false;
    }

    /**
     * A crowd as the acting side: rioters, or a group of civilians ("a group of people", "residents", "community
     * members") named before an active trigger or after a passive "by".
     */
    static boolean crowdAgent(Optional<ActorMention> agent, SentenceView s, TriggerMatch t) {
        if (agent.isEmpty()) return false;
        // "22 people were killed in an attack": victims before a passive verb did not act
        int from = s.tokenAt(agent.get().span().end());
        for (int i = from; i < t.from(); i++) {
            String n = s.norm(i);
            if (n.equals("was") || n.equals("were") || n.equals("been") || n.equals("in") || n.equals("during")) return false;
        }
        int inter = agent.get().actor().inter();
        if (inter == 5) return true;
        if (inter != 7) return false;
        String text = agent.get().text() == null ? "" : agent.get().text().toLowerCase(java.util.Locale.ROOT);
        return text.contains("group") || text.contains("residents") || text.contains("community") || text.contains("locals")
                || text.contains("villagers") || text.contains("inhabitants");
    }

    private static final Set<String> CROWD_WORDS = Set.of("nationals", "supporters", "youths", "residents", "villagers",
            "traders", "sellers", "vendors", "inhabitants", "refugees", "migrants", "journalists", "students", "workers",
            "farmers", "locals", "mob", "crowd", "fans", "passengers", "neighbours", "neighbors");
    private static final Set<String> COMBATANTS_PROPER = Set.of("militants", "rebels", "insurgents", "soldiers", "troops",
            "army", "gunmen", "fighters", "jihadists", "terrorists", "militia", "militias", "militiamen", "separatists");

    /**
     * "Indian nationals clashed with border police", "party supporters fought one another with machetes": a crowd on
     * one side and no guns or fighters on either is mob violence (ACLED), whatever uniform the other side wears.
     */
    static boolean crowdSide(SentenceView s) {
        return s.hasWord(CROWD_WORDS) && !s.hasWord(FIREARMS) && !s.hasWord(COMBATANTS_PROPER)
                && !s.hasWord(Set.of("shot", "shooting", "shots", "gunfire", "fire"));
    }

    /** Crowds and vigilantes: their violence is mob violence (ACLED), not an armed group's attack. */
    static final Set<String> MOB_AGENTS = Set.of("locals", "villagers", "mob", "crowd", "vigilante", "vigilantes",
            "lynch", "inhabitants", "neighbours", "neighbors");

    static final Set<String> ARMED_WORDS = Set.of("soldier", "soldiers", "troops", "militants", "militant", "gunmen",
            "gunman", "rebels", "insurgents", "fighters", "army", "armed", "militia", "militias", "militiamen", "jihadists",
            "separatists", "terrorists", "assailants", "attackers", "commandos", "forces", "gang", "gangs", "cartel",
            "shoot", "shootout", "shootouts", "gunfight", "firefight", "gunbattle");  // a shoot-out ("shoot - out"): arms present

    private static final Set<String> FIREARMS = Set.of("firearms", "firearm", "guns", "gun", "gunfire", "rifles",
            "rifle", "pistols", "pistol", "gunshots", "bullets", "bullet");

    /** Anyone armed on the scene beyond the police: otherwise a fight between groups is mob violence. */
    static boolean armedPresent(SentenceView s) {
        if (s.hasWord(FIREARMS)) return true;
        for (ActorMention a : s.actors()) {
            int inter = a.actor().inter();
            if (inter >= 1 && inter <= 4 && !a.actor().name().startsWith("Police")) return true;
        }
        return s.hasWord(ARMED_WORDS);
    }

    private static final Set<String> TERRITORY = Set.of("town", "towns", "village", "villages", "city", "area", "areas",
            "district", "districts", "hill", "hills", "base", "bases", "airbase", "airport", "neighbourhood", "neighborhood",
            "neighbourhoods", "neighborhoods", "positions", "position", "territory", "farms", "road", "highway", "crossing",
            "checkpoint", "checkpoints", "outskirts", "province", "region", "valley", "mountain", "plain", "suburb",
            "suburbs", "camp", "port", "dam", "bridge", "island", "countryside", "stronghold", "strongholds", "zone", "zones",
            "quarter", "quarters", "settlement", "settlements", "front", "complex", "station", "field", "fields");

    /** A place, or a word for territory, within a few words after the trigger. */
    private static boolean territoryFollows(TriggerMatch t, SentenceView s) {
        int end = Math.min(s.end(), t.to() + 12);
        for (int i = t.to(); i < end; i++) if (TERRITORY.contains(s.norm(i))) return true;
        for (org.sitrep.model.PlaceMention p : s.places()) {
            int k = s.tokenAt(p.span().start());
            if (k >= t.to() && k < end) return true;
        }
        return t.type() == TriggerClass.FELL_TO;
    }

    /**
     * Does a home state force stand in or right beside the agent's phrase, joined to it ("Russian and Syrian jets",
     * "Syrian troops and Russian forces")?
     */
    private static boolean homeForcesBeside(SentenceView s, ActorMention agent) {
        int from = s.tokenAt(agent.span().start()), to = s.tokenAt(Math.max(agent.span().start(), agent.span().end() - 1));
        for (ActorMention a : s.actors()) {
            if (a == agent || a.actor().inter() != 1) continue;
            int f = s.tokenAt(a.span().start()), e = s.tokenAt(Math.max(a.span().start(), a.span().end() - 1));
            if (f >= from && e <= to) return true;
            int gapFrom = e < from ? e + 1 : to + 1, gapTo = e < from ? from : f;
            if (gapTo - gapFrom < 1 || gapTo - gapFrom > 2) continue;
            boolean joined = true;
            for (int i = gapFrom; i < gapTo; i++) if (!s.norm(i).equals("and") && !s.norm(i).equals(",")) joined = false;
            if (joined) return true;
        }
        return false;
    }

    private static boolean stateLed(SentenceView s, TriggerMatch t) {
        for (int i = s.first(); i < t.from(); i++) {
            String n = s.norm(i);
            // the tokenizer gives "Russian-led" whole or as "Russian" "-" "led"
            String leader = n.endsWith("-led") ? n.substring(0, n.length() - 4)
                    : n.equals("led") && i - 2 >= s.first() && s.norm(i - 1).equals("-") ? s.norm(i - 2) : null;
            if (leader != null && !Set.of("rebel", "kurdish", "jihadist", "islamist", "opposition", "militant").contains(leader)) return true;
        }
        return false;
    }

    /** "artillery positions", "mortar batteries": the weapon named as a target, not fired. */
    private static boolean targetNoun(TriggerMatch t, SentenceView s) {
        // (a verb's object is what it hit: "shelled positions near Sirte", "fired missiles at bases")
        String last = s.norm(t.to() - 1);
        if (last.endsWith("ed") && !last.equals("armed")) return false;
        return t.to() < s.end() && Set.of("positions", "position", "battery", "batteries", "depot", "depots", "pieces",
                "units", "unit", "emplacements", "launchers", "launcher", "crews", "factory", "factories", "workshop", "workshops",
                "facility", "facilities", "cache", "caches", "plant", "lab", "laboratory", "warehouse", "stockpile",
                "storage", "base", "bases", "defence", "defense", "system", "systems", "program", "programme", "alert",
                "alerts", "alarm", "alarms", "siren", "sirens", "warning", "warnings").contains(s.norm(t.to()));
    }

    private static Optional<Decision> d(SubEventType t, String rule) { return Optional.of(new Decision(t, rule)); }

    private static boolean has(List<TriggerMatch> all, TriggerClass c) {
        for (TriggerMatch m : all) if (m.type() == c) return true;
        return false;
    }

    /** As below, but a seizure of goods ("seized 47500 pills") is no fight that could absorb a killing. */
    private static final Set<String> VEHICLES = Set.of("car", "cars", "vehicle", "vehicles", "truck", "trucks", "bus",
            "buses", "motorcycle", "motorbike", "taxi", "van", "convoy");

    /** "intercepted a vehicle", "intercepted the bus": a vehicle stopped, not a weapon or a shipment disrupted. */
    private static boolean interceptsVehicle(TriggerMatch t, SentenceView s) {
        for (int i = t.to(); i < Math.min(s.end(), t.to() + 4); i++) if (VEHICLES.contains(s.norm(i))) return true;
        return false;
    }

    private static final Set<String> OBJECT_OPENERS = Set.of("a", "an", "the", "their", "his", "her", "two", "three", "several");
    private static final Set<String> PERSON_MODIFIERS = Set.of("a", "an", "the", "two", "three", "alleged", "suspected", "young", "local");
    private static final Set<String> PERSONS = Set.of("him", "her", "them", "thief", "thieves", "robber", "robbers",
            "suspect", "suspects", "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "youth", "youths",
            "person", "people", "driver", "teenager", "burglar", "burglars");

    /** "citizens captured a thief and beat him": a person seized, not territory; the beating is the event. */
    private static boolean seizesPerson(TriggerMatch m, SentenceView s) {
        for (int i = m.to(); i < Math.min(s.end(), m.to() + 4); i++) {
            String n = s.norm(i);
            if (PERSONS.contains(n)) return true;
            if (!PERSON_MODIFIERS.contains(n)) return false;
        }
        return false;
    }

    private static boolean hasViolentOther(SentenceView s, List<TriggerMatch> all, TriggerMatch self) {
        List<TriggerMatch> others = all.stream().filter(m -> m.type() == TriggerClass.CAPTURE
                ? !seizesGoods(m, s) && !seizesPerson(m, s) && !s.norm(m.from()).equals("entered") && !inName(s, m)
                : m.type() != TriggerClass.FIRE || !shotsAsDetail(s, m)).toList();
        return hasViolentOther(others, self);
    }

    /** Another trigger in the sentence that is itself a violent event (its casualties absorb a "killed"). */
    static boolean hasViolentOther(List<TriggerMatch> all, TriggerMatch self) {
        for (TriggerMatch m : all) {
            if (m == self) continue;
            switch (m.type()) {
                case AIR, BOMBED, BOMBING, BOMBARD, SHELLING, ROCKET, MISSILE, IED, EXPLOSION, SUICIDE, GRENADE, CHEMICAL,
                     CLASH, GUNFIGHT, AMBUSH, ASSAULT, ATTACK, CAPTURE, RAID, MOB, RIOT, FIRE -> { return true; }
                default -> { }
            }
        }
        return false;
    }

    /** Is the agent a country's military forces or an armed group (rebels, political or communal militias)? */
    private static boolean armedArrester(Optional<ActorMention> agent) {
        // (a state's army abroad is coded as external forces, inter 8: "Israeli forces arrested a Palestinian in Jenin")
        return agent.map(a -> a.actor().inter() >= 2 && a.actor().inter() <= 4
                || (a.actor().inter() == 1 || a.actor().inter() == 8) && a.actor().name() != null
                        && a.actor().name().startsWith("Military Forces")).orElse(false);
    }

    /** Words before "bombs" that say they were dropped from the air: "guided bombs", "glide bombs", "barrel bombs". */
    private static final Set<String> AIR_BOMB_WORDS = Set.of("guided", "glide", "gliding", "aerial", "air-dropped", "barrel");

    /** "struck Orikhiv with guided bombs": bombs of a kind only aircraft drop. */
    private static boolean airDroppedBombs(SentenceView s) {
        for (int i = s.first() + 1; i < s.end(); i++) {
            String w = s.norm(i);
            if ((w.equals("bombs") || w.equals("bomb")) && AIR_BOMB_WORDS.contains(s.norm(i - 1))) return true;
        }
        return false;
    }

    /** Does the sentence name a rebel group (ACLED inter 2: "the PKK", "Islamic State")? */
    private static boolean rebelsNamed(SentenceView s) {
        for (ActorMention a : s.actors()) if (a.actor().inter() == 2) return true;
        return false;
    }

    private static boolean agentKind(Optional<ActorMention> agent, String kind) {
        return agent.map(a -> a.rule() != null && a.rule().toUpperCase().contains(kind)).orElse(false);
    }

    private static boolean victimsAreCivilians(TriggerMatch t, SentenceView s) {
        return nearestVictimWord(t, s).filter(w -> !COMBATANT_WORDS.contains(w)).isPresent();
    }

    private static boolean victimsAreCombatants(TriggerMatch t, SentenceView s) {
        return nearestVictimWord(t, s).filter(COMBATANT_WORDS::contains).isPresent();
    }

    /**
     * The victim word nearest the trigger decides who was hit: "killed a police officer posted at the Government
     * House" hit an officer, "shot a man outside a police post" a civilian.
     */
    private static Optional<String> nearestVictimWord(TriggerMatch t, SentenceView s) {
        List<String> window = patientWindow(t, s);
        int after = 0;
        for (int i = t.to(); i < Math.min(s.end(), t.to() + 8); i++) {
            String n = s.norm(i);
            if (n.equals("by") || n.equals(";") || n.equals("attributed") || n.equals("blamed") || n.equals("claimed")) break;
            after++;
        }
        for (int i = 0; i < after; i++) {
            String w = window.get(i);
            if (COMBATANT_WORDS.contains(w) || CIVILIAN_WORDS.contains(w)) return Optional.of(w);
        }
        // the words before a passive trigger, nearest first
        for (int i = window.size() - 1; i >= after; i--) {
            String w = window.get(i);
            if (COMBATANT_WORDS.contains(w) || CIVILIAN_WORDS.contains(w)) return Optional.of(w);
        }
        return Optional.empty();
    }

    /**
     * Where the victims are named: after an active trigger ("shot a man"), before a passive one ("a man was shot");
     * never the agent's side, so "soldiers shot a resident" is about a civilian victim.
     */
    private static List<String> patientWindow(TriggerMatch t, SentenceView s) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = t.to(); i < Math.min(s.end(), t.to() + 8); i++) {
            String n = s.norm(i);
            if (n.equals("by") || n.equals(";") || n.equals("attributed") || n.equals("blamed") || n.equals("claimed")) break;
            out.add(n);
        }
        boolean passive = false;
        for (int i = t.from() - 1; i >= Math.max(s.first(), t.from() - 3); i--) {
            String n = s.norm(i);
            if (n.equals("was") || n.equals("were") || n.equals("been") || n.equals("being") || n.equals("got")) passive = true;
        }
        if (passive || t.type() == TriggerClass.BODY) {
            for (int i = Math.max(s.first(), t.from() - 7); i < t.from(); i++) out.add(s.norm(i));
        }
        return out;
    }

    /**
     * Did someone shoot at people ("shot at demonstrators", "were shot and beaten")? Not with rubber
     * bullets, pellets or tear gas, nor into the air: that is crowd control (ACLED: protest with intervention).
     */
    static boolean firedOn(SentenceView s) {
        return s.hasWord(SHOT_AT_WORDS) && !s.hasWord(CROWD_CONTROL_FIRE);
    }

    private static final Set<String> SHOT_AT_WORDS = Set.of("shot", "shoot", "shooting", "gunfire", "gunshots");
    private static final Set<String> CROWD_CONTROL_FIRE = Set.of("rubber", "pellet", "pellets", "tear", "teargas",
            "cannon", "cannons", "blanks", "air", "warning");

    private static boolean hasForceAgainstProtest(SentenceView s) {
        return s.hasWord(Set.of("police", "policemen", "troops", "soldiers", "forces", "security", "army", "guards"));
    }

    /** "March" the month: capitalised and next to a number or a date preposition, or anywhere but a sentence start. */
    static boolean isMonthMarch(TriggerMatch t, SentenceView s) {
        return isMonthMarch(s, t.from());
    }

    private static boolean isMonthMarch(SentenceView s, int i) {
        if (!s.token(i).text().equals("March")) return false;
        boolean numNext = i + 1 < s.end() && s.norm(i + 1).matches("\\d{1,4}(st|nd|rd|th)?");
        boolean numPrev = i > s.first() && s.norm(i - 1).matches("\\d{1,2}(st|nd|rd|th)?");
        boolean prep = i > s.first() && Set.of("in", "on", "since", "last", "early", "late", "mid", "of", "until", "by")
                .contains(s.norm(i - 1));
        return numNext || numPrev || prep || i > s.first();
    }

    /** A protest word in the sentence; the month "March" is not one ("On 4 March, gunmen killed …"). */
    static boolean hasProtestWord(SentenceView s) {
        for (int i = s.first(); i < s.end(); i++) {
            if (PROTEST_WORDS.contains(s.norm(i)) && !isMonthMarch(s, i)) return true;
        }
        return false;
    }
    static final Set<String> COMMUNAL_WORDS = Set.of("clan", "clans", "inter-clan", "intercommunal", "inter-communal",
            "communal", "ethnic", "tribal", "tribe", "tribes", "inter-ethnic", "interethnic", "sub-clan", "subclan", "sections",
            "sub-sections", "subsections");
    private static final Set<String> COLD_WEAPONS = Set.of("machetes", "machete", "sticks", "stick", "stones", "clubs",
            "knives", "knife", "bows", "arrows", "spears", "axes", "rods", "batons", "bamboo");
    // not "campaign": an air or military campaign is as common in war news as an election campaign
    private static final Set<String> PARTISAN_WORDS = Set.of("party", "parties", "supporters", "election", "campaigners",
            "campaigning", "electoral", "dispute", "representatives", "councillors", "councilors");

    /** State forces on the scene, by name or by word. */
    private static boolean stateForces(SentenceView s) {
        for (ActorMention a : s.actors()) {
            String name = a.actor().name();
            if (a.actor().inter() == 1 && (name.startsWith("Military") || name.startsWith("Police"))) return true;
        }
        return s.hasWord(Set.of("soldiers", "troops", "army", "police", "policemen", "military", "gendarmes", "officers"));
    }

    /** A clan, communal or ethnic word, however the tokenizer cut its hyphens ("Inter-clan", "inter- clan", "-clan"). */
    static boolean communal(SentenceView s) {
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            if (COMMUNAL_WORDS.contains(n) || n.endsWith("clan") || n.endsWith("clans") || n.endsWith("communal")) return true;
        }
        return false;
    }

    static final Set<String> DEMAND_WORDS = Set.of("demand", "demands", "demanding", "demanded", "slogans", "calling",
            "dharna", "sit-in", "chanting", "chanted");
    private static final Set<String> SHOOTING_WORDS = Set.of("shot", "shooting", "shootings", "gunshots", "shots", "gunmen");

    /** An unorganised group or a few civilians as the doers: ACLED's rioters, their violence is mob violence. */
    private static final Set<String> MOB_PERPETRATORS = Set.of("group", "mob", "crowd", "people", "persons", "youths",
            "youth", "villagers", "residents", "locals", "community", "inhabitants", "neighbours", "neighbors", "traders",
            "sellers", "vendors", "citizens", "supporters", "kin", "relatives", "students", "fans", "volunteers",
            "merchants", "passengers", "employees", "nationals", "migrants", "refugees");
    /** Words that make the doers an armed or organised force, whatever group word comes with them. */
    private static final Set<String> ORGANISED_PERPETRATORS = Set.of("gunmen", "gunman", "armed", "militants", "militant",
            "rebels", "insurgents", "soldiers", "soldier", "troops", "army", "police", "policemen", "officers", "forces",
            "gang", "gangs", "cartel", "fighters", "militia", "militias", "militiamen", "jihadists", "terrorists", "guards",
            "security", "military", "bandits", "herdsmen", "pirates", "kidnappers", "robbers", "assassins", "hitmen");

    /**
     * "a group of youths attacked a police patrol", "was beaten by three men": the doers are a crowd or a few
     * civilians, named before an active trigger or after a passive "by", and no firearm is in the sentence.
     */
    static boolean mobPerpetrators(SentenceView s, TriggerMatch t) {
        if (t.type() == TriggerClass.SHOOT || t.type() == TriggerClass.FIRE || firearmsInAct(s)) return false;
        // hostage-takers are no crowd
        if (s.hasWord(Set.of("hostage", "hostages", "kidnapped", "abducted"))) return false;
        List<String> doers = doerWords(s, t);
        boolean group = false;
        for (String w : doers) {
            if (ORGANISED_PERPETRATORS.contains(w)) return false;
            // "four men beat up a farmer": a beating by a few men is mob violence; a killing by "men" is not told apart
            if (MOB_PERPETRATORS.contains(w)) group = true;
        }
        if (!group) return false;
        for (ActorMention a : s.actors()) {
            int k = s.tokenAt(a.span().start());
            int inter = a.actor().inter();
            if (inter >= 1 && inter <= 3 && inDoerSpan(s, t, k)) return false;
        }
        return true;
    }

    /**
     * Who was hit when the trigger is passive: an armed actor named in the subject ("2 NDS members were shot") or the
     * first victim word of the subject's clause ("officers who tried to halt a car were shot"). Empty when
     * the trigger is active or the subject names no one.
     */
    private static Optional<Boolean> passiveSubjectArmed(SentenceView s, TriggerMatch t) {
        if (!passiveTrigger(s, t)) return Optional.empty();
        int start = t.from();
        while (start > s.first() && !s.norm(start - 1).equals(",") && !s.norm(start - 1).equals(";") && t.from() - start < 15) start--;
        for (ActorMention a : s.actors()) {
            int k = s.tokenAt(a.span().start());
            if (k >= start && k < t.from()) {
                int inter = a.actor().inter();
                if (inter >= 1 && inter <= 4) return Optional.of(true);
                if (inter == 7) return Optional.of(false);
            }
        }
        for (int i = start; i < t.from(); i++) {
            String n = s.norm(i);
            if (n.equals("former") || n.equals("retired") || n.equals("ex")) return Optional.empty();
            if (COMBATANT_WORDS.contains(n) && !n.equals("security") && !n.equals("check")) return Optional.of(true);
            if (CIVILIAN_WORDS.contains(n) && !n.equals("his") && !n.equals("her")) return Optional.of(false);
        }
        return Optional.empty();
    }

    /**
     * Guns used in the act the sentence reports; not in its grievance clause ("attacked police after two children
     * were killed by gunmen").
     */
    private static boolean firearmsInAct(SentenceView s) {
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            if ((FIREARMS.contains(n) || SHOOTING_WORDS.contains(n)) && !inGrievanceClause(s, i)) return true;
        }
        return false;
    }

    /** "a man threw", "a lone cyclist threw": one person acted. */
    private static boolean singleDoer(SentenceView s, TriggerMatch t) {
        List<String> doers = doerWords(s, t);
        if (doers.isEmpty()) return false;
        String head = doers.getLast();                      // doer words run backwards from the trigger
        String next = doers.size() > 1 ? doers.get(doers.size() - 2) : "";
        return (head.equals("a") || head.equals("an") || head.equals("one")) && Set.of("man", "woman", "individual", "person", "youth", "boy", "girl", "neighbour", "neighbor").contains(next);
    }

    private static boolean passiveTrigger(SentenceView s, TriggerMatch t) {
        for (int i = t.from() - 1; i >= Math.max(s.first(), t.from() - 3); i--) {
            String n = s.norm(i);
            if (n.equals("was") || n.equals("were") || n.equals("been") || n.equals("being") || n.equals("got")) return true;
        }
        return false;
    }

    /** The words naming who acted: after "by" for a passive trigger, else the trigger's clause before it. */
    private static List<String> doerWords(SentenceView s, TriggerMatch t) {
        List<String> out = new java.util.ArrayList<>();
        // "22 people were killed in an attack (by X)": a noun in a phrase; its doers follow "by", if anyone's
        Set<String> preps = Set.of("in", "during", "amid", "following", "after", "of", "with");
        String prev = t.from() > s.first() ? s.norm(t.from() - 1) : "";
        String prev2 = t.from() - 1 > s.first() ? s.norm(t.from() - 2) : "";
        String prev3 = t.from() - 2 > s.first() ? s.norm(t.from() - 3) : "";
        boolean det = Set.of("a", "an", "the", "this", "that").contains(prev);
        boolean nominal = preps.contains(prev) || det && preps.contains(prev2)
                || Set.of("a", "an", "the").contains(prev2) && preps.contains(prev3);
        if (passiveTrigger(s, t) || nominal) {
            int by = -1;
            for (int i = t.to(); i < Math.min(s.end(), t.to() + 8); i++) if (s.norm(i).equals("by")) { by = i; break; }
            if (by < 0) return out;
            for (int i = by + 1; i < Math.min(s.end(), by + 10); i++) {
                String n = s.norm(i);
                if (n.equals(";") || n.equals(".") || n.equals("in") || n.equals("at") || n.equals("while")) break;
                out.add(n);
            }
            return out;
        }
        for (int i = t.from() - 1; i >= Math.max(s.first(), t.from() - 12); i--) {
            String n = s.norm(i);
            if (n.equals(",") || n.equals(";") || n.equals("after") || n.equals("when") || n.equals("because")) break;
            out.add(n);
        }
        return out;
    }

    private static boolean inDoerSpan(SentenceView s, TriggerMatch t, int k) {
        if (passiveTrigger(s, t)) return k > t.to() && k < Math.min(s.end(), t.to() + 12);
        return k < t.from() && k >= t.from() - 12;
    }

    /** People who state demands together: workers, residents, students, a group. */
    private static final Set<String> DEMANDING_GROUPS = Set.of("workers", "residents", "students", "villagers", "members",
            "staff", "drivers", "farmers", "people", "traders", "parents", "employees", "nurses", "doctors", "teachers",
            "families", "relatives", "fans", "supporters", "activists", "locals", "citizens", "merchants", "vendors",
            "fishermen", "miners", "prisoners", "inmates", "group", "community", "communities", "women", "youths",
            "unionists", "retirees", "pensioners", "labourers", "laborers", "inhabitants", "neighbours", "neighbors",
            "protesters", "demonstrators", "sellers", "operators", "owners", "producers", "growers", "refugees", "migrants",
            "passengers", "patients", "tenants", "taxi", "journalists", "lawyers", "health", "medical");
    /** A demand made in writing or speech is no demonstration. */
    private static final Set<String> STATEMENT_WORDS = Set.of("said", "says", "statement", "letter", "petition",
            "interview", "tweet", "tweeted", "press", "told", "wrote", "ultimatum", "lawsuit", "court");
    /** Authorities who demand something: named as the subject, they make a statement, not a demonstration. */
    private static final Set<String> AUTHORITIES = Set.of("minister", "president", "government", "governor", "ministry",
            "party", "spokesman", "spokesperson", "mayor", "authorities", "officials", "council", "parliament");

    private static boolean authorityDemands(SentenceView s, TriggerMatch t) {
        for (int i = t.from() - 1; i >= Math.max(s.first(), t.from() - 8); i--) {
            String n = s.norm(i);
            if (n.equals(",") || n.equals(";")) break;
            if (AUTHORITIES.contains(n)) return true;
        }
        return false;
    }

    private static boolean demandingGroup(SentenceView s, TriggerMatch t) {
        for (int i = t.from() - 1; i >= Math.max(s.first(), t.from() - 40); i--) {
            String n = s.norm(i);
            if (n.equals(";")) break;
            if (DEMANDING_GROUPS.contains(n)) return true;
        }
        return false;
    }

    /** Who flees or returns: people, not troops ("troops returned to base"). */
    private static final Set<String> DISPLACED = Set.of("refugees", "migrants", "families", "villagers", "residents",
            "people", "civilians", "returnees", "nationals", "households", "idps", "displaced", "inhabitants", "persons");

    private static boolean displacedGroup(SentenceView s, TriggerMatch t) {
        if (s.hasWord(COMBATANTS_PROPER)) return false;
        // the subject may stand far before the verb: "840 families from X and Y (coded separately ...) in Z, evacuated"
        for (int i = t.from() - 1; i >= Math.max(s.first(), t.from() - 25); i--) {
            String n = s.norm(i);
            if (n.equals(";")) break;
            if (DISPLACED.contains(n)) return true;
        }
        return false;
    }

    /** "armed with a hand grenade", "carrying grenades": a weapon held, not used. */
    private static boolean armedWith(TriggerMatch t, SentenceView s) {
        for (int i = t.from() - 1; i >= Math.max(s.first(), t.from() - 4); i--) {
            String n = s.norm(i);
            if (n.equals("carrying") || n.equals("possession") || n.equals("armed") && i + 1 < s.end() && s.norm(i + 1).equals("with")) return true;
        }
        return false;
    }

    private static final Set<String> HARM_WORDS = Set.of("killed", "dead", "died", "murdered", "beheaded", "executed",
            "corpse", "body", "bodies", "beaten", "tortured", "injured", "wounded", "stabbed", "shot");

    /** The victim of an abduction was killed, found hurt or found dead in the same sentence. */
    static boolean victimHarmed(SentenceView s) {
        if (s.hasWord(Set.of("released", "freed", "rescued", "escaped"))) return false;
        return s.hasWord(HARM_WORDS) || s.hasWord(Set.of("found")) && s.hasWord(Set.of("blindfolded", "handcuffed", "naked", "tied"));
    }

    /**
     * "He had been kidnapped. His body was found the next day": an abduction whose victim is found dead or hurt in the
     * next two sentences is coded by what was done to the victim (ACLED: attack).
     */
    static EventMention abductionOutcome(EventMention m, List<SentenceView> views, int index) {
        if (m.type() != SubEventType.ABDUCTION) return m;
        for (int i = index + 1; i < Math.min(views.size(), index + 3); i++) {
            SentenceView next = views.get(i);
            if (victimHarmed(next) && !next.hasWord(Set.of("released", "freed", "rescued"))) {
                return m.retyped(SubEventType.ATTACK, "abducted-then-harmed", next.sentence().span());
            }
        }
        return m;
    }

    private static final Set<String> PERSON_HARM = Set.of("killed", "killing", "dead", "died", "wounded", "injured",
            "injuring", "hurt", "shot", "fatalities", "fatality", "casualties", "injuries", "beaten", "murdered");

    /** Someone killed or hurt in the sentence; "no casualties", "neither fatalities nor injuries" do not count. */
    static boolean harmToPeople(SentenceView s) {
        for (int i = s.first(); i < s.end(); i++) {
            if (!PERSON_HARM.contains(s.norm(i))) continue;
            boolean negated = false;
            for (int k = i - 1; k >= Math.max(s.first(), i - 3); k--) {
                String n = s.norm(k);
                if (n.equals("no") || n.equals("neither") || n.equals("nor") || n.equals("without") || n.equals("not")) negated = true;
            }
            if (!negated) return true;
        }
        return false;
    }

    /** Arson, looting or demolition told with no one killed or hurt: the attack was on property. */
    private static boolean propertyOnly(SentenceView s, List<TriggerMatch> all) {
        boolean destruction = has(all, TriggerClass.TORCH) || has(all, TriggerClass.LOOT) || has(all, TriggerClass.VANDAL)
                || has(all, TriggerClass.BURN) || s.hasWord(Set.of("damaged", "damage", "destroyed", "burned", "burnt", "ransacked"));
        if (!destruction || harmToPeople(s) || s.hasWord(Set.of("body", "bodies", "corpse", "remains", "victim", "victims"))) return false;
        for (TriggerMatch m : all) {
            switch (m.type()) {
                case KILL, SHOOT, STAB, EXECUTE, ABDUCT, SEXUAL, FIRE, CLASH, GUNFIGHT, AIR, SHELLING, ROCKET, MISSILE, IED,
                     EXPLOSION, SUICIDE, GRENADE, CAPTURE -> { return false; }
                default -> { }
            }
        }
        return true;
    }

    private static final Set<String> REMNANT = Set.of("leftover", "left-over", "unexploded", "uxo", "remnant", "remnants",
            "accidentally", "old");

    /** "an old rocket, a leftover of the war, went off", "accidentally stepped on a landmine". */
    private static boolean explosiveRemnant(SentenceView s) {
        return s.hasWord(REMNANT) && !s.hasWord(Set.of("planted", "militants", "insurgents", "rebels", "fired", "launched"));
    }

    /** "fired shots in the air", "firing into the air", "warning shots". */
    private static boolean intoTheAir(SentenceView s) {
        for (int i = s.first(); i + 1 < s.end(); i++) if (s.norm(i).equals("warning") && s.norm(i + 1).startsWith("shot")) return true;
        for (int i = s.first(); i + 2 < s.end(); i++) {
            if ((s.norm(i).equals("in") || s.norm(i).equals("into")) && s.norm(i + 1).equals("the") && s.norm(i + 2).equals("air")) return true;
            if (s.norm(i).equals("into") && s.norm(i + 1).equals("air")) return true;
        }
        return false;
    }

    private static final Set<String> DRUG_FACILITY = Set.of("lab", "labs", "laboratory", "laboratories", "plantation",
            "plantations", "crops", "airstrip", "cocaine", "marijuana", "drug", "drugs", "narcotics", "poppy");

    private static boolean drugFacility(TriggerMatch t, SentenceView s) {
        if (!s.norm(t.from()).startsWith("dismantl") && !s.norm(t.from()).startsWith("destroy")) return false;
        for (int i = t.to(); i < Math.min(s.end(), t.to() + 6); i++) if (DRUG_FACILITY.contains(s.norm(i))) return true;
        return false;
    }

    /** A capitalised trigger word inside the sentence: part of a name ("National Liberation Front"). */
    private static boolean inName(SentenceView s, TriggerMatch t) {
        return t.from() > s.first() && Character.isUpperCase(s.token(t.from()).text().charAt(0));
    }

    /** "two shots to the head", "five shots were fired": how a shooting was done, no event of its own. */
    private static boolean shotsAsDetail(SentenceView s, TriggerMatch t) {
        String w = s.norm(t.from());
        if (!w.equals("shots") && !w.equals("gunshots")) return false;
        String a1 = t.to() < s.end() ? s.norm(t.to()) : "", a2 = t.to() + 1 < s.end() ? s.norm(t.to() + 1) : "";
        return (a1.equals("were") || a1.equals("was")) && a2.equals("fired") && t.to() + 2 < s.end() && s.norm(t.to() + 2).equals(".")
                || a1.equals("to") && a2.equals("the") || a1.equals("in") && a2.equals("the") && t.to() + 2 < s.end()
                && Set.of("head", "back", "chest", "neck", "face", "body").contains(s.norm(t.to() + 2));
    }

    private static boolean killingInSentence(List<TriggerMatch> all) {
        return has(all, TriggerClass.KILL) || has(all, TriggerClass.SHOOT) || has(all, TriggerClass.STAB)
                || has(all, TriggerClass.EXECUTE) || has(all, TriggerClass.ABDUCT);
    }

    private static final Set<String> SETTLEMENT = Set.of("village", "villages", "town", "towns", "settlement",
            "settlements", "community", "communities", "locality", "hamlet", "camp", "neighbourhood", "neighborhood", "city");

    private static final Set<String> PROPERTY = Set.of("building", "buildings", "office", "offices", "house", "houses",
            "home", "homes", "car", "cars", "vehicle", "vehicles", "truck", "trucks", "store", "stores", "shop", "shops",
            "school", "schools", "church", "mosque", "machinery", "tractor", "tractors", "pipeline", "oil", "field",
            "tower", "company", "factory", "station", "property", "properties", "premises", "warehouse", "bank", "bus",
            "buses", "train", "railway", "bridge", "facility", "facilities", "headquarters", "plant", "equipment");

    /** The attack's object is a thing: "attacked and damaged the building", "the pipeline was attacked". */
    private static boolean attackOnProperty(TriggerMatch t, SentenceView s, Set<String> things) {
        for (int i = t.to(); i < Math.min(s.end(), t.to() + 7); i++) {
            String n = s.norm(i);
            if (n.equals(",") || n.equals(";") || n.equals("by")) break;
            if (things.contains(n)) return true;
            if (CIVILIAN_WORDS.contains(n) || COMBATANT_WORDS.contains(n)) return false;
        }
        if (passiveTrigger(s, t)) {
            for (int i = Math.max(s.first(), t.from() - 6); i < t.from(); i++) if (things.contains(s.norm(i))) return true;
        }
        return false;
    }

    /** Installations nobody is said to be in: an attack on them that hurts no one is an attack on property. */
    private static final Set<String> INSTALLATIONS = Set.of("pipeline", "pipelines", "oil", "tower", "towers", "pylon",
            "pylons", "machinery", "tractor", "tractors", "equipment", "warehouse", "premises", "property", "properties",
            "plant", "offices", "office", "building", "buildings", "antenna", "substation", "infrastructure");

    /** "attacked Debiro", "attacked the village of X": a place with its people, not a building. */
    private static boolean attackOnSettlement(TriggerMatch t, SentenceView s) {
        for (int i = t.to(); i < Math.min(s.end(), t.to() + 4); i++) if (SETTLEMENT.contains(s.norm(i))) return true;
        for (org.sitrep.model.PlaceMention p : s.places()) {
            int k = s.tokenAt(p.span().start());
            if (k >= t.to() && k <= t.to() + 1) return true;
        }
        // a capitalised name right after the verb that is no actor: a place the gazetteer does not know
        if (t.to() < s.end() && Character.isUpperCase(s.token(t.to()).text().charAt(0))) {
            for (ActorMention a : s.actors()) if (s.tokenAt(a.span().start()) == t.to()) return false;
            return true;
        }
        return false;
    }

    /** Violence by demonstrators themselves, not by the police: "clashed with police", "set fire", "pelted stones". */
    private static final Set<String> PROTESTER_VIOLENCE = Set.of("pelted", "pelting", "stone-pelting", "torched", "attacked", "assaulted",
            "vandalised", "vandalized", "vandalism", "ransacked", "looted", "looting", "smashed", "molotov", "clashed",
            "clash", "clashes", "scuffle", "scuffles", "scuffled", "brawl", "confronted", "rioted", "rioting", "rioters",
            "violent", "destroyed", "stoned", "barricaded", "barricading", "burned", "burnt", "retaliate",
            "retaliated", "vandalising", "vandalizing");
    private static final Set<String> GRIEVANCE_MARKERS = Set.of("after", "following", "over", "against", "because",
            "since", "demanding", "demand", "demanded", "denouncing", "condemning", "whose", "which", "that", "for");

    static boolean protesterViolence(SentenceView s) {
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            boolean violent = PROTESTER_VIOLENCE.contains(n) && !followsWithin(s, i, 3, Set.of("effigy", "effigies", "flags", "flag", "pictures", "posters"))
                    || (n.equals("set") || n.equals("setting")) && i + 1 < s.end() && followsWithin(s, i, 4, Set.of("fire", "ablaze", "alight"))
                    || (n.equals("lit") || n.equals("burning")) && followsWithin(s, i, 3, Set.of("tires", "tyres", "debris", "barricades", "mattresses", "vehicles", "cars", "tire", "tyre"))
                    || n.equals("on") && i + 1 < s.end() && s.norm(i + 1).equals("fire") && i > s.first()
                        && !Set.of("opened", "herself", "himself", "themselves").contains(s.norm(i - 1))
                    || (n.equals("threw") || n.equals("hurled") || n.equals("throwing")) && followsWithin(s, i, 4, Set.of("stones", "rocks", "bottles", "objects", "bricks", "molotov", "petrol"))
                    || (n.equals("confrontation") || n.equals("force") && i + 1 < s.end() && s.norm(i + 1).equals("themselves"))
                    || (n.equals("firing") || n.equals("fired")) && followsWithin(s, i, 5, Set.of("air")) && !forceBefore(s, i);
            if (!violent) continue;
            // "journalists were beaten up by demonstrators": done by them
            if (i + 1 < s.end() && s.norm(i + 1).equals("by") && followsWithin(s, i + 1, 3, Set.of("demonstrators", "protesters", "protestors", "marchers", "rioters"))) return true;
            // "protesters were attacked by police": done to them; "barricaded themselves in an office": a sit-in
            if (i + 1 < s.end() && (s.norm(i + 1).equals("by") || s.norm(i + 1).equals("themselves"))) continue;
            // "police assaulted the demonstrators": the police did it
            if (doneToProtest(s, i)) continue;
            // a grievance clause: "protested after several days of clashes", "against a road that damaged houses"
            boolean grievance = false;
            for (int k = i - 1; k >= Math.max(s.first(), i - 10); k--) {
                String b = s.norm(k);
                if (b.equals(",") || b.equals(";")) break;
                if (GRIEVANCE_MARKERS.contains(b)) { grievance = true; break; }
            }
            if (!grievance) return true;
        }
        return false;
    }

    /** The crowd acted to make a point: "to demonstrate over", "agitating against", "demanding". */
    static boolean demonstrative(SentenceView s) {
        if (hasProtestWord(s) || s.hasWord(DEMAND_WORDS) || s.hasWord(Set.of("agitating", "agitation", "agitated"))) return true;
        for (int i = s.first(); i + 1 < s.end(); i++) {
            if (s.norm(i).equals("to") && (s.norm(i + 1).equals("demonstrate") || s.norm(i + 1).equals("protest"))) return true;
        }
        return false;
    }

    private static boolean armedBefore(SentenceView s, TriggerMatch t) {
        for (int i = Math.max(s.first(), t.from() - 8); i < t.from(); i++) if (COMBATANTS_PROPER.contains(s.norm(i))) return true;
        return false;
    }

    private static final Set<String> PROTEST_OBJECTS = Set.of("demonstrators", "protesters", "protestors", "marchers",
            "crowd", "protest", "demonstration", "rally", "march", "sit-in");

    /**
     * A violent word whose doer is not the protest: "police assaulted the demonstrators", "a councillor attacked the
     * protest", "burned an effigy" (a symbol, no violence).
     */
    private static boolean doneToProtest(SentenceView s, int i) {
        return forceBefore(s, i) || followsWithin(s, i, 3, PROTEST_OBJECTS)
                || followsWithin(s, i, 3, Set.of("effigy", "effigies"));
    }

    /** Police or troops named just before a verb: they did it. */
    private static boolean forceBefore(SentenceView s, int i) {
        for (int k = i - 1; k >= Math.max(s.first(), i - 4); k--) {
            if (Set.of("police", "policemen", "officers", "forces", "troops", "soldiers", "guards", "gendarmes").contains(s.norm(k))) return true;
        }
        return false;
    }

    /** Rioting, stone-throwing or arson told in the protest's sentence, outside a grievance clause. */
    private static boolean violentTrigger(SentenceView s, List<TriggerMatch> all) {
        for (TriggerMatch m : all) {
            switch (m.type()) {
                case RIOT, PELT, TORCH, VANDAL, BURN -> {
                    if (!inGrievanceClause(s, m.from()) && !followsWithin(s, m.to() - 1, 3, Set.of("effigy", "effigies"))) return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static boolean followsWithin(SentenceView s, int i, int n, Set<String> words) {
        for (int k = i + 1; k < Math.min(s.end(), i + 1 + n); k++) if (words.contains(s.norm(k))) return true;
        return false;
    }

    /** "strikes by a US-led coalition", "coalition strikes": the coalition is who strikes, next to the trigger. */
    private static boolean hasStrikesBy(SentenceView s, TriggerMatch t) {
        if (t.from() - 1 >= s.first() && s.norm(t.from() - 1).equals("coalition")) return true;
        if (t.to() >= s.end() || !s.norm(t.to()).equals("by")) return false;
        for (int i = t.to() + 1; i < Math.min(s.end(), t.to() + 6); i++) if (s.norm(i).equals("coalition")) return true;
        return false;
    }
}
