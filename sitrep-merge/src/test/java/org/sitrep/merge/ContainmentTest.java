package org.sitrep.merge;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sitrep.merge.Fixtures.*;
import static org.sitrep.model.SubEventType.*;

/** A province-level report joins the one town reported that day in its province, and only then. */
class ContainmentTest {
    private static final Event PROVINCE = event("ev_p", "docP", "2017-04-04", CHEMICAL_WEAPON, IDLIB_PROVINCE, null, 0,
            "a suspected gas attack in Idlib province killed dozens");
    private static final Event TOWN = event("ev_t", "docT", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 58,
            "the gas attack on Khan Shaykhun killed 58");
    private static final Event OTHER_TOWN = event("ev_o", "docO", "2017-04-04", AIR_DRONE_STRIKE, MAARAT, null, 3,
            "an air attack hit a market in Maarat al-Numan, killing dozens");

    private static String clusterOf(EventMerger m, String report) {
        return m.clusterOfReport(report).orElseThrow().id();
    }

    @Test
    void aProvinceLevelReportJoinsTheOnlyTownReportedThatDay() {
        EventMerger m = new EventMerger();
        m.addAll(List.of(PROVINCE, TOWN));
        assertEquals(1, m.clusterCount());
        assertEquals(List.of("docP", "docT"), m.mergedEvents().get(0).articles());
        assertEquals("Khan Shaykhun", m.mergedEvents().get(0).location(), "the most precise place is the event's place");
    }

    @Test
    void twoCandidateTownsLeaveTheProvinceLevelReportAlone() {
        EventMerger m = new EventMerger();
        m.addAll(List.of(PROVINCE, TOWN, OTHER_TOWN));
        assertEquals(3, m.clusterCount(), "an air strike and a gas attack are the same kind of act from afar: both are candidates");
    }

    @Test
    void aSecondTownArrivingLaterUndoesTheLinkInAnyOrder() {
        EventMerger oneByOne = new EventMerger();
        oneByOne.add(PROVINCE);
        oneByOne.add(TOWN);
        assertEquals(clusterOf(oneByOne, "ev_p"), clusterOf(oneByOne, "ev_t"));
        oneByOne.add(OTHER_TOWN);
        assertNotEquals(clusterOf(oneByOne, "ev_p"), clusterOf(oneByOne, "ev_t"));
        oneByOne.remove("ev_o");
        assertEquals(clusterOf(oneByOne, "ev_p"), clusterOf(oneByOne, "ev_t"), "removing the other town restores the link");
    }

    @Test
    void aProvinceLevelReportWithNothingInCommonBeyondKindDayAndProvinceStaysAlone() {
        // no toll on one side, other words, no named perpetrator: the one town a sparse feed reports that day may be
        // another happening
        var vague = event("ev_v", "docV", "2017-04-04", CHEMICAL_WEAPON, IDLIB_PROVINCE, null, 0, "residents fled north overnight");
        assertEquals(2, EventMerger.merge(List.of(vague, TOWN)).size());
        var named = event("ev_n", "docN", "2017-04-04", CHEMICAL_WEAPON, IDLIB_PROVINCE, "Military Forces of Syria", 0,
                "residents fled north overnight");
        var namedTown = event("ev_u", "docU", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, "Military Forces of Syria", 58,
                "the gas attack on Khan Shaykhun killed 58");
        assertEquals(1, EventMerger.merge(List.of(named, namedTown)).size(), "the same named perpetrator corroborates");
    }

    @Test
    void anotherDayOrAnotherKindOfActIsNoCandidate() {
        var dayAfter = event("ev_t2", "docT", "2017-04-05", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 58, "gas attack");
        var clash = event("ev_c", "docC", "2017-04-04", ARMED_CLASH, KHAN_SHAYKHUN, null, 0, "rebels fought the army");
        assertEquals(2, EventMerger.merge(List.of(PROVINCE, dayAfter)).size());
        assertEquals(2, EventMerger.merge(List.of(PROVINCE, clash)).size());
    }

    @Test
    void aCountryOnlyReportJoinsTheOnlyPlaceWithTheSameSubTypeThatDay() {
        var country = new Fixtures.Place("Syria", null, 35.0, 38.0, "geonames:163843");
        var vague = countryOnly(event("ev_s", "docS", "2017-04-04", CHEMICAL_WEAPON, country, null, 0, "a chemical attack in Syria killed dozens"));
        assertEquals(1, EventMerger.merge(List.of(vague, TOWN)).size());
        var otherGas = event("ev_g", "docG", "2017-04-04", CHEMICAL_WEAPON, QARDAHA, null, 2, "a chemical cloud over Qardaha");
        assertEquals(3, EventMerger.merge(List.of(vague, TOWN, otherGas)).size(), "two places: the country-level report stays alone");
    }

