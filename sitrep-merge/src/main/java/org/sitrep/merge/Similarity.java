package org.sitrep.merge;

import org.sitrep.model.Event;

/**
 * The pairwise "same happening" score of two reports (per-article events), symmetric by construction.
 * Hard constraints first (ONTOLOGY.md split rules carry over: two named towns far apart, or two days beyond the
 * date tolerance, are never one event), then a weighted similarity over place, date, type, actors, fatality
 * figures and evidence wording.
 */
public final class Similarity {
    static final double W_PLACE = 0.34, W_DATE = 0.12, W_TYPE = 0.14, W_ACTORS = 0.10, W_NUMBERS = 0.10, W_WORDS = 0.20;

    /** A death toll high enough that two reports giving it the same day rarely do so by chance. */
    static final int DISTINCT_TOLL = 20;

    private final MergePolicy policy;

    public Similarity(MergePolicy policy) {
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
    }

    /** Scores two events as reports (a convenience for tests and explanations; merging uses the cached form). */
    public PairScore score(Event a, Event b) {
        return score(new Report(a), new Report(b));
    }

    /** True when the pair is linked: compatible and at or above the link threshold, with the weak-place rule. */
    public boolean linked(Event a, Event b) {
        return linked(score(new Report(a), new Report(b)));
    }

    /**
     * The link rules (README "Link rules"); a compatible pair is linked when one of them holds:
     * <ol>
     *   <li><b>identity</b>: the ACLED event identity: same sub-event type, same specific place (gazetteer entry,
     *       name, or within 3 km), same day; different perpetrators do not stop it (that is a dispute);</li>
     *   <li><b>figure</b>: the same event type and the same non-zero death toll (or tolls within 20%, both 5 or
     *       more) at a compatible place (same province or closer) within the date tolerance;</li>
     *   <li><b>wording</b>: the same event type and evidence sharing at least {@code wordingLink} of its content
     *       words (wire copy reused by several outlets) at a compatible place within the date tolerance.</li>
     * </ol>
     * The weighted total is kept as the strength of a link, used when a component must be split.
     */
    boolean linked(PairScore s) {
        if (!s.compatible()) return false;
        boolean sameType = s.type() >= TypeCompatibility.LINKABLE;
        boolean sameDay = s.date() == 1.0;
        // dateline and time-zone slack: the very same place and sub-event type a day apart (policy.dayTolerance)
        boolean slackDay = s.daysApart() >= 1 && s.daysApart() <= policy.dayTolerance() && s.place() == 1.0 && s.type() == 1.0;
        // a report dated only by its own day (stamp, statement, report day) of the very same act at the very same
        // place days before: a later report of it (toll update, investigation, reaction)
        // (also a report that dates the act only to a week, "last week's bombing of the town": a town suffers one
        // bombing or chemical attack in a week far more often than two)
        boolean laterReport = (s.reportWindow() || s.weekDated()) && s.place() >= 0.85 && s.type() == 1.0 && s.singular();
        boolean identity = sameType && s.place() >= 0.85 && (sameDay || slackDay || laterReport);
        // a matching toll is weak evidence on its own: it needs the very same sub-event type (an air strike and rebel
        // shelling that both killed eight in Aleppo that day are a coincidence, not one happening); with a place known
        // only to the country it needs a toll that rarely recurs the same day (strikes killed 15 civilians near Raqqa
        // and in Idlib on one Saturday)
        // (and tolls are updated day by day: figures alike days apart say nothing)
        // strikes, shelling or fighting (acts that recur across a province on one day) not placed at one specific place
        // need the very same toll: 49 and 50 dead, 60 and 75, are other strikes that day or other counting periods
        // (a report dated by its own day that gives the very same distinct toll the day after: "a day after it was
        // announced that strikes killed 58 civilians in eastern Syria" is that count, not another day's)
        boolean nextDayReport = s.reportWindow() && s.daysApart() <= policy.dayTolerance();
        double tollsAlike = s.place() < 0.85 && !s.singular() ? 1.0 : 0.8;
        boolean figure = s.type() == 1.0 && s.date() >= 0.3 && s.daysApart() <= policy.dayTolerance() && (s.numbers() >= tollsAlike && s.place() >= 0.45
                || s.sameToll() >= DISTINCT_TOLL && s.place() >= 0.15 && (sameDay || nextDayReport));
        // one shared sentence (the rest of the evidence differing) links only the same day: a stock background
        // sentence ("the monitor, which relies on a network of sources...") recurs in reports of other days
        boolean wording = sameType && s.place() >= 0.15 && (s.wording() >= policy.wordingLink() && s.date() >= 0.3
                || s.copy() >= policy.wordingLink() && sameDay);
        // two province- or country-level accounts of the same singular act (chemical attack, bombing) the same day in
        // one province, told alike: tolls within a factor of two or shared wording (bombings do not recur in one
        // province on one day the way strikes and shelling do; a town's report joins them by containment instead)
        // (outlets name the bomb differently: "a bomb blast" and "a suicide car bomb" with tolls of 100 and 102 that day
        // are one bombing; a toll that high and that close rarely recurs the same day)
        boolean singularAct = s.bothCoarse() && s.singular() && sameDay && s.place() >= 0.15
                && (s.type() == 1.0 && (s.numbers() >= 0.6 || s.wording() >= CORROBORATING_WORDING)
                    || s.type() >= TypeCompatibility.SAME_ACCOUNT && s.numbers() >= 0.8 && s.minToll() >= DISTINCT_TOLL);
        return identity || figure || wording || singularAct;
    }

