package org.sitrep.extract.actors;

/**
 * What kind of actor a cue points to. The event builder reasons about roles with it (an air strike needs a
 * STATE_AIR or named actor as actor1; CIVILIANS are victims), and generic.tsv turns a kind plus a country into an
 * ACLED-style name.
 */
public enum CueKind {
    /** Army, troops, soldiers, security forces, regime forces, loyalists. */
    STATE_GROUND(true),
    /** Warplanes, jets, helicopters, air force: a state air force whose nationality context must decide. */
    STATE_AIR(true),
    STATE_NAVY(true),
    POLICE(true),
    /** Prison guards and wardens: ACLED names them as a unit of the police ("Police Forces of Sudan Prison Guards"). */
    PRISON_GUARDS(true),
    /** Gendarmes: ACLED names them as a unit of the military ("Military Forces of Guinea Gendarmerie"). */
    GENDARMERIE(true),
    GOVERNMENT(true),
    /** Rebels, insurgents, opposition fighters. */
    REBEL(false),
    SEPARATIST(false),
    COMMUNIST_REBEL(false),
    /** Militants, fighters, armed groups, terrorists: armed but unnamed, allegiance left to context. */
    MILITANTS(false),
    ISLAMIST(false),
    UNIDENTIFIED_ARMED(false),
    GANG(false),
    PRO_GOV_MILITIA(false),
    IRAN_BACKED(false),
    KURDISH(false),
    COMMUNAL_MILITIA(false),
    CLAN_MILITIA(false),
    CULT_MILITIA(false),
    /** US-led or Saudi-led coalition, decided by the country. */
    COALITION(false),
    PROTESTERS(false),
    /** An event word ("protested", "held a rally") that implies protesters without naming them. */
    PROTEST_EVENT(false),
    RIOTERS(false),
    /** An event word ("rioted", "lynched", "pelted stones") that implies rioters. */
    RIOT_EVENT(false),
    /** An event word ("were arrested", "detained") that implies the police as the arresting actor. */
    ARREST_EVENT(false),
    /**
     * An unnamed group of people ("a group of people", "two village groups"): Rioters by default, Protesters when
     * the event builder finds a peaceful protest.
     */
    CROWD(false),
    CIVILIANS(false),
    PRIVATE_SECURITY(false),
    /** A named group or a named state unit whose canonical name is fixed (groups.tsv). */
    NAMED_GROUP(false),
    /** A bare country name or adjective ("Russia", "Syrian"); not an actor by itself, used for context. */
    COUNTRY(false);

    private final boolean state;

    CueKind(boolean state) { this.state = state; }

    /** True for the kinds that denote a state's own forces or government (inter 1 at home, 8 abroad). */
    public boolean isState() { return state; }

    /** True for event words that imply an actor rather than name one. */
    public boolean isImplied() { return this == PROTEST_EVENT || this == RIOT_EVENT || this == ARREST_EVENT; }
}