    private static Event countryOnly(Event e) {
        return new Event(e.eventId(), e.docId(), e.eventDate(), e.timePrecision(), e.subEventType(), e.actor1(), null, null,
                null, "Syria", "SYR", null, null, "Syria", e.latitude(), e.longitude(), 3, e.gazetteerId(), e.fatalities(),
                e.source(), e.notes(), e.evidence(), e.claims(), e.articles(), false, e.confidence(), e.provenance());
    }

    @Test
    void theSameArticlesEventsAtTwoPlacesOrDaysStayApartThroughABridge() {
        // one article reports air strikes at the town and, separately, at the province level: strikes recur across a
        // province, so these are two events it keeps (worded like another outlet's province-level report, which links
        // to both)
        var townStrike = event("ev_t", "docT", "2017-04-04", AIR_DRONE_STRIKE, KHAN_SHAYKHUN, null, 58,
                "air strikes on Khan Shaykhun killed 58");
        var sameDocProvince = event("ev_q", "docT", "2017-04-04", AIR_DRONE_STRIKE, IDLIB_PROVINCE, null, 0,
                "air strikes in Idlib province killed dozens");
        var province = event("ev_p", "docP", "2017-04-04", AIR_DRONE_STRIKE, IDLIB_PROVINCE, null, 0,
                "air strikes in Idlib province killed dozens");
        EventMerger m = new EventMerger();
        m.addAll(new ArrayList<>(List.of(townStrike, sameDocProvince, province)));
        assertEquals(clusterOf(m, "ev_p"), clusterOf(m, "ev_q"), "wire copy links the two province-level reports");
        assertNotEquals(clusterOf(m, "ev_t"), clusterOf(m, "ev_q"), "but the article's two events stay two");
    }

    @Test
    void aSingularActToldAtItsTownAndItsProvinceInOneArticleIsOneAct() {
        // "the gas attack on Khan Shaykhun ... the chemical attack in Idlib": one chemical attack, told twice
        var sameDocProvince = event("ev_q", "docT", "2017-04-04", CHEMICAL_WEAPON, IDLIB_PROVINCE, null, 0,
                "the chemical attack in Idlib drew condemnation");
        EventMerger m = new EventMerger();
        m.addAll(new ArrayList<>(List.of(TOWN, sameDocProvince, PROVINCE)));
        assertEquals(1, m.clusterCount());
        // another day of the article is never the same act
        var nextDay = event("ev_r", "docT", "2017-04-05", CHEMICAL_WEAPON, IDLIB_PROVINCE, null, 0, "another gas attack in Idlib");
        assertEquals(false, new Similarity(MergePolicy.defaults()).oneActInOneArticle(new Report(TOWN), new Report(nextDay)));
    }

    @Test
    void aLaterCountryLevelReportOfAChemicalAttackJoinsTheDominantTownWithoutCorroboration() {
        // "WHO: symptoms consistent with nerve agent use" the day after, placed only in the country, no toll, other words
        var country = new Fixtures.Place("Syria", null, 35.0, 38.0, "geonames:163843");
        var later = reportDated(countryOnly(event("ev_w", "docW", "2017-04-05", CHEMICAL_WEAPON, country, null, 0,
                "health agency says symptoms point to a nerve agent")), "date:dateline");
        List<Event> towns = new ArrayList<>();
        for (String d : List.of("docA", "docB", "docC")) {
            towns.add(event("ev_" + d, d, "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 58, "the gas attack on the town killed 58 " + d));
        }
        List<Event> all = new ArrayList<>(towns);
        all.add(later);
        assertEquals(1, EventMerger.merge(all).size());
        // a bombing is not rare enough: the same report of "a blast in Syria" stays alone
        var laterBlast = reportDated(countryOnly(event("ev_x", "docX", "2017-04-05", REMOTE_EXPLOSIVE, country, null, 0,
                "officials said a blast shook a market")), "date:dateline");
        List<Event> blasts = new ArrayList<>();
        for (String d : List.of("docA", "docB", "docC")) {
            blasts.add(event("ev_b" + d, d, "2017-04-04", REMOTE_EXPLOSIVE, KHAN_SHAYKHUN, null, 58, "a car bomb in the town killed 58 " + d));
        }
        blasts.add(laterBlast);
        assertEquals(2, EventMerger.merge(blasts).size());
        // two towns with chemical attacks that week and no dominant one: the later report says nothing about which
        List<Event> two = new ArrayList<>(towns);
        two.add(event("ev_q", "docQ", "2017-04-04", CHEMICAL_WEAPON, QARDAHA, null, 2, "a chemical cloud over the coast"));
        two.add(event("ev_q2", "docQ2", "2017-04-04", CHEMICAL_WEAPON, QARDAHA, null, 2, "a chemical cloud over the coast"));
        two.add(later);
        EventMerger m = new EventMerger();
        m.addAll(two);
        assertEquals(3, m.clusterCount());
    }
}
