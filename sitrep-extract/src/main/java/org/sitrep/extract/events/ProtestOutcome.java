package org.sitrep.extract.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.model.FieldProvenance;
import org.sitrep.model.SubEventType;

/**
 * What happened to a protest is often told in the next sentence ("Police dispersed the protesters with tear gas",
 * "Inmates then burned several buildings"): a peaceful protest becomes one with intervention, a violent
 * demonstration or one met with excessive force when the following sentences say so.
 */
final class ProtestOutcome {
    private ProtestOutcome() {}

    private static final Set<String> VIOLENCE = Set.of("stones", "stone-pelting", "pelted", "torched", "vandalised",
            "vandalized", "smashed", "looted", "ransacked", "molotov", "barricades", "burned", "burnt", "clashed",
            "attacked", "rioting", "rioters", "hurled", "threw", "clashes", "clash", "scuffle", "scuffles", "brawl", "destroyed",
            "stoned", "vandalism", "retaliate", "retaliated");

    private static final Set<String> PARTICIPANTS = Set.of("protesters", "protestors", "demonstrators", "participants",
            "them", "marchers", "crowd", "protest", "demonstration", "rally", "strikers", "gathering");

    /**
     * "Around 20 people were arrested", "Police arrested 12", "Some members were detained", "Several arrests were
     * made", "They were arrested": arrests of several people right after a protest are made at it. One person
     * arrested ("He was arrested over an old case") is more often the protest's grievance.
     */
    private static boolean arrestsOfMany(SentenceView s) {
        if (s.hasWord(Set.of("they", "some", "several", "arrests", "detentions", "members", "participants", "organisers", "organizers"))) return true;
        return s.numbers().stream().anyMatch(n -> n.value() >= 2 && n.value() < 100_000);
    }

    /** "The blogger was arrested on an administrative charge": one person's arrest, told as the grievance. */
    private static boolean singleArrest(SentenceView s) {
        for (int i = s.first(); i + 1 < s.end(); i++) {
            if (!s.norm(i).equals("was")) continue;
            String n = s.norm(i + 1);
            // "One woman was arrested", "a man was detained": someone at the protest, not the grievance's subject
            String subj = i > s.first() ? s.norm(i - 1) : "";
            String det = i - 1 > s.first() ? s.norm(i - 2) : "";
            if (det.equals("one") || det.equals("a") || det.equals("an") || subj.equals("protester") || subj.equals("demonstrator")) return false;
            if (n.startsWith("arrest") || n.startsWith("detain")) return !s.hasWord(Set.of("protesters", "protestors", "demonstrators", "participants"));
        }
        return false;
    }

    /** "One woman was arrested", "a man was detained": someone unnamed, so someone at the protest. */
    private static boolean indefiniteArrest(SentenceView s) {
        for (int i = s.first() + 2; i + 1 < s.end(); i++) {
            if (!s.norm(i).equals("was")) continue;
            String n = s.norm(i + 1), det = s.norm(i - 2);
            if ((n.startsWith("arrest") || n.startsWith("detain")) && (det.equals("one") || det.equals("a") || det.equals("an"))) return true;
        }
        return false;
    }

