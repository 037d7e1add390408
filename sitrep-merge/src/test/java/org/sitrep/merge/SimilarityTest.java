package org.sitrep.merge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.merge.Fixtures.*;
import static org.sitrep.model.SubEventType.*;

class SimilarityTest {
    private final Similarity sim = new Similarity(MergePolicy.defaults());

    @Test
    void sameTownSameDaySameTypeIsOneHappening() {
        var a = event("ev_a", "docA", "2015-10-12", AIR_DRONE_STRIKE, KAFR_NABUDAH, "Military Forces of Russia", 0, "Russian jets struck Kafr Nabudah");
        var b = event("ev_b", "docB", "2015-10-12", AIR_DRONE_STRIKE, KAFR_NABUDAH, "Military Forces of Russia", 3, "Warplanes hit the village");
        assertTrue(sim.linked(a, b));
        assertEquals(sim.score(a, b), sim.score(b, a), "the score is symmetric");
    }

    @Test
    void transliteratedNamesWithoutGazetteerIdAreTheSamePlace() {
        var a = event("ev_a", "docA", "2015-10-12", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, "strike on Kafr Nabudah");
        var b = event("ev_b", "docB", "2015-10-12", AIR_DRONE_STRIKE, KAFR_NABUDA_NO_ID, null, 0, "strike on Kafr Nabuda");
        assertEquals(1.0, sim.score(a, b).place(), 1e-9);
        assertTrue(sim.linked(a, b));
    }

    @Test
    void twoTownsFarApartAreNeverFused() {
        var a = event("ev_a", "docA", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 58, "gas attack on Khan Shaykhun");
        var b = event("ev_b", "docB", "2017-04-04", CHEMICAL_WEAPON, QARDAHA, null, 58, "gas attack on Khan Shaykhun");
        assertEquals("place", sim.score(a, b).blockedBy().orElseThrow());
    }

    @Test
    void twoDaysAreNeverFusedAndOneDayOnlyAtTheVerySamePlace() {
        var a = event("ev_a", "docA", "2015-02-20", SUICIDE_BOMB, QARDAHA, null, 4, "suicide bomber at Qardaha hospital");
        var twoDays = event("ev_b", "docB", "2015-02-22", SUICIDE_BOMB, QARDAHA, null, 4, "suicide bomber at Qardaha hospital");
        var oneDay = event("ev_c", "docC", "2015-02-21", SUICIDE_BOMB, QARDAHA, null, 4, "blast at Qardaha hospital");
        assertEquals("date", sim.score(a, twoDays).blockedBy().orElseThrow());
        assertTrue(sim.linked(a, oneDay), "dateline slack: same place, same sub-type, one day apart");
        assertFalse(new Similarity(MergePolicy.defaults().withDayTolerance(0)).linked(a, oneDay));
    }

    @Test
    void differentFamiliesAndTheSameArticleAreBlocked() {
        var a = event("ev_a", "docA", "2015-10-12", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, "strike");
        var protest = event("ev_b", "docB", "2015-10-12", PEACEFUL_PROTEST, KAFR_NABUDAH, null, 0, "protest");
        var sameDoc = event("ev_c", "docA", "2015-10-12", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, "strike");
        assertEquals("family", sim.score(a, protest).blockedBy().orElseThrow());
        assertEquals("same-article", sim.score(a, sameDoc).blockedBy().orElseThrow());
    }

    @Test
    void aCityNamedLikeItsProvinceIsNotSpecificEnoughOnItsOwn() {
        var a = event("ev_a", "docA", "2015-09-30", AIR_DRONE_STRIKE, HAMA_CITY, null, 0, "Russia launched its first air strikes in Hama");
        var b = event("ev_b", "docB", "2015-09-30", AIR_DRONE_STRIKE, HAMA_CITY, null, 0, "the plain has been a major target for strikes");
        assertFalse(sim.linked(a, b));
        var c = event("ev_c", "docC", "2015-09-30", AIR_DRONE_STRIKE, HAMA_CITY, null, 12, "twelve killed in strikes on Hama");
        var d = event("ev_d", "docD", "2015-09-30", AIR_DRONE_STRIKE, HAMA_CITY, null, 12, "strikes on the city killed 12");
        assertTrue(sim.linked(c, d), "the same death toll still links them");
    }

