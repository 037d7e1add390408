package org.sitrep.server;

import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * States in one plain sentence what the sources of a disputed event disagree about, for the UI's detail panel
 * and API clients: who asserts it, who gives a different account (and what they say), who denies it.
 */
public final class Disputes {
    private Disputes() {
    }

    /** The disagreement of a disputed event; empty for an undisputed one. */
    public static Optional<String> describe(Event event) {
        if (!event.disputed()) return Optional.empty();
        Map<Stance, Set<String>> by = new LinkedHashMap<>();
        for (Stance s : Stance.values()) by.put(s, new LinkedHashSet<>());
        for (Claim c : event.claims()) {
            if (c.stance() == null || c.by() == null) continue;
            String who = c.by();
            if (c.stance() != Stance.ASSERTS && c.detail() != null && !c.detail().isBlank()) who += " (" + c.detail() + ")";
            by.get(c.stance()).add(who);
        }
        List<String> parts = new ArrayList<>();
        if (!by.get(Stance.ASSERTS).isEmpty()) parts.add(join(by.get(Stance.ASSERTS)) + " report" + verb(by.get(Stance.ASSERTS)) + " it as coded");
        if (!by.get(Stance.DISPUTES).isEmpty()) parts.add(join(by.get(Stance.DISPUTES)) + " give" + verb(by.get(Stance.DISPUTES)) + " a different account");
        if (!by.get(Stance.DENIES).isEmpty()) parts.add(join(by.get(Stance.DENIES)) + " den" + (by.get(Stance.DENIES).size() == 1 ? "ies" : "y") + " it happened");
        if (parts.isEmpty()) {
            return Optional.of("Sources disagree about this event, but the disagreeing claims were not attributed to a source.");
        }
        return Optional.of("Sources disagree: " + String.join("; ", parts) + ".");
    }

    private static String verb(Set<String> who) {
        return who.size() == 1 ? "s" : "";
    }

    private static String join(Set<String> names) {
        List<String> l = new ArrayList<>(names);
        if (l.size() == 1) return l.getFirst();
        return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.getLast();
    }
}
