package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.NumberMention;
import org.sitrep.model.Span;

/**
 * Deaths reported in one sentence, ACLED style: the lowest credible figure. Counts next to a death word ("12 people
 * were killed", "killing 12", "death toll rose to 12", "one fatality"), summed over a list ("12 civilians and 5
 * fighters"), never the wounded or a subset ("including five children"). When no count is given, a death told of
 * one named person ("the victim died", "he was stabbed to death", "killing the man") is one death, and "both
 * victims died" two.
 */
final class Fatalities {
    private Fatalities() {}

    /** Deaths and the spans that say so; deaths is 0 with no spans when the sentence reports none. */
    record Toll(int deaths, List<Span> spans) {
        static final Toll NONE = new Toll(0, List.of());
    }

    static final Set<String> DEATH_WORDS = Set.of("killed", "dead", "died", "deaths", "death", "fatalities", "fatality",
            "lives", "bodies", "martyred", "martyrs", "slain", "perished", "casualties", "kill", "killing", "dying",
            "beheaded", "decapitated", "lynched");
    private static final Set<String> WOUND_WORDS = Set.of("wounded", "injured", "injuring", "wounding", "hurt", "injuries");
    private static final Set<String> DEATH_BEFORE = Set.of("killing", "killed", "toll", "kill", "killings", "executed",
            "executing", "beheaded", "beheading");
    /** Deaths of one person told without a count: "the victim died", "was stabbed to death", "killing the man". */
    private static final Set<String> SINGLE_DETERMINERS = Set.of("the", "his", "her", "a", "an", "one");
    private static final Set<String> SINGLE_PERSON = Set.of("victim", "man", "woman", "boy", "girl", "child", "person",
            "officer", "soldier", "policeman", "civilian", "suspect", "driver", "farmer", "trader", "inmate", "prisoner",
            "detainee", "resident", "villager", "herder", "shepherd", "journalist", "reporter", "teacher", "student",
            "leader", "chief", "worker", "fighter", "militant", "member", "husband", "wife", "son", "daughter",
            "brother", "father", "mother", "youth", "teenager", "passenger", "guard", "commander", "activist", "nurse",
            "doctor", "pastor", "priest", "imam", "businessman", "merchant", "he", "she");
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> DIED = Set.of("died", "killed", "dead", "slain", "perished", "murdered",
            "executed", "beheaded", "decapitated", "lynched", "assassinated");

    static Toll in(SentenceView s) {
        int total = 0;
        List<Span> spans = new ArrayList<>();
        for (NumberMention n : s.numbers()) {
            int k = s.tokenAt(n.span().start());
            int after = s.tokenAt(n.span().end());
            if (k - 1 >= s.first() && s.norm(k - 1).equals("including")) continue;
            if (k - 2 >= s.first() && s.norm(k - 2).equals("including")) continue;
            // "six of them", "two of whom": a subset of a count already taken
            if (after + 1 < s.end() && s.norm(after).equals("of") && (s.norm(after + 1).equals("them") || s.norm(after + 1).equals("whom"))) continue;
            // "injured 2 and killed 1": the count right before "injured/wounded" is the wounded
            boolean death = false;
            boolean wounded = false;
            boolean clauseBreak = false;
            for (int i = after; i < Math.min(s.end(), after + 9); i++) {
                String w = s.norm(i);
                // "two were injured" is a count of the wounded; "48 people and left dozens wounded" is not
                if (WOUND_WORDS.contains(w)) { wounded = !clauseBreak; break; }
                if (w.equals("and") || w.equals(",")) clauseBreak = true;
                // the count belongs to the next clause only up to a new noun phrase
                if (w.equals("a") || w.equals("an") || w.equals("the") || w.equals(".") || w.equals(";")) break;
                if (DEATH_WORDS.contains(w)) { death = true; break; }
            }
            // "killing 12", "killed at least 48 people": a death verb before the count
            for (int i = k - 1; !death && !wounded && i >= Math.max(s.first(), k - 4); i--) {
                String w = s.norm(i);
                if (DEATH_BEFORE.contains(w)) { death = true; break; }
                if (WOUND_WORDS.contains(w)) break;
            }
            if (death) {
                total += n.value();
                spans.add(n.span());
            }
        }
        if (total > 0) return new Toll(total, spans);
        return oneNamedDeath(s);
    }

    /**
     * "The victim died", "he was stabbed to death", "killing the man", "both victims died": a death (or two) told of
     * people the text names without a number.
     */
    private static Toll oneNamedDeath(SentenceView s) {
        for (int i = s.first(); i < s.end(); i++) {
            String w = s.norm(i);
            boolean toDeath = w.equals("death") && i - 1 >= s.first() && s.norm(i - 1).equals("to");
            boolean died = DIED.contains(w) || toDeath;
            if (!died) continue;
            if (negated(s, i)) continue;
            // the subject before: "the victim died", "a man was shot dead", "he was beaten to death"
            for (int k = i - 1; k >= Math.max(s.first(), i - 6); k--) {
                String n = s.norm(k);
                if (n.equals(",") || n.equals(";") || n.equals("and") && k < i - 1 && !s.norm(k + 1).equals("was")) break;
                if (n.equals("victims") && k - 1 >= s.first() && s.norm(k - 1).equals("both")) {
                    return new Toll(2, List.of(s.token(k - 1).span()));
                }
                if (PERSONAL.contains(n) && (k == s.first() || !s.norm(k - 1).equals("that"))) return new Toll(1, List.of(s.token(k).span()));
                if (SINGLE_PERSON.contains(n) && k - 1 >= s.first() && singleDeterminer(s, k)) {
                    return new Toll(1, List.of(s.token(k).span()));
                }
            }
            // the object after an active verb: "killing the man", "shot dead a teacher"
            if (w.startsWith("kill") || w.equals("dead") || w.equals("executed") || w.equals("beheaded") || w.equals("assassinated")) {
                for (int k = i + 1; k < Math.min(s.end(), i + 5); k++) {
                    String n = s.norm(k);
                    if (SINGLE_PERSON.contains(n) && !PERSONAL.contains(n) && singleDeterminer(s, k)) return new Toll(1, List.of(s.token(k).span()));
                    if (n.equals("him") || n.equals("her")) return new Toll(1, List.of(s.token(k).span()));
                }
            }
        }
        return Toll.NONE;
    }

    /** A determiner of one person within two tokens before the noun ("the victim", "a local man"). */
    private static boolean singleDeterminer(SentenceView s, int noun) {
        for (int k = noun - 1; k >= Math.max(s.first(), noun - 3); k--) {
            String n = s.norm(k);
            if (SINGLE_DETERMINERS.contains(n)) return true;
            if (!Character.isLetter(n.charAt(0)) || n.equals("of") || n.equals("and")) return false;
        }
        return false;
    }

    private static boolean negated(SentenceView s, int i) {
        for (int k = i - 1; k >= Math.max(s.first(), i - 4); k--) {
            String n = s.norm(k);
            if (n.equals("no") || n.equals("not") || n.equals("n't") || n.equals("nobody") || n.equals("neither") || n.equals("nor")) return true;
        }
        return false;
    }
}
