package org.sitrep.model;

/** ACLED event types with their disorder type. */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) { this.label = label; }

    public String label() { return label; }

    public static EventType fromLabel(String label) {
        for (EventType t : values()) if (t.label.equals(label)) return t;
        throw new IllegalArgumentException("unknown ACLED event type: " + label);
    }
}
