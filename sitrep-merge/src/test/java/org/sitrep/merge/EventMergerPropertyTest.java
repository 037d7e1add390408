package org.sitrep.merge;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Order independence and id stability over random reports drawn from a few places, days, types and articles. */
class EventMergerPropertyTest {
    private static final List<Fixtures.Place> PLACES = List.of(Fixtures.KAFR_NABUDAH, Fixtures.KAFR_NABUDA_NO_ID,
            Fixtures.KHAN_SHAYKHUN, Fixtures.MAARAT, Fixtures.HAMA_CITY, Fixtures.QARDAHA, Fixtures.IDLIB_PROVINCE);
    private static final List<SubEventType> TYPES = List.of(SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE,
            SubEventType.ARMED_CLASH, SubEventType.CHEMICAL_WEAPON, SubEventType.PEACEFUL_PROTEST);
    private static final List<String> WORDS = List.of("strike", "killed", "civilians", "village", "jets", "shelling",
            "rebels", "army", "gas", "market", "hospital", "convoy");

    @Provide
    Arbitrary<List<Event>> reports() {
        Arbitrary<Event> one = Combinators.combine(
                Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, PLACES.size() - 1), Arbitraries.integers().between(0, TYPES.size() - 1),
                Arbitraries.of(0, 0, 4, 12, 58), Arbitraries.integers().between(0, 4095),
                Arbitraries.integers().between(0, 99999)).as((doc, day, place, type, fat, words, serial) -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < WORDS.size(); i++) if ((words >> i & 1) == 1) text.append(WORDS.get(i)).append(' ');
            text.append("report");
            Event e = Fixtures.event(String.format("ev_%05d_%d", serial, doc), "doc" + doc, "2016-06-0" + (1 + day),
                    TYPES.get(type), PLACES.get(place), fat > 10 ? "Military Forces of Syria" : null, fat, text.toString());
            // a quarter dated only by their report (stamp, statement): the report-window rules
            return serial % 4 == 0 ? Fixtures.reportDated(e, serial % 8 == 0 ? "date:dateline" : "date:statement-weekday") : e;
        });
        return one.list().ofMinSize(1).ofMaxSize(40).uniqueElements(Event::eventId);
    }

    private static Set<Set<String>> clusters(EventMerger m) {
        return m.clusters().stream().map(c -> c.reports().stream().map(Event::eventId).collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toSet());
    }

    @Property(tries = 300)
    void sameClustersInAnyOrderOneByOne(@ForAll("reports") List<Event> events, @ForAll Random random) {
        EventMerger forward = new EventMerger();
        events.forEach(forward::add);
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);
        EventMerger other = new EventMerger();
        shuffled.forEach(other::add);
        assertEquals(clusters(forward), clusters(other));
    }

    @Property(tries = 300)
    void batchMergeGivesTheSameClustersAndIdsInAnyOrder(@ForAll("reports") List<Event> events, @ForAll Random random) {
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);
        EventMerger a = new EventMerger();
        a.addAll(events);
        EventMerger b = new EventMerger();
        b.addAll(shuffled);
        assertEquals(a.mergedEvents(), b.mergedEvents(), "same merged events, ids and fields included");
    }

    @Property(tries = 300)
    void existingIdsSurviveNewReports(@ForAll("reports") List<Event> first, @ForAll("reports") @Size(max = 20) List<Event> later) {
        EventMerger m = new EventMerger();
        m.addAll(first);
        Map<String, Set<String>> before = new HashMap<>();
        for (MergeCluster c : m.clusters()) before.put(c.id(), c.reports().stream().map(Event::eventId).collect(Collectors.toSet()));
        Set<String> firstIds = first.stream().map(Event::eventId).collect(Collectors.toSet());
        m.addAll(later.stream().filter(e -> !firstIds.contains(e.eventId())).toList());
        for (var e : before.entrySet()) {
            MergeCluster now = m.cluster(e.getKey()).orElseThrow(() -> new AssertionError("id " + e.getKey() + " vanished"));
            assertTrue(now.reports().stream().anyMatch(r -> e.getValue().contains(r.eventId())),
                    "the id still names a cluster holding some of its former reports");
        }
    }

    @Property(tries = 200)
    void neverTwoPlacesOrTwoDaysInOneEvent(@ForAll("reports") List<Event> events) {
        EventMerger m = new EventMerger(MergePolicy.defaults().withDayTolerance(0));
        // exact days only: a report's own day may lie days after the happening it joins
        m.addAll(events.stream().filter(e -> e.timePrecision() == 1).toList());
        for (MergeCluster c : m.clusters()) {
            assertEquals(1, c.reports().stream().map(Event::eventDate).distinct().count(), () -> "two days fused: " + c.reports());
            // specific towns (not a city named like its province, which may stand for the province)
            Set<String> towns = c.reports().stream().filter(r -> !r.location().equals(r.admin1()))
                    .map(r -> Text.skeleton(r.location())).collect(Collectors.toSet());
            // Kafr Nabuda and Kafr Nabudah are one place spelled two ways
            assertTrue(towns.size() <= 1, () -> "two places fused: " + towns);
        }
    }

    @Property(tries = 200)
    void removingReportsGivesTheClustersOfTheRest(@ForAll("reports") List<Event> events, @ForAll Random random) {
        List<Event> gone = new ArrayList<>();
        List<Event> kept = new ArrayList<>();
        for (Event e : events) (random.nextInt(3) == 0 ? gone : kept).add(e);
        EventMerger m = new EventMerger();
        events.forEach(m::add);
        gone.forEach(e -> m.remove(e.eventId()));
        EventMerger fresh = new EventMerger();
        fresh.addAll(kept);
        assertEquals(clusters(fresh), clusters(m), "a removed link or report must split what it held together");
    }
}
