package org.sitrep.merge;

import org.sitrep.model.SubEventType;

/**
 * The blocking families: reports are compared only within one family. Battles, explosions/remote violence and
 * violence against civilians form one family because outlets (and extraction) code one happening as any of them
 * ("bombing kills 44" is a suicide bomb to one, an attack on civilians to another); protests and riots form
 * another; each strategic development sub-type is its own family (an agreement is never an arrest).
 */
public enum TypeFamily {
    POLITICAL_VIOLENCE, DEMONSTRATIONS, AGREEMENT, ARRESTS, CHANGE_TO_GROUP, DISRUPTED_WEAPONS, BASE_ESTABLISHED,
    LOOTING_DESTRUCTION, TERRITORY_TRANSFER, OTHER;

    public static TypeFamily of(SubEventType t) {
        return switch (t.type()) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> POLITICAL_VIOLENCE;
            case PROTESTS, RIOTS -> DEMONSTRATIONS;
            case STRATEGIC_DEVELOPMENTS -> switch (t) {
                case AGREEMENT -> AGREEMENT;
                case ARRESTS -> ARRESTS;
                case CHANGE_TO_GROUP_ACTIVITY -> CHANGE_TO_GROUP;
                case DISRUPTED_WEAPONS_USE -> DISRUPTED_WEAPONS;
                case HEADQUARTERS_ESTABLISHED -> BASE_ESTABLISHED;
                case LOOTING_PROPERTY_DESTRUCTION -> LOOTING_DESTRUCTION;
                case NON_VIOLENT_TRANSFER_OF_TERRITORY -> TERRITORY_TRANSFER;
                default -> OTHER;
            };
        };
    }
}
