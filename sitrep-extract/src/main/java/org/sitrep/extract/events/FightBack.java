package org.sitrep.extract.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.FieldProvenance;
import org.sitrep.model.SubEventType;

/**
 * An attack whose targets fought back is a battle (ACLED: armed clash), whether the text says so in the same
 * sentence or the next: "gunmen opened fire on a patrol; the police shot back", "the officer repelled the attack".
 */
final class FightBack {
    private FightBack() {}

    static EventMention upgrade(EventMention m, List<SentenceView> views, int index) {
        // a grenade thrown at a checkpoint whose guards answered with gunfire is an exchange of fire (ACLED)
        if (m.type() != SubEventType.ATTACK && m.type() != SubEventType.GRENADE) return armedVictim(m, views, index);
        for (int i = index; i < Math.min(views.size(), index + 2); i++) {
            SentenceView s = views.get(i);
            if (foughtBack(s)) {
                Map<String, FieldProvenance> prov = new HashMap<>(m.provenance());
                FieldProvenance old = prov.get("sub_event_type");
                prov.put("sub_event_type", new FieldProvenance(EventAnnotator.STAGE,
                        (old == null ? "" : old.rule() + " ") + "targets-fought-back", List.of(s.sentence().span())));
                return new EventMention(SubEventType.ARMED_CLASH, m.trigger(), m.sentence(), m.actor1Mention(), m.actor1(),
                        m.inter1(), m.actor2(), m.inter2(), m.place(), m.locationText(), m.geoPrecision(), m.date(),
                        m.timePrecision(), m.fatalities(), m.fatalitySpans(), m.attribution(), m.killOnly(), m.anaphoric(),
                        m.ownPlace(), prov);
            }
        }
        return armedVictim(m, views, index);
    }

    /**
     * "A man was shot dead. He faced drug trafficking charges": the killing of a gang member or
     * trafficker is a fight between armed groups (ACLED codes it as an armed clash), told in the sentence or the next.
     */
    static EventMention armedVictim(EventMention m, List<SentenceView> views, int index) {
        if (m.type() != SubEventType.ATTACK) return m;
        switch (m.trigger().type()) {
            case KILL, SHOOT, BODY, STAB, FIRE, ATTACK, INJURE -> { }
            default -> { return m; }
        }
        // "an anti-drug operation by Military Police; two suspects were shot": suspects
        // shot in an operation against traffickers are taken for armed (ACLED codes an armed clash)
        if (suspectsShot(views.get(index), m.trigger())) {
            for (int i = Math.max(0, index - 1); i <= index; i++) {
                if (views.get(i).hasWord(CRIME_WORDS) || views.get(i).hasWord(java.util.Set.of("gang", "gangs"))) {
                    return m.retyped(SubEventType.ARMED_CLASH, "suspects-in-operation-against-armed-group", views.get(i).sentence().span());
                }
            }
        }
        for (int i = index; i < Math.min(views.size(), index + 3); i++) {
            SentenceView s = views.get(i);
            if (i > index && !s.dates().isEmpty() && s.dates().stream().anyMatch(d -> d.rule() != null && d.rule().startsWith("explicit"))) break;
            if (victimIsArmed(s, i == index ? m.trigger() : null)) return m.retyped(SubEventType.ARMED_CLASH, "victim-in-armed-group", s.sentence().span());
        }
        return m;
    }

    /** Membership of an armed group: drug trafficking organisations, cartels, gangs (a criminal record alone is not). */
    private static final java.util.Set<String> CRIME_WORDS = java.util.Set.of("trafficking", "trafficker", "traffickers",
            "cartel", "cartels");

    /**
     * "he faced drug trafficking charges", "the victim belonged to a gang", "a known trafficker
     * was found dead", "an alleged member of Los Zetas was shot": the victim, not the doer, belongs to an armed group.
     */
    static boolean victimIsArmed(SentenceView s, TriggerMatch trigger) {
        boolean victim = s.hasWord(java.util.Set.of("victim", "victims"));
        boolean negated = s.hasWord(java.util.Set.of("not", "never", "innocent"));
        if (victim && !negated && s.hasWord(CRIME_WORDS)) return true;
        // "the victim belonged to a gang", "a gang member"
        for (int i = s.first() + 1; victim && !negated && i < s.end(); i++) {
            if (!s.norm(i).equals("gang")) continue;
            String before = s.norm(i - 1), after = i + 1 < s.end() ? s.norm(i + 1) : "";
            if (after.startsWith("member") || (before.equals("a") || before.equals("the")) && i - 2 >= s.first()
                    && (s.norm(i - 2).equals("in") || s.norm(i - 2).equals("of"))) return true;
        }
        // "the victim was armed"
        for (int i = s.first(); victim && !negated && i + 1 < s.end(); i++) {
            if (s.norm(i).equals("was") && s.norm(i + 1).equals("armed") && i > s.first() && s.norm(i - 1).equals("victim")) return true;
        }
        if (trigger == null) return false;
        // the passive subject: "a known trafficker was found dead", "an alleged member of X, was shot"
        boolean passive = false;
        for (int i = trigger.from() - 1; i >= Math.max(s.first(), trigger.from() - 3); i--) {
            String n = s.norm(i);
            if (n.equals("was") || n.equals("were") || n.equals("been")) passive = true;
        }
        if (!passive && trigger.type() != TriggerClass.BODY) return false;
        for (int i = trigger.from() - 1; i >= Math.max(s.first(), trigger.from() - 8); i--) {
            String n = s.norm(i);
            if (n.equals(",") && i < trigger.from() - 3 || n.equals(";")) break;
            if (n.equals("trafficker") || n.equals("traffickers") || n.equals("gangster") || n.equals("gangsters")) return true;
            if (n.equals("member") || n.equals("members")) {
                String prev = i > s.first() ? s.norm(i - 1) : "";
                if (prev.equals("gang") || prev.equals("alleged") || prev.equals("cartel") || prev.equals("suspected")) return true;
            }
        }
        return false;
    }

    private static boolean suspectsShot(SentenceView s, TriggerMatch t) {
        for (int i = Math.max(s.first(), t.from() - 4); i < t.from(); i++) {
            String n = s.norm(i);
            if (n.equals("suspect") || n.equals("suspects")) return true;
        }
        return false;
    }

    private static boolean within(SentenceView s, int i, int n, String... words) {
        for (int k = i + 1; k < Math.min(s.end(), i + 1 + n); k++) {
            for (String w : words) if (s.norm(k).equals(w)) return true;
        }
        return false;
    }

    /** "shot back", "fired back", "returned fire", "repelled/repulsed the attack", "exchanging fire", "fought back". */
    static boolean foughtBack(SentenceView s) {
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            String next = i + 1 < s.end() ? s.norm(i + 1) : "";
            if ((n.equals("shot") || n.equals("fired") || n.equals("fought") || n.equals("hit")) && next.equals("back")) return true;
            if ((n.startsWith("return") || n.startsWith("exchang")) && (next.equals("fire") || next.equals("gunfire"))) return true;
            if (n.startsWith("repell") || n.startsWith("repuls") || n.equals("routed")) return true;
            // "police reacted with gunfire", "soldiers responded with gunfire", "opened gunfire in response"
            if ((n.equals("reacted") || n.equals("responded") || n.equals("retaliated")) && within(s, i, 4, "gunfire", "fire", "firing")) return true;
            if (n.equals("opened") && within(s, i, 2, "gunfire", "fire") && within(s, i, 5, "response")) return true;
        }
        return false;
    }
}
