package org.sitrep.extract.events;

/**
 * What a trigger word signals before context is read. Several classes are ambiguous on purpose ("attack",
 * "explosion", "bombing"): {@link SubEventRules} decides their sub-event type from the actors and targets around.
 */
public enum TriggerClass {
    AIR, AIR_CAMPAIGN, AIR_SUPPORT, STRIKE, BOMBED, BOMBING, BOMBARD, STRUCK, RAID,
    SHELLING, ROCKET, MISSILE,
    IED, EXPLOSION, SUICIDE, GRENADE, CHEMICAL,
    CLASH, GUNFIGHT, AMBUSH, OFFENSIVE, ASSAULT, ATTACK, ADVANCE, CAPTURE, FELL_TO,
    KILL, EXECUTE, STAB, SHOOT, FIRE, INJURE, BODY, JOIN, RELEASE, BLOCKADE,
    ABDUCT, SEXUAL,
    PROTEST, PROTEST_DAY, DEMAND, RIOT, MOB, VANDAL, TORCH, BURN, PELT,
    ARREST, AGREE, GROUP_CHANGE, AID, DISRUPT, BASE, LOOT, DESTROY, WITHDRAW, HANDOVER, RETURN
}
