package org.sitrep.model;

/** ACLED sub-event types, each under its event type (ONTOLOGY.md). */
public enum SubEventType {
    ARMED_CLASH(EventType.BATTLES, "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),
    CHEMICAL_WEAPON(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon"),
    AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
    SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
    SHELLING_ARTILLERY_MISSILE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
    GRENADE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Grenade"),
    SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
    ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    ABDUCTION(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
    PEACEFUL_PROTEST(EventType.PROTESTS, "Peaceful protest"),
    PROTEST_WITH_INTERVENTION(EventType.PROTESTS, "Protest with intervention"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS(EventType.PROTESTS, "Excessive force against protesters"),
    VIOLENT_DEMONSTRATION(EventType.RIOTS, "Violent demonstration"),
    MOB_VIOLENCE(EventType.RIOTS, "Mob violence"),
    AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
    ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, "Arrests"),
    CHANGE_TO_GROUP_ACTIVITY(EventType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
    DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
    HEADQUARTERS_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
    LOOTING_PROPERTY_DESTRUCTION(EventType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
    NON_VIOLENT_TRANSFER_OF_TERRITORY(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other");

    private final EventType type;
    private final String label;

    SubEventType(EventType type, String label) {
        this.type = type;
        this.label = label;
    }

    public EventType type() { return type; }

    public String label() { return label; }

    /** ACLED disorder type: Riots of the Violent demonstration kind count as Demonstrations. */
    public String disorderType() {
        return switch (type) {
            case PROTESTS -> "Demonstrations";
            case RIOTS -> this == VIOLENT_DEMONSTRATION ? "Demonstrations" : "Political violence";
            case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
            default -> "Political violence";
        };
    }

    public static SubEventType fromLabel(String label) {
        for (SubEventType t : values()) if (t.label.equals(label)) return t;
        throw new IllegalArgumentException("unknown ACLED sub-event type: " + label);
    }
}
