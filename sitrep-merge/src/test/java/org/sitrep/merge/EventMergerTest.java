package org.sitrep.merge;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Stance;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.merge.Fixtures.*;
import static org.sitrep.model.SubEventType.*;

/** Field rules and disputes of merged events, and incremental behaviour. */
class EventMergerTest {

    private static Event only(List<Event> merged) {
        assertEquals(1, merged.size(), () -> "expected one merged event, got " + merged);
        return merged.get(0);
    }

    @Test
    void aMergedEventKeepsEveryReportAndTakesTheLowestCredibleToll() {
        var a = event("ev_a", "docA", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, "Military Forces of Syria", 58, "gas attack killed 58 in Khan Shaykhun");
        var b = event("ev_b", "docB", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, "Military Forces of Syria", 72, "72 people killed in a gas attack");
        var c = event("ev_c", "docC", "2017-04-04", AIR_DRONE_STRIKE, KHAN_SHAYKHUN, "Military Forces of Syria", 0, "warplanes released toxic gas");
        Event m = only(EventMerger.merge(List.of(a, b, c)));
        assertEquals(58, m.fatalities());
        assertEquals(List.of("docA", "docB", "docC"), m.articles());
        assertEquals(3, m.evidence().size());
        assertEquals(3, m.claims().size());
        assertEquals(CHEMICAL_WEAPON, m.subEventType(), "the most reported sub-event type");
        assertFalse(m.disputed(), "58 vs 72 is a toll update, not a dispute");
        assertTrue(m.claims().stream().anyMatch(cl -> cl.detail().contains("fatalities 72")), "who reported what is kept");
        assertTrue(m.eventId().startsWith("mev_"));
    }

    @Test
    void differentPerpetratorsMakeADisputeAndTheDissenterDisputes() {
        var moscow = event("ev_a", "docA", "2015-10-01", AIR_DRONE_STRIKE, KAFR_NABUDAH, "Military Forces of Russia", 0,
                "Moscow said it hit four Islamic State targets", "Ministry of Defence of Russia", Stance.ASSERTS);
        var afp = event("ev_b", "docB", "2015-10-01", AIR_DRONE_STRIKE, KAFR_NABUDAH, "Military Forces of Russia", 0,
                "Russian jets struck Kafr Nabudah", "afp", Stance.ASSERTS);
        var syrian = event("ev_c", "docC", "2015-10-01", AIR_DRONE_STRIKE, KAFR_NABUDAH, "Military Forces of Syria", 0,
                "a Syrian security source said the raids hit Army of Conquest bases", "Syrian security source", Stance.ASSERTS);
        Event m = only(EventMerger.merge(List.of(moscow, afp, syrian)));
        assertTrue(m.disputed());
        assertEquals("Military Forces of Russia", m.actor1().name(), "the most reported perpetrator");
        Claim dissent = m.claims().stream().filter(c -> c.by().equals("Syrian security source")).findFirst().orElseThrow();
        assertEquals(Stance.DISPUTES, dissent.stance());
        assertTrue(dissent.detail().contains("Military Forces of Syria"));
        assertEquals(Stance.ASSERTS, m.claims().stream().filter(c -> c.by().equals("Ministry of Defence of Russia")).findFirst().orElseThrow().stance());
    }

    @Test
    void aDenialIsADispute() {
        var a = event("ev_a", "docA", "2016-10-18", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 6, "six killed in a strike, Russia said");
        var b = event("ev_b", "docB", "2016-10-18", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 6, "Brussels denied its jets were involved",
                "Government of Belgium", Stance.DENIES);
        Event m = only(EventMerger.merge(List.of(a, b)));
        assertTrue(m.disputed());
        assertTrue(m.claims().stream().anyMatch(c -> c.stance() == Stance.DENIES && c.by().equals("Government of Belgium")));
    }

    @Test
    void casualtyFiguresFarApartAreADispute() {
        var a = event("ev_a", "docA", "2016-07-19", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 21, "21 civilians killed in coalition strikes on the village");
        var b = event("ev_b", "docB", "2016-07-19", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 120, "over 120 civilians killed in coalition strikes on the village");
        Event m = only(EventMerger.merge(List.of(a, b)));
        assertTrue(m.disputed());
        assertEquals(21, m.fatalities());
    }

    @Test
    void aNewReportJoiningKeepsTheIdAndFusingClustersRecordsTheSupersededId() {
        var a = event("ev_5", "docA", "2015-10-12", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, "strike on Kafr Nabudah");
        var b = event("ev_9", "docB", "2015-10-12", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, "raid on Kafr Nabudah");
        EventMerger m = new EventMerger();
        m.add(b);
        String id = m.clusterOfReport("ev_9").orElseThrow().id();
        m.add(a); // a smaller event id arrives later: the id stays
        assertEquals(1, m.clusterCount());
        assertEquals(id, m.clusterOfReport("ev_5").orElseThrow().id());
        assertEquals(List.of("docA", "docB"), m.cluster(id).orElseThrow().articles());
    }

