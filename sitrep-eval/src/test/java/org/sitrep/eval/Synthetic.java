package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sitrep.eval.py.PyJson;

/**
 * Small made-up gold and system files that exercise the scorer's tricky rules. Nothing here comes from the
 * evaluation data: places and actors are generic, texts are invented.
 */
final class Synthetic {
    private Synthetic() {}

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static Map<String, Object> gold(String doc, String id, String type, String sub, String admin1, String location,
                                    Integer gp, String actor1, Integer fatalities, String date, List<String> overlaps) {
        return map("doc", doc, "event_id", id, "event_date", date, "event_type", type, "sub_event_type", sub,
                "actor1", actor1, "admin1", admin1, "location", location, "geo_precision", gp,
                "fatalities", fatalities, "evidence", List.of("Invented sentence for " + id + " near " + location + "."),
                "possible_overlap_with", overlaps);
    }

    static final String BAT = "Battles", ERV = "Explosions/Remote violence", VAC = "Violence against civilians";
    static final String CLASH = "Armed clash", REGAIN = "Government regains territory", AIR = "Air/drone strike",
            SHELL = "Shelling/artillery/missile attack", ATTACK = "Attack", OVERTAKE = "Non-state actor overtakes territory";

    /** Gold with neutral overlaps, borderline not_events, a named town, Rural Damascus, strict/loose traps. */
    static Map<String, Object> seedGold() {
        List<Object> events = new ArrayList<>(List.of(
                gold("100_alpha.txt", "100-E01", ERV, AIR, "Hama", "Sahl al-Ghab", 2, "Military Forces of Russia", 0, "2015-10-12", List.of("100-E02")),
                gold("100_alpha.txt", "100-E02", ERV, AIR, "Hama", "Hama", 3, "Military Forces of Russia", 0, "2015-10-12", List.of("100-E01")),
                gold("100_alpha.txt", "100-E03", BAT, REGAIN, "Idlib", "Khan Shaykhun", 1, "Military Forces of Syria", 3, "2015-10-11", List.of()),
                gold("100_alpha.txt", "100-E04", BAT, CLASH, "Rural Damascus", "Douma", 1, "Rebel groups (Syria)", 0, "2015-10-12", List.of()),
                gold("100_alpha.txt", "100-E05", ERV, SHELL, "Homs", "Talbiseh", 1, "Military Forces of Syria", 7, "2015-10-10", List.of()),
                gold("100_alpha.txt", "100-E06", BAT, CLASH, "Latakia", "Jabal al-Akrad", 2, "Military Forces of Syria", null, "2015-10-12", List.of()),
                gold("101_beta.txt", "101-E01", BAT, CLASH, "Hama", "Hama", 3, "Rebel groups (Syria)", 0, "2019-08-20", List.of()),
                gold("101_beta.txt", "101-E02", BAT, REGAIN, "Hama", "Hama", 3, "Military Forces of Syria", 0, "2019-08-20", List.of()),
                gold("101_beta.txt", "101-E03", BAT, OVERTAKE, "Aleppo", "Aleppo", 3, "Islamic State", 0, "2019-08-19", List.of()),
                gold("101_beta.txt", "101-E04", "Strategic developments", "Change to group/activity", null, null, null, "Syrian Democratic Forces", 0, "2019-08-18", List.of()),
                gold("101_beta.txt", "101-E05", ERV, AIR, "Idlib", "Kafr Nabuda", 1, "Military Forces of Syria", 12, "2019-08-20", List.of("101-E06")),
                gold("101_beta.txt", "101-E06", ERV, AIR, "Idlib", "Idlib", 3, "Military Forces of Syria", 0, "2019-08-20", List.of("101-E05")),
                gold("102_gamma.txt", "102-E01", VAC, ATTACK, "Deir ez-Zor", "Al-Mayadin", 1, "Islamic State", 4, "2017-03-02", List.of()),
                gold("102_gamma.txt", "102-E02", VAC, "Abduction/forced disappearance", "Deir ez-Zor", "Hajin", 1, "Islamic State", 0, "2017-03-01", List.of())));
        List<Object> notEvents = List.of(
                map("doc", "100_alpha.txt", "text", "Moscow said its jets had flown more than sixty sorties over the past day across four provinces.",
                        "category", "aggregate without location", "reason", "invented", "borderline", true),
                map("doc", "101_beta.txt", "text", "The ministers met in Geneva on Tuesday to discuss a ceasefire.",
                        "category", "diplomacy", "reason", "invented", "borderline", false));
        return map("conventions", map("note", "synthetic"),
                "articles", List.of(map("doc", "100_alpha.txt"), map("doc", "101_beta.txt"), map("doc", "102_gamma.txt"),
                        map("doc", "103_delta.txt")),
                "events", events, "not_events", notEvents, "quotes", List.of(),
                "cross_article_duplicates", List.of(map("event_ids", List.of("100-E05", "102-E01")),
                        List.of("100-E03", "101-E05")));
    }

