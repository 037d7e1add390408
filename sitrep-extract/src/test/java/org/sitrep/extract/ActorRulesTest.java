package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Event;

/**
 * Who acted: one short text per actor rule, written for these tests, and the actor1 ACLED would code. Each row is a
 * regression test for a mistake the extractor once made (the rule it exercises is named in the first column).
 */
class ActorRulesTest {

    static List<Event> events(String text, String published) {
        return Pipelines.extract(text, LocalDate.parse(published));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // rioters are actor1 of a riot, whoever the text says they were
            "riot participants|2021-03-07|On Sunday, villagers in Kasur pelted stones at police after a boy drowned in a canal.|Rioters (Pakistan)",
            // the 2015-2022 line of contact: fire observed at a place came from the other side
            "fire seen on the separatist side|2019-06-02|On 2 June 2019, the monitors recorded 12 explosions of unknown weapons near Horlivka.|Military Forces of Ukraine",
            "fire seen on the government side|2019-06-02|On 2 June 2019, the monitors recorded 12 explosions of unknown weapons near Avdiivka.|NAF: United Armed Forces of Novorossiya",
            // a clash told as between clans, tribes or communities, its sides unnamed: ACLED's generic identity militias
            // (not rioters, whom the words "clashes broke out" would otherwise stand for)
            "tribal clashes|2022-04-10|On 10 April 2022, tribal clashes broke out near Al-Qurna, killing three people.|Unidentified Tribal Militia (Iraq)",
            "inter-clan clashes|2021-03-03|On 3 March 2021, inter-clan clashes near Jijiga left four people dead.|Unidentified Clan Militia (Ethiopia)",
            "communal clashes|2021-03-03|On 3 March 2021, communal clashes over farmland broke out near Mongo, killing two men.|Unidentified Communal Militia (Chad)",
            // a group's name on the drone names who flew it (a group is otherwise an air strike's target)
            "group's drone|2022-07-11|On 11 July 2022, a Houthi drone struck a wedding tent in Maqbanah, killing 2 civilians.|Ansar Allah (Houthis)",
            "group's drones|2022-07-11|PKK drones hit a Turkish outpost near Amadiya on Monday.|PKK: Kurdistan Workers Party",
            // an interception's actor1 is who disrupted the weapon, not who fired it; with no one named, the defending state
            "interceptor named|2022-03-05|On 5 March 2022, Saudi air defences intercepted a ballistic missile fired by the Houthis towards Jizan.|Military Forces of Saudi Arabia",
            "interceptor unnamed|2022-03-05|On 5 March 2022, a Hezbollah drone was shot down over northern Israel.|Military Forces of Israel",
            // unnamed shooters are of the country they fired from
            "fired from abroad|2023-03-04|Militants fired a rocket from the Gaza Strip towards Sderot on Saturday.|Unidentified Armed Group (Palestine)",
            // a state's weapons fired are its forces' doing
            "national shelling|2022-06-19|On 19 June 2022, Russian shelling killed two civilians in Kharkiv.|Military Forces of Russia",
            "national shells|2022-06-19|Israeli shells hit the outskirts of Kfar Kila in south Lebanon on Sunday.|Military Forces of Israel",
            "national missiles|2022-06-19|Russian missiles hit an oil depot in Kremenchuk on Sunday.|Military Forces of Russia",
            // a strike the text says unknown aircraft flew is no strike of the state it hit
            "unknown drone|2022-09-14|On 14 September 2022, an unidentified drone struck a pickup near Abu Kamal, killing two militiamen.|Unidentified Military Forces",
            "unmarked warplanes|2022-09-14|Unmarked warplanes bombed a weapons depot outside Tarhuna on Wednesday.|Unidentified Military Forces",
            // organised-crime marks
            "bound body in Mexico|2020-06-04|On 4 June 2020, in Culiacan, Sinaloa, a man's body was found near a highway with his hands tied. 1 fatality.|Unidentified Gang (Mexico)",
            "severed heads and a message|2021-05-04|On 4 May 2021, in Uruapan, Michoacan, two severed heads were found next to a threatening message. 2 fatalities.|Unidentified Gang (Mexico)",
            "armed criminals|2021-05-04|On 4 May 2021, in Celaya, Guanajuato, a taxi driver was shot dead by armed criminals outside his home. 1 fatality.|Unidentified Gang (Mexico)",
            "drive-by in Brazil|2020-06-04|On 4 June 2020, in Recife, Pernambuco, two men on a motorcycle killed a teenager in a drive-by shooting.|Unidentified Gang and/or Police Militia (Brazil)",
            // a claimed attack is the claimant's
            "claim of responsibility|2020-06-04|On 4 June 2020, a roadside bomb hit an army truck near Afgooye in Lower Shabelle. Al Shabaab later claimed responsibility.|Al Shabaab",
            "claimed by|2016-07-27|A car bomb exploded at a checkpoint in Qamishli on Wednesday, killing 12 people. The attack was claimed by Daesh.|Islamic State",
            "in a X attack|2017-05-02|At least 24 people were killed on Tuesday in a Daesh attack near a camp in Hasakeh province.|Islamic State",
            // a shoot-out is fought with guns: an armed clash of unidentified groups, not rioters
            "shoot-out|2020-06-04|On 4 June 2020, there was a shoot-out in the Bangu neighbourhood of Rio de Janeiro.|Unidentified Armed Group (Brazil)",
            "X-planted bomb|2020-06-04|On 4 June 2020, a Taliban-planted roadside bomb killed a policeman in Nad Ali district, Helmand.|Taliban",
            "Armed Forces after a nationality|2020-06-04|On 4 June 2020, near Zaki Biam in Benue, Nigerian Armed Forces clashed with bandits.|Military Forces of Nigeria",
            "prison guards|2020-06-04|On 4 June 2020, prison guards beat and injured three inmates at Kamiti prison in Nairobi.|Police Forces of Kenya Prison Guards",
            "of-form with article|2020-06-04|On 4 June 2020, police officers beat a street vendor to death in Yopougon, Abidjan.|Police Forces of the Ivory Coast",
            "clan of origin|2020-06-04|On 4 June 2020, militiamen from the Saleban clan attacked a water point near Beledweyne in Hiraan, Somalia, killing two herders.|Saleban Clan Militia (Somalia)",
            // the previous sentence's armed actor
            "previous sentence|2020-06-04|On 4 June 2020, the Civil Police raided a house in Contagem, Minas Gerais. An armed clash followed and a suspect was killed.|Police Forces of Brazil (2019-) Civil Police",
            // "by" across hedges
            "by alleged|2020-06-04|On 4 June 2020, two civilians were killed by rockets fired by alleged LNA forces in Abu Salim, Tripoli.|Military Forces of Libya (2014-) Haftar Faction",
            // the first party of "clashes between X and Y"
            "clash between|2020-06-04|On 4 June 2020, a clash between GNA forces and LNA forces was reported in Ain Zara, Tripoli.|Military Forces of Libya (2016-) Government of National Accord",
            // a source is not the agent, and a nationality attributed later counts
            "according to activists|2019-08-30|Jets believed to be Russian bombed Saraqeb in Idlib province on Friday, according to activists.|Military Forces of Russia",
            // "its" takes the nationality of the country speaking
            "its warplanes|2019-08-30|Turkey said on Friday its warplanes struck PKK positions in Dohuk province.|Military Forces of Turkey",
            // a clash with only one named side
            "exchanged fire with|2020-06-04|On 4 June 2020, a suspected smuggler died after exchanging fire with Kenyan police in Garissa.|Police Forces of Kenya",
            // the side that attacked, not the one that held
            "repelled attack|2020-06-04|On 4 June 2020, six Taliban fighters died when Afghan forces repulsed their assault on a checkpoint in Zhari district, Kandahar.|Taliban",
            "repelled attack by|2020-06-04|On 4 June 2020, soldiers repelled an attack by Al Shabaab on their base in Janaale, Lower Shabelle.|Al Shabaab",
            // after the 2016 split, "Boko Haram" names neither faction
            "Boko Haram faction|2020-06-04|On 4 June 2020, Boko Haram fighters attacked Gajiram in Nganzai, Borno, and killed four farmers.|Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
            "Boko Haram before the split|2015-06-04|On 4 June 2015, Boko Haram fighters attacked Gajiram in Nganzai, Borno, and killed four farmers.|Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
            // a man who fights is an armed group, not a civilian
            "armed individual|2020-06-04|On 4 June 2020, two police officers were shot and wounded by a man at a checkpoint in Kisumu. The officers returned fire.|Unidentified Armed Group (Kenya)",
            // the subject of a passive trigger is the victim; a group written "IS" is not the verb "is"
            "passive victim|2020-06-04|On 4 June 2020, two policemen were shot dead by unknown gunmen in Herat city.|Unidentified Armed Group (Afghanistan)",
            "IS is not is|2020-06-04|On 4 June 2020, IS attacked an army checkpoint near Tuz Khurmatu in Salahuddin province.|Islamic State",
            "relative clause|2020-06-04|On 4 June 2020, Pakistani troops encountered BLA militants in Kech district in which four of the militants were killed.|Military Forces of Pakistan",
            // a participle clause opening the sentence is done by the main clause's subject
            "participle clause|2019-08-30|After seizing the village of Kafr Nabuda on Monday, Syrian troops pushed north.|Military Forces of Syria",
            // "members of the X" are X
            "members of|2020-06-04|On 4 June 2020, in Uruapan, Michoacan, members of the CJNG shot dead two men outside a bar.|CJNG: Jalisco New Generation Cartel",
            // "a group of X", "a unit of X" are X too, right after "of"
            "a group of|2020-06-04|On 4 June 2020, a group of Imbonerakure beat two opposition members in Kirundo province.|CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)",
            "a unit of|2020-06-04|On 4 June 2020, a unit of soldiers burned down four houses in Kirundo province.|Military Forces of Burundi",
            // armed men killed before the weapon is named were hit by it; they did not set it off
            "killed in the blast|2016-07-22|Nine members of the security forces were killed in a blast near Aleppo on Thursday.|Unidentified Armed Group (Syria)",
            // a common word one country's group took over casts no vote for that country ("insurgents" in Mozambique)
            "common word of a scoped group|2016-07-22|Dozens of insurgents were killed as Kurdish fighters advanced near Aleppo on Thursday.|YPG: People's Protection Units",
    })
    void codesActor1(String rule, String published, String text, String expected) {
        List<Event> es = events(text, published);
        String got = es.stream().map(e -> e.subEventType().label() + ": " + e.actor1().name()).collect(Collectors.joining("; "));
        assertTrue(es.stream().anyMatch(e -> e.actor1() != null && e.actor1().name().equals(expected)),
                () -> rule + ": expected actor1 " + expected + " from: " + text + " but got [" + got + "]");
    }

    @org.junit.jupiter.api.Test
    void armedMenKilledBeforeTheBlastAreItsTarget() {
        List<Event> es = events("Nine members of the security forces were killed in a blast near Aleppo on Thursday.", "2016-07-22");
        assertTrue(!es.isEmpty() && es.stream().allMatch(e -> e.actor2() != null && e.actor2().name().equals("Military Forces of Syria")),
                () -> es.stream().map(e -> e.subEventType().label() + ": " + e.actor1().name() + " / " + e.actor2()).collect(Collectors.joining("; ")));
    }

    @org.junit.jupiter.api.Test
    void riotWordsDoNotMakeFightersRioters() {
        // "clashes broke out" stands for rioters in a riot; in a gunfight the defaults name the sides
        List<Event> es = events("On 3 March 2021, clashes broke out in Kassala between soldiers and unknown gunmen, killing one soldier.", "2021-03-03");
        assertTrue(!es.isEmpty() && es.stream().noneMatch(e -> e.actor1().name().startsWith("Rioters")),
                () -> es.stream().map(e -> e.subEventType().label() + ": " + e.actor1().name()).collect(Collectors.joining("; ")));
    }
}
