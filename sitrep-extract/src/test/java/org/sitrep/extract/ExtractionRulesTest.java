package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * One sentence per rule, written for these tests: what must become which event, and what must not become an event.
 * Each row is a regression test for a mistake the extractor once made.
 */
class ExtractionRulesTest {
    static final LocalDate PUBLISHED = LocalDate.of(2015, 10, 12); // a Monday

    static List<Event> events(String text) { return Pipelines.extract(text, PUBLISHED); }

    static String types(List<Event> es) {
        return es.stream().map(e -> e.subEventType().label()).sorted().collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Russian warplanes pounded rebel positions near Jisr al-Shughur in Idlib province on Sunday.|Air/drone strike",
            "Syrian troops captured the village of Kafr Nabuda in Hama province on Monday.|Government regains territory",
            "Islamic State fighters seized the town of Palmyra in Homs province on Sunday.|Non-state actor overtakes territory",
            // a car intercepted is how a shooting began, not disrupted weapons use
            "On 9 June 2021, in La Ceiba, Atlantida, two gunmen on a motorcycle intercepted a taxi and shot the driver dead.|Attack",
            // a past-tense verb with its object after the grievance is the main verb: demonstrators vandalised
            "On 9 June 2021, residents demonstrating against the evening curfew vandalized a gendarmerie post in Sikasso.|Violent demonstration",
            // a person captured is no territory taken: the beating that follows is the event
            "On 15 June 2021, in Juliaca, Puno, dozens of residents captured an alleged thief and beat him near the bus terminal.|Mob violence",
            // a shooting is no accident because the victim carried fuel
            "On 13 June 2021, near Kousseri, soldiers shot dead a youth transporting fuel on a motorbike.|Attack",
            // "police responding to a call" describes the police, it is no reply
            "On 4 June 2021, in Juarez, Chihuahua, police responding to a call clashed with gunmen in a residential area.|Armed clash",
            // gunfire as the subject of a wounding, no perpetrator named
            "On 5 June 2021, in Lashio, Shan State, a stray bullet hit and injured a girl at her home.|Attack",
            "A roadside bomb exploded near a bus in Kirkuk on Sunday, killing three passengers.|Remote explosive/landmine/IED",
            // bare "strikes" by a military coalition are air strikes
            "At least 12 civilians were killed in strikes by a US-led coalition near a village in Raqqa on Sunday.|Air/drone strike",
            "Coalition strikes killed nine fighters near Tal Afar on Sunday.|Air/drone strike",
            // "a bomb killed": the bomb itself is the act, as in "a bomb exploded"
            "A bomb killed four people and wounded 20 in a market in Kirkuk on Sunday.|Remote explosive/landmine/IED",
            "On Monday a suicide bomber detonated his explosive vest at a checkpoint in Baghdad, killing 12 people.|Suicide bomb",
            "Hundreds of people protested in Kharkiv on Sunday against rising prices.|Peaceful protest",
            "Police fired tear gas to disperse protesters in Lahore on Sunday.|Protest with intervention",
            "Gunmen abducted two aid workers in Mogadishu on Sunday.|Abduction/forced disappearance",
            "Clashes between the army and rebels erupted in Daraa on Sunday.|Armed clash",
            "Ukrainian forces fired mortars at positions near Horlivka on Sunday.|Shelling/artillery/missile attack",
            "Gunmen shot dead a teacher in Kandahar on Sunday.|Attack",
            "Two farmer groups clashed over a land dispute in Shamli on Sunday.|Mob violence",
            "An alleged cattle thief was beaten up on Sunday by villagers in Bokaro.|Mob violence",
            "Workers held a protest in Fier on Sunday. Police dispersed the protesters with tear gas.|Protest with intervention",
            "Journalists protested in Karachi on Sunday against the arrest of their editor. He was arrested in a corruption case.|Peaceful protest",
            "Separatists fired grenade launchers at government positions near Pisky in Donetsk on Sunday.|Shelling/artillery/missile attack",
            "Separatists fired small arms at government positions near Pisky in Donetsk on Sunday.|Armed clash",
            "On Sunday police on patrol in Niteroi came under fire; a shoot-out broke out.|Armed clash",
            "On Sunday two motorcyclists gunned down a shopkeeper in Celaya in a drive-by shooting.|Attack",
            "Gunmen shot dead an off-duty police officer outside his home in Kandahar on Sunday.|Attack",
            "Islamic militants attacked the village of Muidumbe in Cabo Delgado on Sunday and burned several huts.|Attack",
            "Gunmen opened fire on a police patrol in Celaya on Sunday. The officers shot back.|Armed clash",
            "Residents pelted stones at police officers enforcing the curfew in Bhopal on Sunday.|Mob violence",
            "Dozens of traders set fire to tyres on the main road in Nairobi on Sunday.|Violent demonstration",
            "Hundreds of garment workers marked Labour Day in Dhaka on Friday, demanding unpaid wages.|Peaceful protest",
            "Supporters of the ruling party blocked the deputy mayor's office in Conakry on Sunday.|Peaceful protest",
            "On Sunday, teachers who were dismissed in 2013 held a protest in Tunis.|Peaceful protest",
            "Hundreds of nurses gathered at the health ministry in Lahore on Sunday to demand protective equipment.|Peaceful protest",
            "Two human heads were found beside a road in Culiacan on Sunday.|Attack",
            "A group of villagers beat a suspected thief to death in Butembo on Sunday.|Mob violence",
            "Separatists fired grenade launchers, small arms and heavy machine guns at army positions near Marinka in Donetsk on Sunday.|Armed clash",
            "A suspected drug peddler was killed in Cabanatuan on Sunday during a police raid.|Attack",
            "Unknown gunmen wounded a trader in Timbuktu on Sunday.|Attack",
            "Troops in Bafut engaged in a fire fight against separatists on Sunday.|Armed clash",
            "A former councillor was shot dead on Sunday in Calamba by unidentified assailants.|Attack",
            "On Sunday, militants carried out a planned attack against an army base in Jowhar, killing a soldier.|Armed clash",
            "Teachers protested in Karachi on Sunday. Police arrested 12 of the protesters.|Protest with intervention",
            "Federal police seized two tons of marijuana concealed in a lorry in Guaira on Sunday.|Looting/property destruction",
            "Residents of Makhvilauri protested on Sunday against a highway whose construction damaged their houses.|Peaceful protest",
            "Neighbours in Petare protested on Sunday after a week of armed clashes between gangs.|Peaceful protest",
            "Gunmen shot and killed a former army officer in Lome on Sunday.|Attack",
            "Two farmers were killed in Beni on Sunday in an attack that locals attributed to ADF rebels.|Attack",
            "Supporters of two parties fought one another with machetes in Kirundo on Sunday.|Mob violence",
            "Migrant workers clashed with border police in Jhapa on Sunday after being stopped at the crossing.|Mob violence",
            "Rebels clashed with border police in Jhapa on Sunday.|Armed clash",
            "Armed men broke into a shop in Ciudad Victoria on Sunday and shot indiscriminately. The attack followed threats by a cartel.|Attack",
            // the month March is no protest word: it must neither type nor suppress the sentence's event
            "On 4 March 2020, gunmen shot dead two traders in Kano.|Attack",
            "On 4 March 2020, soldiers clashed with militants near Maiduguri.|Armed clash",
            "Protesters marched through Kano on Sunday against fuel prices.|Peaceful protest",
            // crowds and a few civilians are rioters: their violence is mob violence, with a demonstrative aim a riot
            "A group of youths attacked two health workers at a market in Kisumu on Sunday.|Mob violence",
            "A farmer was beaten up by five persons over a boundary dispute in Gaya on Sunday.|Mob violence",
            "A man suspected of abducting a girl was beaten up by angry locals in Fortaleza on Sunday.|Mob violence",
            // victims named before "in an attack" did not act: no crowd, whatever word names them
            "At least 22 people were killed on Sunday in an attack on a wedding party in Hassakeh.|Attack",
            "Youths attacked a police station in Tamale on Sunday to protest the death of a trader in custody.|Violent demonstration",
            "Prisoners rioted at the prison in Kassala on Sunday, demanding to be released.|Violent demonstration",
            "Members of two rival parties clashed with sticks and stones in Ngozi on Sunday.|Mob violence",
            "Inter-clan clashes left four people dead near Galkayo on Sunday.|Armed clash",
            // demonstrators who fight the police riot, even when the police answer with live fire
            "Hundreds of textile workers protested in Faisalabad on Sunday and clashed with police.|Violent demonstration",
            "Protesters burned tyres and smashed shop windows in Lome on Sunday; police shot dead two of them.|Violent demonstration",
            "Families of detainees protested in Tunis on Sunday, demanding the release of relatives who were arrested last week.|Peaceful protest",
            "Nurses at the district hospital in Multan demanded unpaid salaries on Sunday.|Peaceful protest",
            "Students staged a dharna outside the university in Patna on Sunday.|Peaceful protest",
            // who the victim was decides attack or clash
            "Gunmen kidnapped a trader in Zamfara on Sunday. His body was found the next day.|Attack",
            "A young man was shot dead in Fortaleza on Sunday. The victim had a record of drug trafficking.|Armed clash",
            "A young woman was shot dead in Fortaleza on Sunday. The victim was not involved in drug trafficking.|Attack",
            "Traffic police who stopped two men on a motorbike were shot and wounded in Culiacan on Sunday.|Armed clash",
            "Gunmen in a pickup targeted a police patrol in Celaya on Sunday in a drive-by shooting.|Armed clash",
            "On Sunday three people were found in Leon wrapped in blankets.|Attack",
            // weapons: an exchange of fire is a clash even with grenades; heavy direct fire is shelling
            "Militants in Mogadishu threw a hand grenade toward a police checkpoint on Sunday. The police responded with gunfire.|Armed clash",
            "Militants in Srinagar threw a grenade into a busy market on Sunday, wounding five shoppers.|Grenade",
            "Separatists fired IFVs at army positions near Avdiivka on Sunday.|Shelling/artillery/missile attack",
            "Police defused two IEDs planted on a road near Latehar on Sunday.|Disrupted weapons use",
            "A bomb that militants were planting exploded prematurely near Ghazni on Sunday, killing two of them.|Disrupted weapons use",
            // property, theft and strategic developments
            "Unknown men set fire to two logging trucks near Temuco on Sunday.|Looting/property destruction",
            "Gunmen attacked an oil pipeline in Arauca on Sunday.|Looting/property destruction",
            "Police dismantled a cocaine lab in Petrolina on Sunday.|Looting/property destruction",
            "Boko Haram fighters stole cattle from herders near Maiduguri on Sunday.|Looting/property destruction",
            "About 300 migrants returned to Maracaibo on Sunday.|Other",
            "Border guards fired shots into the air near Tychero on Sunday.|Other",
            "An unexploded shell went off in a field near Battambang on Sunday, injuring a farmer.|Other",
            "Border guards fired warning shots near Tychero on Sunday.|Other",
            "Twelve soldiers were released from rebel prisons in Kunduz on Sunday.|Other",
            // arrests by an army or an armed group are political by who makes them
            "Regime forces arrested five young men in Douma on Sunday.|Arrests",
            "Turkish soldiers detained 12 people in Cizre on Sunday.|Arrests",
            "Israeli forces raided a refugee camp in Jenin on Sunday and arrested three men.|Arrests",
            // (an army abroad is coded as external forces, and still arrests as an army)
            "Israeli troops detained a Palestinian teenager in Tubas (Tubas) on Sunday.|Arrests",
            // armed men targeting soldiers fight them (ACLED: a battle, whoever is hit)
            "Unknown gunmen targeted a car of the military intelligence in Sanamayn on Sunday.|Armed clash",
            "Hundreds of families evacuated from two villages in Mamasapano on Sunday.|Other",
            "Women of the village formed a patrol in Chenpur on Sunday to enforce the curfew.|Change to group/activity",
            // who acted and how
            "Militants sentenced a man to death and executed him in Jilib on Sunday.|Attack",
            "A man threw a stone at a nurse in Apodaca on Sunday and injured her.|Attack",
            "A man's body was found in Leon on Sunday. The body was burned.|Attack",
            "Armed men entered the village of Boungou on Sunday and killed two people.|Attack",
            "Security forces arrested and beat a leader of the National Liberation Front in Warder on Sunday.|Attack",
            "Border guards shot two men dead and seized 500 pills in Maungdaw on Sunday.|Attack",
            "A trader was shot dead by gunmen in Mossoro on Sunday, with two shots to the head.|Attack",
            "Near Popasna on Sunday observers counted 14 shots from small arms.|Armed clash",
            "Unknown gunmen fired shots at a former lawmaker in Phulbani on Sunday.|Attack",
            "Gunmen killed a vigilante group member near Golo on Sunday.|Armed clash",
            "Workers took a group of farmers as hostages in Yby Yau on Sunday.|Abduction/forced disappearance",
            "Members of two parties fought in the assembly hall in Yerevan on Sunday after a heated debate.|Mob violence",
            // riots and protests
            "Inmates set fire to their mattresses at the prison in Port Elizabeth on Sunday, demanding court dates.|Violent demonstration",
            "Members of indigenous communities in Oaxaca demanded financial aid from the state government on Sunday.|Peaceful protest",
            "Residents burned tyres on the main road in Sikasso on Sunday.|Violent demonstration",
            "A ward councillor attacked a protest of residents in Jamalpur on Sunday.|Protest with intervention",
            "Police assaulted the demonstrators in Khartoum on Sunday and fired tear gas.|Protest with intervention",
            "Activists held a protest in Jammu on Sunday and burned an effigy of the chief minister.|Peaceful protest",
            // what happened to the protest, told in the next sentences
            "Surfers held a demonstration at the beach in Muizenberg on Sunday. Several arrests were made.|Protest with intervention",
            "Protesters shouted at election officials in Georgetown on Sunday. One woman was arrested.|Protest with intervention",
            "Nurses held a protest in Tbilisi on Sunday. They demanded masks. One of them fainted. Police interfered to help her.|Protest with intervention",
            // a ground raid that kills, told with "killing"
            "Gunmen raided a farmhouse outside Kirkuk on Sunday, killing the owner.|Attack",
            // a drone sent against a target; a fight told by the side that held or met it
            "Militants launched a bomb-laden drone at an army post near Marib on Sunday.|Air/drone strike",
            "Soldiers repelled an infiltration attempt near Saada on Sunday.|Armed clash",
            "Gendarmes engaged insurgents in the hills near Sirnak on Sunday.|Armed clash",
            "Militiamen tried to advance on an army post near Kirkuk on Sunday and were repelled.|Armed clash",
            // "backed by" names a supporter only for the phrase after it: the verb after it is the main clause's
            "Rebel fighters backed by artillery captured the village of Tal Rifaat on Sunday.|Non-state actor overtakes territory",
            // a missile fired is the event and the killing its toll; a firing of guns defers to the killing it caused
            "Troops fired a guided missile at a house near Idlib on Sunday, killing two children.|Shelling/artillery/missile attack",
            "Gunmen fired machine guns at a car near Kirkuk on Sunday, killing two men.|Attack",
            // a raid told with any killing is an attack; one that only burnt houses destroyed property
            "Insurgents raided a village near Palma on Sunday, burning huts and beheading three men.|Attack",
            "Soldiers raided a village near Bamenda on Sunday in search of separatist fighters, burning several houses.|Looting/property destruction",
            // held over ties to a rebel group the sentence names: political arrests
            "Police detained nine people in Van on Sunday over alleged links to the PKK.|Arrests",
            // orchards destroyed
            "Settlers uprooted dozens of olive trees near Nablus on Sunday.|Looting/property destruction",
            // bombs of a kind only aircraft drop; drones used against a target; petrol bombs thrown
            "Russian forces struck Kupiansk with glide bombs on Sunday, destroying a school.|Air/drone strike",
            "Cartel gunmen used explosive-laden drones against soldiers near Apatzingan on Sunday.|Air/drone strike",
            "Youths threw petrol bombs at police near Belfast on Sunday.|Mob violence",
            // "fighting broke out": the word after "fighting" inside its own trigger tells an event
            "On 11 October 2015, fighting broke out between two clans in Beledweyne, leaving four dead.|Armed clash",
            // a car picked out by a strike; goods confiscated or land bulldozed; a feud that erupts; a counterattack;
            // a barrage that lands; an observation post set up
            "A strike targeted a car on the road near Nabatieh on Sunday.|Air/drone strike",
            "Soldiers confiscated two tractors in a village near Jenin on Sunday.|Looting/property destruction",
            "Troops bulldozed farmland near Khan Yunis on Sunday.|Looting/property destruction",
            "An armed tribal dispute erupted near Nasiriyah on Sunday, wounding two men.|Armed clash",
            "Militants launched a counterattack near Baiji on Sunday.|Armed clash",
            "A barrage from the north hit the outskirts of Kiryat Shmona on Sunday.|Shelling/artillery/missile attack",
            "Turkish troops set up an observation post near Saraqib on Sunday.|Headquarters or base established",
            // a verb's object is what it hit, not a weapon named as a target ("artillery positions")
            "Government forces shelled positions near Sirte on Sunday.|Shelling/artillery/missile attack",
            // a toll told as what something left behind
            "Gang violence in a district of Karachi left four people dead on Sunday.|Attack",
            "Airstrikes on a market in Maarat al-Numan on Sunday left nine civilians dead.|Air/drone strike",
            // a state's army that bombards or pounds, no aircraft named, fires guns
            "On Sunday, Afghan troops bombarded a farmhouse north of Kandahar city.|Shelling/artillery/missile attack",
            // a hyphen after "re" and the remote-controlled bomb's initials
            "On Sunday, the army re-captured the town of Macomia in Cabo Delgado.|Government regains territory",
            "On Sunday, an RCIED hit a police pickup in Hodan district, Mogadishu.|Remote explosive/landmine/IED",
            // an attempt to attack was made: it is no plan
            "On Sunday, gunmen twice tried to attack a gendarmerie post outside Diffa.|Armed clash",
            // "the firing of" opening the only sentence points back to nothing
            "On Sunday, the Islamic State claimed the firing of three rockets towards an army garrison.|Shelling/artillery/missile attack",
    })
    void codesTheSubEventType(String sentence, String expected) {
        List<Event> es = events(sentence);
        assertTrue(es.stream().anyMatch(e -> e.subEventType().label().equals(expected)),
                () -> "expected " + expected + " from: " + sentence + " but got [" + types(es) + "]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The army plans to attack the rebel-held town of Douma in Rural Damascus next week.",
            "Rebels threatened to shell Latakia city if the offensive continued.",
            "The ministry denied that its jets had bombed a hospital in Idlib.",
            "More than 240,000 people have died in the war since 2011.",
            "Russia's air strikes in Syria began on September 30.",
            "An earthquake killed 12 people in Latakia on Sunday.",
            "A gas cylinder explosion in a restaurant in Homs killed three people on Sunday.",
            "Rebels fighting to overthrow Assad receive weapons from abroad.",
            "France launched an inquiry into the kidnappings in Aleppo.",
            "Washington accused Moscow of bombing civilians in Hama.",
            "Would the army capture Idlib if talks fail?",
            "Militia leaders vowed to fire rockets at Basra airport if the siege of their district is not lifted.",
            "The foreign minister summoned the ambassador in Baghdad to protest against her remarks.",
            "Police in Mosul arrested two men suspected of selling counterfeit medicine at a market on Sunday.",
            "A drunk driver killed two pedestrians in Erbil on Sunday.",
            "The Ghab plain in Hama province has been a major target for Russian strikes.",
            "The governor said the rocket alert in Odesa had been a false alarm.",
            "Police in Manila arrested two traders on Sunday, seizing several thousand boxes of fake masks.",
            "The Army of Conquest has seized all of Idlib province.",
            "Security services in Baghdad said they were checking reports that a commander had been wounded in a strike on his convoy.",
            "Journalists in Karachi called the arrest of their editor an attack on press freedom.",
            "Over 12,000 people have been killed in Yemen's war since it began, aid agencies said.",
            "Rescuers found the body of a missing hiker in the mountains near Bursa on Sunday.",
            "The president marked Labour Day with a televised address in Dhaka on Friday.",
            "A mayor in Cherkasy who was summoned to police protested that the rules were unfair.",
            "Organisers postponed a rally in Mombasa on Sunday because of the heavy rain.",
            "The city council distributed food packages to families in Culiacan on Sunday.",
            "Shops in Kano reopened on Sunday after the coronavirus lockdown was eased.",
            "The minister demanded an apology from the opposition in Multan on Sunday.",
            "There have been several attacks on logging trucks in the region.",
            "Russia says its air strikes are mainly aimed at terrorists.",
            "The Army of Conquest has seized all of Idlib province and has advanced west towards Latakia.",
            "Senators approved the deployment after the chief of staff said the army needed help in fighting terrorists.",
            "Thieves stole a car from a parking lot in Kano on Sunday.",
            "Millions of people have been displaced by the war in Syria.",
            "Communal militias marched to Gordi on Sunday.",
    })
    void isNotAnEvent(String sentence) {
        List<Event> es = events(sentence);
        assertEquals("", types(es), () -> "no event expected from: " + sentence);
    }

    @Test
    void leavingTheDeadIsNoTollWithoutACount() {
        List<Event> es = events("Mourners left the dead man's house in Kirkuk on Sunday after the funeral.");
        assertTrue(es.isEmpty(), () -> types(es));
    }

    @Test
    void arrestsAfterAKillingDoNotRetypeIt() {
        List<Event> es = events("Militants shot dead a soldier in Beledweyne on Sunday. Police later arrested several Al Shabaab members.");
        assertEquals(1, es.size(), () -> types(es));
        assertTrue(es.getFirst().subEventType() != SubEventType.ARRESTS, () -> types(es));
    }

    @Test
    void aSuicideBomberWhoStruckIsOneSuicideBombingAndNoAirStrike() {
        List<Event> es = events("A suicide bomber struck an army checkpoint near Tikrit on Sunday, killing three soldiers.");
        assertEquals(List.of("Suicide bomb"), es.stream().map(e -> e.subEventType().label()).toList());
    }

    @Test
    void aMilitaryCampaignIsNoElectionCampaign() {
        // "campaign" once made any clash without guns named a brawl of party supporters
        List<Event> es = Pipelines.extract("The clashes near Kinsabba on Monday were the fiercest of the Russian air campaign, a monitor said.",
                java.time.LocalDate.parse("2015-10-13"));
        assertTrue(es.stream().noneMatch(e -> e.provenance().get("sub_event_type").rule().contains("clash-of-partisans")),
                () -> es.stream().map(e -> e.provenance().get("sub_event_type").rule()).toList().toString());
    }

    @Test
    void provinceListsGiveOneEventPerProvince() {
        List<Event> es = events("Moscow said on Monday its air force had hit 53 targets in Hama, Homs, Latakia and Idlib provinces.");
        assertEquals(4, es.size(), types(es));
        assertTrue(es.stream().allMatch(e -> e.geoPrecision() == 3), "province level");
        assertTrue(es.stream().allMatch(e -> e.actor1().name().equals("Military Forces of Russia")), "its air force = the speaker's");
    }

    @Test
    void supportingAirStrikesAreNotStrikesOfTheirOwn() {
        List<Event> es = events("Regime troops aided by Russian air strikes advanced in Hama on Sunday.");
        assertTrue(es.stream().noneMatch(e -> e.subEventType().label().equals("Air/drone strike")), types(es));
    }

    @Test
    void aNationalityInTheTextIsKeptWhereverTheEventIs() {
        List<Event> es = events("Russian warplanes struck the town of Saraqeb in Idlib province on Sunday.");
        assertEquals("Military Forces of Russia", es.getFirst().actor1().name());
    }

    @Test
    void listsAfterProvincesOfGiveOneEventPerProvince() {
        List<Event> es = events("Russian jets struck opposition-held areas in the central provinces of Homs and Hama on Sunday.");
        assertEquals(2, es.size(), types(es));
        assertTrue(es.stream().allMatch(e -> e.geoPrecision() == 3));
    }

    @Test
    void forcesLedByAStateRegainTerritoryForTheGovernment() {
        List<Event> es = events("The Russian-led alliance took the town of Khan Sheikhoun in Idlib province on Sunday.");
        assertEquals("Government regains territory", types(es));
    }

    @Test
    void unattributedStrikesBelongToTheArticlesAirCampaign() {
        List<Event> es = events("Russian jets pounded rebel positions in Hama on Saturday. Russian air strikes continued on Sunday. "
                + "On Sunday, air strikes also hit the town of Saraqeb in Idlib province.");
        assertTrue(es.stream().filter(e -> "Saraqeb".equals(e.location()))
                .allMatch(e -> e.actor1().name().equals("Military Forces of Russia")), types(es));
    }

    @Test
    void theSubjectOfACoordinatedPhraseIsTheAgent() {
        List<Event> es = events("Activists said regime troops and fighters from Hezbollah recaptured the town of al-Bahsa in Hama province on Sunday.");
        assertEquals("Military Forces of Syria", es.getFirst().actor1().name(), types(es));
    }

    @Test
    void destructionAtTheStrikeIsPartOfTheStrike() {
        List<Event> es = events("Jets carried out nine air strikes on Sirte in Libya on Sunday. Five military vehicles were destroyed in Sirte.");
        assertEquals("Air/drone strike", types(es));
    }

    @Test
    void aTownFollowedByItsRegionIsOnePlace() {
        List<Event> es = events("Separatists fired mortars at positions near Avdiivka, Donetsk on Sunday.");
        assertEquals(1, es.size(), types(es));
    }

    @Test
    void aStateAbbreviationQualifyingThePlaceGivesTheAdmin1() {
        List<Event> es = events("On Sunday a farmer was shot dead in a land dispute in Pipri, Kaushambi (UP).");
        assertEquals(1, es.size(), types(es));
        assertEquals("Uttar Pradesh", es.getFirst().admin1());
    }

    @Test
    void aReferenceDateIsNotTheEventDate() {
        Event e = events("The clashes in Sahl al-Ghab in Hama on Monday were the fiercest since the campaign began on September 30.").getFirst();
        assertEquals(LocalDate.of(2015, 10, 12), e.eventDate());
    }

    @Test
    void weekdaysResolveAgainstThePublicationDate() {
        Event e = events("Russian jets struck Khan Sheikhoun in Idlib province on Saturday.").getFirst();
        assertEquals(LocalDate.of(2015, 10, 10), e.eventDate());
        assertEquals(1, e.timePrecision());
    }

    @Test
    void fatalitiesAreTheLowestCredibleFigureAndSkipSubsets() {
        Event e = events("At least twelve civilians, including five children, were killed in an air strike on Maarat al-Numan in Idlib on Sunday.").getFirst();
        assertEquals(12, e.fatalities());
    }

    @Test
    void anArmedGroupThatLaunchesADroneIsItsPerpetrator() {
        Event e = events("Houthi fighters launched a drone at a government checkpoint near Marib on Sunday.").getFirst();
        assertEquals("Air/drone strike", e.subEventType().label());
        assertTrue(e.actor1().name().contains("Houthi"), e.actor1().name());
    }

    @Test
    void oneRelativeKilledIsOneDeath() {
        assertEquals(1, events("Gunmen stormed a house in Baquba on Sunday, killing his brother.").getFirst().fatalities());
    }

    @Test
    void aFightRestatedByAPassiveEngagedIsNoSecondEvent() {
        List<Event> es = events("A patrol was engaged by rebels in a firefight near Cotabato on Sunday.");
        assertEquals(1, es.size(), () -> types(es));
    }

    @Test
    void datelinesAreNotEventPlaces() {
        List<Event> es = events("BEIRUT (AFP) - Syrian troops captured the village of Mansoura in Hama province on Monday.");
        assertTrue(es.stream().noneMatch(e -> "Lebanon".equals(e.country())), types(es));
    }

    @Test
    void anAirBaseNamedWithItsBaseWordIsTheEventsPlace() {
        // the base's name ends in its own place noun; a city named in the sentence for an outlet is no event place
        List<Event> es = events("A spokesman of the London-based monitor said militants overran Tabqa airbase on Sunday.");
        assertTrue(!es.isEmpty() && es.stream().allMatch(e -> "Syria".equals(e.country())), () -> es.stream()
                .map(e -> e.location() + "/" + e.country()).collect(Collectors.joining(";")));
        assertEquals(35.755, es.getFirst().latitude(), 0.01, "the air base's own point, not Tabqa town's");
    }

    @Test
    void aDeathToldInTheNextSentenceIsTheEventsToll() {
        Event e = events("Two armed men attacked a bus driver in Culiacan on Sunday. The victim died.").getFirst();
        assertEquals(1, e.fatalities());
    }

    @Test
    void oneNamedVictimIsOneDeath() {
        List<Event> es = events("Armed men shot three men in Zapopan on Sunday. One victim was killed, the other two were hurt.");
        assertEquals(1, es.size(), types(es));
        assertEquals(1, es.getFirst().fatalities());
        Event e = events("A trader in Kano was stabbed to death on Sunday by a neighbour.").getFirst();
        assertEquals(1, e.fatalities());
    }

    @Test
    void aTownWithItsProvinceAfterACommaIsOnePlace() {
        List<Event> es = events("Farmers protested in Shamli, Uttar Pradesh on Sunday against the new law.");
        assertEquals(1, es.size(), types(es));
    }

    @Test
    void theProtestInTheNextSentenceIsTheSameProtest() {
        List<Event> es = events("On Sunday citizens in Nis protested from the balconies of their flats. The protest was called by a movement from Belgrade.");
        assertEquals(1, es.size(), types(es));
    }

    @Test
    void aReportWithNoKnownPlaceIsStillAnEvent() {
        List<Event> es = events("Gunmen on a motorcycle shot dead a trader on the federal road on Sunday.");
        assertEquals("Attack", types(es));
    }

    @Test
    void aDateInAFrontedSinceClauseIsNotTheMainEventsDate() {
        Event e = events("Since capturing Kafr Nabuda in Hama ten days ago, Russian jets have struck the town of Latamneh in Hama on Sunday.").getFirst();
        assertEquals(LocalDate.of(2015, 10, 11), e.eventDate());
    }

    @Test
    void deathsThatAreAProtestsGrievanceAreNotItsFatalities() {
        Event e = events("Hundreds of residents protested in Visakhapatnam on Sunday after a gas leak at a factory killed 11 people.").getFirst();
        assertEquals(0, e.fatalities());
    }

    @Test
    void countsOfThingsAndOfTheMissingAreNotDeaths() {
        assertEquals(1, events("Militants took control of 25 villages in Badakhshan on Sunday, killing one soldier.").getFirst().fatalities());
        assertEquals(1, events("Two militias clashed over land in Ayamelum on Sunday; 30 people were injured, 1 killed and 42 were missing.")
                .getFirst().fatalities());
    }

    @Test
    void separateStatementsOfATollAreNotAddedUp() {
        // a headline glued to its lead restates the toll; a figure in another clause is a different statement
        assertEquals(7, events("Seven Killed in Mosul Blast as 3 Districts Reopen Seven people were killed by a bomb in Mosul on Sunday.")
                .getFirst().fatalities());
        assertEquals(40, events("A car bomb killed 40 people in Kunduz on Sunday, the governor said, raising an earlier toll of 35 dead.")
                .getFirst().fatalities());
        // related headlines scraped into the lead: the lead's own toll comes first
        assertEquals(21, events("Tunnel bomb killed 21 soldiers in Kunduz on Sunday Related 43 civilians dead in shelling of Herat")
                .getFirst().fatalities());
        // one death word for a list of victims: the parts add up
        assertEquals(17, events("A car bomb killed 12 civilians and 5 soldiers in Kunduz on Sunday.").getFirst().fatalities());
    }

    @Test
    void aSubsetToldWithAmongThemIsNotAdded() {
        assertEquals(9, events("Nine villagers among them four children were killed in an air strike on Kunduz on Sunday.").getFirst().fatalities());
    }

    @Test
    void aPhotoCaptionsDateDatesNothingAfterIt() {
        // published Monday 12 October 2015: the picture is from Friday, the strike and the shelling from Sunday
        List<Event> es = events("A man walks past rubble in Kunduz on Friday (AFP photo) Jets struck a market in Kunduz on Sunday, "
                + "killing nine people. Artillery also shelled Baghlan, officials said.");
        for (Event e : es) assertEquals(LocalDate.of(2015, 10, 11), e.eventDate(), e.toString());
        assertTrue(es.size() >= 2, types(es));
    }

    @Test
    void aPhotoCaptionReportsNothingItself() {
        // published Monday 12 October 2015: the caption shows a survivor of Friday's bombing; the story is Sunday's
        List<Event> es = events("A girl wounded in a car bomb blast in Kirkuk on Friday rests in a hospital in Erbil (File photo) "
                + "Jets struck a market in Kunduz on Sunday, killing nine people.");
        assertTrue(es.stream().noneMatch(e -> e.eventDate().equals(LocalDate.of(2015, 10, 9))), types(es));
        assertTrue(es.stream().anyMatch(e -> e.eventDate().equals(LocalDate.of(2015, 10, 11)) && e.fatalities() == 9), types(es));
    }

    @Test
    void aBroadcastersAgencyCreditClosesACaption() {
        // the picture is from Friday (October 9); the strike the story reports is Sunday's
        List<Event> es = events("Men inspect a market hit by air strikes in Kunduz October 9 2015 (Kabul News and Agencies) "
                + "The toll from air strikes on a market in Kunduz rose to nine on Sunday, officials said.");
        assertTrue(es.stream().noneMatch(e -> e.eventDate().equals(LocalDate.of(2015, 10, 9))), types(es));
        assertTrue(es.stream().anyMatch(e -> e.eventDate().equals(LocalDate.of(2015, 10, 11))), types(es));
    }

    @Test
    void aDayTheLeadGivesWinsOverTheStampGluedToIt() {
        // published Monday 12 October 2015; the stamp opens the lead sentence, which dates the strike itself
        List<Event> es = events("Date of publication 12 October 2015 Jets struck a market in the town of Kunduz on Saturday, killing nine people.");
        assertTrue(es.stream().anyMatch(e -> e.eventDate().equals(LocalDate.of(2015, 10, 10)) && e.timePrecision() == 1), types(es));
    }

    @Test
    void aHeadlineDatedByTheStampJoinsTheBodysDatedRetelling() {
        List<Event> es = events("AFP Monday 12 Oct 2015 Kunduz car bomb killed 9 soldiers monitor. "
                + "Nine soldiers were killed when a car bomb exploded in Kunduz on Sunday, a monitoring group said.");
        assertEquals(1, es.size(), types(es));
        assertEquals(LocalDate.of(2015, 10, 11), es.getFirst().eventDate());
        assertEquals(9, es.getFirst().fatalities());
    }

    @Test
    void anAccusedActToldWithItsDeadIsReported() {
        // the toll says the deaths happened; only the perpetrator is the accusation
        List<Event> es = events("The opposition accused government forces of killing 30 civilians with poison gas in Kunduz on Sunday.");
        assertEquals("Chemical weapon", types(es));
        assertEquals(30, es.getFirst().fatalities());
        // without a toll the accusation is no report of an event
        assertTrue(events("The opposition accused government forces of shelling villages near Kunduz on Sunday.").isEmpty());
        // a timeline's present tense narrates history, not news
        assertTrue(events("2013: Washington accuses the regime of killing more than 900 people with nerve gas near Kunduz.").isEmpty());
    }

    @Test
    void anUnlocatedLeadGivesItsTollToTheOneLocatedReportOfItsKind() {
        List<Event> es = events("Militants have attacked a gas field in Afghanistan killing at least 30 guards, a monitoring group said Monday. "
                + "The group said after Sunday's assault at Shaer in Kunduz province that the militants held part of the field.");
        assertEquals(1, es.size(), types(es));
        assertEquals(30, es.getFirst().fatalities());
    }

    @Test
    void theRunningTollOfAWholeWarIsNoEventsToll() {
        assertEquals(0, events("A car bomb exploded in Kunduz on Sunday. The war, which has killed more than 150,000 people, shows no sign of ending.")
                .getFirst().fatalities());
        assertEquals(0, events("Gunmen attacked a checkpoint in Kunduz on Sunday. The conflict has left over 90,000 people dead.")
                .getFirst().fatalities());
        assertEquals(0, events("The two sides agreed a truce in Kunduz on Sunday, the best chance to end years of conflict in which "
                + "more than 90000 people have been killed.").getFirst().fatalities());
    }

    @Test
    void aSentenceThatOnlyStatesTheTollOverridesTheCount() {
        assertEquals(3, events("Three farmers were found shot in a field in Benue on Sunday. 3 fatalities.").getFirst().fatalities());
        assertEquals(0, events("Gunmen fired at a police post in Kunduz on Sunday. No fatalities reported.").getFirst().fatalities());
    }

    @Test
    void arrestsAndSeizuresInsideAFightArePartOfIt() {
        assertEquals("Armed clash", types(events("Three militants were killed and two were arrested during a police operation in Kunar on Sunday.")));
        assertEquals("Attack", types(events("On Sunday gunmen shot dead a teacher in Logobou and burned two schools.")));
    }

    @Test
    void aFightToldAgainKeepsItsType() {
        assertEquals("Armed clash", types(events("Two clans clashed in Beledweyne on Sunday. The fighting resulted in the death of a herder.")));
    }

    @Test
    void theRuleThatDecidedTheTypeIsKept() {
        Event e = events("Prisoners rioted at the prison in Kassala on Sunday, demanding to be released.").getFirst();
        assertTrue(e.provenance().get("sub_event_type").rule().contains("riot"), () -> e.provenance().toString());
    }

    @Test
    void oneBodyOrOneDeathOfAPersonIsOneDeath() {
        assertEquals(1, events("On Sunday the body of a young man was found in Campinas with gunshot wounds.").getFirst().fatalities());
        assertEquals(1, events("Two clans clashed in Beledweyne on Sunday. The fighting resulted in the death of a herder.").getFirst().fatalities());
        assertEquals(1, events("A trader was found dead in Kano on Sunday.").getFirst().fatalities());
        assertEquals(1, events("Soldiers fatally shot a herder when they opened fire near Turbat on Sunday.").getFirst().fatalities());
        assertEquals(1, events("Gunmen shot a trader in Kano on Sunday, resulting in his death.").getFirst().fatalities());
        // the death a crowd rises against is its grievance, not its toll
        assertEquals(0, events("A mob set fire to a clinic in Imphal on Sunday over a patient's death.").getFirst().fatalities());
    }

    @Test
    void aDeclaredLockdownAndAnArmedGroupsFoodHandoutAreChangesOfActivity() {
        assertEquals("Change to group/activity", types(events("On Sunday the government declared a lockdown on Niamey and closed the airport.")));
        assertEquals("Change to group/activity", types(events("On Sunday members of a drug cartel delivered boxes of food to families in Culiacan.")));
    }

    @Test
    void theVictimNearestTheTriggerDecidesWhoWasHit() {
        assertEquals("Armed clash", types(events("Unknown gunmen killed a police officer guarding the house of a judge in Owerri on Sunday.")));
    }

    @Test
    void theKillingOfAGangMemberIsAClash() {
        assertEquals("Armed clash", types(events("A suspected gang member was gunned down by rivals in Jucuapa on Sunday.")));
    }

    @Test
    void aSingularVictimWithoutANumberIsOneDeath() {
        assertEquals(1, events("A drug dealer was killed on Sunday in Biguacu when he exchanged fire with police.").getFirst().fatalities());
        assertEquals(1, events("Unknown gunmen assassinated a shop owner in Timbuktu on Sunday.").getFirst().fatalities());
    }

    @Test
    void woundedSoldiersAreNotAnAttackOfTheirOwn() {
        List<Event> es = events("Separatists fired mortars at army positions near Pisky in Donetsk on Sunday. During the day, four soldiers were wounded.");
        assertEquals(1, es.size(), types(es));
    }

    @Test
    void shellingAndAClashAtOnePlaceAndDayAreOneBattle() {
        List<Event> es = events("Separatists fired mortars at army positions near Avdiivka on Sunday. "
                + "Monitors counted 75 explosions and bursts of small-arms fire in both directions near Avdiivka.");
        assertEquals("Armed clash", types(es));
    }

    @Test
    void anUnattributedReportOfTheSameStrikeJoinsTheNamedOne() {
        List<Event> es = events("Russian warplanes struck the town of Saraqeb in Idlib province on Sunday in a day of heavy airstrikes. "
                + "At least twelve civilians were killed during raids on Saraqeb on Sunday.");
        assertEquals(1, es.size(), types(es));
        assertEquals(12, es.getFirst().fatalities());
    }

    @Test
    void aForeignStateTakingGroundIsCodedByWhomItFightsBeside() {
        // a foreign state's forces capturing ground: a non-state actor's gain in ACLED's scheme (no government regains it)
        assertEquals("Non-state actor overtakes territory",
                types(events("Russian troops captured the village of Toshkivka in Luhansk oblast, Ukraine, on Saturday.")));
        // beside the home government's forces, the government regains it
        assertEquals("Government regains territory",
                types(events("Russian and Syrian troops captured the village of Kansafra in Idlib province, Syria, on Saturday.")));
    }

    private static String actor2(Event e) { return e.actor2() == null ? null : e.actor2().name(); }

    /**
     * The sub-event type and both sides of a report's first event; an empty column is not checked. Each row is a
     * regression test for a mistake the extractor once made (the rule it exercises is named in the first column).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a fight with no side named is between unidentified groups|A gunfight broke out in the Mathare slum of Nairobi on Sunday night.|Armed clash|Unidentified Armed Group (Kenya)|Unidentified Armed Group (Kenya)",
            "crowds that clash are rioters on both sides|Two groups of villagers clashed with sticks over grazing land in Sukkur on Sunday.|Mob violence||Rioters (Pakistan)",
            "a battle with no target found has the other armed actor as its second side|Three Taliban fighters died on Sunday when army troops beat back their assault on a checkpoint in Zhari district, Kandahar.|Armed clash|Taliban|Military Forces of Afghanistan",
            // "federal police" is a unit of Mexico's and of Brazil's: the place decides
            "a unit name several countries bear says nothing of the storys country|Federal police destroyed a cocaine lab on a farm in Parana state on Sunday.||Police Forces of Brazil (2019-) Federal Police|",
            "US-led strikes are the coalitions|Eleven villagers were killed by US-led air strikes on Tabqa in Raqqa province on Sunday.|Air/drone strike|Military Forces of the United States (Coalition)|",
            "an explosions victims told before it are its target|A police commander was killed when his car hit a landmine planted by the Taliban in Khost province on Sunday.|Remote explosive/landmine/IED|Taliban|Police Forces of Afghanistan",
            "the force that dispersed a riot later is its second side|Hundreds of residents burned tyres and blocked roads in Kut on Sunday to protest against power cuts. Police dispersed them.|Violent demonstration||Police Forces of Iraq",
            "a killing by armed men is no accident whatever its victims carried|Iranian border guards killed two fuel porters near Saravan, Sistan and Baluchestan, on Sunday.|Attack||Civilians (Iran)",
            "the victims a toll clause counts are the target wherever it stands|A Russian airstrike hit a chicken farm on the edge of the village of Maarshamsheh east of Maarat al-Numan in Idlib province on Sunday, killing 2 civilians.|Air/drone strike||Civilians (Syria)",
            "forces of one country and another are both sides|Military forces of Armenia and Azerbaijan exchanged fire near Tovuz on Sunday.||Military Forces of Armenia|Military Forces of Azerbaijan",
            "the governments positions fired at are its forces|Separatist units fired mortars of two calibres, anti-tank rockets, a recoilless gun and a heavy machine gun at governmental positions near Marinka, Donetsk, on Sunday.|||Military Forces of Ukraine",
            "a drone of unknown origin is no states known air force|A drone of unknown origin struck a car near Al Qaim, Anbar, on Sunday, killing three militiamen.||Unidentified Military Forces|",
            "the sides of a clash joined by and are both coded|Government forces and the Houthis clashed near Marib city on Sunday.||Military Forces of Yemen|Ansar Allah (Houthis)",
            "nationalities joined by and are forces of their own|Heavy fighting took place between Russian and Ukrainian forces near Bakhmut on Monday.||Military Forces of Russia|Military Forces of Ukraine",
            "forces striking together are no target of each other|Air strikes by Russian jets and Syrian government forces on Kafr Nabl in Idlib killed 4 civilians on Monday.||Military Forces of Russia|Civilians (Syria)",
    })
    void codesTheSides(String rule, String text, String type, String actor1, String actor2) {
        Event e = events(text).getFirst();
        if (type != null) assertEquals(type, e.subEventType().label(), rule);
        if (actor1 != null) assertEquals(actor1, e.actor1().name(), rule);
        if (actor2 != null) assertEquals(actor2, actor2(e), rule);
    }

    @Test
    void theForceThatIntervenedInAProtestIsItsSecondSide() {
        // named as the subject
        Event subject = events("Iraqi police used tear gas to disperse hundreds of protesters in Kut on Sunday.").getFirst();
        assertEquals("Protest with intervention", subject.subEventType().label());
        assertEquals("Police Forces of Iraq", actor2(subject));
        // named in the next sentence, after a speaker
        Event next = events("Dozens of nurses protested outside a hospital in Basra on Sunday over unpaid wages. "
                + "A ministry spokesman said that soldiers dispersed the crowd.").getFirst();
        assertEquals("Military Forces of Iraq", actor2(next));
        // what the protest was against is no side of it
        Event against = events("Residents protested against the government in Najaf on Sunday and were dispersed by police.").getFirst();
        assertEquals("Police Forces of Iraq", actor2(against));
        // not named at all: the police, as ACLED codes it, in the country's own form
        Event unnamed = events("Fishermen protested in Iloilo on Sunday against a ban on fishing. Several of them were arrested.").getFirst();
        assertEquals("Protest with intervention", unnamed.subEventType().label());
        assertEquals("Police Forces of the Philippines", actor2(unnamed));
    }

    @Test
    void theIslamicStateIsNamedByItsBranchWhereItHasOne() {
        assertEquals("Islamic State (Egypt)", events("Islamic State fighters attacked an army checkpoint in Bir al-Abd, "
                + "North Sinai, on Sunday, killing two soldiers.").getFirst().actor1().name());
        assertEquals("Islamic State", events("Islamic State fighters attacked an army checkpoint near Palmyra, Homs, "
                + "on Sunday, killing two soldiers.").getFirst().actor1().name());
    }

    @Test
    void theForcesARiotFacedAreItsSecondSide() {
        Event e = events("Demonstrators hurled stones in Kirkuk on Sunday during a protest against power cuts and clashed "
                + "with riot police.").getFirst();
        assertEquals("Violent demonstration", e.subEventType().label());
        assertEquals("Police Forces of Iraq", actor2(e));
        // a party's militia whose supporters riot is the rioters' own side
        Event party = events("Hezbollah supporters attacked a group of demonstrators in Khaldeh, Aley, on Sunday.").getFirst();
        assertTrue(!"Hezbollah".equals(actor2(party)), () -> actor2(party));
        // the police who tell of it did not face it
        assertEquals(null, actor2(events("Demonstrators threw stones and burned tyres in Kirkuk on Sunday during a protest "
                + "against power cuts, police said.").getFirst()));
    }

    @Test
    void bothSidesOfAnUnnamedClanFightAreItsMilitias() {
        Event e = events("Armed clashes erupted between two clans in Shatra, Dhi Qar, on Sunday over a land dispute. "
                + "Two clansmen were killed.").getFirst();
        assertEquals(e.actor1().name(), actor2(e));
        assertTrue(e.actor1().name().contains("Militia"), e.actor1().name());
        // the toll clause of a fight counts its fighters, not civilians, wherever it stands
        Event far = events("Tribal clashes broke out in the Al-Qurna district of Basra province on Sunday over a dispute "
                + "about farmland, killing 3 people.").getFirst();
        assertEquals(far.actor1().name(), actor2(far));
    }

    @Test
    void propertyHarmedIsItsOwnersAndGoodsTheStateSeizedAGangs() {
        Event burned = events("Unknown men set fire to three shops in the market of Sirte on Sunday. No one was hurt.").getFirst();
        assertEquals("Looting/property destruction", burned.subEventType().label());
        assertEquals("Civilians (Libya)", actor2(burned));
        Event seized = events("Federal police seized two tons of cocaine hidden in a truck in Foz do Iguacu, Parana, on Sunday.").getFirst();
        assertEquals("Looting/property destruction", seized.subEventType().label());
        assertEquals("Unidentified Gang (Brazil)", actor2(seized));
    }

    @Test
    void aGroupsInitialsSpeltLikeAVerbEndNoCount() {
        // "IS" is no "is": the count goes on to its noun and the death verb
        Event e = events("Iraqi security forces killed 4 IS militants in an airstrike in the Hamrin mountains, Salah al-Din, "
                + "on Sunday.").getFirst();
        assertEquals("Air/drone strike", e.subEventType().label());
        assertEquals(4, e.fatalities());
        // and those the strike killed, named before it, are its target
        assertEquals("Islamic State", actor2(e));
    }

    @Test
    void oneVictimMayBeToldInSeveralWords() {
        assertEquals(1, events("Unidentified gunmen killed a former Baath party member in Muqdadiyah, Diyala, on Sunday.")
                .getFirst().fatalities());
    }

    @Test
    void aPeacefulProtestHasNoSecondSideButProtesters() {
        Event e = events("Residents of Lviv held a rally in support of prisoners of war on Sunday.").getFirst();
        assertEquals("Peaceful protest", e.subEventType().label());
        assertEquals(null, e.actor2(), () -> String.valueOf(e.actor2()));
    }

    @Test
    void aCountOfGroupsIsNoToll() {
        assertEquals(3, events("Clashes broke out between two tribes near Nasiriyah on Sunday, killing 3 people.").getFirst().fatalities());
    }

    @Test
    void aCountAfterShotDeadIsTheToll() {
        assertEquals(3, events("Gunmen shot dead 3 farmers in Nasiriyah on Sunday.").getFirst().fatalities());
    }

    @Test
    void shootingAtProtestersIsExcessiveForceWithTheProtestersAsActor1() {
        // ACLED codes force used on a protest under Protests: protesters actor1, the force actor2; the deaths told in
        // the next sentence are its toll
        List<Event> es = events("Israeli forces shot at Palestinian demonstrators near Khan Younis in the Gaza Strip on Sunday. "
                + "Sixty demonstrators were killed.");
        assertEquals(1, es.size(), () -> types(es));
        Event e = es.getFirst();
        assertEquals("Excessive force against protesters", e.subEventType().label());
        assertEquals("Protesters (Palestine)", e.actor1().name());
        assertEquals("Military Forces of Israel", e.actor2().name());
        assertEquals(60, e.fatalities());
        // told in the next sentence: the forces it names are actor2
        Event later = events("Protesters gathered in Nasiriyah on Sunday. Security forces shot dead 3 protesters.").getFirst();
        assertEquals("Excessive force against protesters", later.subEventType().label());
        assertEquals("Protesters (Iraq)", later.actor1().name());
        assertEquals(3, later.fatalities());
        // rubber bullets are crowd control
        assertEquals("Protest with intervention", types(events("Police shot rubber bullets at protesters in Lahore on Sunday.")));
        // one protester killed is the same one event, no attack on civilians besides it
        assertEquals("Excessive force against protesters", types(events("Riot police shot dead a protester in Kassala on Sunday.")));
        assertEquals("Excessive force against protesters", types(events("Soldiers killed a demonstrator in Mandalay on Sunday.")));
    }

    @Test
    void oneRaidWithAKillingIsAnEvent() {
        List<Event> es = events("Israeli forces launched a raid on the Jenin camp in the West Bank on Sunday, killing 12 Palestinians.");
        assertEquals(1, es.size(), () -> types(es));
        assertEquals(12, es.getFirst().fatalities());
    }

    @Test
    void countriesAreNamedAsAcledNamesThem() {
        Event e = events("Gunmen killed four villagers near Beni in North Kivu on Sunday.").getFirst();
        assertEquals("Democratic Republic of Congo", e.country());
        assertEquals("Civilians (Democratic Republic of Congo)", e.actor2().name());
    }

    @Test
    void aKillingToldAfterAnUnplacedAttackIsItsToll() {
        // the post lies by a village the gazetteer lacks, so neither sentence has a place of its own
        List<Event> es = events("Hezbollah fired anti-tank missiles at an army post near Shtula on Sunday. "
                + "One Israeli soldier was killed.");
        assertEquals(1, es.size(), () -> types(es));
        assertEquals(1, es.getFirst().fatalities());
    }

    @Test
    void aNationalityOrGroupNamedWithTheAirStrikeIsItsPerpetrator() {
        Event e = events("An Israeli air strike hit a car in Tyre on Sunday, killing two men.").getFirst();
        assertEquals("Air/drone strike", e.subEventType().label());
        assertEquals("Military Forces of Israel", e.actor1().name());
        Event nato = events("Seven shepherds were killed on Sunday by a NATO air strike near Chaghcharan.").getFirst();
        assertTrue(nato.actor1().name().startsWith("NATO"), nato.actor1().name());
    }

    @Test
    void theAttackersToldAgainAreNoSecondEvent() {
        List<Event> es = events("Militants attacked an army checkpoint near Khanaqin on Sunday, killing two soldiers. "
                + "The attackers fled toward the hills.");
        assertEquals(1, es.size(), () -> types(es));
    }

    @Test
    void aVictimNamedAfterTheVerbIsOneDeath() {
        assertEquals(1, events("Gunmen shot dead journalist Ali Hassan in Kirkuk on Sunday.").getFirst().fatalities());
        assertEquals(1, events("Militants executed Kurdish activist Sara Ahmed near Qamishli on Sunday.").getFirst().fatalities());
        // a unit's name before a plural noun is no person
        assertEquals(0, events("Rebels killed Syrian Army soldiers near Hama on Sunday.").getFirst().fatalities());
    }

    @Test
    void everyEventCarriesEvidenceThatIsTheArticleText() {
        String text = "Syrian troops captured the village of Kafr Nabuda in Hama province on Monday.";
        for (Event e : events(text)) {
            assertTrue(!e.evidence().isEmpty());
            e.evidence().forEach(ev -> assertEquals(text.substring(ev.start(), ev.end()), ev.text()));
            assertTrue(e.provenance().containsKey("sub_event_type"), "type provenance");
        }
    }
}