    /**
     * True when {@code coarse}, a report known only to its province (admin1), could be a vaguer account of
     * {@code specific}, a report at a town (or near one) in that province: compatible, two accounts of one kind of
     * act ({@link TypeCompatibility#SAME_ACCOUNT}) on the same day. Such a pair is a <i>containment candidate</i>,
     * not a link: {@link EventMerger} links a coarse report only when all its candidates are at one place (a
     * province-level "air strikes in Idlib" with strikes reported that day at two towns of Idlib says nothing about
     * which one it means).
     */
    boolean containable(Report coarse, Report specific, PairScore s) {
        return containment(coarse, specific, s) == Containment.CORROBORATED;
    }

    /** How a coarse report may be a vaguer account of a specific one: not at all, by kind alone, or corroborated. */
    enum Containment { NONE, RARE_ACT, CORROBORATED }

    /**
     * {@link #containable}, and also the weaker kind of candidate: a chemical attack is rare enough that a report dated
     * only by its own day of "the chemical attack in Syria", in the week a town's is reported, is most likely that one
     * with nothing else to corroborate it (a same-day account still needs corroboration: a sparse feed's one town may
     * be another happening).
     * {@link EventMerger} uses such candidates only when a coarse report has no corroborated one, and still links it
     * only to a single (or dominant) place.
     */
    Containment containment(Report coarse, Report specific, PairScore s) {
        if (!kindDayAndArea(coarse, specific, s)) return Containment.NONE;
        if (s.date() < 1.0 && !(s.reportWindow() && s.singular())) {
            // yesterday's happening told by a coarse report of today: only its toll ties it to one town (the same
            // perpetrator, or a few shared words, recur day after day in a campaign)
            return tollsAlike(coarse, specific, s) ? Containment.CORROBORATED : Containment.NONE;
        }
        if (corroborates(coarse, specific, s)) return Containment.CORROBORATED;
        boolean rare = coarse.reportDated && coarse.event.subEventType() == org.sitrep.model.SubEventType.CHEMICAL_WEAPON
                && specific.event.subEventType() == org.sitrep.model.SubEventType.CHEMICAL_WEAPON;
        return rare ? Containment.RARE_ACT : Containment.NONE;
    }

    private boolean kindDayAndArea(Report coarse, Report specific, PairScore s) {
        // the same day, or the coarse report is a later one (dated by its own day) of the same singular act days before,
        // or of any act the day before (then only when corroborated: see containment)
        boolean when = s.date() == 1.0 || s.reportWindow() && s.singular() && s.type() == 1.0
                && coarse.reportDated && coarse.day > specific.day || nextDayCoarseReport(coarse, specific);
        if (!s.compatible() || specific.geoPrecision > 2 || !when) return false;
        if (coarse.geoPrecision == 3) {
            return !coarse.admin1Key.isEmpty() && coarse.admin1Key.equals(specific.admin1Key)
                    && s.type() >= TypeCompatibility.SAME_ACCOUNT;
        }
        // a report placed only in the country: the same kind of act that day, and only one place reported it
        return coarse.geoPrecision == 4 && !coarse.countryKey.isEmpty() && coarse.countryKey.equals(specific.countryKey)
                && s.type() == 1.0;
    }