    @Test
    void removingAReportReformsItsCluster() {
        var a = event("ev_a", "docA", "2015-10-12", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, "strike");
        var b = event("ev_b", "docB", "2015-10-12", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, "strike");
        EventMerger m = new EventMerger();
        m.addAll(List.of(a, b));
        assertEquals(1, m.clusterCount());
        m.remove("ev_b");
        assertEquals(1, m.clusterCount());
        assertEquals(List.of("docA"), m.mergedEvents().get(0).articles());
    }

    @Test
    void aBridgeDoesNotFuseTwoSubEventTypesOfOneArticle() {
        // one article codes an air strike and shelling at the same place and day: two events (ACLED identity);
        // a second article's report links to both, but it may join only one of them
        var strike = event("ev_a", "docA", "2016-06-05", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 5, "air strikes killed five");
        var shelling = event("ev_b", "docA", "2016-06-05", SHELLING_ARTILLERY_MISSILE, KAFR_NABUDAH, null, 5, "shelling killed five");
        var other = event("ev_c", "docB", "2016-06-05", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 5, "five killed");
        EventMerger m = new EventMerger();
        m.addAll(List.of(strike, shelling, other));
        assertEquals(2, m.clusterCount());
        assertEquals(m.clusterOfReport("ev_a").orElseThrow().id(), m.clusterOfReport("ev_c").orElseThrow().id());
    }

    @Test
    void oneSentenceCodedAsTwoSubTypesOfOneActIsOneHappening() {
        // "warplanes dropped toxic gas on the town": extraction codes an air strike and a chemical weapon from one sentence;
        // another outlet reports only the chemical attack and a third only the air strike: one happening for all three
        var strike = atSpan(event("ev_a", "docA", "2017-04-04", AIR_DRONE_STRIKE, KHAN_SHAYKHUN, null, 58, "s"), 0, 60);
        var gas = atSpan(event("ev_b", "docA", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 58, "s"), 0, 60);
        var otherGas = event("ev_c", "docB", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 72, "a gas attack killed 72");
        var otherStrike = event("ev_d", "docC", "2017-04-04", AIR_DRONE_STRIKE, KHAN_SHAYKHUN, null, 0, "jets struck the town");
        EventMerger m = new EventMerger();
        m.addAll(List.of(strike, gas, otherGas, otherStrike));
        assertEquals(1, m.clusterCount());
        assertEquals(List.of("docA", "docB", "docC"), m.mergedEvents().get(0).articles());
        // in two sentences too: ACLED codes a chemical weapon delivered from the air as one chemical weapon event
        assertEquals(1, clusterCount(List.of(strike, atSpan(gas, 61, 120), otherGas, otherStrike)));
        // but an air strike and shelling in two sentences are two ACLED events (the bridge test above); in one sentence
        // ("jets and artillery pounded the town") they are one act told twice
        var shelling = atSpan(event("ev_e", "docA", "2017-04-04", SHELLING_ARTILLERY_MISSILE, KHAN_SHAYKHUN, null, 58, "s"), 0, 60);
        assertEquals(1, clusterCount(List.of(strike, shelling)));
        assertEquals(2, clusterCount(List.of(strike, atSpan(shelling, 61, 120))));
    }

    @Test
    void civiliansKilledByAStrikeAreItsVictimsNotASecondAttackInTheSameArticle() {
        // "Jets struck the market." ... "The attack on the town killed 20 civilians.": ACLED codes the air strike only
        var strike = atSpan(event("ev_a", "docA", "2016-09-10", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, "s"), 0, 40);
        var attack = atSpan(event("ev_b", "docA", "2016-09-10", ATTACK, KAFR_NABUDAH, null, 20, "s"), 41, 90);
        var otherAttack = event("ev_c", "docB", "2016-09-10", ATTACK, KAFR_NABUDAH, null, 20, "20 civilians killed in the town");
        var otherStrike = event("ev_d", "docC", "2016-09-10", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, "warplanes hit the town");
        assertEquals(1, clusterCount(List.of(strike, attack, otherAttack, otherStrike)));
        // a direct attack at another place of the article stays apart
        var elsewhere = atSpan(event("ev_e", "docA", "2016-09-10", ATTACK, KHAN_SHAYKHUN, null, 3, "s"), 91, 120);
        assertFalse(new Similarity(MergePolicy.defaults()).oneActInOneArticle(new Report(strike), new Report(elsewhere)));
    }

    @Test
    void eventsWithoutIdAreRejectedWithTheDocument() {
        var a = event("", "docA", "2015-10-12", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, "strike");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new EventMerger().add(a));
        assertTrue(e.getMessage().contains("docA"));
    }

    /** How many happenings the merger makes of these reports. */
    private static int clusterCount(List<Event> reports) {
        EventMerger m = new EventMerger();
        m.addAll(reports);
        return m.clusterCount();
    }
}