    static Map<String, Object> sys(String doc, String id, String type, String sub, String admin1, String location,
                                   Object actor1, Object fatalities, String date, String evidence) {
        Map<String, Object> m = map("event_id", id, "doc_id", doc, "event_date", date, "event_type", type,
                "sub_event_type", sub, "actor1", actor1, "admin1", admin1, "location", location,
                "fatalities", fatalities, "confidence", 0.5);
        m.put("evidence", List.of(map("doc_id", doc, "start", 0, "end", 5, "text", evidence)));
        return m;
    }

    /** Hand-made system output hitting each rule. */
    static List<Map<String, Object>> seedSystem() {
        List<Map<String, Object>> s = new ArrayList<>();
        // overlap pair: one system strike matches E01, E02 becomes neutral
        s.add(sys("100_alpha", "s1", ERV, AIR, "Hama", "Sahl al Ghab plain", "Military Forces of Russia (2015-)", 0, "2015-10-12", "Russian jets struck the plain."));
        // named town with transliteration and wrong governorate (same town allowed)
        s.add(sys("100_alpha.txt", "s2", BAT, REGAIN, "Hama", "Khan Sheikhoun", "military forces of syria", 3.0, "2015-10-11", "Troops took Khan Sheikhoun."));
        // Rural Damascus vs Damascus admin spelling
        s.add(sys("100_alpha", "s3", BAT, CLASH, "Damascus", "Duma", "Rebel groups (Syria)", null, "2015-10-12", "Fighting in Duma."));
        // admin mismatch, same town different spelling: Talbisah ~ Talbiseh
        s.add(sys("100_alpha", "s4", ERV, SHELL, "Hama", "Talbisah", "Military Forces of Syria", 7, "2015-10-10", "Shells hit Talbisah."));
        // same type, other sub-type: loose match for E06
        s.add(sys("100_alpha", "s5", BAT, REGAIN, "Latakia", "Kabani", "Military Forces of Syria (2000-)", 0, "2015-10-12", "Troops advanced near Kabani."));
        // false positive overlapping a borderline not_event (score.py still counts it)
        s.add(sys("100_alpha", "s6", ERV, AIR, "Idlib", "Idlib", "Military Forces of Russia", 0, "2015-10-12",
                "its jets had flown more than sixty sorties over the past day"));
        // strict-then-loose trap in 101: system order puts the REGAIN first
        s.add(sys("101_beta", "t1", BAT, REGAIN, "Hama", "Hama", "Military Forces of Syria", 0, "2019-08-20", "Regime took villages."));
        s.add(sys("101_beta", "t2", BAT, CLASH, "Hama", "Kafr Zita", "Rebel groups (Syria)", 0, "2019-08-20", "Clashes went on."));
        Map<String, Object> t3 = sys("101_beta", "", BAT, CLASH, "Aleppo", "", "Islamic State", "0", "2019-08-19", "IS fighters attacked.");
        t3.put("articles", List.of("101_beta", "101_beta.txt")); // counted under both names, as score.py does
        s.add(t3);
        s.add(sys("101_beta", "t4", "Strategic developments", "Change to group/activity", null, null, "Syrian Democratic Forces", 0, "2019-08-18", "The SDF formed a council."));
        // named town needed (gp 1): system names a different town in the right province -> no match
        s.add(sys("101_beta", "t5", ERV, AIR, "Idlib", "Maarrat al-Numan", "Military Forces of Syria", 12, "2019-08-20", "Jets hit Maarat."));
        // doc only through evidence
        Map<String, Object> t6 = sys(null, "t6", ERV, AIR, "Idlib", "Kafr Nabudah", "Military Forces of Syria", 12, "2019-08-20", "Jets hit Kafr Nabudah.");
        t6.put("evidence", List.of(map("doc_id", "101_beta.txt", "start", 1, "end", 4, "text", "Jets")));
        s.add(t6);
        // wrong event type entirely
        s.add(sys("102_gamma", "u1", BAT, CLASH, "Deir ez-Zor", "Mayadin", "Islamic State", 4, "2017-03-02", "Clashes in Mayadin."));
        // a document gold does not know: counted in "system" only
        s.add(sys("999_other", "z1", BAT, CLASH, "Hama", "Hama", "x", 0, "2017-03-02", "Unrelated."));
        // shared event_id across articles: the dedup link
        Map<String, Object> u2 = sys("102_gamma", "s4", VAC, ATTACK, "Deir ez-Zor", "Al Mayadeen", "Islamic State (2014-)", 4, "2017-03-02", "IS killed four.");
        s.add(u2);
        return s;
    }

