package org.sitrep.merge;

import org.sitrep.model.Claim;
import org.sitrep.model.Event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who said what, in memory: every claim of the events given, answerable by speaker, place and date
 * ("what has the Russian defence ministry claimed in Idlib in October 2015?"). Build it from a store's events
 * ({@code store.forEachEvent(query, index::add)}) or from merged events. For a persistent index see the
 * {@code claims} table proposed in the module README.
 */
public final class ClaimIndex {
    private final List<ClaimRecord> rows = new ArrayList<>();
    private final Map<String, Set<String>> speakerTokens = new HashMap<>();

    public static ClaimIndex of(Iterable<Event> events) {
        ClaimIndex i = new ClaimIndex();
        for (Event e : events) i.add(e);
        return i;
    }

    public void add(Event e) {
        for (Claim c : e.claims()) {
            rows.add(ClaimRecord.of(e, c));
            speakerTokens.computeIfAbsent(c.by() == null ? "" : c.by(), Text::nameTokens);
        }
    }

    public int size() { return rows.size(); }

    /** Matching claims, oldest event first (then event id, then span). */
    public List<ClaimRecord> find(ClaimQuery q) {
        Set<String> byTokens = q.by() == null ? Set.of() : Text.nameTokens(q.by());
        String whereKey = q.where() == null ? null : Text.skeleton(q.where());
        List<ClaimRecord> out = new ArrayList<>();
        for (ClaimRecord r : rows) {
            if (q.stance() != null && r.stance() != q.stance()) continue;
            if (q.from() != null && (r.eventDate() == null || r.eventDate().isBefore(q.from()))) continue;
            if (q.to() != null && (r.eventDate() == null || r.eventDate().isAfter(q.to()))) continue;
            if (q.by() != null && !speakerTokens.getOrDefault(r.speaker() == null ? "" : r.speaker(), Set.of()).containsAll(byTokens)) continue;
            if (whereKey != null && !placeMatches(r, whereKey)) continue;
            out.add(r);
        }
        out.sort(Comparator.comparing((ClaimRecord r) -> r.eventDate() == null ? java.time.LocalDate.MAX : r.eventDate())
                .thenComparing(ClaimRecord::eventId).thenComparing(ClaimRecord::docId).thenComparingInt(ClaimRecord::start));
        return out.size() > q.limit() ? List.copyOf(out.subList(0, q.limit())) : out;
    }

    /** Claims per speaker, most frequent first. */
    public Map<String, Long> speakers() {
        Map<String, Long> counts = new HashMap<>();
        for (ClaimRecord r : rows) counts.merge(r.speaker() == null ? "" : r.speaker(), 1L, Long::sum);
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static boolean placeMatches(ClaimRecord r, String key) {
        if (key.isEmpty()) return false;
        return key.equals(Text.skeleton(r.location())) || key.equals(Text.admin1Key(r.admin1()))
                || key.equals(Text.skeleton(r.admin1())) || key.equals(Text.skeleton(r.country()));
    }
}
