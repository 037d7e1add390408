package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;

/** Which reading a found name gets: aliases, big cities against favoured states' namesakes. Sentences written for the tests. */
class DisambiguationFixesTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    private static PlaceMention first(String text, String name) {
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc(text));
        return ms.stream().filter(m -> m.text().equals(name) && m.place() != null).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not resolved in " + ms));
    }

    /** The country of the first mention spelt so (null when unresolved). */
    private static String countryOf(String text, String name) {
        PlaceMention m = TestDocs.mention(annotator, text, name);
        return m.place() == null ? null : m.place().iso2();
    }

    @Test void aUnitNamedByGenericWordsIsMeantOnlyInItsOwnCountry() {
        // "the Centre" of an Indian story is the Union government, not France's Centre region; with it gone, the
        // river's name beside it is drawn to no French town either
        List<PlaceMention> india = annotator.annotate(TestDocs.doc("The state government said the Centre had not yet "
                + "set up the Cauvery water board for Karnataka and Kerala."));
        PlaceMention centre = TestDocs.named(india, "Centre");
        assertNull(centre.place(), String.valueOf(centre));
        assertEquals("generic-name-abroad", centre.pass());
        assertTrue(india.stream().noneMatch(m -> m.place() != null && "FR".equals(m.place().iso2())), String.valueOf(india));
        // "the West Coast" and "the Gulf" of an American story are no New Zealand or Papuan provinces
        List<PlaceMention> us = annotator.annotate(TestDocs.doc("After stops in Chicago and Denver, the senator spent the "
                + "week on the West Coast before flying to the Gulf."));
        assertNull(TestDocs.named(us, "West Coast").place());
        assertTrue(us.stream().noneMatch(m -> m.place() != null && java.util.Set.of("NZ", "PG").contains(m.place().iso2())), String.valueOf(us));
        // where the text names the country, the unit is meant
        PlaceMention rwanda = first("Police in Western Province, Rwanda, detained four traders on Tuesday.", "Western Province");
        assertEquals("RW", rwanda.place().iso2());
        // the unit at home may be named without the unit word the text adds (Zambia's province is "Western")
        PlaceMention zambia = first("Cholera cases rose in Western Province, Zambia, health officials said.", "Western Province");
        assertEquals("ZM", zambia.place().iso2());
        // a name with a specific word is no generic one ("Western Cape" needs no South African context)
        assertEquals("ZA", first("Floods closed roads across the Western Cape on Monday.", "Western Cape").place().iso2());
    }

    @Test void theLastNameOfABracketedChainQualifiesEvenWhereTheNamesBeforeItAreUnknown() {
        // "(Yunyoo, North East)": the unit after the comma names where the unknown places lie, so the generic-word
        // rule does not set it aside as a phrase of the running text
        PlaceMention unit = TestDocs.mention(annotator, "A farmer was wounded in Bunkpurugu (Yunyoo, North East) on Friday.", "North East");
        assertTrue(unit.place() != null && "admin1".equals(unit.place().feature()), String.valueOf(unit));
        // and, qualifying, it is read among the focus country's units: Madagascar's Sofia region, not the Bulgarian
        // province that lies apart from its namesake capital
        PlaceMention sofia = first("Herders lost forty head of cattle in Ampasimena (Ampasimena, Sofia), Madagascar, on Sunday.", "Sofia");
        assertEquals("MG", sofia.place().iso2());
    }

    @Test void aUnitBeforeASettlementsWordAndOfHoldsTheSettlementNamedAfter() {
        // "the Bekaa town of Zahle": Bekaa is the governorate Zahle lies in, not a village spelt like it near Zahle
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("Soldiers raided a house in the Bekaa town of Zahle on Monday."));
        PlaceMention unit = TestDocs.named(ms, "Bekaa");
        assertTrue(unit.place() != null && "admin1".equals(unit.place().feature()), String.valueOf(unit));
        PlaceMention town = TestDocs.named(ms, "Zahle");
        assertTrue(town.place() != null && town.place().name().startsWith("Zahl") && Gazetteer.isSettlement(town.place()),
                String.valueOf(town));
    }

    @Test void aQualifierThatNamesTheUnitHoldingTheQualifiedPlaceIsThatUnit() {
        // "(Al Bayda)" names the governorate that holds one of Yemen's many Ar Raqqah villages, not its seat town
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("Artillery struck Ar Raqqah (Al Bayda) overnight, residents said."));
        PlaceMention unit = TestDocs.named(ms, "Al Bayda");
        assertEquals("admin1", unit.place().feature(), String.valueOf(unit));
        assertEquals("YE", unit.place().iso2());
        PlaceMention village = TestDocs.named(ms, "Ar Raqqah");
        assertEquals(unit.place().admin1(), village.place().admin1(), String.valueOf(village));
        // among namesakes near the governorate's seat, one inside the governorate the text names (Yemen has an Al
        // Majran in Ibb closer to the order of the list than Dhamar's six)
        for (String text : List.of("Gunmen killed a shepherd in Al Majran village in Dhamar governorate.",
                "Gunmen killed a shepherd in al-Majran, Dhamar.")) {
            PlaceMention m = first(text, text.contains("al-Majran") ? "al-Majran" : "Al Majran");
            assertEquals("Dhamar", m.place().admin1(), text + " -> " + m);
        }
    }

    @Test void aPlaceNamedLikeAUnitOrAFamousCityInsideTheTownOrUnitThatQualifiesItIsNotThatUnitOrCity() {
        // a district of Arequipa named like the La Libertad region is no reading of the region 800 km away
        PlaceMention district = TestDocs.mention(annotator, "On 3 June 2020, in La Libertad, Arequipa, nurses marched to the "
                + "regional hospital.", "La Libertad");
        assertTrue(district.place() == null || !"admin1".equals(district.place().feature()), String.valueOf(district));
        // two units side by side stay a list
        assertEquals("admin1", first("Curfews were extended in Anbar, Nineveh on Sunday.", "Anbar").place().feature());
        // a Trinidadian village qualified by its region is no Venezuelan city of a million
        PlaceMention village = TestDocs.mention(annotator, "On 2 June 2020, in Valencia, Sangre Grande, a man was shot "
                + "outside a bar.", "Valencia");
        assertTrue(village.place() == null || "TT".equals(village.place().iso2()), String.valueOf(village));
        // beside another famous city, a famous city is a list item ("Copenhagen, Hamburg")
        assertEquals("DK", first("Trains resumed between Copenhagen, Hamburg and Berlin.", "Copenhagen").place().iso2());
    }

    @Test void aDistrictsSeatIsATownWhateverPopulationItIsListedWith() {
        // Al Qa'im, seat of its Anbar district, is listed with no population; Yemeni hamlets that list the name as an
        // alias with 14 or 15 people are no likelier
        PlaceMention qaim = first("Militants attacked a checkpoint outside Al Qaim on Tuesday.", "Al Qaim");
        assertEquals("IQ", qaim.place().iso2(), String.valueOf(qaim));
        assertEquals("town", qaim.place().feature());
    }

    @Test void curatedPlacesTheBundledTownsLack() {
        PlaceMention base = first("Rockets targeted Ain al-Asad air base in western Anbar.", "Ain al-Asad air base");
        assertEquals("Al-Anbar", base.place().admin1());
        // a quarter of Tripoli reads the city as Lebanon's
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("Youths clashed with the army in Bab al-Tabbaneh, Tripoli, overnight."));
        assertEquals("LB", TestDocs.named(ms, "Tripoli").place().iso2(), String.valueOf(ms));
        assertEquals("IR", first("Gunmen killed two border guards near Saravan on Friday.", "Saravan").place().iso2());
        assertEquals("BO", first("Residents of El Alto, La Paz, blocked roads on Monday.", "El Alto").place().iso2());
    }

    @Test void aProvincesSeatCountsAsATownWhateverPopulationItIsListedWith() {
        // Goz Beida, seat of Sila, is listed with 1,000 people; a village of the name in Ouaddai with 1,500
        PlaceMention seat = first("Aid workers reached camps near Goz Beida in eastern Chad.", "Goz Beida");
        assertEquals("Sila", seat.place().admin1(), String.valueOf(seat));
    }

    @Test void aTownIsMeantWhereTheWordsSaySo() {
        // a unit that bears the capital's name only as an alias gives way to the capital
        PlaceMention manama = first("Police dispersed a sit-in near the old souq in Manama on Friday.", "Manama");
        assertEquals("capital", manama.place().feature(), String.valueOf(manama));
        // "central" of a city whose unit is named after it is the city's centre, not the district
        assertEquals("city", first("A rocket hit a building in central Tel Aviv at noon.", "Tel Aviv").place().feature());
        // ... but of a state whose city of the name lies elsewhere, the state's middle
        assertEquals("admin1", first("Wildfires spread across central Washington this week.", "Washington").place().feature());
        // a district named after its seat is the seat, whose name the gazetteer spells otherwise, unless the text
        // says "district"
        PlaceMention seat = first("Turkish-backed factions advanced on Ras al-Ain in northern Hasakah.", "Ras al-Ain");
        assertEquals("town", seat.place().feature(), String.valueOf(seat));
        assertEquals("admin2", first("Shelling hit villages in Ras al-Ain district.", "Ras al-Ain").place().feature());
        // "X town" where X reads exactly only as a unit is the unit's town spelt so
        PlaceMention dhale = first("Shells fell on the outskirts of al-Dhale town overnight.", "al-Dhale");
        assertEquals("town", dhale.place().feature(), String.valueOf(dhale));
    }

    @Test void aStrayLooseReadingFarAbroadIsDroppedWhereTheTextIsGroundedElsewhere() {
        // "Komo" loosely resembles Como (Italy); the text is grounded in Nigeria by Kaduna: the village is unknown
        PlaceMention komo = TestDocs.mention(annotator, "On 4 May 2020, gunmen attacked Manini and Komo villages in Chikun area (Kaduna) and abducted residents.", "Komo");
        assertEquals(null, komo.place(), String.valueOf(komo));
        // (dropped as a stray reading abroad, by whichever of the two passes that know the text's grounding)
        assertTrue(java.util.Set.of("outside-focus", "outside-document-context").contains(komo.pass()), komo.pass());
        // grounded in two countries, the text still has no Australian suburb of that name
        PlaceMention piccadilly = TestDocs.mention(annotator, "Police in London said the former agent, a critic of the war "
                + "in Chechnya, had lunch with an old contact in Piccadilly.", "Piccadilly");
        assertEquals(null, piccadilly.place(), String.valueOf(piccadilly));
        // a real foreign place near the text's grounded places stays ("Sligo" beside Dublin)
        PlaceMention sligo = first("Protesters marched in Dublin on Saturday and again in Sligo on Sunday.", "Sligo");
        assertEquals("IE", sligo.place().iso2());
    }

    @Test void aSmallNamesakeInAnotherStateIsNotMeantWhereTheTextLiesInOneState() {
        // every grounded name lies in Minnesota; the gazetteer has no Kensington there, only small ones elsewhere
        String text = "Douglas County deputies in Alexandria and Osakis said a culvert failed northeast of Kensington.";
        PlaceMention kensington = TestDocs.mention(annotator, text, "Kensington");
        assertEquals(null, kensington.place(), String.valueOf(kensington));
        assertEquals("outside-focus-state", kensington.pass());
        // a text in two states leaves its guesses be; so does a capital ("WASHINGTON" in a Minnesota story)
        PlaceMention two = TestDocs.mention(annotator, "Police in Alexandria, Minnesota, and Fargo, North Dakota, said a "
                + "culvert failed northeast of Kensington.", "Kensington");
        assertTrue(two.place() != null, String.valueOf(two));
        PlaceMention capital = first("Douglas County deputies in Alexandria and Osakis said Washington had sent no aid.", "Washington");
        assertEquals("capital", capital.place().feature(), String.valueOf(capital));
    }

    @Test void anotherStatesQualifiedTownLeavesTheTownsTheTextClustersElsewhereBe() {
        // "Fargo, North Dakota" fixes the passage's unit, but Douglas County, Alexandria and Osakis place each other
        String text = "Douglas County deputies in Alexandria and Osakis and police in Fargo, North Dakota, said a culvert failed.";
        for (String name : List.of("Douglas County", "Alexandria", "Osakis")) {
            PlaceMention m = first(text, name);
            assertEquals("Minnesota", m.place().admin1(), String.valueOf(m));
        }
    }

    @Test void aBigCitysRegionIsTheCityNotAFarSmallerUnitOfItsName() {
        PlaceMention charlotte = first("The site is to become among the largest business parks of the Charlotte region.", "Charlotte");
        assertEquals("North Carolina", charlotte.place().admin1(), String.valueOf(charlotte));
        assertEquals(2, charlotte.precision());
    }

    @Test void aUnitKnownOnlyWithItsUnitWordIsReadWithIt() {
        PlaceMention nyanza = first("The student was in Kenya to attend medical camps in Nyanza province.", "Nyanza");
        assertEquals("KE", nyanza.place().iso2(), String.valueOf(nyanza));
        PlaceMention listed = first("New cases were found in the provinces of Nyanza, Western and Rift Valley in Kenya.", "Nyanza");
        assertEquals("KE", listed.place().iso2(), String.valueOf(listed));
        // a loose spelling of a unit with a short skeleton only in a country the text is about: "the Somme region" is
        // no Assam or Sumy, "Daraa province" in a Syria story is Dar'a
        List<PlaceMention> somme = annotator.annotate(TestDocs.doc("Two swans were found dead in the Somme region of northern France."));
        assertTrue(somme.stream().noneMatch(m -> m.text().equals("Somme") && m.place() != null && "admin1".equals(m.place().feature())),
                somme.toString());
        PlaceMention daraa = first("Government forces shelled towns in Daraa province in southern Syria on Friday.", "Daraa");
        assertEquals("SY", daraa.place().iso2(), String.valueOf(daraa));
        assertEquals("admin1", daraa.place().feature());
    }

    @Test void aCitysAreaIsReadByItsNeighbours() {
        String text = "Cases rose in New York, Wisconsin, Texas, Ohio and California. Four patients in the Glasgow area and "
                + "two in Paisley have been hospitalised.";
        PlaceMention glasgow = first(text, "Glasgow");
        assertEquals("GB", glasgow.place().iso2(), String.valueOf(glasgow));
        assertEquals("mutual-proximity", glasgow.pass());
    }

    @Test void aCitysFormalNameIsItsOwnName() {
        // "City of Westminster" is Westminster's own name, not an alias that smaller American Westminsters outrank
        PlaceMention w = first("Ice cream sold in a shop in London, England, priced at 14 pounds (US$22.76), was seized; a "
                + "Westminster City Council spokeswoman said two complaints were made.", "Westminster");
        assertEquals("GB", w.place().iso2(), String.valueOf(w));
    }

    @Test void aDatelineNamesTheBigCityNotTheStateOfItsName() {
        PlaceMention ny = first("NEW YORK (AP) — Police officers responded to a shooting in Brooklyn on Wednesday.", "NEW YORK");
        assertEquals("city", ny.place().feature(), String.valueOf(ny));
        PlaceMention bracketed = first("(NEW YORK) — Police officers responded to a call.", "NEW YORK");
        assertEquals("city", bracketed.place().feature(), String.valueOf(bracketed));
        // the state in running text stays a matter for the usual passes
        PlaceMention state = first("Cases were confirmed in Virginia, New York, Missouri and North Carolina.", "New York");
        assertEquals("admin1", state.place().feature(), String.valueOf(state));
    }

    @Test void aNamesakeFarFromTheTownThatQualifiesItIsNotMeant() {
        // the gazetteer's only Jalalpur of Uttar Pradesh lies 600 km from Shamli: the village is one it lacks
        String text = "A land feud left two brothers dead in Jalalpur, Shamli (UP) on 11 May 2021.";
        PlaceMention jalalpur = TestDocs.mention(annotator, text, "Jalalpur");
        assertEquals(null, jalalpur.place(), String.valueOf(jalalpur));
        assertEquals("outside-qualifier", jalalpur.pass());
        assertEquals("Uttar Pradesh", first(text, "Shamli").place().admin1());
    }

    @Test void aForeignCityBeforeACapitalIsOneOfTheCapitalsQuartersUnlessTheyAreAList() {
        PlaceMention sc = TestDocs.mention(annotator, "On 2 May 2021, residents of a poor quarter marched in San Cristobal, Bogota, demanding food aid.", "San Cristobal");
        assertEquals(null, sc.place(), String.valueOf(sc));
        assertEquals("CO", first("On 2 May 2021, residents of a poor quarter marched in San Cristobal, Bogota, demanding food aid.", "Bogota").place().iso2());
        // capitals side by side, and cities of one country, are lists
        assertEquals("UA", first("The carrier plans routes linking New York with Minsk, Moscow, Kiev and Almaty.", "Kiev").place().iso2());
        assertEquals("SY", first("Clashes were reported in Homs, Damascus and Hama on Friday.", "Homs").place().iso2());
    }

    @Test void aNewsAgencysStateShortFormQualifiesTheTownBeforeIt() {
        String text = "He was arrested in Aurora, Ill., on Monday. She moved to Tupelo, Miss., then Kingston, Ont.";
        assertEquals("Illinois", first(text, "Aurora").place().admin1());
        assertEquals("Illinois", first(text, "Ill.").place().name());
        assertEquals("Mississippi", first(text, "Tupelo").place().admin1());
        assertEquals("Ontario", first(text, "Kingston").place().admin1());
        // the bare words stay ordinary words
        List<PlaceMention> ill = annotator.annotate(TestDocs.doc("Miss Jones fell ill on Monday, her doctor said."));
        assertTrue(ill.isEmpty(), ill.toString());
    }

    @Test void aRepeatOfANameTheTextHasPlacedKeepsItsPlaceBesideAnotherStatesQualifiedTown() {
        // (the first mention lies beyond the reach of the qualified town's passage, the repeat within it)
        String text = "A Chicago couple took $800,000 from a group of nuns in Pewaukee. The man told the sisters that "
                + "his wife needed surgery and that their children could not pay for school. Over four years the nuns "
                + "sent money orders and wire transfers, a prosecutor told the court on Tuesday. The defence asked for "
                + "a lighter sentence, saying the couple had repaid part of the money. The couple, of Bolingbrook, "
                + "Ill., had first come to the Pewaukee convent in the winter of 2004.";
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc(text));
        assertEquals(2, ms.stream().filter(m -> m.text().equals("Pewaukee") && m.place() != null
                && "Wisconsin".equals(m.place().admin1())).count(), ms.toString());
    }

    @Test void iraqiVillagesAreReadInTheirProvince() {
        // WOF files "Khayli Hamah" under no region (its outline puts it in Sulaymaniyah); the gazetteer has
        // "Qaryat at Tanmiyah", news writes "At Tanmiyah"
        assertEquals("Sulaymaniyah", first("Gunmen killed two people in Khayli Hamah, As Sulaymaniyah province on Monday.",
                "Khayli Hamah").place().admin1());
        PlaceMention tanmiyah = first("A roadside bomb killed a soldier in At Tanmiyah, Wasit province on Monday.", "At Tanmiyah");
        assertEquals("Wassit", tanmiyah.place().admin1(), String.valueOf(tanmiyah));
        // the article written apart, and a name whose first word is a person's name
        assertEquals("Baghdad", first("Gunmen killed two people in al Latifiyah, Baghdad province on Monday.", "al Latifiyah")
                .place().admin1());
        assertEquals("Maysan", first("A bomb killed two soldiers in Ali ash Sharqi, Maysan province on Monday.", "Ali ash Sharqi")
                .place().admin1());
    }

    @Test void aQuarterOfAHundredThousandIsANameByItself() {
        // Hollywood, Los Angeles (a quarter of 167,000) over Hollywood, Florida (a city of 150,000)
        PlaceMention h = first("Several actresses made complaints against a Hollywood producer.", "Hollywood");
        assertEquals("California", h.place().admin1(), String.valueOf(h));
    }

    @Test void aQualifierIsTheUnitItsQualifiedNameWasReadIn() {
        String text = "Pets fell ill in Ceres, California, and across the United States. The maker, based in Mississauga, "
                + "Ontario in Canada, recalled its food.";
        PlaceMention ontario = first(text, "Ontario");
        assertEquals("CA", ontario.place().iso2(), String.valueOf(ontario));
        assertEquals("admin1", ontario.place().feature());
        // a district read by its unit word qualifies the same way: Yemen's Al Jawf, not Saudi Arabia's bigger one
        assertEquals("YE", first("On 6 May 2020, Houthi forces shelled Al Hazm district in Al Jawf governorate.", "Al Jawf")
                .place().iso2());
        // a qualifier read as a place of that very unit stays: the city reads its zone
        String zone = "On 5 May 2020, in North Zone, Rio de Janeiro, military police killed two suspects.";
        assertEquals("North Zone", first(zone, "North Zone").place().name());
        assertEquals("city", first(zone, "Rio de Janeiro").place().feature());
    }

    @Test void aLooseSpellingInTheFocusCountryNeedsTransliterationOrANearSpelling() {
        // "Geneva" shares its consonants with Brazil's João Neiva, which is no spelling of it
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc(
                "UNHCR, working with the Brazilian Government in Brasilia and Sao Paulo, said at a briefing in Geneva."));
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Geneva") && m.place() != null && "BR".equals(m.place().iso2())), ms.toString());
    }

    @Test void aNearSpellingIsOneLetterAwayAndNoMore() {
        assertTrue(Disambiguator.nearSpelling("Tillabéri", "tillabery"));
        assertTrue(Disambiguator.nearSpelling("Atlántico", "atlantico"));
        assertTrue(!Disambiguator.nearSpelling("Keban", "kobani"));
        // "Kobani" beside Turkey and Iraqi fighters is the Syrian border town, no Turkish Keban
        PlaceMention kobani = first("Fighting raged in the Syrian border town of Kobani on Saturday after an assault on Kurdish "
                + "fighters bolstered by Iraqi peshmerga who crossed from Turkey.", "Kobani");
        assertEquals("SY", kobani.place().iso2(), String.valueOf(kobani));
    }

    @Test void theLongestCountryNamesAreReadWhole() {
        PlaceMention dprk = first("The Democratic People's Republic of Korea launched a missile on Monday.", "Democratic People's Republic of Korea");
        assertEquals("KP", dprk.place().iso2());
    }

    @Test void aUkrainianVillageIsReadInTheOblastTheTextIsAbout() {
        // the Donetsk village is "Vodyane" in the gazetteer, of unknown population; a Zaporizhia one is spelt "Vodiane"
        PlaceMention v = first("On 19 May 2020, separatists shelled Vodiane, Shyrokyne and Talakivka near Mariupol.", "Vodiane");
        assertEquals("Donetsk", v.place().admin1(), String.valueOf(v));
    }

    @Test void aTownOutsideItsQualifyingUnitIsNotMeantWhereOnlyForeignUnitsOrMidSizedCitiesShareItsName() {
        // the only Guaira the gazetteer has in Brazil lies in Sao Paulo state; Paraguay's Guaira department makes no list
        PlaceMention guaira = TestDocs.mention(annotator, "On 12 May 2021, police in Guaira, Parana, seized a ton of marijuana.", "Guaira");
        assertEquals(null, guaira.place(), String.valueOf(guaira));
        assertEquals("outside-qualifier", guaira.pass());
        // a famous city abroad keeps its claim beside a unit's short form ("HOUSTON (AP)" is a dateline)
        PlaceMention houston = first("HOUSTON (AP) - The home team won the game in overtime.", "HOUSTON");
        assertEquals("US", houston.place().iso2());
    }

    @Test void aTownCarryingACitysNameAsAnAliasIsNotMeantInAnAmericanStory() {
        // the American focus must not reach back to the Californian and Virginian villages once called Jerusalem
        PlaceMention m = first("Congress approved money so the U.S. envoy can keep desks in Washington, in New York and in Jerusalem.", "Jerusalem");
        assertEquals("IL", m.place().iso2(), m.toString());
    }

    @Test void aBigCityKeepsItsClaimOverTheFavouredStatesVillage() {
        // Long Island towns favour New York state, whose village of Boston is far smaller than the city
        PlaceMention m = first("A Brookhaven lab on Long Island, N.Y., hired engineers who had trained in Boston.", "Boston");
        assertEquals("Massachusetts", m.place().admin1(), m.toString());
    }

    @Test void aSeaOrRegionBesideACountryIsNotDroppedAsOutsideIt() {
        PlaceMention sea = first("Cholera reached islands of the Indian Ocean in Comoros and in Mayotte this year.", "Indian Ocean");
        assertEquals("sitrep:world-indian-ocean", sea.place().gazetteerId(), sea.toString());
        PlaceMention region = first("The family spent years in Kashmir, India-Pakistan border, before moving.", "Kashmir");
        assertEquals("region", region.place().feature(), region.toString());
    }

    @Test void aCountryInAListIsNotAVillageOfItsNeighbour() {
        PlaceMention m = first("Church teams travelled to Honduras, El Salvador, Canada and Mexico this summer.", "Honduras");
        assertEquals("country", m.place().feature(), m.toString());
    }

    @Test void aQuarterNamedLikeASeaStaysOffTheSea() {
        // beside a district of a city, a sea's name is a quarter the gazetteer does not know, not the sea
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("A bomb went off in the Black Sea neighbourhood of Hodan district, Mogadishu, on Friday."));
        ms.stream().filter(m -> m.text().equals("Black Sea") && m.place() != null)
                .forEach(m -> assertEquals(false, m.place().gazetteerId().startsWith("sitrep:world-"), m.toString()));
    }

    @Test void villagesWhoseNamesStartWithTheNameStayInTheFavouredState() {
        // the big city of that name in another state does not pull a village of the state the text is about away
        PlaceMention m = first("Police said the body lay by the road to the community of Ojo de Agua in Leon municipality, Guanajuato.", "Ojo de Agua");
        assertEquals("Guanajuato", m.place().admin1(), m.toString());
    }

    @Test void theWordCityAfterATownsNameIsNoAliasOfAnotherTown() {
        // "X City" is no place's own name here; the towns listing it as an alias (in the Philippines, in Massachusetts)
        // are not meant, the article's own San Fernando and Springfield are
        PlaceMention sf = first("The San Fernando City Council in Los Angeles County, California, voted on Tuesday to add bike lanes.", "San Fernando City");
        assertEquals("California", sf.place().admin1(), sf.toString());
        PlaceMention sp = first("Springfield City Commission members met with Clark County officials in Ohio on Monday.", "Springfield City");
        assertEquals("Ohio", sp.place().admin1(), sp.toString());
    }

    @Test void aNameListedBesideAStateIsTheState() {
        PlaceMention m = first("Lawmakers compared the Oregon and Washington rules on wildfire smoke.", "Washington");
        assertEquals("admin1", m.place().feature(), m.toString());
        // beside a name that is also a big city, the capital stays
        PlaceMention dc = first("The senator shuttled between New York and Washington all week.", "Washington");
        assertEquals("Washington, D.C.", dc.place().admin1(), dc.toString());
    }

    @Test void aStateAbbreviationNamesThatStateNotOneItsLooseSpellingCouldBe() {
        PlaceMention m = first("Firefighters found a man dead after a barn fire near Belgrade, Minn., officials in Stearns County said.", "Belgrade");
        assertEquals("Minnesota", m.place().admin1(), m.toString());
    }

    @Test void aCommaListOfStatesReadsAsStatesThoughCommasLookLikeQualifiers() {
        PlaceMention m = first("Outbreaks were reported in Kansas, Missouri, Montana and Wyoming this spring.", "Missouri");
        assertEquals("admin1", m.place().feature(), m.toString());
        assertEquals("Missouri", m.place().name(), m.toString());
        // a town qualified by its namesake province is no list of provinces
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("Traders closed their shops in Colon (Colon) after the strike was called."));
        ms.forEach(x -> assertEquals(false, "state-list".equals(x.pass()), x.toString()));
    }

    @Test void aTownWhoseNameTheUnitIsBuiltOnIsMeantOverTheUnitsShortForm() {
        // the oblast's short form and the city's own name are one word: the city is meant
        PlaceMention dnipro = first("Last Friday, dozens of students rallied in Dnipro against tuition fees.", "Dnipro");
        assertEquals("city", dnipro.place().feature(), dnipro.toString());
        PlaceMention delhi = first("Shopkeepers shut their stalls in Delhi on Monday over a new levy.", "Delhi");
        assertEquals("city", delhi.place().feature(), delhi.toString());
        // a state whose name an old alias of its capital carries stays the state as a qualifier
        PlaceMention para = first("Loggers blocked a highway in Uruara, Para, on Tuesday.", "Para");
        assertEquals("admin1", para.place().feature(), para.toString());
    }

    @Test void aNameQualifiedByItselfIsTheTownInsideTheUnitOfThatName() {
        // the bracket names the governorate; the name before it is its seat, not the governorate again
        PlaceMention town = first("Nurses held a sit-in at the regional hospital in Zaghouan (Zaghouan) on Tuesday.", "Zaghouan");
        assertEquals("town", town.place().feature(), town.toString());
        // among several such pairs, the country the text names decides (not the Puerto Rican capital)
        PlaceMention sj = first("In San Juan (San Juan), shop owners drove in a convoy to protest the lockdown rules of Argentina.", "San Juan");
        assertEquals("AR", sj.place().iso2(), sj.toString());
        assertEquals("city", sj.place().feature(), sj.toString());
    }

    @Test void aBelarusianSeatSpeltWithOwIsTheSeatOfTheUnitSpeltWithEv() {
        // Mahilyow is the Russian Mogilev: the city is meant, the region only with its unit word
        PlaceMention city = first("Several bloggers were detained after a small rally in Mogilev last week.", "Mogilev");
        assertEquals("city", city.place().feature(), city.toString());
        PlaceMention region = first("Floods cut roads across the Mogilev region overnight.", "Mogilev");
        assertEquals("admin1", region.place().feature(), region.toString());
    }

    @Test void aQuarterOfACityLiesInThatCityOrIsUnknown() {
        // "Shehpur area of Ahmedabad city": a Shahpur 200 km away in the same state is another place
        PlaceMention q = TestDocs.mention(annotator, "Locals threw stones at police in the Shehpur area of Ahmedabad city (Gujarat) on 10 May 2021.", "Shehpur");
        assertEquals(null, q.place(), String.valueOf(q));
        assertEquals("outside-qualifier", q.pass());
    }

    @Test void aMidSizedTownAbroadGuessedByProminenceIsDroppedWhereTheTextIsGroundedElsewhere() {
        // Eastleigh is a quarter of Nairobi too; the English town (24,000 people) is no reading of it here
        PlaceMention e = TestDocs.mention(annotator, "On 9 May 2021, angry Eastleigh residents (Kamukunji, Nairobi) marched against the lockdown.", "Eastleigh");
        assertEquals(null, e.place(), String.valueOf(e));
        // the Red Cross is the humanitarian movement, not the hamlet in North Carolina
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("A United Nations Red Cross and Red Crescent convoy was hit near Aleppo."));
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Red")), ms.toString());
    }

    @Test void theOneSmallVillageOfANameAbroadIsNoReadingWhereTheTextIsGroundedElsewhere() {
        // the gazetteer's only Al-Asad is a Yemeni hamlet; the text is in Anbar, Iraq
        PlaceMention a = TestDocs.mention(annotator, "Rockets hit the Al-Asad military base in Anbar province on Monday, the coalition said.", "Al-Asad");
        assertEquals(null, a.place(), String.valueOf(a));
    }

    @Test void aStateQualifierMeansItsOwnNamesakeAndATownIsNamedWithoutItsCityWord() {
        // "Guadalupe, Zacatecas": the Zacatecas city of Guadalupe, not the one beside a Zacatecas quarter of Monterrey
        PlaceMention g = TestDocs.mention(annotator, "Around 4 May 2021, in Guadalupe, Zacatecas, a shopkeeper was found stabbed.", "Guadalupe");
        assertEquals("Zacatecas", g.place().admin1(), String.valueOf(g));
        // "Benito Juarez, Nuevo Leon" is Ciudad Benito Juárez; "Lazaro Cardenas, Michoacan" Ciudad Lázaro Cárdenas
        PlaceMention b = TestDocs.mention(annotator, "On 6 May 2021, in Benito Juarez, Nuevo Leon, gunfire wounded a taxi driver.", "Benito Juarez");
        assertEquals("Nuevo León", b.place().admin1(), String.valueOf(b));
        PlaceMention l = TestDocs.mention(annotator, "On 30 April 2021, in Lazaro Cardenas, Michoacan, dock workers went on strike.", "Lazaro Cardenas");
        assertEquals("Ciudad Lázaro Cárdenas", l.place().name(), String.valueOf(l));
        // and Mexico City's Benito Juárez stays where the text is about Mexico City
        PlaceMention d = TestDocs.mention(annotator, "Police said the man was shot in Benito Juarez, in the south of Mexico City.", "Benito Juarez");
        assertEquals("Distrito Federal", d.place().admin1(), String.valueOf(d));
    }

    @Test void aWordThatOnlyBeginsATownsNameIsNoShortFormOfIt() {
        // "Victor" is no short form of Victorville (a short form ends at a word: Avondale for Avondale Estates)
        PlaceMention v = TestDocs.mention(annotator, "On 12 May 2021, in La Libertad, Arequipa, nurses at the Victor Lazarte Echegaray Hospital went on strike.", "Victor");
        assertEquals(null, v.place(), String.valueOf(v));
        assertTrue(Disambiguator.aliasOnly(new Gazetteer.Match(new org.sitrep.model.GeoPlace("x", "Victorville", 0, 0, "US", "US", "California", null, "city", 1), true), "victor"));
        assertTrue(!Disambiguator.aliasOnly(new Gazetteer.Match(new org.sitrep.model.GeoPlace("y", "Avondale Estates", 0, 0, "US", "US", "Georgia", null, "town", 1), true), "avondale"));
        // and an acronym's plural is no place: "MPs" is no Mount Pleasant
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("On 2 May 2021, a few KPRF members and MPs joined a rally in Moscow."));
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("MPs")), ms.toString());
    }

    @Test void aTownNoSmallerThanAForeignUnitOfItsNameKeepsItsClaim() {
        // Puerto Rico's Salinas is a municipality of some 20,000; the Californian city is meant beside Watsonville
        PlaceMention salinas = first("Growers in Salinas and Watsonville in California said the harvest fell.", "Salinas");
        assertEquals("California", salinas.place().admin1(), String.valueOf(salinas));
        // a province many times the town's size is still the province in a story about the United States
        PlaceMention ontario = first("Truckers from Ohio, Michigan and Ontario crossed at Detroit.", "Ontario");
        assertEquals("admin1", ontario.place().feature(), String.valueOf(ontario));
        assertEquals("CA", ontario.place().iso2());
    }

    @Test void aQualifyingUnitsOwnSettlementsAreSearchedForASpellingOfTheName() {
        // the unit's village Al Malhah is no reading among the name's likeliest loose ones; the unit's own list has it
        PlaceMention m = first("Clashes in Al Milhah, Kirkuk province killed two.", "Al Milhah");
        assertEquals("Kirkuk", m.place().admin1(), String.valueOf(m));
        assertEquals("admin-context", m.pass());
    }

    @Test void aQualifyingTownsNamesakeAbroadDoesNotSetTheNameAside() {
        // Ariha is also Jericho's Arabic name; the mountain area lies beside Syria's Ariha, in Idleb
        PlaceMention m = first("On 3 May 2020, regime forces shelled villages in Jabal al-Zawiya (Ariha, Idleb).", "Jabal al-Zawiya");
        assertEquals("Idleb", m.place().admin1(), String.valueOf(m));
    }

    @Test void theDocumentsUnitIsSearchedForASpellingOfANameWithNoReadingThere() {
        // "Al-Bara" has exact namesakes in Iraq and Yemen; the text is about Idleb, whose village list has Barah
        // (named in a mountain's villages, the mountain itself places it: ConflictNewsSpellingsTest)
        PlaceMention m = first("On 5 May 2020, regime forces shelled Al-Bara and Ehsem (Idleb).", "Al-Bara");
        assertEquals("Idleb", m.place().admin1(), String.valueOf(m));
        assertEquals("document-admin-context", m.pass());
    }

    @Test void aProvinceNamedAFewWordsAwayReadsATownTheCountrysVotesDecided() {
        // a story about Syria (which has an Ar Ramadi village) turns to Iraq for a sentence
        String text = "The Syrian army recaptured Palmyra and pushed towards Raqqa and Deir ez-Zor in Syria on Sunday. "
                + "In December Iraqi forces retook Ramadi, the capital of Anbar province.";
        PlaceMention ramadi = first(text, "Ramadi");
        assertEquals("IQ", ramadi.place().iso2(), String.valueOf(ramadi));
        // a state's bare name in a list of cities says nothing of the town beside it
        PlaceMention boston = first("The prince visited Washington, New York and Boston before flying on to Texas.", "Boston");
        assertEquals("Massachusetts", boston.place().admin1(), String.valueOf(boston));
    }

    @Test void aLooseSpellingOfItsOwnQualifyingUnitIsADistrictOfIt() {
        // not the governorate itself: the district, read at the village of its name inside the governorate
        PlaceMention shida = TestDocs.mention(annotator, "On 5 May 2020, artillery shelled Shida district (Sadah), injuring two.", "Shida");
        assertTrue(shida.place() != null && !"admin1".equals(shida.place().feature()) && "Sadah".equals(shida.place().admin1())
                && shida.precision() == 2, String.valueOf(shida));
        // the district spelt as the unit it is named after stays that unit
        PlaceMention same = first("On 5 May 2020, artillery shelled Sadah district (Sadah), injuring two.", "Sadah");
        assertEquals("admin1", same.place().feature(), String.valueOf(same));
    }

    @Test void theStateOfANameIsTheUnitOrTheCountry() {
        PlaceMention washington = first("The first case was found in the state of Washington in December.", "Washington");
        assertEquals("admin1", washington.place().feature(), String.valueOf(washington));
        PlaceMention qatar = first("Officials of the state of Qatar met on Monday.", "Qatar");
        assertEquals("QA", qatar.place().iso2(), String.valueOf(qatar));
    }

    @Test void withoutContextTheTownNamedMoreWidelyIsMeantUnlessTheNameIsOnlyItsAlias() {
        // two villages of one name and no other clue: the one known by many names (other languages' forms, as a
        // place in the news is) over the slightly bigger one named only in its own language
        Gazetteer g = Gazetteer.of(List.of(
                new GazetteerEntry(new GeoPlace("t:a", "Kamenitsa", 48.5, 38.6, "UA", "Ukraine", "Luhansk", null, "village", 900),
                        List.of("Kamenytsia", "Kamienica", "Kamenica", "Kamjanyzja", "Kamenitsa Luhanska", "Kamianytsia")),
                new GazetteerEntry(new GeoPlace("t:b", "Kamenitsa", 50.1, 25.3, "UA", "Ukraine", "Rivne", null, "village", 1_100), List.of()),
                // a town bearing the name only as an old alias stays behind the town whose own name it is
                new GazetteerEntry(new GeoPlace("t:c", "Oldbridge", 44.0, 20.0, "RS", "Serbia", "Sumadija", null, "town", 40_000),
                        List.of("Dorovo", "Dorowo", "Dorow", "Dorov", "Dorova", "Dorovas", "Dorovum", "Dorovi")),
                new GazetteerEntry(new GeoPlace("t:d", "Dorovo", 36.0, 9.0, "TN", "Tunisia", "Sfax", null, "town", 35_000), List.of())));
        PlaceAnnotator a = new PlaceAnnotator(g);
        PlaceMention village = TestDocs.mention(a, "Shelling hit Kamenitsa overnight.", "Kamenitsa");
        assertEquals("Luhansk", village.place().admin1(), String.valueOf(village));
        PlaceMention town = TestDocs.mention(a, "Shelling hit Dorovo overnight.", "Dorovo");
        assertEquals("TN", town.place().iso2(), String.valueOf(town));
    }

    @Test void theWhiteHouseIsTheSeatOfGovernmentNotATownOfThatName() {
        PlaceMention dc = first("Reporters waited outside the White House for the president's statement on Friday.", "White House");
        assertEquals("Washington, D.C.", dc.place().admin1(), String.valueOf(dc));
        // the town where its state qualifies it; Moscow's White House in a text about Moscow
        PlaceMention town = first("A tornado damaged homes in White House, Tennessee, on Friday.", "White House");
        assertEquals("Tennessee", town.place().admin1(), String.valueOf(town));
        PlaceMention moscow = first("A few dozen pensioners rallied on Friday outside Moscow's White House, the seat of the Russian cabinet.", "White House");
        assertEquals("RU", moscow.place().iso2(), String.valueOf(moscow));
    }

    @Test void aCuratedRegionReadByProminenceGroundsItsCountryAgainstStraysAbroad() {
        // "Gaza" is read as the Strip by prominence (Mozambique has a province of the name); an unknown crossing's
        // loose spelling is then no New Jersey town
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("Trucks waited for hours at the Karni crossing after mortar fire from Gaza on Friday."));
        assertTrue(ms.stream().noneMatch(m -> m.place() != null && "US".equals(m.place().iso2())), ms.toString());
    }

    @Test void anAreaOfACuratedRegionIsThatRegionAndAUnitAbroadGivesWayToTheTextsCountry() {
        // "northern Gaza" alone is the Strip's north, not Mozambique's Gaza province
        PlaceMention north = TestDocs.mention(annotator, "Aid convoys were turned back from northern Gaza on Monday.", "Gaza");
        assertEquals("PS", north.place().iso2(), String.valueOf(north));
        assertEquals("area-modifier", north.pass());
        // beside a town of the Strip too
        PlaceMention central = TestDocs.mention(annotator, "Shelling damaged a bakery in Deir el-Balah, central Gaza, overnight.", "Gaza");
        assertEquals("PS", central.place().iso2(), String.valueOf(central));
        // while a Mozambican story's "northern Gaza province" stays the province
        PlaceMention province = TestDocs.mention(annotator, "Floods cut the road to Chokwe in northern Gaza province.", "Gaza");
        assertEquals("MZ", province.place().iso2(), String.valueOf(province));
    }

    @Test void aQuarterPlacedByADirectionFromACityLiesInThatCity() {
        // no Lebanese village of the name: the quarter lies south of Gaza City, which the gazetteer lists without it
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("Tanks moved into the Zeitoun neighbourhood, south of Gaza City, at dawn."));
        PlaceMention quarter = TestDocs.named(ms, "Zeitoun");
        assertNull(quarter.place(), String.valueOf(quarter));
        assertEquals("outside-qualifier", quarter.pass());
        assertEquals("PS", TestDocs.named(ms, "Gaza City").place().iso2());
        // a quarter the gazetteer knows near the city stays
        PlaceMention known = TestDocs.mention(annotator, "Mortars fell on the Sheikh Maqsoud neighbourhood, north of Aleppo city, on Sunday.", "Sheikh Maqsoud");
        assertEquals("SY", known.place().iso2(), String.valueOf(known));
    }

    @Test void aDistrictsNameInItsProvinceIsItsSeatThoughTheSeatBearsTheNameOnlyAsAnAlias() {
        // Al Hawtah district's seat is Lahij town, listed under that name; a hamlet called Al Hawtah lies 45 km away
        PlaceMention seat = TestDocs.mention(annotator, "Gunmen stormed a police post in al-Hawtah, the capital of Lahij, on Friday.", "al-Hawtah");
        assertTrue(seat.place() != null && "town".equals(seat.place().feature()) && "YE".equals(seat.place().iso2()), String.valueOf(seat));
        assertTrue(Gazetteer.km(seat.place(), new GeoPlace("x", "x", 13.06, 44.88, "YE", null, null, null, null, 0)) < 5, String.valueOf(seat));
    }

    @Test void aMovementThatFightsAtHomeSaysWhichCountryTheTextIsAbout() {
        // "al-Bayda" alone is Libya's city; Houthi fighters put it in Yemen
        assertEquals("YE", countryOf("Houthi fighters shelled army positions around al-Bayda city overnight.", "al-Bayda"));
        assertEquals("YE", countryOf("Two Houthi-held villages near al-Bayda were struck.", "al-Bayda"));
        // without the movement the name keeps its most prominent reading
        assertEquals("LY", countryOf("Fighters shelled army positions around al-Bayda city overnight.", "al-Bayda"));
    }

    @Test void aDistrictNamedNearItsUnitIsItsSeatTown() {
        // the governorate a few words on puts Dhubab in Taizz: the town, not the district's centre 14 km inland
        PlaceMention d = TestDocs.mention(annotator, "A fishing boat was shelled near Dhubab on the coast of Taizz governorate.", "Dhubab");
        assertEquals("town", d.place().feature(), String.valueOf(d));
    }

    @Test void aHamletOfTheExactNameBesideATownSpeltAVowelApartIsTheTown() {
        // the gazetteer lists a hamlet "Al Majar al Kabir" 11 km from the town of 35,000 it spells Al Mijar al Kabir
        PlaceMention town = TestDocs.mention(annotator, "Tribal clashes left two dead in al-Majar al-Kabir, Maysan, on Sunday.", "al-Majar al-Kabir");
        assertEquals("town", town.place().feature(), String.valueOf(town));
        assertTrue(town.place().population() > 10_000, String.valueOf(town));
        // consonants that transliterations confuse do not count: Ghbale is no spelling of Jbeil (Byblos) nearby
        PlaceMention village = TestDocs.mention(annotator, "Shells fell on Ghbale (Mount Lebanon) at night.", "Ghbale");
        assertTrue(village.place() == null || !village.place().name().startsWith("Jba"), String.valueOf(village));
    }

    @Test void aChainOfTownDistrictAndCompassNamedUnitIsReadInward() {
        // "(Tripoli, North)": the district inside Lebanon's North, then the town inside the district: not Libya's capital
        List<PlaceMention> tripoli = annotator.annotate(TestDocs.doc("Taxi drivers blocked roads in Tripoli (Tripoli, North) over fuel prices."));
        assertTrue(tripoli.stream().filter(m -> m.text().equals("Tripoli")).allMatch(m -> m.place() != null && "LB".equals(m.place().iso2())), tripoli.toString());
        assertEquals("LB", TestDocs.named(tripoli, "North").place().iso2());
        List<PlaceMention> saida = annotator.annotate(TestDocs.doc("Depositors gathered outside a bank in Saida (Saida, South) on Monday."));
        assertTrue(saida.stream().filter(m -> m.text().equals("Saida")).allMatch(m -> m.place() != null && "LB".equals(m.place().iso2())), saida.toString());
        // a bare compass word closing a chain reads only as a unit that holds a name of the chain: Sierra Leone's unit
        // is "Western Area", so "Western" there is no Sri Lankan province
        List<PlaceMention> freetown = annotator.annotate(TestDocs.doc("Police detained a journalist in Freetown (Western Area Urban, Western) on Friday."));
        assertTrue(freetown.stream().noneMatch(m -> m.place() != null && "LK".equals(m.place().iso2())), freetown.toString());
        assertEquals("SL", TestDocs.named(freetown, "Freetown").place().iso2());
    }

    @Test void aQualifierVotesForItsUnitThatHoldsTheNameItQualifies() {
        // "Al Hazm (Al Jawf)" is about Yemen (its Al Jawf holds Al Hazm), not Saudi Arabia, whose Al Jawf is the more
        // prominent unit of the name: the district seat spelt otherwise beside it stays Yemen's
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("Fighting went on in Al Maton area, west of Al Hazm (Al Jawf), all day."));
        assertEquals("YE", TestDocs.named(ms, "Al Maton").place().iso2(), ms.toString());
        assertEquals("YE", TestDocs.named(ms, "Al Jawf").place().iso2(), ms.toString());
    }

    @Test void aNeighbourhoodOfACityLiesInTheCityNotInTheProvinceOfItsName() {
        // Sanaa is a city and a province: "X neighbourhood of Sanaa" is the city's, not a village of the province
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("A journalist was seized at his home in Hadda neighbourhood of Sanaa."));
        PlaceMention city = TestDocs.named(ms, "Sanaa");
        assertEquals("capital", city.place().feature(), ms.toString());
        PlaceMention quarter = TestDocs.named(ms, "Hadda");
        assertTrue(quarter.place() == null || Gazetteer.km(quarter.place(), city.place()) < 15, ms.toString());
    }

    @Test void gradRocketsAreNoPlace() {
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("Militants fired four Grad rockets at an army base near Kidal."));
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Grad") && m.place() != null), ms.toString());
    }

    @Test void molotovCocktailsAreNoPlace() {
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc("Rioters threw Molotov cocktails at a police station in Tripoli."));
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Molotov") && m.place() != null), ms.toString());
    }

    @Test void aPlaceGivenByItsBearingFromAnotherLiesNearIt() {
        // "Mare'" is also an alias of the Maldives' capital; north of Aleppo it is the Syrian town
        assertEquals("SY", countryOf("Rockets hit the town of Mare', north of Aleppo, on Tuesday.", "Mare"));
        // with a distance and a hyphenated bearing too
        assertEquals("SY", countryOf("Rockets hit the town of Mare', 30 km north-east of Aleppo, on Tuesday.", "Mare"));
    }

    @Test void israelisInTheNewsSayIsraelOrThePalestinianTerritories() {
        // no place name grounds the text: the people's word does, for the West Bank's Bethlehem as for Israel's towns
        assertEquals("PS", countryOf("An Israeli tourist was robbed in Bethlehem on Friday.", "Bethlehem"));
    }

    @Test void anArabicCitysNameAsNewsWritesItCountsThoughTheGazetteerFilesItAsAnAlias() {
        // GeoNames files Sidon and Tyre under their English names; "Saida" and "Sour" are the cities all the same, not
        // Algeria's smaller Saida; a hamlet known by a name only as an alias gains nothing from it
        assertEquals("LB", countryOf("Depositors blocked the doors of a bank in Saida on Monday.", "Saida"));
        assertEquals("LB", countryOf("Fishermen protested at the port in Sour on Monday.", "Sour"));
    }

    @Test void aSecondLevelUnitInAQualifiersSlotKeepsItsCompassWord() {
        // "Northern Samar" is a Philippine province; read as "Samar" with a direction it is another province
        PlaceMention m = first("Soldiers clashed with rebels near Catarman (Northern Samar) on Sunday.", "Northern Samar");
        assertEquals("Northern Samar", m.place().name(), String.valueOf(m));
        PlaceMention town = first("Soldiers clashed with rebels near Catarman (Northern Samar) on Sunday.", "Catarman");
        assertEquals("Eastern Visayas", town.place().admin1(), String.valueOf(town));
    }

    @Test void aNaturalAreaIsNoUnitsBorder() {
        // Baalbek's governorate is now Baalbek-Hermel, not Beqaa; "the Bekaa valley" still holds it
        PlaceMention m = first("Jets struck two sites near Baalbek in the Bekaa valley on Monday.", "Baalbek");
        assertEquals("LB", m.place().iso2(), String.valueOf(m));
        // a curated area spelt exactly beats a loose spelling of a unit abroad (Kyrgyzstan's Issyk-Kul)
        PlaceMention eshkol = first("Gunmen entered a kibbutz in the Eshkol region on Saturday.", "Eshkol region");
        assertEquals("IL", eshkol.place().iso2(), String.valueOf(eshkol));
    }

    @Test void aCityJustAcrossTheBorderBeatsAHamletOfItsNameAtHome() {
        // Yemen's Marib has a village called Najran; the Houthis' missiles fly at Saudi Arabia's city of 300,000
        PlaceMention m = first("Houthi fighters launched a drone towards Najran on Tuesday, the coalition said.", "Najran");
        assertEquals("SA", m.place().iso2(), String.valueOf(m));
        assertEquals("border-city", m.pass());
    }

    @Test void aCityNamedCityOfXIsXCity() {
        // GeoNames names Basilan's capital "City of Isabela": "Isabela City" is that town, not Isabela province
        PlaceMention m = first("A bomb went off outside a market in Isabela City on Sunday.", "Isabela City");
        assertEquals("City of Isabela", m.place().name(), String.valueOf(m));
    }

    @Test void aTownOfTheVeryNameBeatsAnAliasHolderOfItsSizeInItsUnit() {
        // GeoNames gives Robat Karim, a town of Tehran province a little bigger than Shahriar, "Shahriar" as an alias
        PlaceMention m = first("Riot police dispersed a rally of retirees in Shahriar (Tehran) on Sunday.", "Shahriar");
        assertEquals("Shahrīār", m.place().name(), String.valueOf(m));
        // a town of the name abroad is no such rival: the text's country decides ("Derik" is also al-Malikiyah in Syria)
        assertEquals("SY", countryOf("Drones struck a fuel depot near Derik in the far north-east of Hasakah province.", "Derik"));
    }
}