    static final String[] TYPES = {BAT, ERV, VAC};
    static final String[][] SUBS = {{CLASH, REGAIN, OVERTAKE}, {AIR, SHELL}, {ATTACK}};
    static final String[] ADMINS = {"Hama", "Idlib", "Rural Damascus", "Damascus", "Rif Dimashq", "Homs", "Latakia", "Aleppo", "Deir ez-Zor", null, ""};
    static final String[] PLACES = {"Sahl al-Ghab", "Khan Sheikhoun", "Khan Shaykhun", "Douma", "Duma", "Talbisah", "Kafr Nabudah",
        "Kafr Nabuda", "Hama", "Idlib", "Al Mayadeen", "Mayadin", "Jabal al Akrad", "", null, "Kafr Zita"};
    static final Object[] ACTORS = {"Military Forces of Syria", "Military Forces of Syria (2000-)", "MILITARY FORCES OF RUSSIA",
        "Rebel groups (Syria)", "Islamic State", "", null, "Syrian Democratic Forces"};
    static final Object[] FATALITIES = {0, 3, 3.0, 7, 12, null, 4, "4", true};
    static final String[] DATES = {"2015-10-12", "2015-10-11", "2019-08-20", "2017-03-02", null};
    static final String[] DOCS = {"100_alpha", "100_alpha.txt", "101_beta", "101_beta.txt", "102_gamma", "103_delta.txt", "zzz"};

