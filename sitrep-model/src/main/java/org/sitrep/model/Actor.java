package org.sitrep.model;

/**
 * A canonical actor, ACLED style.
 *
 * @param name  canonical name, e.g. "Military Forces of Syria", "Rebel groups (Syria)"
 * @param inter ACLED interaction code: 1 State forces, 2 Rebel groups, 3 Political militias, 4 Identity militias,
 *              5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other
 * @param iso2  country the actor belongs to (ISO 3166-1 alpha-2), or null for transnational groups
 */
public record Actor(String name, int inter, String iso2) {
    public Actor {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("actor name is blank");
        if (inter < 0 || inter > 8) throw new IllegalArgumentException("inter code out of range: " + inter);
    }
}