    @Test
    void sharedWireCopyLinksAcrossSubTypes() {
        String wire = "A suicide car bomb hit a convoy of buses carrying evacuees from Foua and Kefraya killing at least 100";
        var a = event("ev_a", "docA", "2017-04-15", SUICIDE_BOMB, KHAN_SHAYKHUN, null, 100, wire);
        var b = event("ev_b", "docB", "2017-04-15", REMOTE_EXPLOSIVE, KHAN_SHAYKHUN, null, 0, wire + " people");
        assertTrue(sim.score(a, b).wording() > 0.8);
        assertTrue(sim.linked(a, b));
    }

    @Test
    void nearbyVillagesWithinTheTownDistanceAreCompatibleButDistantOnesAreNot() {
        var near = new Fixtures.Place("Tal Kafr", "Idlib", 35.45, 36.66, "geonames:1");
        var a = event("ev_a", "docA", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 58, "gas attack");
        var b = event("ev_b", "docB", "2017-04-04", CHEMICAL_WEAPON, near, null, 58, "gas attack");
        var c = event("ev_c", "docC", "2017-04-04", CHEMICAL_WEAPON, MAARAT, null, 58, "gas attack");
        assertTrue(sim.score(a, b).compatible());
        assertEquals("place", sim.score(a, c).blockedBy().orElseThrow(), "22 km apart: two places");
    }

    @Test
    void aMatchingTollNeedsTheSameSubEventType() {
        // regime air strikes and rebel rockets on one province the same day, both said to have killed eight
        var strike = event("ev_a", "docA", "2016-10-06", AIR_DRONE_STRIKE, HAMA_CITY, "Military Forces of Syria", 8, "air raids on the province killed eight");
        var rockets = event("ev_b", "docB", "2016-10-06", SHELLING_ARTILLERY_MISSILE, HAMA_CITY, "Rebel groups (Syria)", 8, "rockets fired on the city killed eight");
        assertFalse(sim.linked(strike, rockets));
        var strike2 = event("ev_c", "docC", "2016-10-06", AIR_DRONE_STRIKE, HAMA_CITY, null, 8, "eight dead in raids");
        assertTrue(sim.linked(strike, strike2));
    }

    @Test
    void airStrikeAndShellingAtOneTownOnOneDayAreOneHappeningInDispute() {
        var a = event("ev_a", "docA", "2016-06-05", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 5, "warplanes struck the village");
        var b = event("ev_b", "docB", "2016-06-05", SHELLING_ARTILLERY_MISSILE, KAFR_NABUDAH, null, 5, "shells hit the village");
        assertEquals(0.8, sim.score(a, b).type(), 1e-9);
        assertTrue(sim.linked(a, b));
    }

    @Test
    void aLaterReportDatedOnlyByItsOwnDayJoinsASingularActDaysBefore() {
        var attack = event("ev_a", "docA", "2017-04-04", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 58, "a gas attack killed 58 in the town");
        var inquiry = reportDated(event("ev_b", "docB", "2017-04-10", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 0,
                "inspectors said samples from the town tested positive for sarin"), "date:statement-weekday");
        assertTrue(sim.linked(attack, inquiry), "a statement days later about the very same act at the very same town");
        var before = reportDated(event("ev_c", "docC", "2017-04-02", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 0,
                "inspectors said samples tested positive"), "date:dateline");
        assertEquals("date", sim.score(attack, before).blockedBy().orElseThrow(), "a report cannot tell of a later happening");
        var tooLate = reportDated(event("ev_d", "docD", "2017-04-20", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 0,
                "inspectors said samples tested positive"), "date:report-day");
        assertFalse(sim.linked(attack, tooLate), "beyond the week a report date may lag");
    }

