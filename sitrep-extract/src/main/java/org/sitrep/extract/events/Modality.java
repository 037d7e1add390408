package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.DateMention;

/**
 * Decides whether a trigger reports something that happened. Returns the reason when it does not, so --explain can
 * show why a candidate was dropped: negation, modality (plans, threats, hypotheticals), denials, statements about
 * events (condemnations, accusations), background history, disasters and accidents, photo captions.
 */
final class Modality {
    private Modality() {}

    /** Words that, shortly before a trigger in the same clause, make it unreal or not reported as happening. */
    private static final Set<String> BLOCK_BEFORE = Set.of(
            "not", "no", "n't", "never", "without", "deny", "denied", "denies", "denying", "refuted", "rejected",
            "plan", "plans", "planned", "planning", "will", "would", "could", "might", "should", "shall",
            "threaten", "threatened", "threatens", "threatening", "threat", "threats", "warn", "warned", "warns", "warning",
            "vow", "vowed", "vows", "intend", "intends", "intended", "prepare", "prepares", "preparing", "prepared",
            "aim", "aims", "aiming", "seek", "seeks", "sought", "ready", "urge", "urged", "urges", "propose", "proposed",
            "if", "unless", "fear", "fears", "feared", "prevent", "prevented", "prevents", "avoid", "avoided", "averted",
            "foiled", "thwarted", "condemn", "condemned", "condemns", "condemning", "condemnation", "criticised",
            "criticized", "accuse", "accused", "accuses", "accusing", "allegations", "investigate", "investigating",
            "probe", "possible", "potential", "likely", "risk", "imminent", "expected", "anticipated", "hypothetical",
            "wants", "want", "wanted", "hope", "hopes", "must", "need", "needs", "ahead", "future", "upcoming");

    /** Words that mark a sentence as being about a disaster or an accident rather than organised violence. */
    private static final Set<String> DISASTER = Set.of(
            "earthquake", "quake", "flood", "floods", "flooding", "storm", "cyclone", "hurricane", "landslide",
            "avalanche", "tsunami", "accident", "accidental", "accidentally", "crash", "collision", "derailed",
            "leak", "short-circuit", "wildfire", "lightning", "drowned", "cylinder", "boiler", "fireworks", "blaze",
            "factory", "refinery", "mine-collapse", "collapse", "collapsed", "stampede", "epidemic", "outbreak");

    /** Cumulative tolls and history: "since 2011", "since the war began", "last year". */
    private static final Set<String> BACKGROUND = Set.of("since", "history", "anniversary", "previously", "formerly",
            "ago");

    private static final Set<String> CAPTION = Set.of("photo", "photo:", "picture", "pictures", "afp/getty", "getty",
            "epa", "grab", "handout");

    static Optional<String> blocked(SentenceView s, TriggerMatch t, LocalDate published) {
        String text = s.text();
        if (text.endsWith("?")) return Optional.of("question");
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            if (CAPTION.contains(n) && (n.equals("grab") || n.equals("handout") || s.token(i).text().equals("PHOTO")
                    || s.token(i).text().startsWith("PHOTO"))) {
                return Optional.of("photo caption");
            }
        }
        // Negation and modality in the clause before the trigger (clause: back to the last comma/semicolon/"but").
        int from = Math.max(s.first(), t.from() - 7);
        for (int i = t.from() - 1; i >= from; i--) {
            String n = s.norm(i);
            if (n.equals(";") || n.equals("but") || n.equals("while") || n.equals("as") || n.equals("after")
                    || n.equals("when") || n.equals("which") || n.equals("who")) break;
            if (BLOCK_BEFORE.contains(n)) {
                // "may" only as a modal verb, not the month
                return Optional.of("modality:" + n);
            }
            if (n.equals("may") && s.token(i).text().equals("may")) return Optional.of("modality:may");
        }
        // an infinitive: "to attack", "to capture" (plans, orders, calls)
        if (t.from() > s.first() && s.norm(t.from() - 1).equals("to")) {
            String trig = s.norm(t.from());
            if (!trig.endsWith("ed") && !trig.endsWith("ing") && !trig.endsWith("s")) return Optional.of("infinitive");
        }
        if (t.type() == TriggerClass.EXPLOSION || t.type() == TriggerClass.KILL || t.type() == TriggerClass.BODY
                || t.type() == TriggerClass.INJURE || t.type() == TriggerClass.BURN || t.type() == TriggerClass.DESTROY) {
            if (s.hasWord(DISASTER)) return Optional.of("disaster-or-accident");
        }
        for (DateMention d : s.dates()) {
            if (d.date() != null && published != null && d.date().isBefore(published.minusDays(21))) {
                return Optional.of("background-date:" + d.text());
            }
            if (d.rule() != null && d.rule().startsWith("year") && published != null
                    && (d.date() == null || d.date().getYear() < published.getYear())) {
                return Optional.of("background-year:" + d.text());
            }
        }
        for (int i = s.first(); i < s.end(); i++) {
            String n = s.norm(i);
            if (BACKGROUND.contains(n)) {
                if (n.equals("since") && i + 1 < s.end()) {
                    String next = s.norm(i + 1);
                    // "since 2011", "since the war began", "since the start of": cumulative or history
                    if (next.matches("(19|20)\\d\\d") || next.equals("the") || next.equals("its") || next.equals("march")) {
                        return Optional.of("background:since");
                    }
                } else if (n.equals("ago") && i > s.first()) {
                    String prev = s.norm(i - 1);
                    if (prev.startsWith("year") || prev.startsWith("month") || prev.equals("decade") || prev.equals("decades")) {
                        return Optional.of("background:ago");
                    }
                } else if (!n.equals("since") && !n.equals("ago")) {
                    return Optional.of("background:" + n);
                }
            }
            if (n.equals("last") && i + 1 < s.end() && (s.norm(i + 1).equals("year") || s.norm(i + 1).equals("month"))) {
                return Optional.of("background:last-" + s.norm(i + 1));
            }
        }
        return Optional.empty();
    }
}
