package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Set<String> NOT_PEOPLE = Set.of("villages", "village", "houses", "homes", "huts", "vehicles",
            "cars", "trucks", "buildings", "shops", "towns", "positions", "targets", "sorties", "strikes", "airstrikes",
            "rockets", "shells", "mortars", "projectiles", "explosions", "rounds", "km", "kilometres", "kilometers",
            "miles", "metres", "meters", "days", "hours", "weeks", "months", "years", "cattle", "cows", "goats", "sheep",
            // groups, not persons: "clashes between two tribes, killing three"
            "tribes", "clans", "families", "sides", "factions", "communities", "gangs");
    private static final Set<String> PREDICATE = Set.of("was", "were", "are", "is", "remain", "remained", "remains", "went");
    private static final Set<String> WOUND_WORDS = Set.of("wounded", "injured", "injuring", "wounding", "hurt", "injuries");
    private static final Set<String> DEATH_BEFORE = Set.of("killing", "killed", "toll", "kill", "killings", "executed",
            "executing", "beheaded", "beheading", "death", "deaths");
    /** Verbs that make "dead" a verb of killing before its object: "shot dead 3 farmers", "stabbed dead two men". */
    private static final Set<String> KILLING_MANNERS = Set.of("shot", "stabbed", "beaten", "hacked", "gunned", "burnt", "burned");
    /** Deaths of one person told without a count: "the victim died", "was stabbed to death", "killing the man". */
    private static final Set<String> SINGLE_DETERMINERS = Set.of("the", "his", "her", "a", "an", "one");
    private static final Set<String> PERSONAL = Set.of("he", "she");
    /** One relative or companion, after "his" or "her": "killing his son", "shot dead her husband". */
    private static final Set<String> ONE_RELATIVE = Set.of("son", "daughter", "brother", "sister", "wife", "husband",
            "father", "mother", "nephew", "niece", "cousin", "uncle", "driver", "bodyguard", "companion");

    static Toll in(SentenceView s) {
        // counts taken so far, each with the token of the death word it was read with
        List<Count> counts = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (NumberMention n : s.numbers()) {
            int k = s.tokenAt(n.span().start());
            int after = s.tokenAt(n.span().end());
            if (k - 1 >= s.first() && s.norm(k - 1).equals("including")) continue;
            if (k - 2 >= s.first() && s.norm(k - 2).equals("including")) continue;
            // "13 civilians, among them seven children": a subset, like "including"
            if (k - 2 >= s.first() && s.norm(k - 2).equals("among") && (s.norm(k - 1).equals("them") || s.norm(k - 1).equals("whom"))) continue;
            // "six of them", "two of whom": a subset of a count already taken ("killing five of them" is the count)
            if (after + 1 < s.end() && s.norm(after).equals("of") && (s.norm(after + 1).equals("them") || s.norm(after + 1).equals("whom"))
                    && !spans.isEmpty()) continue;
            // "killed by four gunmen": a count introduced by "by" counts the perpetrators
            if (k - 1 >= s.first() && s.norm(k - 1).equals("by")) continue;
            // "injured 2 and killed 1": the count right before "injured/wounded" is the wounded
            // "25 villages, killing one soldier": a count of things, not of people
            if (after < s.end() && NOT_PEOPLE.contains(s.norm(after))) continue;
            // "the war has claimed more than 300,000 lives": the running toll of a whole war is no event's toll
            if (warToll(s, k, after)) continue;
            boolean death = false;
            int deathAt = -1;
            boolean wounded = false;
            boolean clauseBreak = false;
            boolean ownPredicate = false;
            int limit = after + 9;
            for (int i = after; i < Math.min(s.end(), limit); i++) {
                String w = s.norm(i);
                // "10 people, six of them rebels, had been killed": a subset told in passing does not end the count
                if (w.equals("of") && i + 1 < s.end() && (s.norm(i + 1).equals("them") || s.norm(i + 1).equals("whom"))) { limit += 5; continue; }
                // "1 killed, 50 were still missing": the count has a predicate of its own, and it is not a death
                // (not an acronym spelt like one: "killed 4 IS militants")
                if (PREDICATE.contains(w) && !acronym(s.token(i).text()) && !(i + 1 < s.end() && DEATH_WORDS.contains(s.norm(i + 1)))
                        && !(i + 2 < s.end() && DEATH_WORDS.contains(s.norm(i + 2)))) { ownPredicate = true; break; }
                // "two were injured" is a count of the wounded; "48 people and left dozens wounded" is not
                if (WOUND_WORDS.contains(w)) { wounded = !clauseBreak; break; }
                if (w.equals("and") || w.equals(",")) clauseBreak = true;
                // the count belongs to the next clause only up to a new noun phrase
                if (w.equals("a") || w.equals("an") || w.equals("the") || w.equals(".") || w.equals(";")) break;
                if (DEATH_WORDS.contains(w)) { death = true; deathAt = i; break; }
            }
            // "killed 21 soldiers ... 43 civilians dead": a death verb right before the count is the one it goes with,
            // even when a later death word was reached
            for (int i = k - 1; death && i >= Math.max(s.first(), k - 3); i--) {
                String w = s.norm(i);
                if (WOUND_WORDS.contains(w) || w.equals("and") || w.equals(",")) break;
                if (DEATH_BEFORE.contains(w)) { deathAt = i; break; }
            }
            // "killing 12", "killed at least 48 people", "shot dead 3 farmers": a death verb before the count
            for (int i = k - 1; !death && !wounded && !ownPredicate && i >= Math.max(s.first(), k - 4); i--) {
                String w = s.norm(i);
                if (DEATH_BEFORE.contains(w) || w.equals("dead") && i - 1 >= s.first() && KILLING_MANNERS.contains(s.norm(i - 1))) {
                    death = true; deathAt = i; break;
                }
                if (WOUND_WORDS.contains(w)) break;
            }
            if (death) {
                counts.add(new Count(n, k, after, deathAt));
                spans.add(n.span());
            }
        }
        Optional<Toll> toll = lowestCredible(s, counts);
        return toll.isPresent() ? toll.get() : oneNamedDeath(s);
    }

    private record Count(NumberMention n, int from, int to, int deathWord) {}

    private static final Set<String> WARS = Set.of("war", "conflict", "uprising", "revolution", "crisis", "insurgency");
    private static final Set<String> PERFECT = Set.of("has", "have", "had");

    /**
     * A running toll of a whole war: "the conflict has left 320,000 dead", "a war that has killed", "civil war ongoing
     * since 2011 has brought 230000 deaths", "years of conflict in which 300000 people have been killed".
     */
    private static boolean warToll(SentenceView s, int count, int after) {
        boolean perfect = false;
        for (int i = after; i < Math.min(s.end(), after + 3); i++) if (PERFECT.contains(s.norm(i))) perfect = true;
        for (int i = count - 1; i >= Math.max(s.first(), count - 9); i--) {
            String w = s.norm(i);
            if (PERFECT.contains(w)) perfect = true;
            else if (WARS.contains(w)) return perfect;
            else if (w.equals(".") || w.equals(";")) return false;
        }
        return false;
    }

    /**
     * One toll from the counts of a sentence. Counts read with the same death word and joined by "and" or a comma are
     * parts of one toll and add up ("12 civilians and 5 fighters were killed"); counts told with death words of their
     * own are separate statements of a toll (a headline and its lead, "126 people killed ... a previous toll of 112
     * dead", the toll of another event, a list of related headlines scraped with the lead) and the sentence's toll is
     * the first statement, the one told with the lead's event, never their sum.
     */
    private static Optional<Toll> lowestCredible(SentenceView s, List<Count> counts) {
        Map<Integer, List<Count>> byWord = new java.util.LinkedHashMap<>();
        for (Count c : counts) byWord.computeIfAbsent(c.deathWord(), x -> new ArrayList<>()).add(c);
        int best = 0;
        List<Span> bestSpans = List.of();
        for (List<Count> group : byWord.values()) {
            int sum = 0;
            List<Span> spans = new ArrayList<>();
            Count prev = null;
            for (Count c : group) {
                // "2440 Over 100 civilians have been killed": a figure not joined to the next one is not part of the toll
                if (prev != null && !joined(s, prev.to(), c.from())) { sum = 0; spans = new ArrayList<>(); }
                sum += c.n().value();
                spans.add(c.n().span());
                prev = c;
            }
            if (sum > 0) { best = sum; bestSpans = List.copyOf(spans); break; }
        }
        return best > 0 ? Optional.of(new Toll(best, bestSpans)) : Optional.empty();
    }

    private static boolean joined(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.norm(i);
            if (w.equals("and") || w.equals(",") || w.equals("plus")) return true;
        }
        return false;
    }

    private static final String COUNT = "(\\d+|zero|no|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)";
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("no", 0),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("twenty", 20));
    /**
     * A sentence that is nothing but the toll: "3 fatalities.", "No fatalities reported." It overrides counts read
     * from the report, which is what such a statement is for. (Statements of a coder's method, such as ACLED's
     * "Fatalities coded as 0 (X reported 1)", are deliberately not read: they state the label, not the news.)
     */
    private static final List<Pattern> CODED = List.of(
            Pattern.compile("(?i)^\\W*(?:at\\s+least\\s+)?" + COUNT + "\\s+fatalit(?:y|ies)(?:\\s+(?:were\\s+|was\\s+)?reported)?\\s*[.;]?\\s*(?:\\[[^\\]]*\\]\\s*)?$"));

    /** The toll a sentence states as the coding of the event(s) before it, if it is such a statement. */
    static Optional<Toll> coded(SentenceView s) {
        String text = s.sentence().span().of(s.doc().text());
        if (text.length() > 400 || !text.toLowerCase(java.util.Locale.ROOT).contains("fatalit")) return Optional.empty();
        for (Pattern p : CODED) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String c = m.group(1).toLowerCase(java.util.Locale.ROOT);
                Integer n = COUNT_WORDS.containsKey(c) ? COUNT_WORDS.get(c) : c.length() <= 5 ? Integer.valueOf(c) : null;
                if (n == null) continue;
                int start = s.sentence().span().start();
                return Optional.of(new Toll(n, List.of(new Span(start + m.start(), start + m.end()))));
            }
        }
        return Optional.empty();
    }

    private static final Set<String> PASSIVE_DEATH = Set.of("killed", "slain", "murdered", "executed", "beheaded",
            "decapitated", "lynched", "assassinated", "dead");
    private static final Set<String> ACTIVE_DEATH = Set.of("killing", "killed", "assassinated", "executed", "beheaded",
            "murdered", "dead", "lynched");
    private static final Set<String> ADVERBS = Set.of("shot", "and", "reportedly", "allegedly", "fatally", "later",
            "then", "subsequently", "also", "stabbed", "beaten", "hacked", "burnt", "burned", "to", "death", "been", "found");
    private static final Set<String> GRIEVANCE = Set.of("against", "over", "after", "following", "protesting",
            "condemning", "denouncing", "demanding", "about");
    /** Words that end the noun phrase of a victim ("killing a man who...", "shot dead a teacher near..."). */
    private static final Set<String> AFTER_NOUN = Set.of("of", "and", "in", "at", "on", "who", "near", "from", "as",
            "while", "when", "after", "during", "with", "by", "inside", "outside", "to");

    /**
     * "A drug trafficker was killed", "he was stabbed to death", "the victim died", "killing the man", "assassinated an
     * official", "both victims died": a death (or two) told of people the text names without a number. A singular
     * verb ("was") or a singular determiner ("a", "the", "one") makes it one.
     */
    private static Toll oneNamedDeath(SentenceView s) {
        for (int i = s.first(); i < s.end(); i++) {
            String w = s.norm(i);
            boolean toDeath = w.equals("death") && i - 1 >= s.first() && s.norm(i - 1).equals("to");
            if (negated(s, i)) continue;
            // passive with a singular subject: "was (shot and) killed", "was stabbed to death", "was shot dead"
            if (PASSIVE_DEATH.contains(w) || toDeath) {
                for (int k = i - 1; k >= Math.max(s.first(), i - 4); k--) {
                    String n = s.norm(k);
                    if (n.equals("was")) return new Toll(1, List.of(s.token(i).span()));
                    if (!ADVERBS.contains(n)) break;
                }
            }
            // "the victim died", "one man died", "both victims died"
            if (w.equals("died") || w.equals("dies")) {
                for (int k = i - 1; k >= Math.max(s.first(), i - 5); k--) {
                    String n = s.norm(k);
                    if (ADVERBS.contains(n) || n.equals("was")) continue;
                    if (n.equals("victims") && k - 1 >= s.first() && s.norm(k - 1).equals("both")) return new Toll(2, List.of(s.token(k - 1).span()));
                    if (PERSONAL.contains(n) || !plural(n) && singleDeterminer(s, k)) return new Toll(1, List.of(s.token(k).span()));
                    break;
                }
            }
            // "the body of a farmer", "the death of a villager", "resulting in his death": one person's death
            // ... unless the death is a crowd's grievance: "protested against the death of a boy", "after the body of a student turned up"
            boolean grievance = i - 2 >= s.first() && GRIEVANCE.contains(s.norm(i - 2)) || i - 3 >= s.first() && GRIEVANCE.contains(s.norm(i - 3));
            if ((w.equals("body") || w.equals("death")) && !grievance && i + 2 < s.end() && s.norm(i + 1).equals("of")
                    && Set.of("a", "an", "the").contains(s.norm(i + 2)) && singularNounAfter(s, i + 3)) {
                return new Toll(1, List.of(s.token(i).span()));
            }
            if (w.equals("death") && i - 1 >= s.first() && (s.norm(i - 1).equals("his") || s.norm(i - 1).equals("her"))
                    && i - 2 >= s.first() && Set.of("in", "to", "caused", "causing").contains(s.norm(i - 2))) {
                return new Toll(1, List.of(s.token(i).span()));
            }
            // "fatally shot a man": the adverb makes the shooting a killing
            boolean fatalShot = (w.equals("shot") || w.equals("stabbed")) && i - 1 >= s.first() && s.norm(i - 1).equals("fatally");
            // the object of an active verb: "killing the man", "assassinated an official", "shot dead a teacher"
            if ((ACTIVE_DEATH.contains(w) || fatalShot) && i + 1 < s.end()) {
                String n1 = s.norm(i + 1);
                // ("killing his son": one relative of the one named; "her" alone is the woman herself)
                if ((n1.equals("his") || n1.equals("her")) && i + 2 < s.end() && ONE_RELATIVE.contains(s.norm(i + 2))
                        && (i + 3 >= s.end() || !Character.isLetter(s.norm(i + 3).charAt(0)) || AFTER_NOUN.contains(s.norm(i + 3))))
                    return new Toll(1, List.of(s.token(i + 2).span()));
                if (n1.equals("him") || n1.equals("her")) return new Toll(1, List.of(s.token(i + 1).span()));
                // (the noun may follow several words saying who the one was: "killed a former Baath party member")
                if (SINGLE_DETERMINERS.contains(n1) && !n1.equals("his") && !n1.equals("her")) {
                    for (int k = i + 2; k < Math.min(s.end(), i + 7); k++) {
                        String n = s.norm(k);
                        if (!Character.isLetter(n.charAt(0)) || n.equals("of") || n.equals("and")) break;
                        if (k + 1 >= s.end() || !Character.isLetter(s.norm(k + 1).charAt(0)) || AFTER_NOUN.contains(s.norm(k + 1))) {
                            if (!plural(n)) return new Toll(1, List.of(s.token(k).span()));
                            break;
                        }
                    }
                }
                // "executed Kurdish politician Hevrin Khalaf on the highway": a person named after the verb
                // (not in a headline in capitals, where any words after the verb are capitalised)
                Span named = Character.isLowerCase(s.token(i).text().charAt(0)) ? namedPersonAfter(s, i + 1) : null;
                if (named != null) return new Toll(1, List.of(named));
            }
        }
        return Toll.NONE;
    }

    /**
     * A person's name of two or three capitalised words that ends the object phrase starting at {@code from}, after
     * at most three words saying who the person was ("politician Hevrin Khalaf", "Kurdish journalist Ali Hassan"):
     * its span, or null. ("Syrian Army soldiers" goes on with a plural noun: no person.)
     */
    private static Span namedPersonAfter(SentenceView s, int from) {
        for (int start = from; start < Math.min(s.end(), from + 4); start++) {
            int end = start;
            while (end < s.end() && end - start < 3 && capitalisedWord(s.token(end).text())) end++;
            if (end - start >= 2) {
                // (the words before it, if any, are not capitalised: a capitalised one would have opened the run)
                boolean closes = end >= s.end() || !Character.isLetter(s.norm(end).charAt(0)) || AFTER_NOUN.contains(s.norm(end));
                return closes ? new Span(s.token(start).span().start(), s.token(end - 1).span().end()) : null;
            }
            if (!Character.isLetter(s.norm(start).charAt(0)) || AFTER_NOUN.contains(s.norm(start))) return null;
        }
        return null;
    }

    /** "IS", "ISIS": a word in capitals, a group's initials rather than the verb it may spell. */
    private static boolean acronym(String w) {
        return w.length() > 1 && w.chars().allMatch(Character::isUpperCase);
    }

    private static boolean capitalisedWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && !w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** A singular head noun within three tokens from {@code from}, ending the phrase ("a local man", "a girl"). */
    private static boolean singularNounAfter(SentenceView s, int from) {
        for (int k = from; k < Math.min(s.end(), from + 4); k++) {
            String n = s.norm(k);
            if (!Character.isLetter(n.charAt(0)) || AFTER_NOUN.contains(n)) return false;
            boolean last = k + 1 >= s.end() || !Character.isLetter(s.norm(k + 1).charAt(0)) || AFTER_NOUN.contains(s.norm(k + 1))
                    || Set.of("was", "is", "had", "has", "who", "that", "were", "found", "lying", "floating").contains(s.norm(k + 1));
            if (last) return !plural(n);
        }
        return false;
    }

    private static boolean plural(String n) {
        return n.length() > 3 && n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("us") && !n.endsWith("is")
                || Set.of("people", "men", "women", "children", "police", "personnel", "they", "them").contains(n);
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