    @Test
    void strikesRecurSoALaterReportDatedByItsOwnDayIsNotLinkedToAnEarlierStrike() {
        var strike = event("ev_a", "docA", "2016-07-18", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 15, "strikes killed 15 in the town");
        var later = reportDated(event("ev_b", "docB", "2016-07-21", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 12,
                "dozens were killed by strikes on the town"), "date:dateline");
        assertFalse(sim.linked(strike, later));
        var sameDay = reportDated(event("ev_c", "docC", "2016-07-18", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 12,
                "strikes on the town"), "date:dateline");
        assertTrue(sim.linked(strike, sameDay));
        var otherTown = new Place("Kafr Zita", "Hama", 35.37, 36.60, "geonames:0");
        var townNextDay = reportDated(event("ev_d", "docD", "2016-07-19", AIR_DRONE_STRIKE, otherTown, null, 15,
                "strikes killed 15 in the town"), "date:dateline");
        assertFalse(sim.score(strike, townNextDay).compatible(), "a day apart at another town: another strike");
    }

    @Test
    void aCoarseReportOfTheNextDayJoinsYesterdaysTownOnlyByItsToll() {
        // "AFP Wednesday: jihadists attacked a gas field in Homs province, killing 30" after Tuesday's attack at Shaer
        var town = event("ev_a", "docA", "2016-07-18", ARMED_CLASH, KAFR_NABUDAH, "Islamic State", 30, "fighters stormed the field, 30 guards dead");
        var province = reportDated(event("ev_b", "docB", "2016-07-19", ARMED_CLASH, HAMA_CITY, "Islamic State", 30,
                "jihadists attacked a field in the province killing 30"), "date:dateline");
        assertTrue(sim.linked(town, province), "the very same toll the next day: yesterday's attack");
        var otherToll = reportDated(event("ev_c", "docC", "2016-07-19", ARMED_CLASH, HAMA_CITY, "Islamic State", 9,
                "jihadists attacked villages in the province killing 9"), "date:dateline");
        Report t = new Report(town), o = new Report(otherToll);
        assertFalse(sim.linked(sim.score(t, o)));
        assertEquals(Similarity.Containment.NONE, sim.containment(o, t, sim.score(o, t)),
                "the same perpetrator recurs day after day: only a toll ties a next-day coarse report to a town");
        var exact = event("ev_d", "docD", "2016-07-19", ARMED_CLASH, HAMA_CITY, "Islamic State", 30, "fighting in the province");
        assertEquals("date", sim.score(town, exact).blockedBy().orElseThrow(), "a day of the text's own is another day");
    }

    @Test
    void theSameDistinctTollReportedTheNextDayIsThatCount() {
        // "a day after it was announced that strikes killed 58 civilians in eastern Syria" (country) and the
        // province-level statement of the day before
        var province = reportDated(event("ev_a", "docA", "2016-06-26", AIR_DRONE_STRIKE, IDLIB_PROVINCE, null, 58,
                "three raids on the region killed 58 civilians, the monitor said on Sunday"), "date:carried:statement-weekday");
        var country = reportDated(event("ev_b", "docB", "2016-06-27", AIR_DRONE_STRIKE, SYRIA_ONLY, null, 58,
                "a day after strikes killed 58 civilians the agency said 25 were children"), "date:dateline");
        assertTrue(sim.linked(province, country));
        var smallToll = reportDated(event("ev_c", "docC", "2016-06-27", AIR_DRONE_STRIKE, SYRIA_ONLY, null, 8,
                "eight died when jets hit a market"), "date:dateline");
        var provinceSmall = reportDated(event("ev_d", "docD", "2016-06-26", AIR_DRONE_STRIKE, IDLIB_PROVINCE, null, 8,
                "raids on a school left 8 dead, the monitor said"), "date:dateline");
        assertFalse(sim.linked(provinceSmall, smallToll), "a small toll recurs");
    }

