package org.sitrep.extract.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.FieldProvenance;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.Document;

/**
 * Combines event mentions of one article into events, ACLED style: one event per location x day x actor1 x
 * sub-event type. A bare "killed" at the place and day of another violent event adds its casualties to that event
 * instead of making an attack of its own. Event ids hash the event's identity, so re-runs give the same ids.
 */
final class EventAssembler {
    private EventAssembler() {}

    static List<Event> assemble(Document doc, List<EventMention> mentions, GeoPlace country,
                                java.util.function.Function<GeoPlace, java.util.Optional<GeoPlace>> seatOf) {
        Map<String, List<EventMention>> groups = new LinkedHashMap<>();
        List<EventMention> killOnly = new ArrayList<>();
        List<EventMention> last = new ArrayList<>(1);
        List<EventMention> unlocated = new ArrayList<>();
        List<EventMention> unlocatedKillings = new ArrayList<>();
        EventMention lastAny = null;
        List<SentenceView> views = SentenceView.of(doc);
        for (EventMention m : mentions) {
            // "killed by air strikes in the area": the area is the place last named, not the last event's place
            if (m.ownPlace() == null && m.place() != null && !m.anaphoric() && Arguments.refersToArea(views, m.sentence())) {
                java.util.Optional<org.sitrep.model.PlaceMention> scene = Arguments.scenePlace(views, m.sentence());
                if (scene.isPresent()) m = m.atScene(scene.get());
            }
            // "armed men shot a man ... the attack happened after threats": the back-reference takes the type of the
            // killing it refers to, not a type of its own
            if (m.anaphoric() && last.isEmpty() && lastAny != null && lastAny.killOnly() && m.place() != null
                    && sameKind(lastAny.type(), m.type()) && Objects.equals(lastAny.date(), m.date())) {
                m = m.retyped(lastAny.type(), "refers-to-earlier-killing", lastAny.sentence());
            }
            if (!m.anaphoric()) lastAny = m;
            // "the attack", "this clash": the same happening as the last event of that kind, unless dated otherwise;
            // with a place of its own, only the same sub-event type ("The protest was called by ...") or the same place
            // ("The attackers fled.": the people of the last violent event, whatever type it was given)
            if (m.anaphoric() && !last.isEmpty() && peopleOfAnEvent(doc, m) && violent(last.getFirst().type())
                    && Objects.equals(last.getFirst().date(), m.date())) {
                groups.get(key(last.getFirst())).add(m);
                continue;
            }
            if (m.anaphoric() && !last.isEmpty() && last.getFirst().type().type() == m.type().type()
                    && Objects.equals(last.getFirst().date(), m.date())
                    && (m.ownPlace() == null || last.getFirst().type() == m.type() || samePlace(last.getFirst(), m))) {
                groups.get(key(last.getFirst())).add(m);
                continue;
            }
            if (m.place() == null && !locationOptional(m.type())) {   // unlocated: lead summaries, generalities
                // ("the firing of 3 missiles" in the sentences that open a report points back to nothing: it is the
                // report's own event)
                boolean pointsBack = m.anaphoric() && !(opensTheReport(doc, m) && last.isEmpty() && unlocated.isEmpty()
                        && unlocatedKillings.isEmpty());
                if (!pointsBack && !m.killOnly()) unlocated.add(m);
                else if (!pointsBack) unlocatedKillings.add(m);
                continue;
            }
            if (m.killOnly()) { killOnly.add(m); continue; }
            groups.computeIfAbsent(key(m), k -> new ArrayList<>()).add(m);
            last.clear();
            last.add(m);
        }
        for (EventMention k : killOnly) {
            List<EventMention> host = null;
            for (List<EventMention> g : groups.values()) {
                EventMention h = g.getFirst();
                if (samePlace(h, k) && Objects.equals(h.date(), k.date()) && violent(h.type())) { host = g; break; }
            }
            if (host != null) host.add(k);
            else groups.computeIfAbsent(key(k), x -> new ArrayList<>()).add(k);
        }
        mergeUnattributed(groups);
        dropAdvancesAtCaptures(groups);
        mergeFireAtOnePlace(groups);
        foldRetold(groups);
        foldConsequences(groups);
        keepOneProtestPerPlaceAndDay(groups);
        // an article whose only report of a kind names no place of its own: placed where the text set the scene, else
        // kept at country level
        for (EventMention m : unlocated) {
            List<List<EventMention>> kin = groups.values().stream().filter(g -> g.getFirst().type().type() == m.type().type()).toList();
            boolean covered = !kin.isEmpty();
            // "jihadists attacked a gas field in Syria, killing 30 ... after Tuesday's assault at Shaer": the lead's toll
            // is the toll of the one located report of its kind that gives none
            if (kin.size() == 1 && m.fatalities() > 0 && toll(kin.getFirst()) <= 0 && !m.anaphoric()) {
                kin.getFirst().add(m);
                continue;
            }
            // "Russia said its warplanes bombed four Islamic State targets" beside a source's "strikes hit bases held by
            // the Army of Conquest in Jisr al-Shughur": another speaker's account of the same strikes with another
            // target disputes them; it is kept on them as a claim (ONTOLOGY: keep both accounts, mark disputed)
            if (covered && joinAsOtherAccount(m, kin)) continue;
            // a report that says where by pointing back ("in the area") is no lead summary, when that area is named
            if (covered && (!Arguments.refersToArea(views, m.sentence()) || Arguments.scenePlace(views, m.sentence()).isEmpty())) continue;
            EventMention c = placeAtScene(views, m, country);
            if (c.place() != null) groups.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        }
        // a killing told on its own and placed nowhere, beside the one violent report of its day, is that report's toll,
        // as it is where the place is known ("Hezbollah fired missiles at an army post near X. One soldier was killed.",
        // X a village the gazetteer lacks)
        List<List<EventMention>> violentGroups = groups.values().stream().filter(g -> violent(g.getFirst().type())).toList();
        if (violentGroups.size() == 1) {
            List<EventMention> host = violentGroups.getFirst();
            unlocatedKillings.removeIf(k -> Objects.equals(k.date(), host.getFirst().date()) && host.add(k));
        }
        // an article that reports a happening but names no place we know still reports it: a short report ("Gunmen
        // shot a man on the federal road") is kept at country level, or with its place unknown
        if (groups.isEmpty()) {
            List<EventMention> rest = new ArrayList<>(unlocated);
            rest.addAll(unlocatedKillings);
            if (!rest.isEmpty()) {
                EventMention m = rest.getFirst();
                EventMention c = placeAtScene(views, m, country);
                List<EventMention> g = new ArrayList<>();
                g.add(c);
                for (EventMention o : rest) if (o != m && sameKind(o.type(), m.type())) g.add(placeAtScene(views, o, country));
                groups.put(key(c), g);
            }
        }
        // background: dated more than a month before the article (S3); recent past events stay (S8)
        java.time.LocalDate published = doc.article().published();
        if (published != null) groups.values().removeIf(g -> g.getFirst().date() != null && g.getFirst().date().isBefore(published.minusDays(30)));
        List<Event> events = new ArrayList<>();
        for (List<EventMention> g : groups.values()) events.add(build(doc.article(), g, seatOf));
        return events;
    }