    /** A random system file drawn from the same vocabulary as the gold, so matches, misses and traps all occur. */
    static List<Map<String, Object>> randomSystem(Random r, int n) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int t = r.nextInt(TYPES.length);
            String doc = DOCS[r.nextInt(DOCS.length)];
            Map<String, Object> e = sys(doc, r.nextInt(5) == 0 ? null : "r" + r.nextInt(n), TYPES[t],
                    SUBS[t][r.nextInt(SUBS[t].length)], ADMINS[r.nextInt(ADMINS.length)], PLACES[r.nextInt(PLACES.length)],
                    ACTORS[r.nextInt(ACTORS.length)], FATALITIES[r.nextInt(FATALITIES.length)], DATES[r.nextInt(DATES.length)],
                    "Invented evidence " + i);
            e.put("confidence", r.nextInt(4) == 0 ? null : r.nextInt(3) * 0.25);
            if (r.nextInt(6) == 0) e.put("articles", List.of(DOCS[r.nextInt(DOCS.length)]));
            out.add(e);
        }
        return out;
    }

    static Path writeJson(Path p, Object v) {
        return write(p, PyJson.dumps(v) + "\n");
    }

    static Path writeJsonl(Path p, List<? extends Object> lines) {
        StringBuilder b = new StringBuilder();
        for (Object o : lines) b.append(PyJson.dumps(o)).append('\n');
        return write(p, b.toString());
    }

    static Path write(Path p, String text) {
        try {
            return Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ACLED-style CSV with quoted notes (commas, doubled quotes, a line break) and the tricky columns. */
    static String acledCsv() {
        String header = "data_id,event_id_cnty,event_date,event_type,sub_event_type,actor1,admin1,location,latitude,longitude,geo_precision,notes,fatalities";
        List<String> rows = new ArrayList<>(List.of(
                "1,AAA1,1-May-20,Battles,Armed clash,Military Forces of Testland (2019-),North Province,Alpha Town,10.0,20.0,1,\"On 1 May, soldiers clashed with rebels near Alpha Town, \"\"heavy\"\" fire.\",2",
                "2,AAA2,1-May-20,Explosions/Remote violence,Shelling/artillery/missile attack,Rebels of Testland,Rural Damascus,Beta,33.5,36.3,2,\"Shells hit Beta.\nTwo wounded.\",0",
                "3,AAA3,2-May-20,Violence against civilians,Attack,Unidentified Armed Group (Testland),East Province,Gamma,0.0,0.0,1,Gunmen killed a man in Gamma.,1",
                "4,AAA4,2-May-20,Protests,Peaceful protest,Protesters (Testland),West Province,Delta City,-5.5,120.25,1,People protested in Delta City.,0",
                "5,AAA5,3-May-20,Riots,Mob violence,Rioters (Testland),West Province,Epsilon,12.0,-70.0,2,A mob beat a thief.,10",
                "6,AAA6,3-May-20,Strategic developments,Arrests,Police Forces of Testland (2019-),North Province,Zeta,45.0,45.0,3,Police arrested an activist.,",
                "7,AAA7,4-May-20,Battles,Armed clash,Al Shabaab,Lower Region,Eta-Village,-0.5,42.1,1,Militants attacked a base.,3",
                "8,AAA8,4-May-20,Battles,Armed clash,Al Shabaab,Lower Region,Theta,-0.6,42.2,2,\"Fighting, again.\",0"));
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    static List<Map<String, Object>> acledSystem() {
        List<Map<String, Object>> s = new ArrayList<>();
        s.add(geo(sys("AAA1", "a1", BAT, CLASH, "north province", "Alpha", "Military Forces of Testland", 2, null, "x"), 10.05, 20.0, 0.9));
        s.add(geo(sys("AAA1", "a1b", ERV, SHELL, "North Province", "Alpha Town", "Military Forces of Testland (2019-)", 2, null, "x"), 10.0, 20.0, 0.99));
        s.add(geo(sys("AAA2", "a2", ERV, SHELL, "Damascus", "Beta", "Rebels of Testland", 0, null, "x"), 33.5 + 10.0 / 111.2, 36.3, 0.5));
        s.add(geo(sys("AAA3", "a3", VAC, ATTACK, "East", "Gamma", "Unidentified Armed Group (Testland)", "1", null, "x"), "0.05", "0.05", null));
        s.add(geo(sys("AAA4", "a4", "Protests", "Protest with intervention", "West Province", "Delta", "Protesters (Testland)", 0, null, "x"), null, 120.25, 0.5));
        s.add(geo(sys("AAA5", "a5", "Riots", "Mob violence", "West Province", "Epsilon", "Rioters (Testland)", 10.7, null, "x"), 12.0, -70.0, 0.5));
        s.add(geo(sys("AAA5", "a5b", "Riots", "Mob violence", "West Province", "Epsilon", "Rioters (Testland)", 10, null, "x"), 12.0, -70.0, 0.7));
        s.add(geo(sys("AAA6", "a6", "Strategic developments", "Arrests", "North Province", "Zeta", "Police Forces of Testland", null, null, "x"), "45,0", 45.0, true));
        s.add(geo(sys("AAA7", "a7", BAT, CLASH, "Lower", "Eta Village", "Al-Shabaab", 3, null, "x"), -0.5 + 9.99 / 111.195, 42.1, 0.5));
        // AAA8: no event at all
        return s;
    }

    static Map<String, Object> geo(Map<String, Object> e, Object lat, Object lon, Object conf) {
        e.put("latitude", lat);
        e.put("longitude", lon);
        e.put("confidence", conf);
        return e;
    }

    static List<String> split(String s) {
        return Arrays.asList(s.split("\n"));
    }
}
