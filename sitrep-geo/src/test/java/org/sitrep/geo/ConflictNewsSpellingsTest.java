package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.PlaceMention;

/**
 * Conflict reports as monitors and news write them, one per document, in the Middle East and Ukraine, where the
 * bundled gazetteer has villages: each name is read in the province it lies in, whatever its spelling. Sentences
 * written for the tests (places real, events invented); each row was checked against the gazetteer by hand.
 */
class ConflictNewsSpellingsTest {
    static PlaceAnnotator annotator;

    @BeforeAll static void load() { annotator = TestDocs.defaultAnnotator(); }

    @ParameterizedTest(name = "{1} in {2}")
    @CsvSource(delimiter = '|', value = {
            "On 3 May 2020, regime forces shelled Kansafra, Kafr Owayd and Fleifel in Jabal al-Zawiya (Ariha, Idleb).|Kafr Owayd|Idleb",
            "On 3 May 2020, regime forces shelled Kansafra, Kafr Owayd and Fleifel in Jabal al-Zawiya (Ariha, Idleb).|Jabal al-Zawiya|Idleb",
            // a name with its article where the gazetteer has the village without it (and a Yemeni Al Barah with it)
            "Regime guns pounded Al-Bara in Jabal al-Zawiya on Tuesday, wounding a farmer.|Al-Bara|Idleb",
            // a village named as lying in a plain, not a namesake of another province
            "Regime guns pounded Qalaat al-Madiq in the Sahl al-Ghab plain on Tuesday.|Qalaat al-Madiq|Hama",
            // a longer local name of a village the gazetteer knows by its last words (and in Arabic script by the whole)
            "Turkish guns shelled Maarat Umm Hawsh (Azaz, Aleppo) on Friday.|Maarat Umm Hawsh|Aleppo",
            // a part of a province named after "in" still holds the place ("in northern Hasakah"), read in that province
            // rather than as an Iraqi namesake
            "Turkish-backed factions shelled Tal Tamr and Abu Rasin in northern Hasakah on Friday.|Abu Rasin|Al-Hasakeh",
            // what "in" places a list's last item in holds the items before it; a mountain places its villages, whatever
            // city abroad shares a name with one of them
            "Regime guns shelled Sarja and Bazabour in Jabal al-Zawiya on Tuesday.|Sarja|Idleb",
            "On 5 May 2020, SDF forces arrested three persons in Thiban (Deir-ez-Zor).|Deir-ez-Zor|Deir-ez-Zor",
            "On 2 May 2020, an IED exploded near Tal Tamer (Al-Hasakeh).|Tal Tamer|Al-Hasakeh",
            "On 6 May 2020, Turkish forces shelled Ain Issa and Saida villages (Ar-Raqqa).|Ain Issa|Ar-Raqqa",
            "On 11 May 2021, a grocer was shot by gunmen in Tafas (Dar'a).|Tafas|Dar'a",
            "On 8 May 2020, Russian aircraft struck Maarat Hurma and Kafr Nabl (Idleb).|Maarat Hurma|Idleb",
            "On 8 May 2020, Russian aircraft struck Maarat Hurma and Kafr Nabl (Idleb).|Kafr Nabl|Idleb",
            "On 2 May 2020, a drone strike hit Khirbet al-Jawz in Jisr ash-Shughur (Idleb).|Khirbet al-Jawz|Idleb",
            "On 5 May 2020, HTS shelled regime positions in Kafr Nbouda (Hama).|Kafr Nbouda|Hama",
            "On 5 May 2020, regime forces shelled Al-Bara and Ehsem in Jabal al-Zawiya (Idleb).|Al-Bara|Idleb",
            "On 5 May 2020, regime forces shelled Al-Bara and Ehsem in Jabal al-Zawiya (Idleb).|Ehsem|Idleb",
            "On 5 May 2020, SDF conducted a raid in Al-Busayrah (Deir-ez-Zor).|Al-Busayrah|Deir-ez-Zor",
            "On 5 May 2020, Turkish-backed forces shelled Tal Rifaat (Aleppo).|Tal Rifaat|Aleppo",
            "On 14 May 2021, a former fighter was found shot in Al-Sanamayn (Dar'a).|Al-Sanamayn|Dar'a",
            "Strikes killed 25 people in Deir el-Zour on Monday.|Deir el-Zour|Deir-ez-Zor",
            "Rebels shelled Ma`arrat an Nu`man on Friday.|Ma`arrat an Nu`man|Idleb",
            "On 2 May 2020, Israeli forces fired on Kfar Kila (Marjaayoun, Nabatiyeh).|Kfar Kila|Nabatieh",
            "On 5 May 2020, Israeli forces fired flares over Shebaa Farms (Nabatiyeh).|Shebaa Farms|Nabatieh",
            "On 2 May 2020, ISIS militants attacked a checkpoint in Tarmiyah (Baghdad).|Tarmiyah|Baghdad",
            "On 5 May 2020, an IED exploded in Abu Ghraib (Baghdad).|Abu Ghraib|Baghdad",
            "On 5 May 2020, ISIS militants attacked Iraqi army positions near Khanaqin (Diyala).|Khanaqin|Diyala",
            "On 5 May 2020, an IED targeted a PMF vehicle near Baiji (Salah al-Din).|Baiji|Salah al-Din",
            "On 5 May 2020, protesters blocked roads in Nasiriyah (Thi-Qar).|Nasiriyah|Thi-Qar",
            "Clashes in Al Milhah, Kirkuk province killed two.|Al Milhah|Kirkuk",
            "On 5 May 2020, clashes took place in Al Mukalla city (Hadramawt).|Al Mukalla|Hadramawt",
            "On 5 May 2020, STC forces clashed with government forces in Zinjibar (Abyan).|Zinjibar|Abyan",
            "On 5 May 2020, a landmine exploded in Hayfan district (Taizz), killing a child.|Hayfan|Taizz",
            "On 9 May 2020, Houthis shelled Al Hazm (Al Jawf).|Al Hazm|Al Jawf",
            "On 3 May 2020, clashes were reported in Qataba district (Ad Dali).|Qataba|Al Dhale'e",
            "On 5 May 2020, DPR forces shelled Ukrainian positions near Marinka (Donetsk).|Marinka|Donetsk",
            "On 5 May 2020, separatists fired on Vodiane and Pisky (Donetsk).|Vodiane|Donetsk",
            "On 5 May 2020, shelling was reported near Shyrokyne, Hnutove and Talakivka (Donetsk).|Hnutove|Donetsk",
            "On 5 May 2020, LPR forces shelled Zolote and Krymske (Luhansk).|Krymske|Luhansk",
            "On 5 May 2020, Ukrainian forces shelled Zaitseve and Novoluhanske near Svitlodarsk (Donetsk).|Svitlodarsk|Donetsk",
            "On 5 May 2020, a mine exploded near Avdeevka (Donetsk).|Avdeevka|Donetsk",
            "On 5 May 2020, shelling hit Stanytsia Luhanska (Luhansk).|Stanytsia Luhanska|Luhansk",
            "On 5 May 2020, DPR shelled Opytne and Verkhnotoretske (Donetsk).|Verkhnotoretske|Donetsk",
            "Officials in Mykolaiv said the port was shelled overnight.|Mykolaiv|Mykolaiv",
            "LNA artillery hit Tajoura and Ain Zara (Tripoli) on 16 May 2021.|Tajoura|Tripoli",
            "On 5 May 2020, coalition aircraft struck Kitaf wa Al Boqe'e district (Sadah).|Kitaf wa Al Boqe'e|Sadah",
            "On 5 May 2020, shelling hit Medghal (Marib), killing two civilians.|Medghal|Marib",
            "On 5 May 2020, shelling hit Daret Azza (Aleppo), killing two civilians.|Daret Azza|Aleppo",
            "On 5 May 2020, shelling hit Mhardeh (Hama), killing two civilians.|Mhardeh|Hama",
            "On 5 May 2020, Israeli forces raided Beit Ummar (Hebron) and arrested two men.|Beit Ummar|West Bank",
            "On 5 May 2020, an IED killed two soldiers in Sheikh Zuweid (North Sinai).|Sheikh Zuweid|North Sinai",
            "Shelling hit Vuhledar on Monday, officials in Donetsk oblast said.|Vuhledar|Donetsk",
            "On 8 May 2020, protesters gathered outside the central bank branch in Tripoli (North).|Tripoli|North",
            "On 8 May 2020, protesters gathered outside the central bank branch in Tripoli (North).|North|North",
            "On 13 May 2021, armed men attacked a bus near Fada N'gourma (Est).|Fada N'gourma|Est",
            "On 8 May 2020, protesters blocked the road in Jal el Dib (Mount Lebanon).|Jal el Dib|Mount Lebanon",
            "On 2 May 2020, clashes occurred in Al Maton district (Al Jawf).|Al Maton|Al Jawf",
            "On 2 May 2020, Turkish forces shelled Tal Rifaat and Shaikh Issa villages (Aleppo).|Shaikh Issa|Aleppo",
            "On 6 May 2020, a landmine exploded in Al-Shaddadi (Al-Hasakeh).|Al-Shaddadi|Al-Hasakeh",
            "On 6 May 2020, SDF forces raided Thiban (Deir-ez-Zor).|Thiban|Deir-ez-Zor",
            "Residents fled the village of Al-Shafah after shelling in Deir az-Zour province.|Al-Shafah|Deir-ez-Zor",
            "On 5 May 2020, ISIS militants killed 3 shepherds in the desert of Al-Raqqa near Maadan.|Maadan|Ar-Raqqa",
            "On 5 May 2020, Israeli forces demolished a house in Al-Eizariya (Jerusalem).|Al-Eizariya|West Bank",
            "On 15 May 2021, a local official was shot dead near Al-Karak al-Sharqi (Dar'a).|Al-Karak al-Sharqi|Dar'a",
            "On 5 May 2020, the SDF arrested 6 persons in Al-Tayana town in the eastern countryside of Deir-ez-Zor.|Al-Tayana|Deir-ez-Zor",
            "Shelling hit the city of Al Quriyah in Deir Ezzor province overnight.|Al Quriyah|Deir-ez-Zor",
            "On 5 May 2020, coalition forces shelled Al Malahit area of Az Zahir district (Sadah).|Az Zahir|Sadah",
            "On 5 May 2020, rioters threw stones at soldiers in Nabi Saleh village (Ramallah and Al Bireh).|Nabi Saleh|West Bank",
            "On 1 May 2020, regime forces shelled the vicinity of Al-Ghadfa in the southern countryside of Idleb.|Al-Ghadfa|Idleb",
            "Gunmen killed two people in Al Karablah, Al Anbar province, on Monday.|Al Karablah|Al-Anbar",
            "On 5 May 2020, Israeli forces arrested a Palestinian in Tuqu' (Bethlehem).|Bethlehem|West Bank",
            "On 4 May 2020, Russian and Turkish forces conducted a joint patrol on the M4 highway near Ariha.|Ariha|Idleb",
            "On 2 May 2020, Russian warplanes struck Al-Bara in southern Idleb.|Al-Bara|Idleb",
            "On 12 May 2021, gunmen on a motorbike shot a teacher in Al-Karak Al-Sharqi town, eastern Dar'a countryside.|Karak Al-Sharqi|Dar'a",
            "On 14 May 2021, a young man was shot by masked gunmen in Da'el town, Dar'a countryside.|Da'el|Dar'a",
            "On 6 May 2020, Israeli forces raided houses in Al-Bireh (Ramallah) and arrested two men.|Al-Bireh|West Bank",
            "A car bomb tore through a market in Sadr City on Tuesday, police said.|Sadr City|Baghdad",
            // camps and quarters the GeoNames towns miss (curated): by the camp's name with its camp word, or bare
            "Israeli troops raided Aida camp near Bethlehem overnight and detained two teenagers.|Aida camp|West Bank",
            "Two brothers died of gunshot wounds in Ain al-Hilweh, the largest Palestinian camp in Lebanon, on Friday.|Ain al-Hilweh|South",
            "Settlers threw stones at houses in Sheikh Jarrah in East Jerusalem on Friday.|Sheikh Jarrah|West Bank",
            // "Gaza" votes for the Strip, not for Mozambique's province of that name, so the settlement stays read
            "A rocket fired from Gaza struck a house in Ma'ale Adumim on Friday.|Ma'ale Adumim|West Bank",
            "Firefighters put out a blaze near Nahal Oz that a balloon from Gaza had started on Friday.|Nahal Oz|HaDarom",
            "Settlers from Kiryat Arba threw stones at Palestinian cars on Friday.|Kiryat Arba|West Bank",
            "Police fired tear gas at mourners marching in Diraz, west of Manama, on Friday.|Diraz|Northern",
            "Riot police dispersed a night protest in Sitra on Friday.|Sitra|Capital",
            // a person's name that opens a village's, spelt otherwise ('Ali Husayn)
            "Gunmen on a motorbike shot dead a farmer in Ali Husain (Diyala) on Friday.|Ali Husain|Diyala",
            "Farmers angry at water cuts blocked the main road in Izeh on Friday.|Izeh|Khuzestan",
            // a governorate qualifying a district: by its own name, not another one's alias ("Lahij" for Al Dhale'e),
            // and the Yemeni one where a Saudi province shares the name
            "On 2 May 2020, Houthi snipers shot a farmer in Kirsh district (Lahij).|Kirsh|Lahij",
            "On 2 May 2020, tribesmen clashed with Houthi forces in Al-Masloub district (Al Jawf).|Al-Masloub|Al Jawf",
            "On 2 May 2020, coalition jets struck Khab wa al-Sha'af district (Al Jawf).|Khab wa al-Sha'af|Al Jawf",
            "On 2 May 2020, an IED hit a police patrol in Dibis district (Kirkuk).|Dibis|Kirkuk",
            "Former rebels and government troops exchanged fire in Busra al-Sham (Dar'a) on Friday.|Busra al-Sham|Dar'a",
            "Unknown gunmen shot dead a former commander in Sheikh Saad (Dar'a) on Friday.|Sheikh Saad|Dar'a",
            // a namesake city abroad, however big, where the qualifying unit has the name spelt otherwise
            "On 2 May 2020, a drone struck a farm near Mansoura (Ar-Raqqa).|Mansoura|Ar-Raqqa",
            "On 2 May 2020, gunmen killed a teacher in Saida (Dar'a).|Saida|Dar'a",
            "SDF patrols searched houses in Al-Shuhayl (Deir-ez-Zor) on Friday.|Al-Shuhayl|Deir-ez-Zor",
            "Aid trucks reached the Yarmouk camp on the southern edge of Damascus on Friday.|Yarmouk camp|Damascus",
            "Guards fired on women protesting inside al-Hol camp on Friday, the SDF said.|al-Hol|Al-Hasakeh",
    })
    void readInItsProvince(String text, String name, String admin1) {
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc(text));
        assertTrue(TestDocs.readAs(ms, name, p -> admin1.equals(p.admin1())), () -> name + " not in " + admin1 + ": " + ms);
    }

    /**
     * Words of a name the gazetteer lacks are no places elsewhere: a head word that opens a longer name ("Wadi",
     * valley) is not the Algerian city it also names, and a name that shares only its head word and consonants with a
     * village far away is not that village.
     */
    @ParameterizedTest(name = "nothing in {2} read from: {0}")
    @CsvSource(delimiter = '|', value = {
            "On 3 May 2020, Iraqi forces clashed with ISIS militants in Wadi al-Shay (Kirkuk).|Wadi|DZ",
            "Rebels seized Tal Jamu, five kilometres from the hill they took on Thursday, in Daraa province.|Tal Jamu|SY",
            "Police closed a market in the Urals town of Serov on Friday.|Urals|RU",
            "On 9 May 2020, demonstrators gathered in Riad al-Solh square in Beirut.|Riad|SA",
            "On 4 May 2020, rival factions clashed in Arab Said village in the western countryside of Idleb.|Arab Said|IQ",
            "On 6 May 2020, clashes erupted in the Kilo 16 area east of Al Hudaydah city.|Kilo|DE",
            "On 7 May 2020, Israeli forces raided Jenin refugee camp and arrested 3 persons.|Jenin|IL",
            "On 4 May 2020, ISIS militants attacked Peshmerga forces in Garmiyan area.|Garmiyan|DE",
            "A police post in Saravan county came under attack on 14 May 2021.|Saravan|AZ",
            "On 6 May 2020, a member of Fatah was shot dead in Ain al-Hilweh camp (South).|al-Hilweh|YE",
            "On 6 May 2020, a member of Fatah was shot dead in Ain al-Hilweh camp (South).|Fatah|YE",
    })
    void noReadingOfAPart(String text, String name, String country) {
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc(text));
        assertTrue(ms.stream().noneMatch(m -> m.place() != null && m.text().startsWith(name) && country.equals(m.place().iso2())),
                () -> name + " read in " + country + ": " + ms);
    }

    /** "The (southern) countryside of Idleb" is the province's rural part, as "Idleb countryside" is: the unit. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "On 1 May 2020, regime forces shelled villages in the southern countryside of Idleb.|Idleb",
            "On 1 May 2020, regime forces shelled villages in the countryside of Hama.|Hama",
    })
    void countrysideOfAProvinceIsTheProvince(String text, String name) {
        List<PlaceMention> ms = annotator.annotate(TestDocs.doc(text));
        assertTrue(TestDocs.readAs(ms, name, p -> "admin1".equals(p.feature())), () -> name + " not the province: " + ms);
    }
}