    @Test
    void aLaterReportOfAChemicalAttackReachesBackTwoWeeks() {
        var attack = event("ev_a", "docA", "2013-08-21", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 300, "toxic gas killed hundreds in the town");
        var tenDays = reportDated(event("ev_b", "docB", "2013-08-31", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 0,
                "warships moved closer after the alleged chemical attack in the town"), "date:dateline");
        assertTrue(sim.linked(attack, tenDays));
        var bombing = event("ev_c", "docC", "2013-08-21", REMOTE_EXPLOSIVE, KHAN_SHAYKHUN, null, 30, "a car bomb killed 30 in the town");
        var bombingTenDays = reportDated(event("ev_d", "docD", "2013-08-31", REMOTE_EXPLOSIVE, KHAN_SHAYKHUN, null, 0,
                "police still search for those behind the bombing in the town"), "date:dateline");
        assertFalse(sim.linked(bombing, bombingTenDays), "other acts: a week");
        var fifteenDays = reportDated(event("ev_e", "docE", "2013-09-05", CHEMICAL_WEAPON, KHAN_SHAYKHUN, null, 0,
                "inspectors left the town"), "date:dateline");
        assertFalse(sim.linked(attack, fifteenDays));
        // in one merger: blocking finds the pair in either order
        for (boolean reversed : new boolean[] {false, true}) {
            EventMerger m = new EventMerger();
            if (reversed) { m.add(tenDays); m.add(attack); } else { m.add(attack); m.add(tenDays); }
            assertEquals(1, m.clusterCount());
        }
    }

    @Test
    void anEventReadFromARelatedHeadlinesListIsNotLinked() {
        var strike = event("ev_a", "docA", "2016-07-19", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, "jets struck the town on Tuesday");
        var furniture = event("ev_b", "docB", "2016-07-19", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0,
                "... 55 Related Jets Strike Positions Near Kafr Nabudah Rebels Capture Hill Tags airstrikes Hama");
        assertEquals("furniture", sim.score(strike, furniture).blockedBy().orElseThrow());
        var withLead = withSecondSentence(furniture, "Warplanes struck the town of Kafr Nabudah on Tuesday, residents said.");
        assertTrue(sim.linked(strike, withLead), "a report that also cites a sentence of its own story is a report");
        assertEquals("Rebels shelled the town 14", Text.withoutRelatedHeadlines("Rebels shelled the town 14"));
        assertEquals("... 14", Text.withoutRelatedHeadlines("... 14 Related Army Advances"));
    }

    @Test
    void aCountryLevelReportNeedsADistinctTollToLinkByFigure() {
        // strikes killed 15 civilians near one city and 15 in another province on the same Saturday: a coincidence
        var town = event("ev_a", "docA", "2017-04-08", AIR_DRONE_STRIKE, KHAN_SHAYKHUN, null, 15, "a strike killed 15 in the town");
        var country = event("ev_b", "docB", "2017-04-08", AIR_DRONE_STRIKE, SYRIA_ONLY, null, 15, "coalition jets hit a farm near the river, 15 dead");
        assertFalse(sim.linked(town, country));
        var big = event("ev_c", "docC", "2017-04-08", AIR_DRONE_STRIKE, KHAN_SHAYKHUN, null, 58, "strikes killed 58 in the town");
        var bigCountry = event("ev_d", "docD", "2017-04-08", AIR_DRONE_STRIKE, SYRIA_ONLY, null, 58, "58 killed in strikes");
        assertTrue(sim.linked(big, bigCountry), "58 dead the same day is no coincidence");
    }

    /** The event geocoded to a namesake abroad (country, iso3, admin1 and point of that other country). */
    private static org.sitrep.model.Event abroad(org.sitrep.model.Event e, String country, String iso3, String admin1, String location) {
        return new org.sitrep.model.Event(e.eventId(), e.docId(), e.eventDate(), e.timePrecision(), e.subEventType(), e.actor1(),
                null, null, null, country, iso3, admin1, null, location, 33.9, 35.9, 1, "geonames:1", e.fatalities(),
                e.source(), e.notes(), e.evidence(), e.claims(), e.articles(), false, e.confidence(), e.provenance());
    }

