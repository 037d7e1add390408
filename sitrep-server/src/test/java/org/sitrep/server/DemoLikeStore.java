package org.sitrep.server;

import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;
import org.sitrep.store.EventStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A store that looks like the demo's (Syrian governorates, a month of events of every common type, disputed
 * events with claims), made here so browser tests and the bench need neither the pipeline nor shared data.
 * Articles are written so evidence and claim offsets point at real sentences of their text.
 */
final class DemoLikeStore {
    record Place(String name, String admin1, double lat, double lon) {}

    static final List<Place> PLACES = List.of(
            new Place("Aleppo", "Aleppo", 36.20, 37.16), new Place("Idlib", "Idlib", 35.93, 36.63),
            new Place("Jisr al-Shughur", "Idlib", 35.81, 36.32), new Place("Hama", "Hama", 35.13, 36.75),
            new Place("Homs", "Homs", 34.73, 36.71), new Place("Raqqa", "Ar-Raqqa", 35.95, 39.01),
            new Place("Douma", "Rural Damascus", 33.57, 36.40), new Place("Deir ez-Zor", "Deir-ez-Zor", 35.33, 40.14),
            new Place("Latakia", "Lattakia", 35.52, 35.78), new Place("Palmyra", "Homs", 34.56, 38.27));

    static final List<SubEventType> TYPES = List.of(SubEventType.AIR_DRONE_STRIKE, SubEventType.ARMED_CLASH,
            SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.ATTACK, SubEventType.PEACEFUL_PROTEST, SubEventType.ARRESTS,
            SubEventType.AIR_DRONE_STRIKE, SubEventType.ARMED_CLASH);

    static final String OBSERVATORY = "Syrian Observatory for Human Rights";
    static final String MOD = "Military Forces of Russia";

    private DemoLikeStore() {
    }

    /** Fills the store with {@code n} events from {@code n} articles; every fifth event is disputed. */
    static Map<String, Event> fill(EventStore store, int n) {
        Random rnd = new Random(42);
        Map<String, Event> all = new LinkedHashMap<>();
        Map<String, List<Event>> byDoc = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Place p = PLACES.get(i % PLACES.size());
            SubEventType type = TYPES.get((i / 3) % TYPES.size());
            LocalDate date = LocalDate.of(2015, 10, 1).plusDays(rnd.nextInt(30));
            int dead = type == SubEventType.PEACEFUL_PROTEST || type == SubEventType.ARRESTS ? 0 : rnd.nextInt(25);
            boolean disputed = i % 5 == 0;
            String docId = String.format("art-%04d", i);
            String lead = p.name() + ", " + date + " — ";
            String evidenceText = sentence(type, p.name(), dead);
            String observatory = "The " + OBSERVATORY + " said the " + describe(type) + " killed " + dead + " people.";
            String denial = "Russia's defence ministry denied carrying out any strikes near " + p.name() + ".";
            String text = lead + evidenceText + " Residents described the scene. " + observatory + (disputed ? " " + denial : "")
                    + "\n\nMore fighting was reported elsewhere in the province.";
            store.putArticle(new Article(docId, describeTitle(type, p.name()), text, date.plusDays(1), "Demo Wire",
                    "https://example.org/news/" + docId, null, "demo-like:" + i), null);
            int evStart = lead.length();
            List<Evidence> evidence = List.of(new Evidence(docId, evStart, evStart + evidenceText.length(), evidenceText));
            List<Claim> claims = new ArrayList<>();
            int obs = text.indexOf(observatory);
            claims.add(new Claim(OBSERVATORY, docId, obs, obs + observatory.length(), Stance.ASSERTS, dead + " killed"));
            if (disputed) {
                int den = text.indexOf(denial);
                claims.add(new Claim(MOD, docId, den, den + denial.length(), Stance.DENIES, "no strikes near " + p.name()));
            }
            Actor a1 = switch (type.type()) {
                case PROTESTS -> new Actor("Protesters (Syria)", 6, "SY");
                case BATTLES -> new Actor("Military Forces of Syria", 1, "SY");
                default -> i % 2 == 0 ? new Actor(MOD, 8, "RU") : new Actor("Military Forces of Syria", 1, "SY");
            };
            Actor a2 = type.type() == org.sitrep.model.EventType.BATTLES ? new Actor("Rebel groups (Syria)", 2, "SY")
                    : new Actor("Civilians (Syria)", 7, "SY");
            Event e = new Event(String.format("ev_demo%04d", i), docId, date, 1, type, a1, null, a2, null, "Syria", "SYR",
                    p.admin1(), null, p.name(), p.lat() + rnd.nextGaussian() * 0.03, p.lon() + rnd.nextGaussian() * 0.03, 1,
                    null, dead, disputed ? OBSERVATORY + "; " + MOD : OBSERVATORY,
                    "On " + date + ", " + describe(type) + " in " + p.name() + ". " + dead + " fatalities.", evidence, claims,
                    List.of(docId), disputed, 0.8, Map.of());
            all.put(e.eventId(), e);
            byDoc.computeIfAbsent(docId, k -> new ArrayList<>()).add(e);
        }
        store.putEvents(byDoc);
        return all;
    }

    private static String describe(SubEventType t) {
        return t.label().toLowerCase(java.util.Locale.ROOT);
    }

    private static String describeTitle(SubEventType t, String place) {
        return t.label() + " reported in " + place;
    }

    private static String sentence(SubEventType t, String place, int dead) {
        return switch (t) {
            case AIR_DRONE_STRIKE -> "Air strikes hit " + place + " on Monday, killing " + dead + " people.";
            case ARMED_CLASH -> "Government forces clashed with rebels near " + place + ", leaving " + dead + " dead.";
            case SHELLING_ARTILLERY_MISSILE -> "Shells fell on a market in " + place + ", killing " + dead + ".";
            case ATTACK -> "Gunmen attacked a village near " + place + " and killed " + dead + " civilians.";
            case PEACEFUL_PROTEST -> "Hundreds protested peacefully in " + place + " against the siege.";
            case ARRESTS -> "Security forces arrested dozens of men in " + place + ".";
            default -> "Something happened in " + place + ".";
        };
    }
}
