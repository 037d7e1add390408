package org.sitrep.extract.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * The second side of an event that the target found by position ({@link Arguments#patient}) leaves open or gets
 * wrong by default, as ACLED codes it: the forces a mob or a riot faced, the other party to a battle, an
 * explosion's victims told before it, and the unnamed other side of a fight between unidentified groups or crowds.
 */
final class SecondSide {
    private SecondSide() {}

    /** The chosen side: its canonical name, ACLED inter code, the rule that chose it and the text it stands on. */
    record Chosen(String name, int inter, String rule, List<Span> spans) {}

    /** The rules that name both sides of a fight alike, for want of names: the event keeps both. */
    static final String UNIDENTIFIED_OTHER_SIDE = "default:unidentified-other-side", RIOTERS_OTHER_SIDE = "default:rioters-other-side";

    /** Property events by the rule that coded them ({@link SubEventRules}): seizures, and harm to property. */
    private static final Set<String> SEIZURES = Set.of("seizure-of-goods", "drug-facility-dismantled");
    private static final Set<String> CIVILIAN_PROPERTY = Set.of("arson-no-one-hurt", "burning-no-one-hurt",
            "attack-on-property", "looting", "theft-by-armed-men");

    private static final Set<SubEventType> REMOTE_STRIKES = java.util.EnumSet.of(SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE);

    /** Explosions whose victims a report may name before the blast. */
    private static final Set<SubEventType> VICTIMS_BEFORE = java.util.EnumSet.of(SubEventType.REMOTE_EXPLOSIVE,
            SubEventType.GRENADE, SubEventType.SUICIDE_BOMB);

    /**
     * The second side for an event of {@code type} whose first side is {@code actor1} (read by {@code actor1Rule}) and
     * whose second, so far, is {@code actor2Rule}'s (null when it has none); empty when the choice so far stands.
     */
    static Optional<Chosen> of(SentenceView s, TriggerMatch t, SubEventType type, String subRule, String actor1, int inter1,
                               String actor1Rule, String actor2Rule, Optional<ActorMention> agent, GeoPlace place, String country) {
        // a mob's victims default to civilians; but a mob that fought the police fought them, and crowds that
        // clashed with each other are rioters on both sides (ACLED)
        if (type == SubEventType.MOB_VIOLENCE && inter1 == 5 && "default:civilians".equals(actor2Rule)) {
            Optional<ActorMention> forces = s.actors().stream()
                    .filter(a -> stateForce(a, actor1) && !a.actor().name().startsWith("Government") && !Arguments.speaks(s, a))
                    .findFirst();
            if (forces.isPresent()) return Optional.of(side(forces.get(), "mob-fought:", place));
            if (t.type() == TriggerClass.CLASH) return Optional.of(new Chosen(actor1, inter1, RIOTERS_OTHER_SIDE, List.of()));
            return Optional.empty();
        }
        // armed men killed by a weapon that the sentence tells of before it ("15 fighters were killed in the shelling
        // of the army") are its target, whatever a default or a refinement had put there
        if ((REMOTE_STRIKES.contains(type) || VICTIMS_BEFORE.contains(type))
                && (actor2Rule == null || !actor2Rule.startsWith("patient:"))) {
            Optional<ActorMention> hit = s.actors().stream()
                    .filter(a -> Arguments.victimBeforeTrigger(s, a, t) && !a.actor().name().equals(actor1)).findFirst();
            if (hit.isPresent()) return Optional.of(side(hit.get(), "victim-before:", place));
        }
        if (actor2Rule != null) return Optional.empty();
        // property burned, attacked or looted is its owners', civilians unless the report names them; goods, drugs or
        // a lab the state's forces seized are a gang's (ACLED)
        if (type == SubEventType.LOOTING_PROPERTY_DESTRUCTION) {
            if (SEIZURES.contains(subRule)) {
                if (inter1 != 1) return Optional.empty();
                ActorDefaults.Named gang = ActorDefaults.gang(country);
                return Optional.of(new Chosen(gang.name(), gang.inter(), gang.rule(), List.of()));
            }
            if (!CIVILIAN_PROPERTY.contains(subRule)) return Optional.empty();
            ActorDefaults.Named owners = ActorDefaults.defaultActor2(SubEventType.ATTACK, country);
            return Optional.of(new Chosen(owners.name(), owners.inter(), owners.rule() + "-property", List.of()));
        }
        // a battle has two sides: with no target found, another armed actor the sentence names is the other one
        // ("three fighters died when troops beat back their assault"); where the report names no side at all ("a
        // shoot-out took place"), the fight is between unidentified armed groups, both sides coded so
        if (type == SubEventType.ARMED_CLASH) {
            if (actor1Rule.startsWith("default:unidentified")) {
                return Optional.of(new Chosen(actor1, inter1, UNIDENTIFIED_OTHER_SIDE, List.of()));
            }
            if (actor1Rule.startsWith("default:")) return Optional.empty();
            return s.actors().stream()
                    .filter(a -> Arguments.armed(a) && !Arguments.implied(a) && !a.actor().name().equals(actor1)
                            && !a.actor().name().startsWith("Government") && !Arguments.speaks(s, a))
                    .findFirst().map(a -> side(a, "other-side:", place));
        }
        // an explosion's victims may be told before it, as the sentence's subject ("a police commander was killed
        // when his car hit a landmine planted by the Taliban"): the nearest actor before the trigger who is not its
        // perpetrator is the target
        if (VICTIMS_BEFORE.contains(type) && agent.isPresent()) {
            ActorMention victim = null;
            for (ActorMention a : s.actors()) {
                if (a.span().end() > t.span().start()) break;
                int inter = a.actor().inter();
                if (a == agent.get() || a.actor().name().equals(actor1) || Arguments.implied(a) || inter == 5 || inter == 6
                        || a.actor().name().startsWith("Government")) continue;
                victim = a;
            }
            return victim == null ? Optional.empty() : Optional.of(side(victim, "victim-before:", place));
        }
        // "troops killed 4 militants in an airstrike": the object of the toll verb before the strike is its target
        if (REMOTE_STRIKES.contains(type) && agent.isPresent() && agent.get().span().end() <= t.span().start()) {
            for (ActorMention a : s.actors()) {
                if (a.span().start() < agent.get().span().end()) continue;
                if (a.span().end() > t.span().start()) break;
                if (Arguments.killedObject(s, s.tokenAt(a.span().start())) && !a.actor().name().equals(actor1))
                    return Optional.of(side(a, "killed-object:", place));
            }
            return Optional.empty();
        }
        // the forces a riot faced, named in its sentence ("pelted stones at the police"), are its second side; not
        // those of the grievance ("over the death of a teenager killed by the police") nor those who tell of it
        // (a state's, not a party's militia: "Hezbollah supporters attacked protesters" names the rioters' own side)
        if (type == SubEventType.VIOLENT_DEMONSTRATION) {
            return s.actors().stream()
                    .filter(a -> stateForce(a, actor1) && ProtestOutcome.stateForce(a)
                            && !SubEventRules.inGrievanceClause(s, s.tokenAt(a.span().start())) && !Arguments.speaks(s, a))
                    .findFirst().map(a -> side(a, "riot-faced:", place));
        }
        return Optional.empty();
    }

    /** Police or a state's (or a militia's) armed men, named rather than implied, other than the first side. */
    private static boolean stateForce(ActorMention a, String actor1) {
        int inter = a.actor().inter();
        return (inter == 1 || inter == 3) && Arguments.armed(a) && !a.actor().name().equals(actor1) && !Arguments.implied(a);
    }

    private static Chosen side(ActorMention a, String rulePrefix, GeoPlace place) {
        return new Chosen(ActorDefaults.relocalise(a, place), a.actor().inter(), rulePrefix + a.rule(), List.of(a.span()));
    }
}