    @Test
    void aPlaceGeocodedOutsideTheCountryItsEvidenceNamesSaysOnlyTheCountry() {
        var town = event("ev_a", "docA", "2017-04-15", SUICIDE_BOMB, KHAN_SHAYKHUN, null, 112, "a car bomb hit the evacuee buses, killing 112");
        var namesake = abroad(event("ev_b", "docB", "2017-04-15", SUICIDE_BOMB, KHAN_SHAYKHUN, null, 112,
                "a suicide car bomb hit buses carrying evacuees from two besieged Syrian towns, killing 112"), "Lebanon", "LBN", "Beqaa", "Kefraya");
        assertTrue(sim.score(town, namesake).compatible(), "the report says Syrian towns: its Lebanese namesake is a geocoding slip");
        assertEquals("SYR", Report.foreignPlaceCountry(namesake, "LBN"));
        var actorOnly = abroad(event("ev_c", "docC", "2017-04-15", SUICIDE_BOMB, KHAN_SHAYKHUN, null, 112,
                "Syrian troops said a suicide bomber struck"), "Lebanon", "LBN", "Beqaa", "Kefraya");
        assertEquals(null, Report.foreignPlaceCountry(actorOnly, "LBN"), "an actor's nationality is not where it happened");
        assertEquals("country", sim.score(town, actorOnly).blockedBy().orElseThrow());
    }

    @Test
    void oneNameResolvedInTwoCountriesIsOnePlace() {
        var kafraya = new Fixtures.Place("Kafraya", "Idlib", 35.95, 36.71, "geonames:2");
        var a = event("ev_a", "docA", "2017-04-15", SUICIDE_BOMB, kafraya, null, 0, "blast near the buses from Kafraya");
        var b = abroad(event("ev_b", "docB", "2017-04-15", SUICIDE_BOMB, kafraya, null, 0, "the convoy from Foua and Kefraya was hit"),
                "Lebanon", "LBN", "Beqaa", "Kefraya");
        assertTrue(sim.score(a, b).compatible());
        assertTrue(sim.linked(a, b), "one name, one day, one act");
    }

    @Test
    void oneSingularActTheSameDayInOneProvinceToldAlikeIsOneHappening() {
        // a bomb in the city told by state TV (only "Syria" resolved) and by another outlet at the province's main city
        var city = event("ev_a", "docA", "2017-04-19", REMOTE_EXPLOSIVE, HAMA_CITY, null, 12, "a bomb exploded in a district of the city");
        var vague = event("ev_b", "docB", "2017-04-19", REMOTE_EXPLOSIVE, SYRIA_ONLY, null, 6, "state television said a blast killed six");
        assertTrue(sim.linked(city, vague), "tolls within a factor of two");
        var strikes = event("ev_c", "docC", "2017-04-19", AIR_DRONE_STRIKE, HAMA_CITY, null, 12, "jets struck the province");
        var strikesVague = event("ev_d", "docD", "2017-04-19", AIR_DRONE_STRIKE, SYRIA_ONLY, null, 6, "raids killed six");
        assertFalse(sim.linked(strikes, strikesVague), "strikes recur across a province on one day");
        var farToll = event("ev_e", "docE", "2017-04-19", REMOTE_EXPLOSIVE, SYRIA_ONLY, null, 40, "a car bomb killed 40 at a checkpoint");
        assertFalse(sim.linked(city, farToll), "tolls far apart and other words");
    }