    /**
     * True when two reports of one article are one act told twice, on the same day:
     * <ul>
     *   <li>one sentence coded as two sub-event types of one act at one place ("warplanes dropped toxic gas": air
     *       strike and chemical weapon; "strikes killed 12 civilians": air strike and attack on civilians);</li>
     *   <li>two sub-types at one place where ACLED codes only one: a chemical weapon delivered by air or artillery
     *       is a chemical weapon event, a suicide bombing is not also a remote explosive or grenade, a captured town is
     *       not also an armed clash there, civilians killed by a strike or bomb are not also a direct attack on
     *       civilians ({@link #codedAsOne});</li>
     *   <li>a singular act (chemical attack, bombing: {@link #singular}) told at its town and, elsewhere in the
     *       article, at the town's province ("the gas attack in Idlib").</li>
     * </ul>
     * Such a pair is linked and never a conflict. Two places, two days, and two sub-types ACLED keeps apart (an air
     * strike and shelling in two sentences) stay two events.
     */
    boolean oneActInOneArticle(Report a, Report b) {
        if (!a.docId.equals(b.docId) || a.id.equals(b.id) || a.day != b.day || a.family != b.family) return false;
        org.sitrep.model.SubEventType x = a.event.subEventType(), y = b.event.subEventType();
        boolean samePlace = java.util.Objects.equals(a.gazetteerId, b.gazetteerId) && a.placeSkeleton.equals(b.placeSkeleton);
        if (samePlace) {
            return TypeCompatibility.score(x, y) >= TypeCompatibility.ONE_ACT && a.sharesSentence(b) || codedAsOne(x, y);
        }
        boolean townAndItsProvince = (a.geoPrecision >= 3) != (b.geoPrecision >= 3) && Math.max(a.geoPrecision, b.geoPrecision) == 3
                && !a.admin1Key.isEmpty() && a.admin1Key.equals(b.admin1Key);
        return townAndItsProvince && x == y && singular(x);
    }

    /** Sub-event type pairs that ACLED codes as one event when both are reported at one place on one day. */
    static boolean codedAsOne(org.sitrep.model.SubEventType x, org.sitrep.model.SubEventType y) {
        return precedes(x, y) || precedes(y, x);
    }

    private static boolean precedes(org.sitrep.model.SubEventType strong, org.sitrep.model.SubEventType weak) {
        // civilians killed by a strike, shell or bomb are that explosion's victims, not a second (direct) attack
        if (weak == org.sitrep.model.SubEventType.ATTACK
                && strong.type() == org.sitrep.model.EventType.EXPLOSIONS_REMOTE_VIOLENCE) return true;
        return switch (strong) {
            case CHEMICAL_WEAPON -> weak == org.sitrep.model.SubEventType.AIR_DRONE_STRIKE
                    || weak == org.sitrep.model.SubEventType.SHELLING_ARTILLERY_MISSILE;
            case SUICIDE_BOMB -> weak == org.sitrep.model.SubEventType.REMOTE_EXPLOSIVE
                    || weak == org.sitrep.model.SubEventType.GRENADE;
            case GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY ->
                    weak == org.sitrep.model.SubEventType.ARMED_CLASH;
            default -> false;
        };
    }

    /**
     * Something beyond kind, day and province that says a coarse report tells of this town's happening: tolls alike
     * (both given, within a factor of two), shared wording ({@link #CORROBORATING_WORDING} of content words), or the
     * same named actors (the coarse report names its perpetrator and every actor both name agrees). Without it, the one town reported that day in a province is often another happening
     * that a sparse feed happens to carry alone.
     */
    private static boolean corroborates(Report coarse, Report specific, PairScore s) {
        // tolls within a factor of two for a bombing or chemical attack (a place suffers one that day); strikes and
        // shelling hit several places of a province each day, so their tolls must be close (12 and 16 dead are two raids)
        boolean tolls = tollsAlike(coarse, specific, s);
        // every actor both name agrees, for the same sub-event type: one army's air strikes on a province and its
        // shelling of a town that day are two of its acts
        boolean perpetrator = coarse.actor1 != null && s.actors() == 1.0 && s.type() == 1.0;
        // a few shared words do not outweigh what contradicts them: tolls far apart (53 and 19 dead: another raid) or
        // every named actor different (Russian jets in one report, the Syrian air force in the other)
        boolean contradicted = coarse.fatalities > 0 && specific.fatalities > 0 && s.numbers() < 0.5 || s.actors() == 0.0;
        return tolls || s.wording() >= CORROBORATING_WORDING && !contradicted || perpetrator;
    }

