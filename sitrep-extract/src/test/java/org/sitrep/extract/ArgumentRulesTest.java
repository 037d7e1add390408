package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Where an event happened, and what else its arguments say: one short text per rule, written for these tests. Each
 * row is a regression test for a mistake the extractor once made (the rule it exercises is named in the first column).
 */
class ArgumentRulesTest {

    static List<Event> events(String text, String published) {
        return Pipelines.extract(text, LocalDate.parse(published));
    }

    /** Case and accents ignored: the gazetteer writes "Espírito Santo", the tests "Espirito Santo". */
    static String fold(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Every event is placed at {@code location}, and there is one at least. */
    static void assertAllAt(String location, List<Event> es) {
        assertTrue(!es.isEmpty() && es.stream().allMatch(e -> location.equals(e.location())), () -> describe(es));
    }

    static String describe(List<Event> es) {
        return es.stream().map(e -> e.subEventType().label() + " at " + e.location() + " / " + e.admin1() + " (" + e.country() + ")")
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "(Saida, South)": the district and governorate of Lebanon's Saida, not Algeria's province of the name
            "chain of district and compass unit|2021-06-08|On 8 June 2021, depositors in Saida (Saida, South) blocked the entrance of a bank.|South",
            // a square, street or neighbourhood named like a place abroad is not where the event was
            "namesake abroad|2021-06-03|On 3 June 2021, in Trelew, Chubut, retired teachers marched to Independence Square to demand unpaid pensions.|Chubut",
            // a place written inside a larger one lies in it, whatever namesake the gazetteer picked
            "village of district, province|2020-06-04|On 4 June 2020, gunmen killed a shopkeeper in Kochkin village of Deh Sabz district, Kabul.|Kabul",
            "village, region|2020-06-05|On 5 June 2020, government forces fired mortars at positions near Sosnovskoye, Donetsk.|Donetsk",
            // an event told after the sentence that set the scene happened there
            "scene of the previous sentence|2020-06-06|On 6 June 2020, at Volta Redonda, Rio de Janeiro, officers of the military police entered a hillside community after a tip-off. Gunfire was exchanged and a suspect was wounded.|Rio de Janeiro",
            // a place in a relative clause belongs to that clause, not to the protest
            "place in another clause|2020-06-07|On 7 June 2020, in Puno, residents staged a protest against the return of travellers who had been stuck in Lima.|Puno",
            // the place a sentence opens with is its scene; a later name resolved in another province is a namesake
            "opening place|2021-06-02|On 2 June 2021, in Serra, Espirito Santo, gunmen fired at a police patrol in the Boa Vista neighbourhood.|Espirito Santo",
            // a province named later in the sentence must be in the place's own country
            "province of another country|2021-06-07|On 7 June 2021, in Santa Rosa (La Pampa), shop owners rallied in Plaza San Martin against the lockdown in Argentina.|La Pampa",
            // a name the gazetteer matched to a look-alike province abroad is inside the province written after it
            "look-alike province|2020-06-14|On 14 June 2020, farmers staged a protest in several villages of Sangrur district (Punjab) against the rise in diesel prices.|Punjab",
            // a province named further on for another purpose (where people travel) does not re-read the town
            "province of another phrase|2017-04-16|A bomb exploded on Saturday near buses in the town of Kafraya as its residents waited to leave for Damascus or the coastal province of Latakia.|Idleb",
            // "MPs" is people, not a place
            "plural acronym|2020-06-09|On 9 June 2020, seven MPs and party activists held a protest in Moscow against the lockdown rules.|Moscow",
            // a word of a named group's name is not a place
            "word of a group name|2020-06-10|On 10 June 2020, Tiv and Ichen ethnic militias fought over a farm near Donga (Taraba) and three people were killed.|Taraba",
            // "migrants from X" says where people come from
            "origin of people|2020-06-11|On 11 June 2020, stranded labourers from Bihar blocked a highway in Panipat district, Haryana, demanding buses home.|Haryana",
            // "evacuees from the towns of X and Y": where the people come from, not where the bomb hit them
            "towns people come from|2018-05-05|On Saturday, a car bomb hit buses carrying evacuees from the besieged towns of Madaya and Zabadani as they waited at a crossing outside Hama city, killing 12 people.|Hama",
            // 2015-2022: fire observed near a bare village name in a ceasefire-monitor report is at the line of contact,
            // not at the most populous namesake elsewhere in Ukraine
            "front-line namesake|2019-03-02|On 1 March 2019, the SMM recorded 12 explosions of undetermined origin near Lozove.|Donetsk",
            // a village the text places itself keeps its reading
            "qualified village stays|2019-03-02|On 1 March 2019, a grenade exploded near a shop in Serhiivka, Odesa region, injuring two people.|Odesa",
            // a zone called after another province, then the province that holds the town: the town stays in it
            "zone named after a province|2021-04-16|On 16 April 2021, militiamen clashed with special forces in Kemise (Oromia special zone, Amhara), killing 12.|Amhara",
    })
    void placesTheEvent(String rule, String published, String text, String admin1) {
        List<Event> es = events(text, published);
        assertTrue(es.stream().anyMatch(e -> fold(e.admin1()).equals(fold(admin1))),
                () -> rule + ": expected an event in " + admin1 + " from: " + text + " but got [" + describe(es) + "]");
        assertTrue(es.stream().noneMatch(e -> e.admin1() != null && !fold(e.admin1()).equals(fold(admin1))),
                () -> rule + ": every event should be in " + admin1 + " but got [" + describe(es) + "]");
    }

