package org.sitrep.merge;

import org.sitrep.model.Event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges per-article events into one event per happening, incrementally.
 *
 * <p><b>How.</b> Each report (per-article event) is compared only with reports of the same event type whose
 * dates lie within the tolerance of the coarser time precision (blocking: every link rule needs sub-event types
 * at least {@link TypeCompatibility#LINKABLE}; the wider {@link TypeFamily} only decides which reports may never
 * share a cluster). A pair is <i>linked</i> when
 * {@link Similarity} says so. A province-level report that is only a <i>containment candidate</i> of town reports
 * (same province, same day, same kind of act) is linked to them when they are all at one place, and to none
 * otherwise; this is re-decided whenever its candidates change. Clusters are the connected components of the link
 * graph, split where two members can never be one event ({@link Similarity#conflict}: two places, two days, two
 * events one article keeps apart); a split assigns members, best-linked first, to the group they link to most. Every
 * step depends only on the set of reports, so <b>the same reports in any order give the same clusters</b>.
 *
 * <p><b>Ids.</b> A cluster's id is derived from one member, its anchor: "mev_" + 16 hex of SHA-256 of the
 * anchor's event id. A new cluster's anchor is its smallest member id; when reports join, the cluster keeps its
 * anchor and so its id. When two clusters fuse, the smaller anchor wins and the other id is recorded in
 * {@link #superseded()}. {@link #addAll} clusters a batch in one step, so batch ids do not depend on order
 * either; one-by-one {@link #add} keeps the ids first given.
 *
 * <p>Not thread-safe: one writer at a time (calls are cheap; wrap in a lock to share).
 */
public final class EventMerger {
    private final MergePolicy policy;
    private final Similarity similarity;
    private final Map<String, Report> reports = new HashMap<>();
    private final Map<String, List<Link>> links = new HashMap<>();
    private final Map<Long, List<Report>> blocks = new HashMap<>();
    private final Map<String, List<Report>> byDoc = new HashMap<>();
    // report-dated chemical-attack reports by day (they reach back further than the blocks are searched)
    private final Map<Long, List<Report>> lateChemicalByDay = new HashMap<>();
    private final Map<String, Cluster> clusterOf = new HashMap<>();
    private final Map<String, Cluster> clusters = new HashMap<>();
    private final Map<String, String> superseded = new HashMap<>();
    // containment: a province-level report's candidate town reports, the reverse index, and the links made from them
    private final Map<String, Set<String>> candidates = new HashMap<>();
    private final Map<String, Set<String>> candidateOf = new HashMap<>();
    private final Map<String, Set<String>> containLinks = new HashMap<>();
    private final Set<String> dirtyCoarse = new HashSet<>();
    // candidates by kind alone (a rare act, nothing corroborating): "coarse id \0 specific id"
    private final Set<String> weakCandidates = new HashSet<>();

    private static String pairKey(String coarse, String specific) { return coarse + '\0' + specific; }

    private record Link(String other, double score) {}

    private static final class Cluster {
        final String anchor;
        final String id;
        final TreeSet<String> members = new TreeSet<>();
        MergeCluster built; // null until asked for, and after every change

        Cluster(String anchor) {
            this.anchor = anchor;
            this.id = idFor(anchor);
        }
    }

    public EventMerger() {
        this(MergePolicy.defaults());
    }

    public EventMerger(MergePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.similarity = new Similarity(policy);
    }

    /** Merges a batch in one step (order-independent clusters and ids). */
    public static List<Event> merge(Collection<Event> events) {
        EventMerger m = new EventMerger();
        m.addAll(events);
        return m.mergedEvents();
    }

    public MergePolicy policy() { return policy; }

    /** Adds one report; it joins (and may fuse) existing clusters. Adding an event id again replaces it. */
    public void add(Event event) {
        addAll(List.of(event));
    }

    /** Adds reports, then re-clusters every component they touch once. */
    public void addAll(Collection<Event> events) {
        Set<String> touched = new HashSet<>();
        for (Event e : events) {
            Objects.requireNonNull(e, "event");
            if (e.eventId() == null || e.eventId().isBlank()) {
                throw new IllegalArgumentException("cannot merge an event without event_id (doc " + e.docId() + ")");
            }
            if (reports.containsKey(e.eventId())) {
                if (reports.get(e.eventId()).event.equals(e)) continue;
                touched.addAll(detach(e.eventId()));
            }
            insert(new Report(e));
            touched.add(e.eventId());
        }
        touched.addAll(settleContainment());
        recluster(touched);
    }

    /** Removes a report (e.g. its article was re-extracted); its cluster is re-formed from what remains. */
    public void remove(String eventId) {
        if (!reports.containsKey(eventId)) return;
        Set<String> touched = detach(eventId);
        touched.addAll(settleContainment());
        recluster(touched);
    }

    /** The merged events, by id. */
    public List<Event> mergedEvents() {
        List<Event> out = new ArrayList<>(clusters.size());
        for (MergeCluster c : clusters()) out.add(c.merged());
        return out;
    }

    /** All clusters, by id. */
    public List<MergeCluster> clusters() {
        List<String> ids = new ArrayList<>(clusters.keySet());
        ids.sort(Comparator.naturalOrder());
        List<MergeCluster> out = new ArrayList<>(ids.size());
        for (String id : ids) out.add(built(clusters.get(id)));
        return out;
    }

    /** The cluster a report (per-article event id) belongs to. */
    public Optional<MergeCluster> clusterOfReport(String eventId) {
        Cluster c = clusterOf.get(eventId);
        return c == null ? Optional.empty() : Optional.of(built(c));
    }

    /** The cluster with this merged id (following superseded ids). */
    public Optional<MergeCluster> cluster(String mergedId) {
        String id = mergedId;
        for (int hops = 0; superseded.containsKey(id) && hops < 1000; hops++) id = superseded.get(id);
        Cluster c = clusters.get(id);
        return c == null ? Optional.empty() : Optional.of(built(c));
    }

    /** Ids that no longer exist because their cluster fused into another: old id -> the id that absorbed it. */
    public Map<String, String> superseded() { return Map.copyOf(superseded); }

    public int reportCount() { return reports.size(); }

    public int clusterCount() { return clusters.size(); }

    // ---- internals --------------------------------------------------------------------------------------

    /**
     * Blocks: event type x time precision x day. Every link rule needs sub-event types at least
     * {@link TypeCompatibility#LINKABLE}, which are always of one event type (accounts of one act included).
     */
    private static long blockKey(org.sitrep.model.EventType t, int precision, long day) {
        return ((day + (1L << 40)) << 8) | ((long) t.ordinal() << 2) | precision;
    }

    private void insert(Report r) {
        reports.put(r.id, r);
        List<Link> mine = new ArrayList<>();
        links.put(r.id, mine);
        if (r.dated()) {
            for (int q = 1; q <= 3; q++) {
                int tol = policy.dateTolerance(r.timePrecision, q);
                // a later report of a chemical attack may reach further back (Similarity.chemicalLaterDays)
                if (q <= 2 && lateChemical(r)) tol = Math.max(tol, Similarity.chemicalLaterDays(policy));
                for (long d = r.day - tol; d <= r.day + tol; d++) {
                    List<Report> block = blocks.get(blockKey(r.event.eventType(), q, d));
                    if (block != null) for (Report o : block) consider(r, o, mine);
                }
            }
            // a chemical attack: the later reports of it beyond the week window that it would not otherwise meet (a
            // later report itself looks that far back when it arrives second)
            if (isChemical(r) && !lateChemical(r)) {
                long last = r.day + Similarity.chemicalLaterDays(policy);
                for (long d = r.day + policy.dateTolerance(r.timePrecision, 2) + 1; d <= last; d++) {
                    List<Report> late = lateChemicalByDay.get(d);
                    if (late != null) for (Report o : late) consider(r, o, mine);
                }
            }
        } else {
            List<Report> block = blocks.get(blockKey(r.event.eventType(), 0, 0));
            if (block != null) for (Report o : block) consider(r, o, mine);
        }
        if (lateChemical(r)) lateChemicalByDay.computeIfAbsent(r.day, k -> new ArrayList<>()).add(r);
        // one sentence of the article coded as two sub-types of one act: linked across event types (not blocked)
        List<Report> sameDoc = byDoc.computeIfAbsent(r.docId, k -> new ArrayList<>());
        for (Report o : sameDoc) {
            if (similarity.oneActInOneArticle(r, o)) {
                mine.add(new Link(o.id, 1.0));
                links.get(o.id).add(new Link(r.id, 1.0));
            }
        }
        sameDoc.add(r);
        long key = r.dated() ? blockKey(r.event.eventType(), Math.min(3, Math.max(1, r.timePrecision)), r.day) : blockKey(r.event.eventType(), 0, 0);
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }

    private static boolean isChemical(Report r) {
        return r.event.subEventType() == org.sitrep.model.SubEventType.CHEMICAL_WEAPON;
    }

    /** A report dated by its own day of a chemical attack: it may tell of one up to two weeks before. */
    private static boolean lateChemical(Report r) {
        return r.reportDated && isChemical(r);
    }

    private void consider(Report r, Report o, List<Link> mine) {
        PairScore s = similarity.score(r, o);
        if (similarity.linked(s)) {
            mine.add(new Link(o.id, s.total()));
            links.get(o.id).add(new Link(r.id, s.total()));
        } else {
            Similarity.Containment rs = similarity.containment(r, o, s);
            if (rs != Similarity.Containment.NONE) {
                candidate(r.id, o.id, rs);
            } else {
                Similarity.Containment or = similarity.containment(o, r, s);
                if (or != Similarity.Containment.NONE) candidate(o.id, r.id, or);
            }
        }
    }

    private void candidate(String coarse, String specific, Similarity.Containment how) {
        if (how == Similarity.Containment.RARE_ACT) weakCandidates.add(pairKey(coarse, specific));
        candidates.computeIfAbsent(coarse, k -> new HashSet<>()).add(specific);
        candidateOf.computeIfAbsent(specific, k -> new HashSet<>()).add(coarse);
        dirtyCoarse.add(coarse);
    }

    /**
     * Re-decides the containment links of every province-level report whose candidates changed: linked to all its
     * candidates when they are at one place, to none otherwise. Depends only on the set of reports (order-free).
     * Returns the reports whose components must be redone.
     */
    private Set<String> settleContainment() {
        Set<String> touched = new HashSet<>();
        List<String> dirty = new ArrayList<>(dirtyCoarse);
        dirtyCoarse.clear();
        dirty.sort(Comparator.naturalOrder());
        for (String c : dirty) {
            if (!reports.containsKey(c)) continue;
            Set<String> cands = candidates.getOrDefault(c, Set.of());
            // corroborated candidates decide when there are any; candidates by kind alone only otherwise
            Set<String> strong = new HashSet<>();
            for (String o : cands) if (!weakCandidates.contains(pairKey(c, o))) strong.add(o);
            Set<String> want = dominantPlace(strong.isEmpty() ? cands : strong);
            Set<String> have = containLinks.getOrDefault(c, Set.of());
            if (want.equals(have)) continue;
            for (String o : have) {
                if (want.contains(o)) continue;
                links.get(c).removeIf(l -> l.other().equals(o));
                links.get(o).removeIf(l -> l.other().equals(c));
                touched.add(o);
            }
            for (String o : want) {
                if (have.contains(o)) continue;
                double score = similarity.score(reports.get(c), reports.get(o)).total();
                links.get(c).add(new Link(o, score));
                links.get(o).add(new Link(c, score));
                touched.add(o);
            }
            touched.add(c);
            if (want.isEmpty()) containLinks.remove(c);
            else containLinks.put(c, want);
        }
        return touched;
    }

    /**
     * The candidates a coarse report is linked to: all of them when they are at one place; when they are at several,
     * those of the place that many more articles report ({@link #DOMINANCE} times the articles of any other place,
     * and at least {@link #DOMINANT_ARTICLES}): "the chemical attack in Syria" the week every outlet reports the one at
     * Khan Shaykhun, while one article also mentions an older one at Damascus. None otherwise. Groups are formed in
     * report-id order, so the answer depends only on the set of candidates.
     */
    private Set<String> dominantPlace(Set<String> ids) {
        if (ids.isEmpty()) return Set.of();
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.naturalOrder());
        List<List<Report>> places = new ArrayList<>();
        for (String id : sorted) {
            Report r = reports.get(id);
            List<Report> home = null;
            for (List<Report> p : places) {
                boolean all = true;
                for (Report o : p) if (!similarity.samePlace(r, o)) { all = false; break; }
                if (all) { home = p; break; }
            }
            if (home == null) places.add(home = new ArrayList<>());
            home.add(r);
        }
        if (places.size() == 1) return new HashSet<>(ids);
        int best = -1, bestArticles = 0, second = 0;
        for (int i = 0; i < places.size(); i++) {
            Set<String> docs = new HashSet<>();
            for (Report r : places.get(i)) docs.add(r.docId);
            int n = docs.size();
            if (n > bestArticles) { second = bestArticles; bestArticles = n; best = i; }
            else if (n > second) second = n;
        }
        if (bestArticles < DOMINANT_ARTICLES || bestArticles < DOMINANCE * second) return Set.of();
        Set<String> out = new HashSet<>();
        for (Report r : places.get(best)) out.add(r.id);
        return out;
    }

    /** See {@link #dominantPlace}. */
    static final int DOMINANCE = 3, DOMINANT_ARTICLES = 3;

    /** Takes a report out of the graph and returns its former neighbours (whose components must be redone). */
    private Set<String> detach(String id) {
        Report r = reports.remove(id);
        Set<String> neighbours = new HashSet<>();
        // containment: as a province-level report, forget its candidates; as a town report, leave its coarse ones
        for (String o : candidates.getOrDefault(id, Set.of())) {
            weakCandidates.remove(pairKey(id, o));
            Set<String> back = candidateOf.get(o);
            back.remove(id);
            if (back.isEmpty()) candidateOf.remove(o);
        }
        candidates.remove(id);
        containLinks.remove(id);
        for (String c : candidateOf.getOrDefault(id, Set.of())) {
            weakCandidates.remove(pairKey(c, id));
            Set<String> cs = candidates.get(c);
            cs.remove(id);
            if (cs.isEmpty()) candidates.remove(c);
            Set<String> linked = containLinks.get(c);
            if (linked != null) {
                linked.remove(id);
                if (linked.isEmpty()) containLinks.remove(c);
            }
            dirtyCoarse.add(c);
        }
        candidateOf.remove(id);
        for (Link l : links.remove(id)) {
            neighbours.add(l.other());
            links.get(l.other()).removeIf(x -> x.other().equals(id));
        }
        long key = r.dated() ? blockKey(r.event.eventType(), Math.min(3, Math.max(1, r.timePrecision)), r.day) : blockKey(r.event.eventType(), 0, 0);
        List<Report> block = blocks.get(key);
        block.remove(r);
        if (block.isEmpty()) blocks.remove(key);
        if (lateChemical(r)) {
            List<Report> late = lateChemicalByDay.get(r.day);
            late.remove(r);
            if (late.isEmpty()) lateChemicalByDay.remove(r.day);
        }
        List<Report> sameDoc = byDoc.get(r.docId);
        sameDoc.remove(r);
        if (sameDoc.isEmpty()) byDoc.remove(r.docId);
        Cluster c = clusterOf.remove(id);
        if (c != null) {
            c.members.remove(id);
            c.built = null;
            if (c.members.isEmpty()) clusters.remove(c.id);
            else neighbours.addAll(c.members);
        }
        return neighbours;
    }

    /**
     * Re-forms every cluster a touched report is in or links to. The members of their current clusters are
     * re-grouped from the link graph alone (a removed link or report may leave a cluster in two pieces), so the
     * result depends only on the set of reports; old anchors keep their ids.
     */
    private void recluster(Set<String> touched) {
        Set<String> seeds = new TreeSet<>();
        for (String id : touched) {
            if (reports.containsKey(id)) seeds.add(id);
            Cluster c = clusterOf.get(id);
            if (c != null) for (String m : c.members) if (reports.containsKey(m)) seeds.add(m);
        }
        Set<String> done = new HashSet<>();
        List<List<String>> components = new ArrayList<>();
        for (String seed : seeds) {
            if (done.contains(seed)) continue;
            List<String> component = component(seed);
            done.addAll(component);
            components.add(component);
        }
        // every old cluster of these members goes; its anchor keeps its id if it stays an anchor
        Set<String> oldAnchors = new HashSet<>();
        for (List<String> component : components) {
            for (String m : component) {
                Cluster c = clusterOf.get(m);
                if (c == null) continue;
                oldAnchors.add(c.anchor);
                if (clusters.get(c.id) == c) clusters.remove(c.id);
            }
        }
        for (List<String> component : components) regroup(component, oldAnchors);
    }

    /** Every report reachable by links from the seed, sorted. */
    private List<String> component(String seed) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.add(seed);
        seen.add(seed);
        while (!todo.isEmpty()) {
            String id = todo.poll();
            for (Link l : links.get(id)) if (seen.add(l.other())) todo.add(l.other());
        }
        List<String> out = new ArrayList<>(seen);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Splits a connected component into conflict-free groups and gives each group its id. */
    private void regroup(List<String> component, Set<String> oldAnchors) {
        for (List<String> g : split(component)) {
            String anchor = null;
            for (String m : g) if (oldAnchors.contains(m) && (anchor == null || m.compareTo(anchor) < 0)) anchor = m;
            if (anchor == null) anchor = g.get(0); // groups are sorted: the smallest member id
            Cluster c = new Cluster(anchor);
            c.members.addAll(g);
            clusters.put(c.id, c);
            for (String m : g) clusterOf.put(m, c);
            superseded.remove(c.id);
            for (String m : g) {
                if (oldAnchors.contains(m) && !m.equals(anchor)) superseded.put(idFor(m), c.id);
            }
        }
    }

    /**
     * Conflict-free groups of a component, decided report by report, the best-linked first (ties by id): each joins
     * the group it links to most that it does not conflict with. Depends only on the link graph, so independent of
     * arrival order. Groups come back sorted by id.
     */
    private List<List<String>> split(List<String> component) {
        if (component.size() == 1) return List.of(List.of(component.get(0)));
        boolean anyConflict = false;
        outer:
        for (int i = 0; i < component.size(); i++) {
            Report a = reports.get(component.get(i));
            for (int j = i + 1; j < component.size(); j++) {
                if (similarity.conflict(a, reports.get(component.get(j)))) { anyConflict = true; break outer; }
            }
        }
        if (!anyConflict) return List.of(component);
        List<List<String>> groups = new ArrayList<>();
        Map<String, Integer> groupOf = new HashMap<>();
        // the best-linked reports first (ties by id): groups form around the reports most others agree with
        List<String> order = new ArrayList<>(component);
        order.sort(Comparator.comparingInt((String id) -> -links.get(id).size()).thenComparing(Comparator.naturalOrder()));
        for (String id : order) {
            Report r = reports.get(id);
            Map<Integer, Double> strength = new HashMap<>();
            for (Link l : links.get(id)) {
                Integer g = groupOf.get(l.other());
                if (g != null) strength.merge(g, l.score(), Double::sum);
            }
            int best = -1;
            double bestScore = 0;
            for (Map.Entry<Integer, Double> e : strength.entrySet()) {
                int g = e.getKey();
                boolean ok = true;
                for (String m : groups.get(g)) if (similarity.conflict(r, reports.get(m))) { ok = false; break; }
                if (ok && (e.getValue() > bestScore || (e.getValue() == bestScore && g < best))) {
                    best = g;
                    bestScore = e.getValue();
                }
            }
            if (best < 0) {
                best = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(best).add(id);
            groupOf.put(id, best);
        }
        for (List<String> g : groups) g.sort(Comparator.naturalOrder());
        return groups;
    }

    private MergeCluster built(Cluster c) {
        if (c.built == null) {
            List<Event> members = new ArrayList<>(c.members.size());
            for (String m : c.members) members.add(reports.get(m).event);
            c.built = new MergeCluster(c.id, MergedEvents.fuse(c.id, reports.get(c.anchor).event, members, policy), members);
        }
        return c.built;
    }

    /** "mev_" + the first 16 hex digits of SHA-256 of the anchor report's event id. */
    static String idFor(String anchorEventId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(anchorEventId.getBytes(StandardCharsets.UTF_8));
            return "mev_" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
