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
        if (m.type() != SubEventType.ATTACK) return m;
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
        return m;
    }

    /** "shot back", "fired back", "returned fire", "repelled/repulsed the attack", "exchanging fire", "fought back". */
    static boolean foughtBack(SentenceView s) {
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            String next = i + 1 < s.end() ? s.norm(i + 1) : "";
            if ((n.equals("shot") || n.equals("fired") || n.equals("fought") || n.equals("hit")) && next.equals("back")) return true;
            if ((n.startsWith("return") || n.startsWith("exchang")) && (next.equals("fire") || next.equals("gunfire"))) return true;
            if (n.startsWith("repell") || n.startsWith("repuls") || n.equals("routed")) return true;
        }
        return false;
    }
}
