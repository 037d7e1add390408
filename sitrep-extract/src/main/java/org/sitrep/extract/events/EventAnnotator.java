package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerBuilder;
import org.sitrep.geo.NameNormalizer;
import org.sitrep.model.ActorMention;
import org.sitrep.model.DateMention;
import org.sitrep.model.EventType;
import org.sitrep.model.FieldProvenance;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.StageContext;

/**
 * Trigger-first event extraction: triggers from the lexicon, dropped when modality says the sentence does not
 * report a happening, typed by {@link SubEventRules}, given arguments by {@link Arguments} (with the place and
 * date carried over from the preceding sentences of the paragraph), then combined into events by
 * {@link EventAssembler}.
 */
public final class EventAnnotator implements Annotator {
    public static final String STAGE = "extract.events";
    private final TriggerLexicon lexicon;
    private final Gazetteer gazetteer;

    public EventAnnotator(TriggerLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    @Override public String name() { return STAGE; }

    @Override public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.PLACES, Layer.ACTORS, Layer.NUMBERS, Layer.DATES, Layer.QUOTES);
    }

    @Override public Set<Layer> provides() { return EnumSet.of(Layer.EVENTS); }

    @Override public Document apply(Document doc, StageContext ctx) {
        LocalDate published = doc.article().published();
        List<SentenceView> views = SentenceView.of(doc);
        GeoPlace focus = focusPlace(views);
        if (focus == null) focus = actorCountry(doc).flatMap(gazetteer::countryByIso).orElse(null);
        List<EventMention> mentions = new ArrayList<>();
        PlaceContext carry = new PlaceContext();
        carry.airArticle = mentionsAirWar(doc);
        carry.airForce = dominantAirForce(doc);
        carry.warArticle = aboutArmedConflict(views);
        carry.aboutUkraine = FrontLineNamesake.aboutUkraine(focus, doc.tokens());
        int titleEnd = titleEnd(doc);
        int lastEventSentence = -10;
        int codedFrom = 0;
        for (int si = 0; si < views.size(); si++) {
            SentenceView s = views.get(si);
            Optional<DateMention> ownDate = s.dates().stream().filter(d -> d.date() != null && !Arguments.isReferencePoint(s, d)
                    && !inSinceClause(s, d, -1) && d.span().start() >= captionEnd(s)).findFirst();
            List<PlaceMention> eventPlaces = new ArrayList<>();
            boolean[] eventInSentence = {false};
            if (s.sentence().span().end() > titleEnd) {
                // the month "March" is no protest: dropped here so it neither types nor suppresses other triggers
                List<TriggerMatch> triggers = lexicon.find(doc.tokens(), s.first(), s.end()).stream()
                        .filter(t -> !SubEventRules.isMonthMarch(t, s)).toList();
                // triggers that report a happening; only these can absorb or suppress each other
                List<TriggerMatch> live = new ArrayList<>();
                boolean anyBlocked = false;
                int caption = captionEnd(s);
                for (TriggerMatch t : triggers) {
                    // a photo caption closed by its credit ("... sits in a tent after the blast on Saturday (File
                    // photo)") describes a picture, often of an older happening; the story is told after the credit
                    Optional<String> blocked = t.span().end() <= caption ? Optional.of("photo caption before its credit")
                            : Modality.blocked(s, t, published);
                    if (blocked.isPresent()) {
                        ctx.warn(STAGE, "dropped '" + t.span().of(doc.text()) + "': " + blocked.get());
                        anyBlocked = true;
                    } else live.add(t);
                }
                List<EventMention> inSentence = new ArrayList<>();
                for (TriggerMatch t : live) inSentence.addAll(mentionsFor(doc, s, t, live, carry, published, focus, ctx));
                inSentence = oncePerSentence(inSentence);
                // "Two clans clashed in X. The fighting left one dead.": the fighting told again is the same fight, so it
                // keeps the type the first sentence's fuller description gave it
                if (!mentions.isEmpty() && si - lastEventSentence <= 2) {
                    EventMention before = mentions.getLast();
                    inSentence.replaceAll(m -> m.anaphoric() && isFight(m) && isFight(before) && m.type() != before.type()
                            ? m.retyped(before.type(), "same-fight-as-before", before.sentence()) : m);
                }
                final int at = si;
                inSentence.replaceAll(m -> FightBack.upgrade(SubEventRules.abductionOutcome(ProtestOutcome.upgrade(m, views, at), views, at), views, at));
                // "The victim died.", "One of them was killed.": deaths told right after an event, in a sentence that
                // reports no event of its own, are that event's toll
                // "Fatalities coded as 0 (X reported 1).", "3 fatalities.": a coder's explicit toll is the toll of every
                // event read since the previous such statement (and of this sentence's own)
                Optional<Fatalities.Toll> coded = Fatalities.coded(s);
                if (coded.isPresent()) {
                    Fatalities.Toll c = coded.get();
                    for (int k = codedFrom; k < mentions.size(); k++) mentions.set(k, mentions.get(k).withCodedToll(c.deaths(), c.spans()));
                    inSentence.replaceAll(m -> m.withCodedToll(c.deaths(), c.spans()));
                    codedFrom = mentions.size() + inSentence.size();
                } else if (inSentence.isEmpty() && !anyBlocked && !mentions.isEmpty() && si - lastEventSentence <= 2) {
                    Fatalities.Toll toll = Fatalities.in(s);
                    EventMention prev = mentions.getLast();
                    // (a toll of none that no words told is no toll: "Protesters gathered in X. Security forces shot
                    // dead 3 protesters.")
                    if (toll.deaths() > 0 && (prev.fatalities() < 0 || prev.fatalities() == 0 && prev.fatalitySpans().isEmpty())) {
                        mentions.set(mentions.size() - 1, prev.withToll(toll.deaths(), toll.spans(), s.sentence().span()));
                    }
                }
                mentions.addAll(inSentence);
                eventInSentence[0] = !inSentence.isEmpty();
                if (!inSentence.isEmpty()) lastEventSentence = si;
                // only places where this sentence put an event are context for the next sentences
                for (EventMention m : inSentence) if (m.ownPlace() != null) eventPlaces.add(m.ownPlace());
            }
            if (!eventPlaces.isEmpty()) carry.place(eventPlaces);
            // only a date that placed an event here is context for the next sentences' events: a reference point
            // ("since the campaign began on September 30") or a background date ("in 2013") is not
            if (!eventPlaces.isEmpty() || eventInSentence[0]) {
                ownDate.filter(d -> published == null || !d.date().isBefore(published.minusDays(30))).ifPresent(carry::date);
            }
            carry.age();
        }
        GeoPlace country = focus == null ? null : gazetteer.countryByIso(focus.iso2()).orElse(null);
        return doc.withEvents(EventAssembler.assemble(doc, mentions, country, gazetteer::seatOf));
    }

    /**
     * A riot's words standing for its actor ("clashes broke out", "clashed with") in a battle or a bombardment: the
     * fighting was not done by rioters, and the defaults name who did it.
     */
    private static boolean riotWordInFighting(ActorMention a, SubEventType type) {
        return a.rule() != null && a.rule().endsWith(":RIOT_EVENT")
                && (type.type() == EventType.BATTLES || type.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }

    private List<EventMention> mentionsFor(Document doc, SentenceView s, TriggerMatch t, List<TriggerMatch> all,
                                           PlaceContext carry, LocalDate published, GeoPlace focus, StageContext ctx) {
        Optional<ActorMention> agent = Arguments.agent(s, t);
        if (agent.isEmpty()) agent = Arguments.speakingGovernment(s);
        Quote speaker = attributionFor(doc, s);
        if (agent.isPresent()) agent = Optional.of(Arguments.ownForcesOfSpeaker(s, agent.get(), speaker));
        Optional<ActorMention> patient = Arguments.patient(s, t, agent);
        Optional<SubEventRules.Decision> decision = SubEventRules.decide(t, s, all, agent, patient, carry.airArticle, carry.warArticle);
        if (decision.isEmpty()) {
            // (who the rules took as agent and patient: most refusals turn on them)
            ctx.warn(STAGE, "no event type for '" + t.span().of(doc.text()) + "' (" + t.type() + "; agent "
                    + agent.map(a -> a.actor().name()).orElse("none") + ", patient " + patient.map(a -> a.actor().name()).orElse("none") + ")");
            return List.of();
        }
        SubEventType type = decision.get().type();

        List<PlaceMention> places = hierarchyNotList(s, Arguments.places(s, t, gazetteer));
        boolean ownPlaces = !places.isEmpty();
        boolean anaphoric = t.from() > s.first() && Set.of("the", "this", "that", "these", "such", "those").contains(s.norm(t.from() - 1))
                && (places.isEmpty() || NOMINAL.contains(s.norm(t.from())));
        String placeRule = "place:same-sentence";
        if (places.isEmpty() && carry.places() != null) {
            places = carry.places();
            placeRule = "place:carried-from-previous-sentence";
        }
        Optional<DateMention> dm = dateOf(s, t);
        String dateRule;
        LocalDate date;
        int timePrecision;
        List<Span> dateSpans = new ArrayList<>();
        if (dm.isPresent()) {
            date = dm.get().date();
            timePrecision = dm.get().precision();
            dateRule = "date:" + dm.get().rule();
            dateSpans.add(dm.get().span());
        } else if (carry.date() != null) {
            date = carry.date().date();
            timePrecision = carry.date().precision();
            dateRule = "date:carried:" + carry.date().rule();
            dateSpans.add(carry.date().span());
        } else {
            date = published;
            timePrecision = 2;
            dateRule = "date:report-day";
        }
        Fatalities.Toll toll = Fatalities.in(s);
        Quote attribution = attributionFor(doc, s);
        boolean killOnly = switch (t.type()) {
            case KILL, SHOOT, STAB, EXECUTE, BODY, INJURE -> true;
            default -> false;
        };

        List<EventMention> out = new ArrayList<>();
        // a new alliance or an agreement is one event whatever areas it names (S5)
        if (places.size() > 1 && (type == SubEventType.CHANGE_TO_GROUP_ACTIVITY || type == SubEventType.AGREEMENT)) places = places.subList(0, 1);
        List<PlaceMention> targets = places.isEmpty() ? java.util.Collections.singletonList((PlaceMention) null) : places;
        for (PlaceMention p : targets) {
            GeoPlace gp = p == null ? null : p.place();
            Optional<GeoPlace> front = FrontLineNamesake.of(p, type, date, carry.aboutUkraine, gazetteer);
            if (front.isPresent()) gp = front.get();
            String country = gp != null ? gp.country() : focus != null ? focus.country() : null;
            Map<String, FieldProvenance> prov = new HashMap<>();
            prov.put("sub_event_type", new FieldProvenance(STAGE, "trigger:" + t.pattern() + " rule:" + decision.get().rule(), List.of(t.span())));

            String a1;
            int i1;
            // (an agent that is only the unknown aircraft, "unmarked warplanes bombed", names no state)
            Optional<ActorDefaults.Named> unknownAir = type == SubEventType.AIR_DRONE_STRIKE
                    && (agent.isEmpty() || agent.get().rule() != null && agent.get().rule().startsWith("generic:STATE_AIR"))
                    ? ActorDefaults.unknownAircraft(s) : Optional.empty();
            if (unknownAir.isPresent()) {
                a1 = unknownAir.get().name();
                i1 = unknownAir.get().inter();
                prov.put("actor1", new FieldProvenance(STAGE, unknownAir.get().rule(), List.of()));
            } else if (agent.isPresent() && !riotWordInFighting(agent.get(), type)
                    && (!isVictimRole(agent.get(), type) || droneLaunchedBy(t, agent.get(), type) || groupsDrone(s, agent.get(), type))) {
                a1 = ActorDefaults.asPerpetrator(ActorDefaults.relocalise(agent.get(), gp), type);
                i1 = agent.get().actor().inter();
                prov.put("actor1", new FieldProvenance(STAGE, "agent:" + agent.get().rule(), List.of(agent.get().span())));
            } else if (type == SubEventType.AIR_DRONE_STRIKE && carry.airForce != null) {
                // unattributed strikes in an article about one country's air campaign are that campaign's
                a1 = carry.airForce.actor().name();
                i1 = carry.airForce.actor().inter();
                prov.put("actor1", new FieldProvenance(STAGE, "default:article-air-force", List.of(carry.airForce.span())));
            } else {
                ActorDefaults.Named d = ActorDefaults.defaultActor1(type, country);
                a1 = d.name();
                i1 = d.inter();
                prov.put("actor1", new FieldProvenance(STAGE, d.rule(), List.of()));
            }
            Optional<ActorDefaults.Refined> refined = ActorDefaults.refine(a1, i1, prov.get("actor1").rule(), type, gp != null ? gp : focus, date, s);
            if (refined.isPresent()) {
                a1 = refined.get().name();
                i1 = refined.get().inter();
                prov.put("actor1", new FieldProvenance(STAGE, refined.get().rule(), refined.get().spans()));
            }
            String a2 = null;
            int i2 = 0;
            // (the second side of an intervention is the force that intervened, not the government or the people the
            // protest named: "protested against the government", "were dispersed by police")
            boolean patientIntervened = type != SubEventType.PROTEST_WITH_INTERVENTION
                    || patient.isPresent() && Arguments.armed(patient.get()) && !patient.get().actor().name().startsWith("Government");
            if (patient.isPresent() && patientIntervened && !patient.get().actor().name().equals(a1)) {
                a2 = ActorDefaults.relocalise(patient.get(), gp);
                i2 = patient.get().actor().inter();
                prov.put("actor2", new FieldProvenance(STAGE, "patient:" + patient.get().rule(), List.of(patient.get().span())));
            } else if (type == SubEventType.PROTEST_WITH_INTERVENTION && agent.isPresent() && i1 == 6
                    && agent.get().actor().inter() != 6 && Arguments.armed(agent.get())) {
                // "police dispersed protesters": the force that intervened, named as the subject, is actor2
                a2 = ActorDefaults.relocalise(agent.get(), gp);
                i2 = agent.get().actor().inter();
                prov.put("actor2", new FieldProvenance(STAGE, "intervening:" + agent.get().rule(), List.of(agent.get().span())));
            } else {
                ActorDefaults.Named d = ActorDefaults.defaultActor2(type, country);
                if (d != null && !d.name().equals(a1)) {
                    a2 = d.name();
                    i2 = d.inter();
                    prov.put("actor2", new FieldProvenance(STAGE, d.rule(), List.of()));
                }
            }
            if (a2 == null && refined.isPresent() && refined.get().actor2() != null) {
                a2 = refined.get().actor2();
                i2 = refined.get().inter2();
                prov.put("actor2", new FieldProvenance(STAGE, refined.get().rule(), List.of()));
            }
            // the second side the target found by position leaves open: the forces a mob or a riot faced, a battle's
            // other party, an explosion's victims told before it, the other of two unnamed sides
            String a2Rule = a2 == null ? null : prov.containsKey("actor2") ? prov.get("actor2").rule() : "";
            Optional<SecondSide.Chosen> other = SecondSide.of(s, t, type, decision.get().rule(), a1, i1, prov.get("actor1").rule(),
                    a2Rule, agent, gp, country);
            if (other.isPresent()) {
                a2 = other.get().name();
                i2 = other.get().inter();
                prov.put("actor2", new FieldProvenance(STAGE, other.get().rule(), other.get().spans()));
            }
            // a peaceful protest has no second side in ACLED's coding but other protesters (a counter-demonstration):
            // whom it was for or against ("in support of prisoners", "against the government") is no actor2
            if (type == SubEventType.PEACEFUL_PROTEST && a2 != null && i2 != 6) {
                a2 = null;
                i2 = 0;
                prov.remove("actor2");
            }
            if (type == SubEventType.DISRUPTED_WEAPONS_USE) {
                Optional<ActorDefaults.Refined> x = ActorDefaults.interception(s, t, agent, gp, country);
                if (x.isPresent()) {
                    a1 = x.get().name();
                    i1 = x.get().inter();
                    prov.put("actor1", new FieldProvenance(STAGE, x.get().rule(), x.get().spans()));
                    if (x.get().actor2() != null && !x.get().actor2().equals(a1)) {
                        a2 = x.get().actor2();
                        i2 = x.get().inter2();
                        prov.put("actor2", new FieldProvenance(STAGE, "launcher:" + (agent.map(ActorMention::rule).orElse("fired-from")),
                                agent.map(a -> List.of(a.span())).orElse(List.of())));
                    }
                }
            }
            // ACLED codes force used on a protest under Protests: the protesters are actor1, the force actor2 ("police
            // fired on protesters" names the police first)
            if (type == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS && i1 != 6) {
                String forces = a1;
                int forcesInter = i1;
                FieldProvenance forcesProv = prov.get("actor1");
                if (a2 != null && i2 == 6) {
                    a1 = a2;
                    i1 = i2;
                    prov.put("actor1", prov.get("actor2"));
                } else {
                    ActorDefaults.Named d = ActorDefaults.defaultActor1(type, country);
                    a1 = d.name();
                    i1 = d.inter();
                    prov.put("actor1", new FieldProvenance(STAGE, d.rule(), List.of()));
                }
                a2 = forces;
                i2 = forcesInter;
                prov.put("actor2", forcesProv);
            }
            int precision = p == null ? 3 : adjustPrecision(s, p);
            if (p != null) prov.put("location", new FieldProvenance("geo.resolve", placeRule + " pass:" + p.pass()
                    + (front.isPresent() ? " front-line-namesake" : ""), List.of(p.span())));
            prov.put("event_date", new FieldProvenance(STAGE, dateRule, dateSpans));
            if (!toll.spans().isEmpty()) prov.put("fatalities", new FieldProvenance(STAGE, "deaths-near-count", toll.spans()));
            out.add(new EventMention(type, t, s.sentence().span(), agent.orElse(null), a1, i1, a2, i2, gp,
                    p == null ? null : locationText(p), precision, date, timePrecision,
                    toll.spans().isEmpty() ? -1 : toll.deaths(), toll.spans(), attribution, killOnly, anaphoric, ownPlaces ? p : null, prov));
        }
        return out;
    }

    /**
     * Several triggers of one sentence often describe one happening ("fought their fiercest clashes"): keep one
     * mention per sub-event type and place, preferring one whose actor the text names; a clash at the place of a
     * capture is the capture (S7).
     */
    private static List<EventMention> oncePerSentence(List<EventMention> ms) {
        Map<String, EventMention> kept = new java.util.LinkedHashMap<>();
        for (EventMention m : ms) {
            String key = m.type() + "|" + placeKey(m);
            EventMention prev = kept.get(key);
            if (prev == null || prev.actor1Mention() == null && m.actor1Mention() != null) kept.put(key, m);
        }
        List<EventMention> out = new ArrayList<>(kept.values());
        // "struck the town of Saraqeb in Idlib province ... in a day of heavy airstrikes": the province-level mention of
        // the same type is the town's event told again
        out.removeIf(m -> m.place() != null && m.geoPrecision() == 3 && out.stream().anyMatch(o -> o != m && o.type() == m.type()
                && o.place() != null && o.geoPrecision() < 3 && java.util.Objects.equals(o.place().admin1(), m.place().admin1())));
        out.removeIf(m -> m.type() == SubEventType.ARMED_CLASH && out.stream().anyMatch(o -> o != m
                && (o.type() == SubEventType.GOVERNMENT_REGAINS_TERRITORY || o.type() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)
                && placeKey(o).equals(placeKey(m))));
        return out;
    }

    private static boolean isFight(EventMention m) {
        return (m.type() == SubEventType.ARMED_CLASH || m.type() == SubEventType.MOB_VIOLENCE)
                && (m.trigger().type() == TriggerClass.CLASH || m.trigger().type() == TriggerClass.GUNFIGHT);
    }

    /** The date nearest to the trigger that dates it: not a reference point ("since September 30") nor another clause's. */
    static Optional<DateMention> dateOf(SentenceView s, TriggerMatch t) {
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        // "On Sunday, teachers who were dismissed in 2013 held a protest": a day fronting the sentence dates its
        // main clause; a year in a relative clause does not
        DateMention fronted = null;
        for (DateMention d : s.dates()) {
            if (d.date() == null || d.precision() != 1 || s.tokenAt(d.span().start()) - s.first() > 2) continue;
            int after = s.tokenAt(d.span().end());
            if (after < s.end() && s.norm(after).equals(",") && t.from() > after) fronted = d;
        }
        int caption = captionEnd(s);
        DateMention bestOwn = null;
        int bestOwnDist = Integer.MAX_VALUE;
        for (DateMention d : s.dates()) {
            if (d.date() == null || Arguments.isReferencePoint(s, d) || inSinceClause(s, d, t.from())) continue;
            // a photo caption's date is when the picture was taken: it dates nothing told after the credit
            if (d.span().start() < caption && t.span().start() >= caption) continue;
            if (fronted != null && d != fronted && (d.precision() > 1 || d.date().isBefore(fronted.date().minusDays(21)))) continue;
            int dist = Math.abs(d.span().start() - t.span().start());
            if (dist < bestDist) { bestDist = dist; best = d; }
            if (!"dateline".equals(d.rule()) && dist < bestOwnDist) { bestOwnDist = dist; bestOwn = d; }
        }
        // "Date of publication 27 October 2016 Airstrikes on a school in Hass on Wednesday...": the stamp glued to the
        // lead is the report's day; a day the sentence itself gives dates what it tells
        if (best != null && "dateline".equals(best.rule()) && bestOwn != null) best = bestOwn;
        return Optional.ofNullable(best);
    }

    /**
     * A photo credit closing a caption: "(AFP photo)", "(File photo)", "(Reuters Photo)", "[AP]", "[Getty Images]",
     * "(TRT World and Agencies)" (a broadcaster's pictures from several agencies).
     */
    private static final java.util.regex.Pattern PHOTO_CREDIT = java.util.regex.Pattern.compile(
            "\\([^()]{0,30}\\b(?i:photo|file|archive|and agencies)\\b[^()]{0,30}\\)"
            + "|\\[[^\\[\\]]{0,30}\\b(?:AP|AFP|Reuters|EPA|Getty|Anadolu|SANA|(?i:photo|file))\\b[^\\[\\]]{0,30}]");

    /**
     * Where the last photo caption of a sentence ends (a char offset into the text), or -1 when the sentence has
     * none. Captions are glued to the body text in scraped articles: "... runs near destroyed buildings in Hasakeh on
     * Monday (AFP photo) Thirteen civilians were killed on Wednesday".
     */
    static int captionEnd(SentenceView s) {
        String text = s.text();
        java.util.regex.Matcher m = PHOTO_CREDIT.matcher(text);
        int end = -1;
        while (m.find()) end = s.sentence().span().start() + m.end();
        return end;
    }

    /**
     * "Since capturing Khan Sheikhoun nearly ten days ago, jets were escalating strikes": a date inside a fronted
     * "since ..." clause dates that clause's happening, not what the main clause (after the comma) reports.
     * trigger = -1 asks whether the date is in such a clause at all.
     */
    static boolean inSinceClause(SentenceView s, DateMention d, int trigger) {
        int k = s.tokenAt(d.span().start());
        int since = -1;
        for (int i = k - 1; i >= s.first(); i--) {
            String n = s.norm(i);
            if (n.equals(",") || n.equals(";")) break;
            if (n.equals("since")) { since = i; break; }
        }
        if (since < 0) return false;
        if (trigger < 0) return true;
        if (trigger >= since && trigger < k) return false;      // the trigger is in the since-clause: the date is its own
        int clauseEnd = k;
        while (clauseEnd < s.end() && !s.norm(clauseEnd).equals(",")) clauseEnd++;
        return trigger > clauseEnd || trigger < since;
    }

    /** Trigger words that name a happening already told ("the attack", "the protest") when a determiner leads them. */
    private static final Set<String> NOMINAL = Set.of("attack", "attacks", "clash", "clashes", "protest", "protests",
            "demonstration", "demonstrations", "explosion", "blast", "shooting", "incident", "fighting", "raid", "ambush",
            "assault", "killing", "killings", "murder", "rally", "march", "sit-in", "strike", "strikes", "bombing",
            "shelling", "gunfight", "shoot-out", "shootout", "riot", "riots", "violence", "abduction", "kidnapping");

    /**
     * "in Jalalpur, Shamli", "near Kamianka, Donetsk": names joined by commas alone are one place and the regions
     * it lies in, not a list of places ("in Hama, Homs and Idlib" joins its last member with "and"). Keep the first.
     */
    static List<PlaceMention> hierarchyNotList(SentenceView s, List<PlaceMention> places) {
        if (places.size() < 2) return places;
        for (int i = 0; i + 1 < places.size(); i++) {
            int from = s.tokenAt(places.get(i).span().end()), to = s.tokenAt(places.get(i + 1).span().start());
            boolean comma = false;
            for (int k = from; k < to; k++) {
                String n = s.norm(k);
                if (n.equals(",") || n.equals("(") || n.equals(")")) comma = true;
                else if (!Set.of("province", "state", "district", "region", "department", "governorate", "county",
                        "municipality", "oblast", "city", "town", "village").contains(n)) return places;
            }
            if (!comma) return places;
        }
        // a list of provinces ("Hama, Homs, Latakia provinces") stays a list
        int after = s.tokenAt(places.getLast().span().end());
        if (after < s.end() && Set.of("provinces", "governorates", "regions", "districts", "states", "oblasts").contains(s.norm(after))) return places;
        return List.of(places.getFirst());
    }

    private static String placeKey(EventMention m) { return m.place() == null ? "-" : m.place().gazetteerId(); }

    /**
     * "Houthi forces launched a drone at army positions": armed groups fly drones, so the non-state subject of a
     * drone's launch is the strike's perpetrator (the non-state "agent" of a strike by aircraft is its target).
     */
    private static boolean droneLaunchedBy(TriggerMatch t, ActorMention a, SubEventType type) {
        return type == SubEventType.AIR_DRONE_STRIKE && a.actor().inter() >= 2 && a.actor().inter() <= 4
                && (t.pattern().startsWith("launched|sent|flew") || t.pattern().startsWith("used|deployed"))
                && a.span().end() <= t.span().start();
    }

    private static final Set<String> DRONE_WORDS = Set.of("drone", "drones", "uav", "uavs");

    /** "a Houthi drone struck", "PKK drones hit": a group's name on the drone itself names who flew it. */
    private static boolean groupsDrone(SentenceView s, ActorMention a, SubEventType type) {
        if (type != SubEventType.AIR_DRONE_STRIKE || a.actor().inter() < 2 || a.actor().inter() > 4) return false;
        // (the actor's phrase may hold the drone itself: "Houthi drone")
        int after = s.tokenAt(a.span().end());
        int last = s.tokenAt(Math.max(a.span().start(), a.span().end() - 1));
        return after < s.end() && DRONE_WORDS.contains(s.norm(after)) || DRONE_WORDS.contains(s.norm(last));
    }

    /** An "agent" that is a civilian or protester cannot perpetrate an attack on civilians. */
    private static boolean isVictimRole(ActorMention a, SubEventType t) {
        int inter = a.actor().inter();
        return switch (t) {
            case ATTACK, ABDUCTION, SEXUAL_VIOLENCE, SHELLING_ARTILLERY_MISSILE, REMOTE_EXPLOSIVE,
                 SUICIDE_BOMB, GRENADE, CHEMICAL_WEAPON -> inter == 7;
            // air power is states' (and the odd drone): a non-state "agent" of an air strike is its target
            case AIR_DRONE_STRIKE -> inter == 7 || (inter >= 2 && inter <= 4 && a.rule() != null && a.rule().startsWith("lexicon"));
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION -> inter != 6;
            case EXCESSIVE_FORCE_AGAINST_PROTESTERS -> inter == 6 || inter == 7;
            default -> false;
        };
    }

    private static String locationText(PlaceMention p) {
        if (p.precision() == 3 && p.place() != null && p.place().admin1() != null && "admin1".equals(p.place().feature())) {
            return p.place().admin1();
        }
        return p.place() != null && shortFormOf(p.text(), p.place()) ? p.place().name() : p.text();
    }

    /**
     * Is the text a short form of a town's own name in a Latin-script country, its first or last words ("Acapulco"
     * for Acapulco de Juárez, "Guaymas" for Heroica Guaymas)? The event then carries the full name. Where names are
     * transliterated the text's spelling stays: the gazetteer's longer forms there add kind words ("Goth Radhan",
     * "Hukumat-e Nad Ali") that news and coders leave out.
     */
    static boolean shortFormOf(String text, GeoPlace place) {
        if (!Gazetteer.isSettlement(place) || GazetteerBuilder.transliterated(place.iso2())) return false;
        String t = NameNormalizer.fold(text), n = NameNormalizer.fold(place.name());
        if (t.isEmpty() || n.length() <= t.length()) return false;
        return n.startsWith(t + " ") || n.endsWith(" " + t);
    }

    private static final Set<String> NEAR = Set.of("near", "outside", "outskirts", "around", "north", "south", "east",
            "west", "northern", "southern", "eastern", "western", "northwest", "northeast", "southwest", "southeast",
            "vicinity", "countryside", "rural", "close", "north-west", "north-east", "south-west", "south-east");

    /** "near Homs", "outskirts of Idlib": a town named as a reference point is geo_precision 2. */
    private static int adjustPrecision(SentenceView s, PlaceMention p) {
        if (p.precision() != 1) return p.precision();
        int k = s.tokenAt(p.span().start());
        for (int i = k - 1; i >= Math.max(s.first(), k - 3); i--) {
            if (NEAR.contains(s.norm(i))) return 2;
        }
        return 1;
    }

    private static Quote attributionFor(Document doc, SentenceView s) {
        Span span = s.sentence().span();
        Quote best = null;
        for (Quote q : doc.quotes()) {
            if (q.speaker() == null) continue;
            boolean covers = q.content().overlaps(span) || (q.speakerSpan() != null && span.contains(q.speakerSpan()));
            if (covers && (best == null || q.content().overlaps(span))) best = q;
        }
        return best;
    }

    /** The most mentioned country among resolved places: the default for generic actors and unlocated events. */
    static GeoPlace focusPlace(List<SentenceView> views) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, GeoPlace> any = new HashMap<>();
        for (SentenceView s : views) for (PlaceMention p : s.places()) {
            if (p.place() == null || p.place().iso2() == null || Arguments.isDateline(s, p)) continue;
            counts.merge(p.place().iso2(), 1, Integer::sum);
            any.putIfAbsent(p.place().iso2(), p.place());
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> any.get(e.getKey())).orElse(null);
    }

    /**
     * The air force the article names most often with its nationality ("Russian jets", "Russian air strikes"), when
     * it is named at least twice and more often than any other.
     */
    private static ActorMention dominantAirForce(Document doc) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, ActorMention> first = new HashMap<>();
        for (ActorMention a : doc.actors()) {
            if (a.rule() == null || !a.rule().startsWith("national:STATE_AIR")) continue;
            counts.merge(a.actor().name(), 1, Integer::sum);
            first.putIfAbsent(a.actor().name(), a);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        if (ranked.isEmpty() || ranked.getFirst().getValue() < 2) return null;
        if (ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.getFirst().getValue())) return null;
        return first.get(ranked.getFirst().getKey());
    }

    /** An article where armed forces are named in several sentences: its "clashes" are armed clashes. */
    private static boolean aboutArmedConflict(List<SentenceView> views) {
        int n = 0;
        for (SentenceView s : views) if (SubEventRules.armedPresent(s)) n++;
        return n >= 3;
    }

    /** An article about an air war: two or more explicit air-strike words make bare "strikes" air strikes. */
    private boolean mentionsAirWar(Document doc) {
        int n = 0;
        for (int i = 0; i < doc.tokens().size(); i++) {
            String t = doc.tokens().get(i).norm();
            if (t.startsWith("airstrike") || t.startsWith("warplane") || t.equals("air") && i + 1 < doc.tokens().size()
                    && doc.tokens().get(i + 1).norm().startsWith("strike")) n++;
        }
        return n >= 2;
    }

    /** The country most actors belong to, when no place resolved ("protesters in Pakistan" with an unknown town). */
    private static Optional<String> actorCountry(Document doc) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention a : doc.actors()) if (a.actor().iso2() != null) counts.merge(a.actor().iso2(), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static int titleEnd(Document doc) {
        String title = doc.article().title();
        if (title == null || title.isBlank()) return -1;
        int at = doc.text().indexOf(title.strip());
        return at >= 0 && at < 80 ? at + title.strip().length() : -1;
    }

    /** Place and date the preceding sentences of the paragraph established, for sentences that do not repeat them. */
    private static final class PlaceContext {
        private List<PlaceMention> places;
        boolean airArticle;
        boolean warArticle;
        ActorMention airForce;
        boolean aboutUkraine;
        private DateMention date;
        private int placeAge;

        void place(List<PlaceMention> p) {
            places = List.copyOf(p);
            placeAge = 0;
        }

        void date(DateMention d) { date = d; }

        void age() {
            if (++placeAge > 2) places = null;
        }


        List<PlaceMention> places() { return places; }

        DateMention date() { return date; }
    }
}
