package org.sitrep.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Actor;
import org.sitrep.pipeline.Document;

class ActorCatalogTest {
    private static final ActorCatalog CATALOG = ActorCatalog.loadDefault();

    /** The actors (not bare country cues) found in a phrase, localised to a context country. */
    static List<Actor> actors(String phrase, String iso2) {
        Document d = Fixtures.tokenized("t", phrase);
        return CATALOG.find(d.tokens(), 0, d.tokens().size()).stream()
                .filter(m -> !m.isCountryOnly() && m.appliesIn(iso2))
                .map(m -> CATALOG.localize(m, iso2))
                .collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2} / {3}")
    @CsvSource(delimiter = ';', value = {
            // state forces, explicit nationality beats context
            "Syrian troops advanced;SY;Military Forces of Syria;1",
            "Syria's army said;SY;Military Forces of Syria;1",
            "the army captured the village;SY;Military Forces of Syria;1",
            "regime forces shelled the town;SY;Military Forces of Syria;1",
            "loyalists pushed into the plain;SY;Military Forces of Syria;1",
            "Russian warplanes struck;SY;Military Forces of Russia;8",
            "Russian jets hit the town;SY;Military Forces of Russia;8",
            "Iraqi security forces entered;IQ;Military Forces of Iraq;1",
            "Ukrainian forces returned fire;UA;Military Forces of Ukraine;1",
            "the military forces of Armenia shelled;AZ;Military Forces of Armenia;8",
            "forces loyal to the Syrian government;SY;Military Forces of Syria;1",
            "soldiers were deployed;IN;Military Forces of India;1",
            "Mexican soldiers patrolled;MX;Military Forces of Mexico;1",
            "Nigerian troops repelled;NG;Military Forces of Nigeria;1",
            "Congolese soldiers;CD;Military Forces of the Democratic Republic of Congo;1",
            "Philippine troops clashed;PH;Military Forces of the Philippines;1",
            "US troops;SY;Military Forces of the United States;8",
            "Turkish drones struck;SY;Military Forces of Turkey;8",
            "Israeli warplanes struck;LB;Military Forces of Israel;8",
            // police, government
            "police arrested three men;IN;Police Forces of India;1",
            "policemen fired tear gas;PK;Police Forces of Pakistan;1",
            "riot police dispersed them;KE;Police Forces of Kenya;1",
            "prison guards beat an inmate;CU;Police Forces of Cuba Prison Guards;1",
            "the government;NG;Government of Nigeria;1",
            // non-state generic
            "rebels shelled the village;SY;Rebel groups (Syria);2",
            "insurgents attacked;AF;Rebel groups (Afghanistan);2",
            "unidentified gunmen shot a man;MX;Unidentified Armed Group (Mexico);3",
            "unknown gunmen killed;ML;Unidentified Armed Group (Mali);3",
            "armed men abducted;BR;Unidentified Armed Group (Brazil);3",
            "gang members shot;MX;Unidentified Gang (Mexico);3",
            "militants attacked;PK;Unidentified Armed Group (Pakistan);3",
            "militants in opposition-held areas;SY;Rebel groups (Syria);2",
            "the jihadist group;NE;Islamist Militia (Niger);3",
            "pro-government militias;SY;NDF: National Defence Forces;3",
            "separatists fired;UA;NAF: United Armed Forces of Novorossiya;2",
            "Russian-backed separatists;UA;NAF: United Armed Forces of Novorossiya;2",
            "bandits attacked the village;NG;Unidentified Armed Group (Nigeria);3",
            // protesters, rioters, civilians
            "protesters gathered;IN;Protesters (India);6",
            "demonstrators marched;CL;Protesters (Chile);6",
            "rioters burned tyres;FR;Rioters (France);5",
            "a mob attacked;IN;Rioters (India);5",
            "villagers fled;SY;Civilians (Syria);7",
            "residents said;UA;Civilians (Ukraine);7",
            "civilians were killed;YE;Civilians (Yemen);7",
            "Syrian civilians;TR;Civilians (Syria);7",
            // named groups
            "ISIS militants attacked;IQ;Islamic State;2",
            "Daesh;SY;Islamic State;2",
            "the Islamic State group;SY;Islamic State;2",
            "Hayat Tahrir al-Sham;SY;Hayat Tahrir al Sham;2",
            "al-Nusra Front fighters;SY;Jabhat al Nusra;2",
            "the Army of Conquest;SY;Jaish al Fateh (Army of Conquest);2",
            "Kurdish-led SDF;SY;Syrian Democratic Forces;2",
            "Syria's leading Kurdish militia;SY;YPG: People's Protection Units;2",
            "Turkish-backed rebels;SY;Syrian National Army;2",
            "Iran-backed militias;SY;Iran-backed militias (Syria);3",
            "Iran-backed militias;IQ;PMF: Popular Mobilization Forces;3",
            "Hezbollah fighters;SY;Hezbollah;3",
            "Houthi rebels;YE;Ansar Allah (Houthis);2",
            "Saudi-led coalition jets;YE;Operation Restoring Hope;8",
            "Taliban fighters ambushed;AF;Taliban;2",
            "al-Shabaab gunmen stormed a base;SO;Al Shabaab;2",
            "Boko Haram;NG;Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad;2",
            "ISWAP fighters;NG;Islamic State (West Africa);2",
            "JNIM;ML;JNIM: Group for Support of Islam and Muslims;2",
            "LNA forces;LY;Military Forces of Libya (2014-) Haftar Faction;1",
            "GNA forces;LY;Military Forces of Libya (2016-) Government of National Accord;1",
            "CJNG;MX;CJNG: Jalisco New Generation Cartel;3",
            "the Arakan Army;MM;AA: Arakan Army;2",
            "Naxals;IN;Naxal-Maoist Rebels (India);2",
            "ELN guerrillas;CO;ELN: National Liberation Army;2",
            "ADF rebels;CD;ADF: Allied Democratic Forces;2",
            "M23 rebels;CD;M23: March 23 Movement;2",
            "Amba boys;CM;Ambazonian Separatists;2",
            "NPA rebels;PH;NPA: New People's Army;2",
            "Abu Sayyaf;PH;ASG: Abu Sayyaf;2",
            "Wagner mercenaries;LY;Wagner Group;8",
            "Fulani herdsmen;NG;Fulani Ethnic Militia (Nigeria);4",
            "Peshmerga;IQ;Military Forces of Iraq (2014-) Peshmerga;1",
            "Military Forces of Artsakh;AZ;Military Forces of Artsakh;1",
            "the Donbass People's Militia;UA;NAF: United Armed Forces of Novorossiya;2",
            "SNA troops;SO;Military Forces of Somalia;1",
            "insurgents;MZ;Islamist Militia (Mozambique);3",
    })
    void phraseInContextGivesCanonicalActor(String phrase, String iso2, String name, int inter) {
        List<Actor> found = actors(phrase, iso2);
        assertFalse(found.isEmpty(), "no actor in '" + phrase + "'");
        Actor a = found.getFirst();
        assertEquals(name, a.name(), "name for '" + phrase + "' in " + iso2 + ": " + found);
        assertEquals(inter, a.inter(), "inter for '" + phrase + "' in " + iso2);
    }