    @Test
    void peoplesOwnTownIsTheSceneWhereOnlyItsProvinceIsNamedBesideIt() {
        // "citizens from X (Province) protested": no other scene is named, so the town, not the province around it
        List<Event> es = events("On 12 June 2020, unemployed graduates from Metlaoui (Gafsa) staged a sit-in to demand jobs.", "2020-06-12");
        assertTrue(es.stream().anyMatch(e -> fold(e.location()).contains("metlaoui") || fold(e.location()).contains("mitlawi")),
                () -> describe(es));
        // with a scene of its own the origin stays an origin ("labourers from Bihar ... in Panipat district")
        List<Event> elsewhere = events("On 11 June 2020, workers from Kasserine (Kasserine) protested in Tunis over unpaid wages.", "2020-06-11");
        assertTrue(elsewhere.stream().allMatch(e -> fold(e.location()).contains("tunis")), () -> describe(elsewhere));
    }

    @Test
    void eachCapturedPlaceTheGazetteerLacksIsAnEventInTheArea() {
        String text = "On Friday, government forces took the villages of Khirbet Zaqra, Tell Ruzan and Umm Ablin farms in southern Idlib.";
        List<Event> es = events(text, "2019-08-30");
        Set<String> places = es.stream().filter(e -> e.subEventType() == SubEventType.GOVERNMENT_REGAINS_TERRITORY)
                .map(Event::location).collect(Collectors.toSet());
        assertEquals(Set.of("Khirbet Zaqra", "Tell Ruzan", "Umm Ablin"), places, () -> describe(es));
        assertTrue(es.stream().allMatch(e -> fold(e.admin1()).startsWith("idl")), () -> describe(es));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the province after the town is the town's own: the most specific place named is the event's
            "town (province)|2021-06-08|On 8 June 2021, in Trelew (Chubut), retired teachers gathered in front of the legislature to demand their pensions.|Trelew",
            "town, province|2021-06-08|On 8 June 2021, in Morelia, Michoacan, university workers protested demanding their unpaid salaries.|Morelia",
            "town of the region|2021-06-08|On 8 June 2021, about 30 motorists protested against the authorities by driving around Babruysk of the Mogilev region.|Babruysk",
            // a bracket naming the province is no city of that name
            "province named like its capital|2021-06-08|On 8 June 2021, in Rosario (Santa Fe), shop owners banged pots to demand the reopening of businesses.|Rosario",
            // a province named for who the protesters are, a town named as where
            "town named as where|2021-06-08|On 8 June 2021, members of the teachers' union, Punjab, staged a protest in Ludhiana city demanding regular contracts.|Ludhiana",
            // a qualifier names a unit of the qualified town's country ("Distrito Federal" is also Mexico's old name)
            "unit of the town's country|2021-06-08|On 8 June 2021, in Brasilia, Distrito Federal, supporters of the president held a motorcade against the Supreme Court.|Brasilia",
            // a neighbourhood named later is a quarter of the town the sentence opened with
            "quarter of the opening town|2021-06-08|On 8 June 2021, in Celaya, Guanajuato, a bus driver was shot dead in Colonia Emiliano Zapata.|Celaya",
            // where people arrived from is not where the event was
            "arrived from|2021-06-08|On 8 June 2021, in Maracay, Aragua state, 150 returnees who arrived from Tachira state protested at the shelter where they were held.|Maracay",
            // what is fired from a place lands elsewhere
            "fired from|2021-06-08|On 8 June 2021, a rocket fired from Gaza landed in an open field near Sderot.|Sderot",
            // a town just across a border from the city that qualifies it is no namesake abroad
            "suburb across a border|2021-06-08|On 8 June 2021, Israeli forces demolished a house in Al-Eizariya (Jerusalem).|Al-Eizariya",
            // members of a party are no place
            "members of a party|2021-06-08|On 8 June 2021, about 100 members of Svoboda protested in front of the parliament in Kyiv against new utility tariffs.|Kyiv",
            // the next sentence says where the happening before it took place
            "told where next|2021-06-08|On 8 June 2021, unknown arsonists set fire to a car belonging to a foreign consulate. The incident occurred in Thessaloniki.|Thessaloniki",
            // a road named after a town is not that town
            "road name|2021-06-08|On 8 June 2021, journalists held a protest at a press club on Murree road in Rawalpindi against the arrest of an editor.|Rawalpindi",
            // a bypass is a road named after the town it leads to
            "bypass named after a town|2021-06-08|On 8 June 2021, traders staged a protest near the Sialkot bypass in Gujranwala city against new taxes.|Gujranwala",
            // a later town of the same province not given as where (a group named after it) is not the scene
            "group named after a town|2021-06-08|On 8 June 2021, in Celaya, Guanajuato, members of the Cartel Santa Rosa de Lima and a rival gang clashed in a bar.|Celaya",
            // a landmark named after a town ("La Venta toll") lies in the town the sentence opened with (written by its full name)
            "landmark named after a town|2021-06-08|On 8 June 2021, in Acapulco, Guerrero, a body was left near La Venta toll by armed men.|Acapulco de Juárez",
            // however near the neighbouring town whose police are named, the sentence opened with where it happened
            "neighbouring town's police|2021-06-08|On 8 June 2021, in Texcoco de Mora, Mexico, some 30 residents protested outside the prosecutor's office to denounce extortion by Acolman police officers.|Texcoco de Mora",
            // two ends of one stretch of road are one location, the first named
            "road between two towns|2021-06-08|On 8 June 2021, an IED exploded on the road between Baiji and Haditha, wounding two soldiers.|Baiji",
            // a city and its district joined by a hyphen are the district, written as the pair
            "city-district|2021-06-08|On 8 June 2021, gunmen killed a shopkeeper in Mogadishu-Hodan district.|Mogadishu-Hodan",
            // a highway named after the towns it joins lies at the first
            "highway between towns|2021-06-08|On 8 June 2021, truckers set up a roadblock on the highway Turmero-Maracay.|Turmero",
            // the unit closing the town's bracketed chain is the town's province, not a second place
            "unit closing a chain|2021-06-08|On 8 June 2021, traders in Winneba (Effutu, Central) marched against a new levy on market stalls.|Winneba",
            // a chain of a town, its district and a compass-named unit: Lebanon's Tripoli, not Libya's capital
            "town (district, governorate)|2021-06-08|On 8 June 2021, regime forces shelled Kafruma (Maarrat An Nu'man, Idleb), wounding two men.|Kafruma",
            "town (district, compass unit)|2021-06-08|On 8 June 2021, students in Tripoli (Tripoli, North) rallied against the cost of tuition.|Tripoli",
            // places are read on the place finder's own tokens: the statistical tokenizer glues "'s" to a name before a
            // capital and splits hyphenated names in three
            "possessive before a quarter|2021-06-08|On 8 June 2021, gunmen shot dead a shopkeeper in Quetta's Satellite Town area.|Quetta",
            "hyphenated town|2021-06-08|On 8 June 2021, armed men attacked Croix-des-Bouquets, killing a vendor and wounding two others.|Croix-des-Bouquets",
            // a possessive glued to its token still names an owner, not where it happened
            // the place a bearing is taken from is not the scene of the place it locates
            "bearing from another place|2021-06-08|Residents of Djibo, some 200 km north of Ouagadougou, said gunmen killed five people on Sunday.|Djibo",
            // local speakers' place is where what they tell happened (a government's capital is not)
            "police in a town said|2021-06-08|Police in Srinagar said they had detained dozens of people after protests broke out in the old city.|Srinagar",
            // a name ending in an ayn mark is no plural's possessive; the bearing after it is taken from the city
            "apostrophe of an ayn|2021-06-08|On 8 June 2021, artillery shelling hit the town of Mare', north of Aleppo, wounding two civilians.|Mare",
            // a town, then its province with a singular unit word: no list of provinces
            "town, province|2021-06-08|On 8 June 2021, tribesmen clashed in al-Rumaitha, Muthanna province, wounding three men.|al-Rumaitha",
            "glued possessive owner|2021-06-08|On 8 June 2021, Russia's support for the army was decisive, Moscow's envoy said; rebels shelled Aleppo's eastern districts.|Aleppo",
            // a bracket after a town says where the town lies, whichever of its names stands nearest the trigger
            "bracketed chain before the trigger|2021-06-08|On 8 June 2021, soldiers took Bakhmut (Bakhmut raion, Donetsk oblast, Ukraine) after days of heavy fighting.|Bakhmut",
            "bracketed chain with a district|2021-06-08|On 8 June 2021, militiamen shot dead nine herders in Tougan (Sourou, Boucle du Mouhoun) during an attack on a market.|Tougan",
            // and the bearing after the bracket is taken from another place
            "bearing after a bracket|2021-06-08|On 8 June 2021, gunmen stormed Witu (Lamu, Kenya), some 45 km northwest of Lamu, and torched a school.|Witu",
            // an apposition calls the subject a town and places it in the unit named in it
            "apposition of a town|2021-06-08|Kindu, a town in eastern Congo's Maniema province, was attacked overnight by militiamen who looted shops.|Kindu",
            // a measured bearing needs no comma to place a town from another
            "measured bearing after a unit|2021-06-08|Armed men burst into a home in Tlapa, a town in Mexico's Guerrero state about 50 km east of Chilapa, on Saturday and shot dead six members of a family.|Tlapa de Comonfort",
            "measured bearing after a region|2021-06-08|Saboteurs crossed the border near Krasnopillia, in Ukraine's Sumy region about 30 km north of Trostianets, and clashed with border guards.|Krasnopillia",
            // "this town" points back to the town the dateline names
            "this town after a dateline|2021-06-08|Kindu, Congo - Militiamen shot dead three traders at a market in this town in eastern Maniema province on Monday.|Kindu",
    })
    void theMostSpecificPlaceNamedIsTheEvents(String rule, String published, String text, String location) {
        List<Event> es = events(text, published);
        assertTrue(!es.isEmpty() && es.stream().allMatch(e -> fold(e.location()).equals(fold(location))),
                () -> rule + ": expected the event at " + location + " but got [" + describe(es) + "]");
    }

    @Test
    void aTownJustAcrossItsUnitsBorderFromTheQualifyingCityKeepsItsPlace() {
        // the gazetteer files Jaramana under Rural Damascus; the bracket names the city of Damascus, 4 km away
        List<Event> es = events("On 8 June 2021, mortar shells fell on homes in Jaramana (Damascus), wounding four people.", "2021-06-08");
        assertTrue(!es.isEmpty() && es.stream().allMatch(e -> e.geoPrecision() == 1
                        && org.sitrep.geo.Gazetteer.km(e.latitude(), e.longitude(), 33.486, 36.346) < 5),
                () -> "expected the town itself, got [" + describe(es) + "]");
    }

    @Test
    void aPlaceAfterItsProvincesPossessiveIsTheScene() {
        List<Event> es = events("On 8 June 2021, a roadside bomb hit a supply convoy in Dhi Qar's Nasiriyah.", "2021-06-08");
        assertAllAt("Nasiriyah", es);
    }

    @Test
    void whereARocketStruckIsTheSceneNotWhereItCameFrom() {
        List<Event> es = events("On 4 March 2023, militants fired a rocket from the Gaza Strip towards Sderot. It fell in an open field.", "2023-03-04");
        assertAllAt("Sderot", es);
    }

    @Test
    void aRoadNamedAfterTwoCitiesIsNotTheFirstOfThem() {
        List<Event> es = events("On 2 September 2022, a mine blew up a truck on the Raqqa-Deir ez-Zor road near Maadan, killing two.", "2022-09-02");
        assertAllAt("Maadan", es);
    }

    @Test
    void theTownAProvinceIntroducesIsTheScene() {
        List<Event> es = events("On 8 June 2021, a clash erupted between two families in the Bekaa town of Brital, killing one man.", "2021-06-08");
        assertAllAt("Brital", es);
    }

    @Test
    void twoReadingsOfOneVillageAreOneScene() {
        // the village's GeoNames and WOF entries lie a few hundred metres apart: the shelling and the count are one event
        List<Event> es = events("On 7 May 2020, government troops fired mortars at rebel positions around Kominternove in Donetsk oblast. "
                + "Monitors recorded shots near Kominternove.", "2020-05-07");
        assertEquals(1, es.size(), () -> describe(es));
    }

    @Test
    void anAreaOfATownIsInThatTown() {
        // "the Mehsana area of Surat city": the area bears the name of a town 200 km away, which is not where it happened
        List<Event> es = events("On 8 June 2021, textile workers protested against unpaid wages in the Mehsana area of Surat city (Surat district, Gujarat).", "2021-06-08");
        assertTrue(!es.isEmpty() && es.stream().allMatch(e -> e.latitude() != null
                && org.sitrep.geo.Gazetteer.km(e.latitude(), e.longitude(), 21.17, 72.83) < 20), () -> describe(es));
    }

    @Test
    void aQuarterOfTheTownJustNamedIsInThatTown() {
        // "Colonia Emiliano Zapata" is also a village 14 km away; a colonia of the town the sentence opens with is not it
        assertAllAt("San Mateo Atenco", events("On 4 June 2021, in San Mateo Atenco, Mexico, residents beat a suspected "
                + "thief in Colonia Emiliano Zapata.", "2021-06-04"));
        // a neighbourhood of Aleppo named like a village of another province
        List<Event> es = events("On Monday, air raids killed seven people in Aleppo, including four in Fardous neighbourhood.", "2016-05-02");
        assertTrue(!es.isEmpty() && es.stream().allMatch(e -> "Aleppo".equals(e.admin1())), () -> describe(es));
    }

    @Test
    void eachConjunctWithItsOwnPlaceIsAnEventThere() {
        // a province's own name is no village of the other province the sentence names ("Idlib" was re-read as a
        // hamlet of Hama because "Hama region" followed)
        List<Event> es = events("Russian jets destroyed a depot in Deir Ezzor area and a command post in Raqqa region on Tuesday.", "2015-10-15");
        Set<String> units = es.stream().map(e -> fold(e.admin1())).collect(Collectors.toSet());
        assertEquals(Set.of("deir-ez-zor", "ar-raqqa"), units, () -> describe(es));
        List<Event> fights = events("Fighting raged on Sunday in the north of Hama province and the nearby rebel-held Idlib province.", "2015-10-12");
        assertEquals(Set.of("hama", "idleb"), fights.stream().map(e -> fold(e.admin1())).collect(Collectors.toSet()), () -> describe(fights));
    }

    @Test
    void aBombFactoryDestroyedInAnAirWarIsAStrikeNotABombing() {
        // "car bomb" named what the factory made; as an explosion it blocked the destruction from being read at all
        List<Event> es = events("Russian warplanes carried out air strikes on rebel positions in Idlib province on Thursday, the ministry said. "
                + "A car bomb factory north of Homs was also destroyed, it said.", "2015-10-02");
        assertTrue(es.stream().anyMatch(e -> e.subEventType() == SubEventType.AIR_DRONE_STRIKE && fold(e.admin1()).equals("homs")
                && e.geoPrecision() == 2), () -> describe(es));
        assertTrue(es.stream().noneMatch(e -> e.subEventType() == SubEventType.REMOTE_EXPLOSIVE), () -> describe(es));
    }

    @Test
    void aVillageWithAnArabicArticleKeepsItsName() {
        List<Event> es = events("Regime troops recaptured the village of al-Qusaybah in the northwest of Hama on Sunday.", "2015-10-12");
        assertTrue(es.stream().anyMatch(e -> "al-Qusaybah".equals(e.location()) && fold(e.admin1()).equals("hama")), () -> describe(es));
    }

    @Test
    void aVillageWithACapitalisedArabicArticleKeepsItsWholeName() {
        // "Al-" capitalised, split from the name by the tokenizer: the name is not cut to "Al"
        List<Event> es = events("Jets struck the town of Al-Qusaybah in Deir Ezzor province on Saturday, killing 40 people.", "2016-06-27");
        assertTrue(es.stream().anyMatch(e -> "Al-Qusaybah".equals(e.location()) && fold(e.admin1()).startsWith("deir")), () -> describe(es));
    }

    @Test
    void aReportPointingBackToTheAreaIsPlacedThere() {
        String text = "Russian jets struck rebel positions in Hama province on Tuesday. "
                + "The army said it had begun an operation north of Homs on Tuesday. "
                + "Activists said eight people were killed by Russian air strikes in the area.";
        List<Event> es = events(text, "2015-10-15");
        assertTrue(es.stream().anyMatch(e -> e.subEventType() == SubEventType.AIR_DRONE_STRIKE && fold(e.admin1()).equals("homs")
                && e.fatalities() == 8), () -> describe(es));
    }

    @Test
    void aPlaceOfTheSentenceNotWrittenAsALocationStillPlacesTheEvent() {
        List<Event> es = events("On 5 June 2021, gunmen shot a bus driver on the highway that connects Tlaxcala to Puebla.", "2021-06-05");
        assertTrue(!es.isEmpty() && es.stream().allMatch(e -> e.admin1() != null), () -> describe(es));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a count introduced by "by" counts the perpetrators
            "perpetrators counted|2020-06-12|On 12 June 2020, in Macapa, Amapa, a shopkeeper was stabbed to death by three men who entered his store.|1",
            // "N of them" is the toll when no count came before it
            "of them as the count|2020-06-13|On 13 June 2020, villagers surrounded a family in a field near Rapar, Gujarat, and attacked them with axes, killing four of them over a land dispute.|4",
    })
    void countsTheDead(String rule, String published, String text, int deaths) {
        List<Event> es = events(text, published);
        assertTrue(es.stream().anyMatch(e -> e.fatalities() == deaths),
                () -> rule + ": expected " + deaths + " deaths but got " + es.stream().map(e -> e.subEventType().label() + " " + e.fatalities()).toList());
    }

    @Test
    void aSubsetToldInPassingDoesNotHideTheToll() {
        List<Event> es = events("On Monday, at least 10 people, six of them fighters, had been killed in shelling on Jisr al-Shughur.", "2015-10-12");
        assertTrue(es.stream().anyMatch(e -> e.fatalities() == 10), () -> es.stream().map(e -> e.location() + " " + e.fatalities()).toList().toString());
    }

    @Test
    void anEventWithNoSmallerPlaceLiesInTheCountryItsSentenceNames() {
        // a story from Washington: the attack its sentence places "in Syria" is not an American event
        String text = "The United States said on Sunday it wanted a new vote at the United Nations. A State Department "
                + "official told reporters that many governments supported a firm answer to the August 21 chemical "
                + "attack in Syria.";
        List<Event> es = events(text, "2013-09-08");
        List<Event> chemical = es.stream().filter(e -> e.subEventType() == SubEventType.CHEMICAL_WEAPON).toList();
        assertTrue(!chemical.isEmpty() && chemical.stream().allMatch(e -> "Syria".equals(e.location())),
                () -> "expected the chemical attack in Syria but got [" + describe(es) + "]");
        // a country named as whose troops acted is no place of the event
        List<Event> troops = events("On 12 June 2021, Kenya troops fired on a truck near a border post in Somalia, killing two.", "2021-06-12");
        assertTrue(!troops.isEmpty() && troops.stream().noneMatch(e -> "Kenya".equals(e.location())), () -> describe(troops));
    }
}
