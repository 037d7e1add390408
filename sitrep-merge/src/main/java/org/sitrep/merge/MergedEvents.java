package org.sitrep.merge;

import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.FieldProvenance;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds one merged event from its reports, by stated rules (README "Field rules"):
 * <ul>
 *   <li>place: the most precise place reported (geo_precision; a city named like its province counts as the province),
 *       the most reported gazetteer entry among those; a place geocoded outside the country its report's evidence
 *       names is not chosen while another report gives one;</li>
 *   <li>date: among the most precise dates, the most reported day, ties to the earliest;</li>
 *   <li>sub-event type: the most reported, ties to ACLED's order;</li>
 *   <li>actors: the most reported specific actor (an unidentified group only when no report names one);</li>
 *   <li>fatalities: ACLED's most conservative credible figure, the lowest non-zero figure reported (0 when no
 *       report gives one); every report's figure stays in its claims' detail;</li>
 *   <li>evidence, claims and articles: all of them, nothing dropped;</li>
 *   <li>disputed: when reports disagree on perpetrator (actor1), target (actor2), casualties (figures a factor
 *       {@link MergePolicy#casualtyDisputeRatio()} apart), or place (two named towns), or a source denies it; the
 *       claims of the dissenting reports then carry stance DISPUTES and what they say in {@code detail}.</li>
 * </ul>
 * Every choice is a deterministic function of the set of reports.
 */
final class MergedEvents {
    private MergedEvents() {}

    static Event fuse(String id, Event anchor, List<Event> members, MergePolicy policy) {
        List<Event> rs = new ArrayList<>(members);
        rs.sort(Comparator.comparing(Event::eventId));
        if (rs.size() == 1) {
            Event e = rs.get(0);
            return new Event(id, e.docId(), e.eventDate(), e.timePrecision(), e.subEventType(), e.actor1(), e.assocActor1(),
                    e.actor2(), e.assocActor2(), e.country(), e.iso3(), e.admin1(), e.admin2(), e.location(), e.latitude(),
                    e.longitude(), e.geoPrecision(), e.gazetteerId(), e.fatalities(), e.source(), e.notes(), e.evidence(),
                    withSourceClaim(e), e.articles().isEmpty() ? List.of(e.docId()) : e.articles(), e.disputed() || denied(e),
                    e.confidence(), e.provenance());
        }

        Event place = pickPlace(rs);
        LocalDate date = pickDate(rs);
        Integer timePrecision = rs.stream().map(Event::timePrecision).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        SubEventType type = mostCommon(rs, Event::subEventType, Comparator.comparingInt(Enum::ordinal)).orElseThrow();
        Actor actor1 = pickActor(rs, Event::actor1);
        Actor actor2 = pickActor(rs, Event::actor2);
        Event actorSource = rs.stream().filter(e -> Objects.equals(e.actor1(), actor1)).findFirst().orElse(rs.get(0));
        int fatalities = rs.stream().mapToInt(Event::fatalities).filter(f -> f > 0).min().orElse(0);
        int maxFatalities = rs.stream().mapToInt(Event::fatalities).max().orElse(0);

        Set<String> perpetrators = specificNames(rs, Event::actor1);
        Set<String> targets = specificNames(rs, Event::actor2);
        Set<String> towns = new TreeSet<>();
        for (Event e : rs) {
            if (Report.placePrecision(e) == 1) towns.add(Text.skeleton(e.location()));
        }
        boolean casualtyDispute = fatalities > 0 && maxFatalities >= policy.casualtyDisputeRatio() * fatalities
                && maxFatalities - fatalities >= policy.casualtyDisputeMin();
        boolean anyDenial = rs.stream().anyMatch(MergedEvents::denied);
        List<String> why = new ArrayList<>();
        if (perpetrators.size() > 1) why.add("perpetrator");
        if (targets.size() > 1) why.add("target");
        if (casualtyDispute) why.add("casualties");
        if (towns.size() > 1) why.add("place");
        if (anyDenial) why.add("occurrence");
        boolean disputed = !why.isEmpty() || rs.stream().anyMatch(Event::disputed);

        // evidence and claims: all of them; claims say what their report says when the reports disagree
        Set<Evidence> evidence = new TreeSet<>(Comparator.comparing(Evidence::docId).thenComparingInt(Evidence::start)
                .thenComparingInt(Evidence::end).thenComparing(Evidence::text));
        Map<String, Claim> claims = new LinkedHashMap<>();
        Set<String> articles = new TreeSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Event e : rs) {
            evidence.addAll(e.evidence());
            articles.addAll(e.articles());
            if (e.docId() != null) articles.add(e.docId());
            if (e.source() != null && !e.source().isBlank()) for (String s : e.source().split(";\\s*")) sources.add(s.strip());
            boolean dissents = (why.contains("perpetrator") && e.actor1() != null && !Objects.equals(e.actor1(), actor1)
                    && !e.actor1().name().startsWith("Unidentified"))
                    || (why.contains("target") && e.actor2() != null && !Objects.equals(e.actor2(), actor2)
                    && !e.actor2().name().startsWith("Unidentified"))
                    || (casualtyDispute && e.fatalities() > 0 && e.fatalities() != fatalities)
                    || (why.contains("place") && !Objects.equals(e.gazetteerId(), place.gazetteerId()));
            String account = account(e);
            for (Claim c : withSourceClaim(e)) {
                Stance stance = c.stance() == Stance.ASSERTS && dissents ? Stance.DISPUTES : c.stance();
                String detail = c.detail() == null || c.detail().isBlank() ? account : c.detail() + "; " + account;
                Claim merged = new Claim(c.by(), c.docId(), c.start(), c.end(), stance, detail);
                claims.putIfAbsent(c.by() + "|" + c.docId() + "|" + c.start() + "|" + c.end() + "|" + e.eventId(), merged);
            }
        }

        double miss = 1;
        for (Event e : rs) miss *= 1 - Math.max(0, Math.min(1, e.confidence()));
        double confidence = Math.min(0.99, 1 - miss);

        Map<String, FieldProvenance> provenance = new HashMap<>(place.provenance());
        provenance.put("fatalities", new FieldProvenance("merge", "rule:lowest-credible-figure of " + figures(rs), List.of()));
        provenance.put("merge", new FieldProvenance("merge", "reports:" + rs.size() + " articles:" + articles.size()
                + (why.isEmpty() ? "" : " disputed:" + String.join(",", why)), List.of()));

        String notes = (place.notes() == null ? "" : place.notes() + " ") + "[" + rs.size() + " reports in "
                + articles.size() + " articles" + (why.isEmpty() ? "" : "; disputed: " + String.join(", ", why))
                + "; fatalities reported: " + figures(rs) + "]";
        return new Event(id, anchor.docId(), date, timePrecision, type, actor1, actorSource.assocActor1(), actor2,
                actorSource.assocActor2(), place.country(), place.iso3(), place.admin1(), place.admin2(), place.location(),
                place.latitude(), place.longitude(), place.geoPrecision(), place.gazetteerId(), fatalities,
                sources.isEmpty() ? null : String.join("; ", sources), notes, List.copyOf(evidence),
                List.copyOf(claims.values()), List.copyOf(articles), disputed, confidence, provenance);
    }

    /** "who says what" in a claim's detail: the report's own values. */
    static String account(Event e) {
        StringBuilder b = new StringBuilder("account: ").append(e.subEventType().label());
        if (e.actor1() != null) b.append("; actor1 ").append(e.actor1().name());
        if (e.actor2() != null) b.append("; actor2 ").append(e.actor2().name());
        b.append("; fatalities ").append(e.fatalities());
        if (e.location() != null) b.append("; place ").append(e.location());
        if (e.eventDate() != null) b.append("; date ").append(e.eventDate());
        return b.toString();
    }

    /** A report with no claim still has a source: the article's outlet says it, in its own voice. */
    private static List<Claim> withSourceClaim(Event e) {
        if (!e.claims().isEmpty()) return e.claims();
        Evidence ev = e.evidence().get(0);
        String by = e.source() == null || e.source().isBlank() ? ev.docId() : e.source();
        return List.of(new Claim(by, ev.docId(), ev.start(), ev.end(), Stance.ASSERTS, null));
    }

    private static boolean denied(Event e) {
        return e.claims().stream().anyMatch(c -> c.stance() == Stance.DENIES);
    }

    private static String figures(List<Event> rs) {
        Map<String, Integer> byDoc = new TreeMap<>();
        for (Event e : rs) byDoc.merge(e.docId() == null ? "?" : e.docId(), e.fatalities(), Math::max);
        StringBuilder b = new StringBuilder();
        byDoc.forEach((d, f) -> b.append(b.isEmpty() ? "" : ", ").append(f).append(" (").append(d).append(')'));
        return b.toString();
    }

    private static Event pickPlace(List<Event> all) {
        // a place geocoded outside the country the report's own evidence names is no candidate while others remain
        List<Event> home = all.stream().filter(e -> !foreign(e)).toList();
        List<Event> rs = home.isEmpty() ? all : home;
        int best = rs.stream().mapToInt(MergedEvents::precisionRank).min().orElse(9);
        List<Event> precise = rs.stream().filter(e -> precisionRank(e) == best).toList();
        String entry = mostCommon(precise, e -> e.gazetteerId() == null ? "" : e.gazetteerId(), Comparator.naturalOrder()).orElse("");
        return precise.stream().filter(e -> entry.equals(e.gazetteerId() == null ? "" : e.gazetteerId())).findFirst().orElse(precise.get(0));
    }

    private static boolean foreign(Event e) {
        String iso = e.iso3() != null ? e.iso3().toUpperCase(java.util.Locale.ROOT) : Text.skeleton(e.country());
        return Report.foreignPlaceCountry(e, iso) != null;
    }

    private static int precisionRank(Event e) {
        return e.location() == null ? 9 : Report.placePrecision(e);
    }

    private static LocalDate pickDate(List<Event> rs) {
        int best = rs.stream().filter(e -> e.eventDate() != null)
                .mapToInt(e -> e.timePrecision() == null ? 1 : e.timePrecision()).min().orElse(-1);
        if (best < 0) return null;
        List<Event> precise = rs.stream().filter(e -> e.eventDate() != null
                && (e.timePrecision() == null ? 1 : e.timePrecision()) == best).toList();
        return mostCommon(precise, Event::eventDate, Comparator.naturalOrder()).orElse(null);
    }

    private static Actor pickActor(List<Event> rs, Function<Event, Actor> f) {
        List<Event> named = rs.stream().filter(e -> f.apply(e) != null && !f.apply(e).name().startsWith("Unidentified")).toList();
        List<Event> pool = named.isEmpty() ? rs.stream().filter(e -> f.apply(e) != null).toList() : named;
        return mostCommon(pool, f, Comparator.comparing(Actor::name).thenComparingInt(Actor::inter)
                .thenComparing(a -> a.iso2() == null ? "" : a.iso2())).orElse(null);
    }

    private static Set<String> specificNames(List<Event> rs, Function<Event, Actor> f) {
        Set<String> out = new TreeSet<>();
        for (Event e : rs) {
            Actor a = f.apply(e);
            if (a != null && !a.name().startsWith("Unidentified")) out.add(a.name());
        }
        return out;
    }

    /** The most frequent value; ties go to the smallest by {@code order}. */
    static <T> java.util.Optional<T> mostCommon(List<Event> rs, Function<Event, T> f, Comparator<? super T> order) {
        Map<T, Integer> counts = new HashMap<>();
        for (Event e : rs) {
            T v = f.apply(e);
            if (v != null) counts.merge(v, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .min(Map.Entry.<T, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(order)))
                .map(Map.Entry::getKey);
    }
}