    /** Both give a toll, within a factor of two for a singular act, within 20% otherwise (see {@link #corroborates}). */
    private static boolean tollsAlike(Report coarse, Report specific, PairScore s) {
        return coarse.fatalities > 0 && specific.fatalities > 0 && s.numbers() >= (s.singular() ? 0.6 : 0.8);
    }

    /**
     * Share of content words (Jaccard) that corroborates kind, day and province: a containment candidate, or two
     * coarse accounts of one singular act. (Wire copy reused by outlets shares {@link MergePolicy#wordingLink()}.)
     */
    static final double CORROBORATING_WORDING = 0.15;

    /** True when two specific reports are at one place (same gazetteer entry, same name, or within the town distance). */
    boolean samePlace(Report a, Report b) {
        if (a.gazetteerId != null && a.gazetteerId.equals(b.gazetteerId)) return true;
        if (!a.placeSkeleton.isEmpty() && a.placeSkeleton.equals(b.placeSkeleton)) return true;
        return a.hasPoint() && b.hasPoint() && Geo.km(a.lat, a.lon, b.lat, b.lon) <= policy.townDistanceKm();
    }

    PairScore score(Report a, Report b) {
        // order the pair canonically so that score(a, b) and score(b, a) run the very same arithmetic
        if (a.id.compareTo(b.id) > 0) { Report t = a; a = b; b = t; }
        if (a.docId.equals(b.docId)) return PairScore.blocked("same-article");
        // an event read from a list of related headlines says nothing about where and when anything happened
        if (a.furnitureOnly || b.furnitureOnly) return PairScore.blocked("furniture");
        if (a.family != b.family) return PairScore.blocked("family");
        if (twoCountries(a, b)) {
            return PairScore.blocked("country");
        }
        double date = dateScore(a, b);
        if (date < 0) return PairScore.blocked("date");
        double place = placeScore(a, b);
        if (place < 0) return PairScore.blocked("place");
        // two places a day apart are two events unless the place is the very same (also when a report is dated only
        // by its own day: a report's date that differs says nothing about place)
        if (daysApartNeedSamePlace(a, b) && place < 0.85 && !laterReportOfSingularAct(a, b)
                && !nextDayCoarseReport(a, b) && !nextDayCoarseReport(b, a)) return PairScore.blocked("date");
        double type = TypeCompatibility.score(a.event.subEventType(), b.event.subEventType());
        double actors = actorScore(a, b);
        double numbers = numberScore(a.fatalities, b.fatalities);
        double wording = Report.jaccard(a.words, b.words);
        double total = W_PLACE * place + W_DATE * date + W_TYPE * type + W_ACTORS * actors + W_NUMBERS * numbers
                + W_WORDS * Math.min(1.0, wording * 2);
        long days = a.dated() && b.dated() ? Math.abs(a.day - b.day) : -1;
        boolean reportWindow = days > 0 && (a.reportDated || b.reportDated) && exactOrReportDated(a) && exactOrReportDated(b);
        return new PairScore(java.util.Optional.empty(), place, date, type, actors, numbers, wording, days, total, reportWindow,
                singular(a.event.subEventType()) && singular(b.event.subEventType()),
                a.fatalities > 0 && a.fatalities == b.fatalities ? a.fatalities : 0, a.geoPrecision >= 3 && b.geoPrecision >= 3,
                // (only where the wording link could use it: linkable types and the whole wording below the link)
                wording >= policy.wordingLink() || type < TypeCompatibility.LINKABLE ? wording : Report.copy(a, b, wording),
                Math.min(a.fatalities, b.fatalities),
                days > 0 && (weekOnly(a) || weekOnly(b)));
    }

    /**
     * True when two reports can never be in one merged event, even through others: different families or
     * countries, dates beyond tolerance, two different places, or two events one article keeps apart (another
     * sub-type, day or place: the article's own split rules already made them two events).
     */
    boolean conflict(Report a, Report b) {
        if (a.id.compareTo(b.id) > 0) { Report t = a; a = b; b = t; }
        // the article's own split rules made them two events: another sub-type, another day or another place
        // (a day that is only the report's own, with the other's day in the days before it, is not another day)
        if (a.docId.equals(b.docId) && (a.event.subEventType() != b.event.subEventType() || twoDays(a, b)
                || !a.placeSkeleton.equals(b.placeSkeleton)) && !oneActInOneArticle(a, b)) return true;
        if (a.family != b.family) return true;
        if (twoCountries(a, b)) return true;
        if (dateScore(a, b) < 0) return true;
        double place = placeScore(a, b);
        if (place < 0) return true;
        // two exact days at two places never meet; a report's own day is no such claim (it may be days after)
        return daysApartNeedSamePlace(a, b) && place < 0.85 && !a.reportDated && !b.reportDated;
    }