    @Test
    void oneBombingToldAsTwoBombSubTypesAtCoarsePlacesLinksOnlyByCloseHighTolls() {
        // "a bomb blast" (remote explosive) with 100 dead at the province's city and "a suicide car bomb" with 102 dead
        // placed only in the country, the same day: one bombing
        var blast = event("ev_a", "docA", "2017-04-15", REMOTE_EXPLOSIVE, HAMA_CITY, null, 100, "a blast hit waiting buses");
        var suicide = event("ev_b", "docB", "2017-04-15", SUICIDE_BOMB, SYRIA_ONLY, null, 102, "a suicide attacker drove a van");
        assertTrue(sim.linked(blast, suicide));
        var low = event("ev_c", "docC", "2017-04-15", REMOTE_EXPLOSIVE, HAMA_CITY, null, 4, "a roadside device hit a car");
        var lowSuicide = event("ev_d", "docD", "2017-04-15", SUICIDE_BOMB, SYRIA_ONLY, null, 4, "a bomber struck a checkpoint");
        assertFalse(sim.linked(low, lowSuicide), "a low toll recurs on one day: two bomb sub-types need more");
        var farToll = event("ev_e", "docE", "2017-04-15", SUICIDE_BOMB, SYRIA_ONLY, null, 40, "a bomber struck a market");
        assertFalse(sim.linked(blast, farToll), "tolls 100 and 40 are not one account");
    }

    @Test
    void anExtraCitedSentenceDoesNotDiluteSharedWireCopy() {
        String lead = "A bomb blast hit a bus convoy waiting to enter the city on Saturday killing dozens of evacuated villagers";
        var a = event("ev_a", "docA", "2017-04-15", REMOTE_EXPLOSIVE, SYRIA_ONLY, null, 0, lead);
        var b = withSecondSentence(event("ev_b", "docB", "2017-04-15", REMOTE_EXPLOSIVE, IDLIB_PROVINCE, null, 0, lead),
                "Images posted online showed charred buses with their windows blown out and flaming vehicles belching thick black "
                + "smoke while medics carried stretchers past crowds of relatives searching among twisted metal debris scattered "
                + "across the dusty transit yard beside abandoned suitcases blankets food parcels and shattered glass");
        PairScore s = sim.score(a, b);
        assertTrue(s.wording() < MergePolicy.defaults().wordingLink(), "all words: diluted below the link by the second sentence");
        assertTrue(s.copy() > 0.9, "best sentence pair: the shared lead");
        assertTrue(sim.linked(a, b));
        // one shared sentence a day apart may be a stock background sentence: no link on it alone
        var nextDay = reportDated(event("ev_n", "docN", "2017-04-16", REMOTE_EXPLOSIVE, SYRIA_ONLY, null, 0, lead), "date:dateline");
        PairScore later = sim.score(nextDay, b);
        assertTrue(later.compatible() && later.copy() > 0.9 && later.wording() < MergePolicy.defaults().wordingLink());
        assertFalse(sim.linked(later));
        // short sentences are not compared alone: "the attack killed five people" is shared by chance
        var c = withSecondSentence(event("ev_c", "docC", "2017-04-15", REMOTE_EXPLOSIVE, SYRIA_ONLY, null, 0,
                "the attack killed five people"), "Officials blamed a militant cell operating across the border region for months");
        var d = withSecondSentence(event("ev_d", "docD", "2017-04-15", REMOTE_EXPLOSIVE, IDLIB_PROVINCE, null, 0,
                "the attack killed five people"), "Farmers returned to their fields after the harvest festival ended peacefully yesterday");
        assertTrue(sim.score(c, d).copy() < 0.35);
    }

