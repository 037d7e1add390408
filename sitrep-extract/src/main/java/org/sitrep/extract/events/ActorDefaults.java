package org.sitrep.extract.events;

import org.sitrep.model.ActorMention;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.SubEventType;

/**
 * ACLED's generic actor names, filled in when the text names no actor for a role ("a man was shot dead" ->
 * Unidentified Armed Group (Mexico) vs Civilians (Mexico)), and moved to the event's country when a generic
 * mention was localised to another one.
 */
final class ActorDefaults {
    private ActorDefaults() {}

    record Named(String name, int inter, String rule) {}

    static Named defaultActor1(SubEventType t, String country) {
        String c = country == null ? "" : country;
        return switch (t) {
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION -> new Named(withCountry("Protesters", c), 6, "default:protesters");
            case VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> new Named(withCountry("Rioters", c), 5, "default:rioters");
            case EXCESSIVE_FORCE_AGAINST_PROTESTERS -> new Named(ofCountry("Police Forces of", c), 1, "default:police");
            case ARRESTS -> new Named(ofCountry("Police Forces of", c), 1, "default:police");
            case GOVERNMENT_REGAINS_TERRITORY, AIR_DRONE_STRIKE -> new Named(ofCountry("Military Forces of", c), 1, "default:state-military");
            default -> new Named(withCountry("Unidentified Armed Group", c), 3, "default:unidentified");
        };
    }

    /** A government acting by force is its military: "the Syrian government bombed ..." -> Military Forces of Syria. */
    static String asPerpetrator(String name, SubEventType t) {
        boolean force = t.type() != org.sitrep.model.EventType.STRATEGIC_DEVELOPMENTS && t.type() != org.sitrep.model.EventType.PROTESTS;
        return force && name.startsWith("Government of ") ? "Military Forces of " + name.substring("Government of ".length()) : name;
    }

    /** actor2 when the text names none but the role is implied (victims of violence against civilians). */
    static Named defaultActor2(SubEventType t, String country) {
        return switch (t) {
            case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, MOB_VIOLENCE -> new Named(withCountry("Civilians", country == null ? "" : country), 7, "default:civilians");
            case EXCESSIVE_FORCE_AGAINST_PROTESTERS, PROTEST_WITH_INTERVENTION ->
                    t == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS ? new Named(withCountry("Protesters", country == null ? "" : country), 6, "default:protesters") : null;
            default -> null;
        };
    }

    private static String withCountry(String base, String c) { return c.isEmpty() ? base : base + " (" + c + ")"; }

    private static String ofCountry(String base, String c) { return c.isEmpty() ? base.replace(" of", "") : base + " " + c; }

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
        int of = name.lastIndexOf(" of ");
        if (of > 0) return name.substring(0, of) + " of " + target;
        return name;
    }
}
