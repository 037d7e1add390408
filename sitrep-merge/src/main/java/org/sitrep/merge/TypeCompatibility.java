package org.sitrep.merge;

import org.sitrep.model.SubEventType;

/**
 * How compatible two ACLED sub-event types are as accounts of one happening. Outlets disagree about the means more
 * often than about the happening: one says "air strike", another "shelling" or "rocket attack" (the weapon is seen
 * from the ground), one says "bombing", another "suicide bombing" or just "attack" on civilians. Such pairs are
 * disputes of one happening, not two happenings; an air strike and a protest are not.
 *
 * <p>Scores: 1.0 the same sub-event type; 0.8 the same <i>account group</i> (weapons delivered from afar: air/drone
 * strike, shelling/missile, chemical weapon; planted or carried bombs: suicide bomb, remote explosive, grenade;
 * fighting: armed clash and the two territory changes); 0.7 the same event type otherwise; 0.6 an attack on civilians
 * told by another outlet as an explosion (the victims' side of a bombing or strike); 0.4 otherwise within one
 * {@link TypeFamily}; 0 across families.
 */
public final class TypeCompatibility {
    private TypeCompatibility() {}

    /**
     * Score at or above which two sub-event types may be linked as one happening: always within one ACLED event type
     * (which is what lets merging block by event type). An attack on civilians told as an explosion (0.6) is not
     * enough on its own: measured on the FA-KES same-event gold it added more false merges than true ones.
     */
    public static final double LINKABLE = 0.7;
    /**
     * Score at or above which one sentence coded as two sub-event types is one act told twice (accounts of one act,
     * and an attack on civilians told as the explosion or strike that hit them): see
     * {@link Similarity#oneActInOneArticle}.
     */
    public static final double ONE_ACT = 0.6;
    /** Score at or above which two sub-event types are two accounts of one kind of act. */
    public static final double SAME_ACCOUNT = 0.8;

    enum Group { FROM_AFAR, BOMB, FIGHTING, NONE }

    static Group group(SubEventType t) {
        return switch (t) {
            case AIR_DRONE_STRIKE, SHELLING_ARTILLERY_MISSILE, CHEMICAL_WEAPON -> Group.FROM_AFAR;
            case SUICIDE_BOMB, REMOTE_EXPLOSIVE, GRENADE -> Group.BOMB;
            case ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY -> Group.FIGHTING;
            default -> Group.NONE;
        };
    }

    public static double score(SubEventType a, SubEventType b) {
        if (a == b) return 1.0;
        if (TypeFamily.of(a) != TypeFamily.of(b)) return 0;
        Group ga = group(a), gb = group(b);
        if (ga != Group.NONE && ga == gb) return SAME_ACCOUNT;
        if (a.type() == b.type()) return 0.7;
        if (a == SubEventType.ATTACK && b.type() == org.sitrep.model.EventType.EXPLOSIONS_REMOTE_VIOLENCE
                || b == SubEventType.ATTACK && a.type() == org.sitrep.model.EventType.EXPLOSIONS_REMOTE_VIOLENCE) return 0.6;
        return 0.4;
    }
}