    @Test
    void provinceLevelStrikesLinkByFigureOnlyWithTheVerySameToll() {
        // strikes recur across a province on one day: 49 and 50 dead are two reports of two raids (or two periods)
        var a = event("ev_a", "docA", "2016-08-13", AIR_DRONE_STRIKE, IDLIB_PROVINCE, null, 49, "bombs dropped over the weekend");
        var b = event("ev_b", "docB", "2016-08-13", AIR_DRONE_STRIKE, IDLIB_PROVINCE, null, 50, "jets hit a market at noon");
        assertFalse(sim.linked(a, b));
        var c = event("ev_c", "docC", "2016-08-13", AIR_DRONE_STRIKE, IDLIB_PROVINCE, null, 49, "jets hit a market at noon");
        assertTrue(sim.linked(a, c), "the very same toll");
        // a town report and a province-level one: the same holds (a day apart, fighting that killed 49 and 50)
        var town = event("ev_t", "docT", "2016-08-14", ARMED_CLASH, MAARAT, null, 49, "fighters stormed a checkpoint");
        var province = event("ev_p", "docP", "2016-08-13", ARMED_CLASH, IDLIB_PROVINCE, null, 50, "rebels died crossing the border");
        assertFalse(sim.linked(town, province));
        var sameTown = event("ev_s", "docS", "2016-08-14", ARMED_CLASH, MAARAT, null, 50, "rebels died crossing the border");
        assertTrue(sim.linked(town, sameTown), "at one specific place close tolls still link");
        // a bombing is singular: close tolls still tell one act
        var d = event("ev_d", "docD", "2016-08-13", REMOTE_EXPLOSIVE, IDLIB_PROVINCE, null, 49, "a car bomb went off");
        var e = event("ev_e", "docE", "2016-08-13", REMOTE_EXPLOSIVE, IDLIB_PROVINCE, null, 50, "an explosion shook the square");
        assertTrue(sim.linked(d, e));
    }

    @Test
    void containmentByTollsNeedsCloseTollsForStrikesButNotForBombings() {
        // a province-level air strike that killed 16 and shelling of a town that killed 12 the same day: two raids
        Report coarse = new Report(event("ev_p", "docP", "2016-09-20", AIR_DRONE_STRIKE, IDLIB_PROVINCE, null, 16, "medics died at a clinic"));
        Report town = new Report(event("ev_t", "docT", "2016-09-20", SHELLING_ARTILLERY_MISSILE, KHAN_SHAYKHUN, null, 12, "a convoy was hit"));
        assertFalse(sim.containable(coarse, town, sim.score(coarse, town)));
        Report bomb = new Report(event("ev_q", "docQ", "2016-09-20", REMOTE_EXPLOSIVE, IDLIB_PROVINCE, null, 16, "medics died at a clinic"));
        Report townBomb = new Report(event("ev_u", "docU", "2016-09-20", REMOTE_EXPLOSIVE, KHAN_SHAYKHUN, null, 12, "a convoy was hit"));
        assertTrue(sim.containable(bomb, townBomb, sim.score(bomb, townBomb)), "a bombing: tolls within a factor of two");
    }

    @Test
    void sharedWordsDoNotCorroborateAContainmentThatTollsOrActorsContradict() {
        String coarseText = "civilians including children died on Sunday when air strikes hit residential buildings in a village";
        String townText = "air strikes killed civilians on Sunday when they hit residential buildings in the town";
        Report coarse = new Report(event("ev_p", "docP", "2017-11-26", AIR_DRONE_STRIKE, SYRIA_ONLY, null, 53, coarseText));
        Report town = new Report(event("ev_t", "docT", "2017-11-26", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 19, townText));
        assertTrue(sim.score(coarse, town).wording() >= Similarity.CORROBORATING_WORDING);
        assertFalse(sim.containable(coarse, town, sim.score(coarse, town)), "53 and 19 dead: another raid");
        Report untold = new Report(event("ev_u", "docU", "2017-11-26", AIR_DRONE_STRIKE, KAFR_NABUDAH, null, 0, townText));
        assertTrue(sim.containable(coarse, untold, sim.score(coarse, untold)), "no toll to contradict the shared account");
        Report russian = new Report(event("ev_r", "docR", "2017-11-26", AIR_DRONE_STRIKE, SYRIA_ONLY, "Military Forces of Russia", 0, coarseText));
        Report syrian = new Report(event("ev_s", "docS", "2017-11-26", AIR_DRONE_STRIKE, KAFR_NABUDAH, "Military Forces of Syria", 0, townText));
        assertFalse(sim.containable(russian, syrian, sim.score(russian, syrian)), "another air force");
    }