    private static boolean onlyArrests(SentenceView s) {
        if (s.hasWord(Set.of("interfered", "interrupted"))) return false;
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            if (SubEventRules.INTERVENTION_WORDS.contains(n) && !n.startsWith("arrest") && !n.startsWith("detain")) return false;
        }
        return true;
    }

    static EventMention upgrade(EventMention m, List<SentenceView> views, int index) {
        if (m.type() == SubEventType.VIOLENT_DEMONSTRATION && m.actor2() == null) return withForcesFaced(m, views, index);
        if (m.type() != SubEventType.PEACEFUL_PROTEST) return m;
        // a short report tells what happened to its protest within its next three sentences
        for (int i = index + 1; i < Math.min(views.size(), index + 4); i++) {
            SentenceView next = views.get(i);
            if (!next.dates().isEmpty() && next.dates().stream().anyMatch(d -> d.rule() != null && d.rule().startsWith("explicit"))) break; // a new report
            // violence by the demonstrators makes a riot even when the police answered with live fire (ACLED)
            if (next.hasWord(VIOLENCE) && SubEventRules.protesterViolence(next)) {
                return with(m, SubEventType.VIOLENT_DEMONSTRATION, next);
            }
            if ((next.hasWord(SubEventRules.EXCESSIVE_WORDS) || SubEventRules.firedOn(next))
                    && next.hasWord(Set.of("police", "forces", "troops", "soldiers", "security"))) {
                return with(m, SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, next);
            }
            if (next.hasWord(VIOLENCE) && !next.hasWord(Set.of("clashes", "clash"))) return with(m, SubEventType.VIOLENT_DEMONSTRATION, next);
            // an arrest told later is the protesters' only if they are named there ("Police dispersed them and
            // detained 20 protesters"), not the grievance again ("He was arrested over …")
            boolean arrestOfProtesters = (next.hasWord(PARTICIPANTS) || arrestsOfMany(next) || indefiniteArrest(next)) && !singleArrest(next);
            if (SubEventRules.intervened(next) && (arrestOfProtesters || !onlyArrests(next))) {
                return with(m, SubEventType.PROTEST_WITH_INTERVENTION, next);
            }
        }
        return m;
    }

    /** "Demonstrators burned tyres ... Police dispersed them.": the force that intervened in a riot, told next. */
    private static EventMention withForcesFaced(EventMention m, List<SentenceView> views, int index) {
        for (int i = index + 1; i < Math.min(views.size(), index + 4); i++) {
            SentenceView next = views.get(i);
            if (!next.dates().isEmpty() && next.dates().stream().anyMatch(d -> d.rule() != null && d.rule().startsWith("explicit"))) break;
            if (!SubEventRules.intervened(next)) continue;
            ActorMention forces = forcesIn(next);
            if (!stateForce(forces)) return m;
            return m.withActor2(ActorDefaults.relocalise(forces, m.place()), forces.actor().inter(),
                    "agent-in-next-sentence:" + forces.rule(), List.of(forces.span()));
        }
        return m;
    }

    private static EventMention with(EventMention m, SubEventType t, SentenceView next) {
        Map<String, FieldProvenance> prov = new HashMap<>(m.provenance());
        FieldProvenance old = prov.get("sub_event_type");
        prov.put("sub_event_type", new FieldProvenance(EventAnnotator.STAGE,
                (old == null ? "" : old.rule() + " ") + "outcome-in-next-sentence:" + t.label(), List.of(next.sentence().span())));
        boolean riot = t.type() == org.sitrep.model.EventType.RIOTS;
        String actor1 = riot ? ActorDefaults.asRioters(m.actor1(), m.place()) : m.actor1(), actor2 = m.actor2();
        int inter1 = riot ? 5 : m.inter1(), inter2 = m.inter2();
        // (a riot's second side is the state's force it faced, if the next sentence names one; ACLED leaves it empty
        // otherwise)
        if (t == SubEventType.VIOLENT_DEMONSTRATION && m.actor2() == null) {
            ActorMention forces = forcesIn(next);
            if (stateForce(forces)) {
                actor2 = ActorDefaults.relocalise(forces, m.place());
                inter2 = forces.actor().inter();
                prov.put("actor2", new FieldProvenance(EventAnnotator.STAGE, "agent-in-next-sentence:" + forces.rule(), List.of(forces.span())));
            }
        }
        if ((t == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS || t == SubEventType.PROTEST_WITH_INTERVENTION)
                && m.actor2() == null) {
            // ACLED codes force used on a protest, or an intervention in one, under Protests: the protesters stay
            // actor1, and the forces the next sentence names, or the country's police, are actor2
            ActorMention forces = forcesIn(next);
            if (forces != null) {
                actor2 = ActorDefaults.relocalise(forces, m.place());
                inter2 = forces.actor().inter();
                prov.put("actor2", new FieldProvenance(EventAnnotator.STAGE, "agent-in-next-sentence:" + forces.rule(), List.of(forces.span())));
            } else {
                ActorDefaults.Named d = ActorDefaults.defaultActor2(t, m.place() == null ? null : m.place().country());
                actor2 = d.name();
                inter2 = d.inter();
                prov.put("actor2", new FieldProvenance(EventAnnotator.STAGE, d.rule(), List.of()));
            }
        }
        return new EventMention(t, m.trigger(), m.sentence(), m.actor1Mention(), actor1, inter1, actor2, inter2,
                m.place(), m.locationText(), m.geoPrecision(), m.date(), m.timePrecision(), m.fatalities(), m.fatalitySpans(),
                m.attribution(), m.killOnly(), m.anaphoric(), m.ownPlace(), prov);
    }

    /** A state's police or soldiers, as a riot faces them (not a government, nor a party's militia: SecondSide). */
    static boolean stateForce(ActorMention a) {
        return a != null && a.actor().inter() == 1 && !a.actor().name().contains("Government");
    }

    private static final Set<String> FORCE_WORDS = Set.of("suppressed", "fired", "opened", "shot", "attacked", "stormed",
            "killed", "used", "raided", "cracked");

    /**
     * The armed actor (state forces, rebels, militias, foreign forces) that acted on the protest: the last one named
     * before the first word of intervention or force ("the ministry said that gunmen suppressed protests": the
     * gunmen); else the first armed actor the sentence names; null when it names none.
     */
    private static ActorMention forcesIn(SentenceView s) {
        int act = -1;
        for (int i = s.first(); i < s.end() && act < 0; i++) {
            String n = s.norm(i);
            if (SubEventRules.INTERVENTION_WORDS.contains(n) || FORCE_WORDS.contains(n)) act = s.doc().tokens().get(i).start();
        }
        ActorMention before = null, first = null;
        for (ActorMention a : s.actors()) {
            if (!Arguments.armed(a)) continue;
            if (first == null) first = a;
            if (act >= 0 && a.span().end() <= act) before = a;
        }
        return before != null ? before : first;
    }
}