    /**
     * Adds an unlocated, attributed mention that names its target to every located event of the same type, day and
     * perpetrator told by other speakers that names another target; true when it joined at least one.
     */
    private static boolean joinAsOtherAccount(EventMention m, List<List<EventMention>> kin) {
        if (m.attribution() == null || namedTarget(m) == null) return false;
        boolean joined = false;
        for (List<EventMention> g : kin) {
            EventMention h = g.getFirst();
            if (h.type() != m.type() || !Objects.equals(h.date(), m.date()) || !Objects.equals(h.actor1(), m.actor1())) continue;
            String speaker = m.attribution().speaker();
            boolean otherSpeakers = g.stream().allMatch(x -> x.attribution() != null && !x.attribution().speaker().equals(speaker));
            String target = g.stream().map(EventAssembler::namedTarget).filter(Objects::nonNull).findFirst().orElse(null);
            if (otherSpeakers && target != null && !target.equals(namedTarget(m))) {
                g.add(m);
                joined = true;
            }
        }
        return joined;
    }

    /** The target (actor2) a mention names from the actor lexicon (a named group), or null for none or a generic one. */
    private static String namedTarget(EventMention m) {
        FieldProvenance p = m.provenance().get("actor2");
        return m.actor2() != null && p != null && p.rule().contains("lexicon") ? m.actor2() : null;
    }