    /**
     * -1 when the two dates cannot be one day; else 1.0 for the same day, decaying. A report dated only by its own
     * day (a stamp, a statement, the report day: {@link Report#reportDated}) tells of a happening on that day or up
     * to {@link MergePolicy#weekToleranceDays()} before, never after; other dates are compared within the tolerance
     * of the coarser time precision.
     */
    double dateScore(Report a, Report b) {
        if (!a.dated() && !b.dated()) return 0.3;
        if (!a.dated() || !b.dated()) return -1; // an undated report is not placed in time: keep it apart
        long d = Math.abs(a.day - b.day);
        if ((a.reportDated || b.reportDated) && exactOrReportDated(a) && exactOrReportDated(b)) {
            if (!fitsReport(a, b) || !fitsReport(b, a)) return -1;
            // a day apart (dateline, time zones) still counts as near; further back only the identity rule may use
            return d == 0 ? 1.0 : d <= policy.dayTolerance() ? 0.45 : 0.2;
        }
        int tol = policy.dateTolerance(a.timePrecision, b.timePrecision);
        if (d > tol) return -1;
        if (d == 0) return 1.0;
        return 0.6 * (1.0 - (double) d / (tol + 1));
    }

    /**
     * How far back a report dated only by its own day may tell of a chemical attack: twice the week window. A chemical
     * attack is rarer than any bombing and the world keeps referring back to it for weeks (inspectors, UN statements,
     * accusations: "the alleged chemical attack in Ghouta" ten days on); other reports reach back a week.
     */
    static int chemicalLaterDays(MergePolicy policy) { return 2 * policy.weekToleranceDays(); }

    /**
     * True when {@code coarse}, a report known only to its province or country and dated only by its own day (a
     * dateline, a statement day: "AFP Wednesday ... killed 30 in an attack on a gas field in Homs province"), is dated
     * one day (within {@link MergePolicy#dayTolerance()}) after {@code specific} (a report at a town, or another
     * coarse one): next-day reports of yesterday's happening. Such a pair is not two places on two days; it may still
     * be linked only by the toll and wording rules, or as a containment candidate corroborated by its toll.
     */
    private boolean nextDayCoarseReport(Report coarse, Report specific) {
        return coarse.reportDated && coarse.geoPrecision >= 3 && coarse.dated() && specific.dated()
                && coarse.day > specific.day && coarse.day - specific.day <= policy.dayTolerance();
    }

    /** How many days before its own day a report dated only by that day may tell of (see {@link #chemicalLaterDays}). */
    private int reachBack(Report r) {
        return r.event.subEventType() == org.sitrep.model.SubEventType.CHEMICAL_WEAPON ? chemicalLaterDays(policy)
                : policy.weekToleranceDays();
    }

    /**
     * Acts that a town suffers once and later reports refer back to ("the gas attack on Khan Shaykhun", "the
     * bombing in Qamishli"): chemical attacks and bombings. Air strikes, shelling and fighting recur at one place day
     * after day in a campaign, so a later report of "strikes on Manbij" may be another day's.
     */
    static boolean singular(org.sitrep.model.SubEventType t) {
        return switch (t) {
            case CHEMICAL_WEAPON, SUICIDE_BOMB, REMOTE_EXPLOSIVE -> true;
            default -> false;
        };
    }

    /**
     * Two countries, unless both places carry one name ("Kefraya" resolved to Lebanon, "Kafraya" to Idlib): one
     * spelling of one place that the gazetteer put in two countries (the place comparison then sees one name).
     */
    private static boolean twoCountries(Report a, Report b) {
        if (a.countryKey.isEmpty() || b.countryKey.isEmpty() || a.countryKey.equals(b.countryKey)) return false;
        return !(a.placeSkeleton.length() >= 3 && a.placeSkeleton.equals(b.placeSkeleton));
    }

    /** Dated to a week (time precision 2) by the text itself, not by the report's own day. */
    private static boolean weekOnly(Report r) { return r.timePrecision == 2 && !r.reportDated; }

    private static boolean exactOrReportDated(Report r) { return r.timePrecision == 1 || r.reportDated; }