    @ParameterizedTest(name = "no actor in: {0}")
    @CsvSource(delimiter = ';', value = {
            "market forces drove prices up;US",
            "the force of the blast;SY",
            "He is the leader of the party;IN",
            "Turkey and chicken were served;US",
            "In March the talks resumed;SY",
            "The AA news agency reported;TR",
            "prices rose in Syria;SY",
    })
    void ordinaryWordsAreNotActors(String phrase, String iso2) {
        assertEquals(List.of(), actors(phrase, iso2), phrase);
    }

    @Test
    void coordinatedNationalitiesGiveOneActorEach() {
        List<String> names = actors("Syrian and Russian warplanes pounded the town", "SY").stream()
                .map(Actor::name).toList();
        assertEquals(List.of("Military Forces of Syria", "Military Forces of Russia"), names);
    }

    @Test
    void alternativeGroupsBecomeAndOr() {
        assertEquals("Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
                actors("ISWAP or Boko Haram militants kidnapped three farmers", "NG").getFirst().name());
        assertEquals("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad and/or Islamic State",
                actors("Boko Haram/IS claimed the attack", "NG").getFirst().name());
    }

    @Test
    void groupNamedMilitiasAreNamedAfterTheGroup() {
        List<String> names = actors("On Monday, Tiv and Jukun ethnic militias attacked farms", "NG").stream()
                .map(Actor::name).toList();
        assertEquals(List.of("Tiv Ethnic Militia (Nigeria)", "Jukun Ethnic Militia (Nigeria)"), names);
        assertEquals(4, actors("the Habar Gedir clan militia attacked", "SO").getFirst().inter());
        assertEquals("Habar Gedir Clan Militia (Somalia)", actors("the Habar Gedir clan militia attacked", "SO").getFirst().name());
    }

    @Test
    void articleDoesNotCutALongerAliasShort() {
        assertEquals("Military Forces of Brazil (2019-) Military Police",
                actors("the Military Police raided a house", "BR").getFirst().name());
    }

    @Test
    void unknownCountryLeavesGenericNameWithoutParentheses() {
        assertEquals("Protesters", actors("protesters", null).getFirst().name());
        assertEquals("Unidentified Military Forces", actors("warplanes", null).getFirst().name());
    }

    @Test
    void airCuesKeepTheirOwnKind() {
        Document d = Fixtures.tokenized("t", "warplanes struck and troops advanced");
        List<ActorMatch> m = CATALOG.find(d.tokens(), 0, d.tokens().size());
        assertEquals(List.of(CueKind.STATE_AIR, CueKind.STATE_GROUND), m.stream().map(ActorMatch::kind).toList());
    }

    @Test
    void possessiveAndHyphenSpansPointAtTheText() {
        String text = "Syria's army and ISIS-linked militants";
        Document d = Fixtures.tokenized("t", text);
        List<ActorMatch> m = CATALOG.find(d.tokens(), 0, d.tokens().size());
        assertEquals("Syria's army", m.get(0).span().of(text));
        assertEquals("ISIS-linked militants", m.get(1).span().of(text));
    }

    @Test
    void everyCountryHasTemplatedForms() {
        for (Country c : CATALOG.countries()) {
            assertTrue(CATALOG.generic(CueKind.STATE_GROUND, c.iso2()).name().startsWith("Military Forces of "));
            assertEquals("Protesters (" + c.name() + ")", CATALOG.generic(CueKind.PROTESTERS, c.iso2()).name());
        }
        assertTrue(CATALOG.countries().size() >= 190, "countries: " + CATALOG.countries().size());
    }
}