    /**
     * An unlocated mention at the place where the text set the scene, else in the country its own sentence names as
     * where it happened ("the August 21 chemical attack in Syria", in a story from Washington), else at the
     * document's country, else as it is.
     */
    private static EventMention placeAtScene(List<SentenceView> views, EventMention m, GeoPlace country) {
        java.util.Optional<org.sitrep.model.PlaceMention> scene = Arguments.scenePlace(views, m.sentence());
        if (scene.isPresent()) return m.atScene(scene.get());
        java.util.Optional<org.sitrep.model.PlaceMention> named = Arguments.sentenceCountry(views, m.sentence());
        if (named.isPresent()) return m.inNamedCountry(named.get());
        return country != null ? m.atCountry(country) : m;
    }

    /**
     * "Troops advanced in Hama" next to "troops captured Kafr Nabuda in Hama" on the same day: the advance is the
     * capture's context (S7), not a battle of its own.
     */
    private static void dropAdvancesAtCaptures(Map<String, List<EventMention>> groups) {
        List<EventMention> captures = new ArrayList<>();
        for (List<EventMention> g : groups.values()) {
            SubEventType t = g.getFirst().type();
            if (t == SubEventType.GOVERNMENT_REGAINS_TERRITORY || t == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY) captures.add(g.getFirst());
        }
        groups.values().removeIf(g -> {
            EventMention m = g.getFirst();
            if (m.type() != SubEventType.ARMED_CLASH || g.stream().anyMatch(x -> x.trigger().type() != TriggerClass.ADVANCE)) return false;
            return captures.stream().anyMatch(c -> c.actor1().equals(m.actor1()) && Objects.equals(c.date(), m.date())
                    && m.place() != null && c.place() != null && Objects.equals(c.place().admin1(), m.place().admin1()));
        });
    }

    /**
     * "Jets struck Maarat al-Numan" and "twelve civilians were killed in raids overnight on the town": a report that
     * names no perpetrator, at the place and day of an event of the same type whose perpetrator is named, is that
     * event (its actor1 was only a default).
     */
    private static void mergeUnattributed(Map<String, List<EventMention>> groups) {
        List<List<EventMention>> named = new ArrayList<>();
        for (List<EventMention> g : groups.values()) if (g.stream().anyMatch(EventAssembler::namesPerpetrator)) named.add(g);
        // with no named perpetrator anywhere, the first report of that type, place and day hosts the others
        for (List<EventMention> g : groups.values()) if (!named.contains(g)) named.add(g);
        java.util.Set<List<EventMention>> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        groups.values().removeIf(g -> {
            EventMention m = g.getFirst();
            if (m.place() == null || g.stream().anyMatch(EventAssembler::namesPerpetrator)) return false;
            for (List<EventMention> n : named) {
                if (n == g || removed.contains(n)) continue;
                if (!named.subList(0, named.indexOf(g)).contains(n) && n.stream().noneMatch(EventAssembler::namesPerpetrator)) continue;
                EventMention h = n.getFirst();
                if (h.type() == m.type() && sameNamedPlace(h, m) && Objects.equals(h.date(), m.date())) {
                    n.addAll(g);
                    removed.add(g);
                    return true;
                }
            }
            return false;
        });
    }