    /**
     * Different days, one of them a report's own day that the other's day precedes (or both report days within the
     * window), and both the same singular act: a later report may name only the province or the country ("86 dead in
     * the Syria chemical attack") of the act some days before. Such pairs are not blocked; the link rules still need
     * the very same place (identity) or containment's one-place rule.
     */
    private boolean laterReportOfSingularAct(Report a, Report b) {
        return a.event.subEventType() == b.event.subEventType() && singular(a.event.subEventType())
                && (a.reportDated || b.reportDated) && dateScore(a, b) > 0;
    }

    private boolean twoDays(Report a, Report b) {
        return a.day != b.day && !((a.reportDated || b.reportDated) && dateScore(a, b) > 0);
    }

    private static boolean daysApartNeedSamePlace(Report a, Report b) {
        return a.dated() && b.dated() && a.day != b.day && exactOrReportDated(a) && exactOrReportDated(b);
    }

    /** True when {@code other}'s day may be the happening {@code r} reports (r's day, or days before if r is report-dated). */
    private boolean fitsReport(Report r, Report other) {
        if (!r.reportDated) return true;
        int back = reachBack(r);
        long lo = r.day - back, hi = r.day + policy.dayTolerance();
        if (other.reportDated) return other.day >= lo && other.day - reachBack(other) <= hi; // both windows meet
        return other.day >= lo && other.day <= hi;
    }

    /** -1 for two different places (never fused); else how surely the two places are the same. */
    private double placeScore(Report a, Report b) {
        boolean sameAdmin1 = !a.admin1Key.isEmpty() && a.admin1Key.equals(b.admin1Key);
        boolean admin1Conflict = !a.admin1Key.isEmpty() && !b.admin1Key.isEmpty() && !sameAdmin1;
        double km = a.hasPoint() && b.hasPoint() ? Geo.km(a.lat, a.lon, b.lat, b.lon) : Double.NaN;
        boolean sameEntry = a.gazetteerId != null && a.gazetteerId.equals(b.gazetteerId);
        boolean sameName = !a.placeSkeleton.isEmpty() && a.placeSkeleton.equals(b.placeSkeleton);
        if (a.geoPrecision == 4 || b.geoPrecision == 4) {
            // a country-only report is compatible with any place in that country, but says almost nothing
            return a.geoPrecision == 4 && b.geoPrecision == 4 ? 0.2 : 0.15;
        }
        if (admin1Conflict && !(sameEntry || sameName) && !(km <= policy.admin1DistanceKm())) return -1;
        if (a.geoPrecision <= 2 && b.geoPrecision <= 2) {
            if (sameEntry || sameName) return a.geoPrecision == 1 && b.geoPrecision == 1 ? 1.0 : 0.9;
            boolean towns = a.geoPrecision == 1 && b.geoPrecision == 1;
            if (!Double.isNaN(km)) {
                if (km <= policy.townDistanceKm()) return 0.85;            // one place, two gazetteer entries
                if (towns) return -1;                                       // two named towns: two places
                if (km <= policy.nearDistanceKm()) return 0.6;              // "near X" and a town close by
                return 0.2;
            }
            return towns ? -1 : sameAdmin1 ? 0.35 : 0.1;
        }
        // at least one side is known only to its province (admin1) or region
        if (sameEntry) return 0.6;
        if (sameAdmin1) return 0.45;
        if (!Double.isNaN(km) && km <= policy.admin1DistanceKm()) return 0.3;
        return admin1Conflict ? -1 : 0.15;
    }

    private static double actorScore(Report a, Report b) {
        int compared = 0;
        double agree = 0;
        if (a.actor1 != null && b.actor1 != null) {
            compared++;
            if (a.actor1.equals(b.actor1)) agree += 1;
            else if (a.actor1.equals(b.actor2) || b.actor1.equals(a.actor2)) agree += 0.5; // roles swapped
        }
        if (a.actor2 != null && b.actor2 != null) {
            compared++;
            if (a.actor2.equals(b.actor2)) agree += 1;
        }
        return compared == 0 ? 0.5 : agree / compared;
    }

    private static double numberScore(int x, int y) {
        if (x <= 0 || y <= 0) return 0.5;
        if (x == y) return 1.0;
        double r = (double) Math.min(x, y) / Math.max(x, y);
        if (r >= 0.8 && Math.min(x, y) >= 5) return 0.8;
        return r >= 0.5 ? 0.6 : r >= 0.3 ? 0.4 : 0.2;
    }
}