    @Test
    void theSamePerpetratorCorroboratesOnlyTheSameKindOfAct() {
        Report strikes = new Report(event("ev_p", "docP", "2016-11-20", AIR_DRONE_STRIKE, IDLIB_PROVINCE, "Military Forces of Syria", 0,
                "helicopters dropped barrels on the province"));
        Report shelling = new Report(event("ev_t", "docT", "2016-11-20", SHELLING_ARTILLERY_MISSILE, KHAN_SHAYKHUN, "Military Forces of Syria", 2,
                "two killed in a rocket attack on the town"));
        assertFalse(sim.containable(strikes, shelling, sim.score(strikes, shelling)));
        Report townStrike = new Report(event("ev_u", "docU", "2016-11-20", AIR_DRONE_STRIKE, KHAN_SHAYKHUN, "Military Forces of Syria", 2,
                "two killed when jets hit the town"));
        assertTrue(sim.containable(strikes, townStrike, sim.score(strikes, townStrike)));
    }

    @Test
    void aTownWhoseConsonantsAreTheCountrysIsStillATown() {
        // "Shaer" and "Syria" share the skeleton "sr": the town is not the country
        var shaer = new Place("Shaer", "Homs", 34.6, 37.8, "sitrep:sy-shaer");
        assertEquals(1, Report.placePrecision(event("ev_a", "docA", "2014-10-29", ARMED_CLASH, shaer, null, 0, "fighters seized the gas field")));
        assertEquals(4, Report.placePrecision(event("ev_b", "docB", "2014-10-29", ARMED_CLASH, SYRIA_ONLY, null, 0, "fighting went on")));
    }

    @Test
    void aCompassWordGluedToTheWordBeforeStillNamesTheCountryAsAPlace() {
        // scraped text that lost a space: "positions near Kobaninorth Syria"
        assertEquals(java.util.Set.of("SYR"), Text.countriesNamed("Coalition raids on positions near Kobaninorth Syria killed 35"));
        assertEquals(java.util.Set.of(), Text.countriesNamed("officials from Syria said the talks would resume"));
        assertEquals(java.util.Set.of(), Text.countriesNamed("talks with at least Syria and Iran"), "a short word ending so is no glued compass word");
    }

    @Test
    void aBombingDatedToAWeekJoinsALaterReportOfABombingAtTheSameTown() {
        // "the explosion that hit the town last week" (week precision) and a report-day account three days later
        var week = reportDated(event("ev_w", "docW", "2015-02-18", SUICIDE_BOMB, QARDAHA, null, 1, "a car bomb exploded at the hospital"),
                "date:carried:relative-week");
        var later = reportDated(event("ev_l", "docL", "2015-02-21", SUICIDE_BOMB, QARDAHA, null, 4, "four dead in an explosion"),
                "date:report-day");
        assertTrue(sim.linked(week, later));
        // strikes recur: the same dating of air strikes on the town says nothing
        var weekStrike = reportDated(event("ev_x", "docX", "2015-02-18", AIR_DRONE_STRIKE, QARDAHA, null, 1, "jets hit the hospital"),
                "date:carried:relative-week");
        var laterStrike = reportDated(event("ev_y", "docY", "2015-02-21", AIR_DRONE_STRIKE, QARDAHA, null, 4, "four dead in raids"),
                "date:report-day");
        assertFalse(sim.linked(weekStrike, laterStrike));
    }

    private static org.sitrep.model.Event withSecondSentence(org.sitrep.model.Event e, String second) {
        String first = e.evidence().get(0).text();
        int start = first.length() + 1;
        var evidence = java.util.List.of(e.evidence().get(0),
                new org.sitrep.model.Evidence(e.docId(), start, start + second.length(), second));
        return new org.sitrep.model.Event(e.eventId(), e.docId(), e.eventDate(), e.timePrecision(), e.subEventType(), e.actor1(),
                e.assocActor1(), e.actor2(), e.assocActor2(), e.country(), e.iso3(), e.admin1(), e.admin2(), e.location(),
                e.latitude(), e.longitude(), e.geoPrecision(), e.gazetteerId(), e.fatalities(), e.source(), e.notes(), evidence,
                e.claims(), e.articles(), e.disputed(), e.confidence(), e.provenance());
    }
}