    /** Is the mention in the document's first two sentences, where a report opens? */
    private static boolean opensTheReport(Document doc, EventMention m) {
        if (doc.sentences().isEmpty()) return false;
        return m.sentence().start() <= doc.sentences().get(Math.min(1, doc.sentences().size() - 1)).span().end();
    }

    /**
     * "Forces fired mortars at positions near X", then "monitors counted shots and explosions in both directions near
     * X": one exchange of fire at one place and day, told twice, is one battle (armed clash), not a shelling and a
     * clash.
     */
    private static void mergeFireAtOnePlace(Map<String, List<EventMention>> groups) {
        List<List<EventMention>> clashes = new ArrayList<>();
        for (List<EventMention> g : groups.values()) if (g.getFirst().type() == SubEventType.ARMED_CLASH && g.getFirst().place() != null) clashes.add(g);
        groups.values().removeIf(g -> {
            EventMention m = g.getFirst();
            if (m.type() != SubEventType.SHELLING_ARTILLERY_MISSILE || m.place() == null) return false;
            for (List<EventMention> c : clashes) {
                EventMention h = c.getFirst();
                if (samePlace(h, m) && Objects.equals(h.date(), m.date())) {
                    c.addAll(g);
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * "Bomb killed 38 soldiers" in a headline dated only by the report's stamp (within the week before it), and "38
     * soldiers were killed in the blast on Thursday" in the body: the same happening told twice, with the same type,
     * place and toll. The retelling joins the report that gives the day, so the article has one event with one date.
     */
    private static void foldRetold(Map<String, List<EventMention>> groups) {
        List<List<EventMention>> dayKnown = new ArrayList<>();
        for (List<EventMention> g : groups.values()) if (g.getFirst().timePrecision() == 1 && g.getFirst().date() != null) dayKnown.add(g);
        groups.values().removeIf(g -> {
            EventMention m = g.getFirst();
            int toll = toll(g);
            if (m.timePrecision() != 2 || m.date() == null || m.place() == null || toll <= 0) return false;
            for (List<EventMention> h : dayKnown) {
                EventMention d = h.getFirst();
                if (d.type() == m.type() && samePlace(d, m) && toll(h) == toll && !d.date().isAfter(m.date())
                        && !d.date().isBefore(m.date().minusDays(7))) {
                    h.addAll(g);
                    return true;
                }
            }
            return false;
        });
    }

    private static int toll(List<EventMention> g) {
        return g.stream().mapToInt(EventMention::fatalities).max().orElse(0);
    }

    private static final java.util.Set<SubEventType> CONSEQUENCES = java.util.EnumSet.of(
            SubEventType.LOOTING_PROPERTY_DESTRUCTION, SubEventType.ARRESTS, SubEventType.DISRUPTED_WEAPONS_USE,
            SubEventType.OTHER);

    /**
     * "Nine air strikes hit the airbase … five vehicles were destroyed", "they fought … three were later arrested":
     * destruction, arrests and the like at the place and day of a violent event or a protest are part of it (S6),
     * so their evidence joins that event instead of making events of their own.
     */
    private static void foldConsequences(Map<String, List<EventMention>> groups) {
        List<List<EventMention>> primaries = new ArrayList<>();
        for (List<EventMention> g : groups.values()) if (!CONSEQUENCES.contains(g.getFirst().type())) primaries.add(g);
        groups.values().removeIf(g -> {
            EventMention m = g.getFirst();
            if (!CONSEQUENCES.contains(m.type()) || m.place() == null) return false;
            for (List<EventMention> p : primaries) {
                EventMention h = p.getFirst();
                if (samePlace(h, m) && Objects.equals(h.date(), m.date())) {
                    // arrests made at a peaceful protest are an intervention (ACLED: protest with intervention)
                    if (h.type() == SubEventType.PEACEFUL_PROTEST && m.type() == SubEventType.ARRESTS) {
                        EventMention r = h.retyped(SubEventType.PROTEST_WITH_INTERVENTION, "arrests-at-protest", m.sentence());
                        // whoever made the arrests intervened: the forces named, or the country's police
                        if (r.actor2() == null) {
                            FieldProvenance by = m.provenance().get("actor1");
                            boolean forces = by != null && (m.inter1() == 1 || m.inter1() == 3 || m.inter1() == 8);
                            ActorDefaults.Named d = ActorDefaults.defaultActor2(SubEventType.PROTEST_WITH_INTERVENTION,
                                    h.place() == null ? null : h.place().country());
                            r = forces ? r.withActor2(m.actor1(), m.inter1(), "arrested-by:" + by.rule(), by.spans())
                                    : r.withActor2(d.name(), d.inter(), d.rule(), List.of());
                        }
                        p.set(0, r);
                    }
                    p.addAll(g);
                    return true;
                }
            }
            return false;
        });
    }

    private static final List<SubEventType> PROTEST_SEVERITY = List.of(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
            SubEventType.VIOLENT_DEMONSTRATION, SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.PEACEFUL_PROTEST);

    /** One demonstration told in several sentences is one event, coded by the most serious thing said about it. */
    private static void keepOneProtestPerPlaceAndDay(Map<String, List<EventMention>> groups) {
        Map<String, List<EventMention>> best = new LinkedHashMap<>();
        for (List<EventMention> g : groups.values()) {
            EventMention m = g.getFirst();
            if (!PROTEST_SEVERITY.contains(m.type()) || m.place() == null) continue;
            String key = m.place().gazetteerId() + "|" + m.date();
            List<EventMention> b = best.get(key);
            if (b == null || PROTEST_SEVERITY.indexOf(m.type()) < PROTEST_SEVERITY.indexOf(b.getFirst().type())) best.put(key, g);
        }
        groups.values().removeIf(g -> {
            EventMention m = g.getFirst();
            if (!PROTEST_SEVERITY.contains(m.type()) || m.place() == null) return false;
            List<EventMention> keep = best.get(m.place().gazetteerId() + "|" + m.date());
            if (keep == g) return false;
            keep.addAll(g);
            return true;
        });
    }

    /** The same kind of happening for coreference: one event type, or two kinds of political violence. */
    private static boolean sameKind(SubEventType a, SubEventType b) {
        return a.type() == b.type() || violent(a) && violent(b) && a.type() != EventType.RIOTS && b.type() != EventType.RIOTS;
    }

    private static boolean locationOptional(SubEventType t) {
        return t == SubEventType.CHANGE_TO_GROUP_ACTIVITY || t == SubEventType.AGREEMENT;
    }

    /** Is the trigger a word for the people of an attack ("the attackers"), not for an attack? */
    private static boolean peopleOfAnEvent(Document doc, EventMention m) {
        String w = m.trigger().span().of(doc.text()).toLowerCase(java.util.Locale.ROOT);
        return w.startsWith("attacker") || w.startsWith("assailant");
    }

    private static boolean violent(SubEventType t) {
        return t.type() != EventType.PROTESTS && t.type() != EventType.STRATEGIC_DEVELOPMENTS;
    }

    /** actor1 read from the text (an agent), not a default for the type or the article. */
    private static boolean namesPerpetrator(EventMention m) {
        FieldProvenance p = m.provenance().get("actor1");
        return p != null && p.rule() != null && p.rule().startsWith("agent:");
    }

    /** One place, or two gazetteer entries for the same name in the same province (the text names one place). */
    private static boolean sameNamedPlace(EventMention a, EventMention b) {
        if (samePlace(a, b)) return true;
        return a.place() != null && b.place() != null && a.locationText() != null && b.locationText() != null
                && a.locationText().equalsIgnoreCase(b.locationText()) && Objects.equals(a.place().admin1(), b.place().admin1());
    }

    /**
     * One gazetteer entry, or two points within {@link #SAME_PLACE_KM} of each other (a village and the plain it lies in,
     * whose curated centre is the village's own point, are one scene).
     */
    private static boolean samePlace(EventMention a, EventMention b) {
        if (a.place() == null || b.place() == null) return a.place() == b.place();
        return a.place().gazetteerId().equals(b.place().gazetteerId())
                || org.sitrep.geo.Gazetteer.km(a.place(), b.place()) <= SAME_PLACE_KM;
    }

    /** Distance within which two resolved points are one scene. */
    static final double SAME_PLACE_KM = 1.0;

    private static String key(EventMention m) {
        return m.type() + "|" + m.date() + "|" + (m.place() == null ? "-" : m.place().gazetteerId()) + "|" + m.actor1();
    }

    private static Event build(Article article, List<EventMention> g,
                               java.util.function.Function<GeoPlace, java.util.Optional<GeoPlace>> seatOf) {
        EventMention first = g.getFirst();
        // the mention that is not a bare killing decides the type and actors; not a consequence folded into the event
        // ("militants shot a soldier dead. Police arrested several people": the killing, not the arrests)
        boolean consequenceLed = CONSEQUENCES.contains(first.type());
        EventMention lead = g.stream().filter(m -> !m.killOnly() && (consequenceLed || !CONSEQUENCES.contains(m.type())))
                .findFirst().orElse(first);
        String actor2 = null;
        int inter2 = 0;
        for (EventMention m : g) {
            if (m.anaphoric() && m != first) continue;   // a back-reference adds its sentence, not new parties
            // (a fight between unnamed sides names its second side only where it leads the event)
            if (unnamedSides(m) ? m != lead || m.type() != SubEventType.ARMED_CLASH && m.type() != SubEventType.MOB_VIOLENCE
                    : m.actor2() != null && m.actor2().equals(lead.actor1())) continue;
            // a report merged in without its perpetrator does not override the named report's target
            if (actor2 != null && namesPerpetrator(lead) && !namesPerpetrator(m)) continue;
            if (m.actor2() != null && (actor2 == null || actor2.startsWith("Civilians") && !m.actor2().startsWith("Civilians"))) {
                actor2 = m.actor2();
                inter2 = m.inter2();
            }
        }
        int fatalities = 0;
        List<Span> tollSpans = new ArrayList<>();
        String tollRule = "deaths-near-count";
        for (EventMention m : g) {
            if (m.fatalities() > fatalities) { fatalities = m.fatalities(); tollSpans = m.fatalitySpans(); }
        }
        // a coder's explicit toll ("Fatalities coded as 0") stands over every count read from the report
        for (EventMention m : g) {
            FieldProvenance fp = m.provenance().get("fatalities");
            if (fp != null && fp.rule().equals("coded-fatalities-statement")) {
                fatalities = m.fatalities();
                tollSpans = m.fatalitySpans();
                tollRule = fp.rule();
                break;
            }
        }
        // a protest met with deaths is coded as excessive force or a violent demonstration; a peaceful protest or one
        // with intervention has none of its own (deaths named are its grievance: "after a chemical spill killed 11")
        if (lead.type() == SubEventType.PEACEFUL_PROTEST || lead.type() == SubEventType.PROTEST_WITH_INTERVENTION) {
            fatalities = 0;
            tollSpans = List.of();
        }
        int timePrecision = first.timePrecision();
        LocalDate date = first.date();
        for (EventMention m : g) if (m.timePrecision() < timePrecision) timePrecision = m.timePrecision();

        Set<Span> sentenceSpans = new LinkedHashSet<>();
        for (EventMention m : g) sentenceSpans.add(m.sentence());
        List<Evidence> evidence = new ArrayList<>();
        for (Span s : sentenceSpans) evidence.add(Evidence.of(article, s));

        List<Claim> claims = new ArrayList<>();
        Set<String> claimants = new LinkedHashSet<>();
        // the event's target is the first named one; a speaker who names another target disputes it
        String eventTarget = g.stream().map(EventAssembler::namedTarget).filter(Objects::nonNull).findFirst().orElse(null);
        boolean disputed = false;
        for (EventMention m : g) {
            String by = m.attribution() != null ? m.attribution().speaker() : article.source() != null ? article.source() : article.id();
            String target = namedTarget(m);
            boolean dissents = m.attribution() != null && target != null && eventTarget != null && !target.equals(eventTarget);
            if (claimants.add(by + "|" + m.sentence())) {
                claims.add(new Claim(by, article.id(), m.sentence().start(), m.sentence().end(),
                        dissents ? Stance.DISPUTES : Stance.ASSERTS, dissents ? "target: " + target : null));
            }
            disputed |= dissents;
        }
        Set<String> sources = new LinkedHashSet<>();
        if (article.source() != null) sources.add(article.source());
        for (Claim c : claims) sources.add(c.by());

        Map<String, FieldProvenance> prov = new LinkedHashMap<>(lead.provenance());
        if (!tollSpans.isEmpty()) prov.put("fatalities", new FieldProvenance(EventAnnotator.STAGE, tollRule, tollSpans));
        GeoPlace p = lead.place();
        // an event known only to its province is placed at the province's capital, as ACLED places it
        GeoPlace at = p == null ? null : seatOf.apply(p).orElse(p);
        String location = lead.locationText();
        String id = eventId(article.id(), lead.type(), date, p, lead.actor1());
        String notes = notes(date, lead, actor2, location, p, fatalities);
        double confidence = confidence(lead, g.size());
        return new Event(id, article.id(), date, date == null ? null : timePrecision, lead.type(),
                new Actor(lead.actor1(), lead.inter1(), null), null,
                actor2 == null ? null : new Actor(actor2, inter2, null), null,
                p == null ? null : p.country(), p == null ? null : Iso3.of(p.iso2()), p == null ? null : p.admin1(),
                p == null ? null : p.admin2(), location,
                at == null ? null : at.latitude(), at == null ? null : at.longitude(), p == null ? null : lead.geoPrecision(),
                p == null ? null : p.gazetteerId(), fatalities, String.join("; ", sources), notes, evidence, claims,
                List.of(article.id()), disputed, confidence, prov);
    }

    /** A fight between unidentified armed groups, crowds or identity militias: both sides carry one name. */
    private static boolean unnamedSides(EventMention m) {
        FieldProvenance p = m.provenance().get("actor2");
        // (and the identity militias of a clan, tribal or communal clash whose sides go unnamed: ActorDefaults)
        return p != null && (p.rule().equals(SecondSide.UNIDENTIFIED_OTHER_SIDE) || p.rule().equals(SecondSide.RIOTERS_OTHER_SIDE)
                || p.rule().endsWith(ActorDefaults.BOTH_SIDES));
    }

    static String eventId(String docId, SubEventType t, LocalDate date, GeoPlace p, String actor1) {
        String identity = docId + "|" + t.label() + "|" + date + "|" + (p == null ? "" : p.gazetteerId()) + "|" + actor1;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "ev_" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String notes(LocalDate date, EventMention m, String actor2, String location, GeoPlace p, int fatalities) {
        StringBuilder b = new StringBuilder();
        if (date != null) b.append("On ").append(date).append(", ");
        b.append(m.actor1()).append(": ").append(m.type().label().toLowerCase());
        if (actor2 != null) b.append(" against ").append(actor2);
        if (location != null) {
            b.append(" in ").append(location);
            if (p != null && p.admin1() != null && !p.admin1().equals(location)) b.append(" (").append(p.admin1()).append(")");
        }
        b.append(". ").append(fatalities).append(fatalities == 1 ? " fatality." : " fatalities.");
        return b.toString();
    }

    private static double confidence(EventMention m, int mentions) {
        double c = 0.5;
        if (m.geoPrecision() == 1) c += 0.15;
        if (m.actor1Mention() != null) c += 0.1;
        if (m.timePrecision() == 1) c += 0.1;
        if (mentions > 1) c += 0.1;
        return Math.min(0.95, Math.round(c * 100) / 100.0);
    }
}
