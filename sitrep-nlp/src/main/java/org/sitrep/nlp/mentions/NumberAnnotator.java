package org.sitrep.nlp.mentions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.NumberMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.StageContext;

/**
 * Counts in the text: numerals ("12", "1,200", "1.5 million"), number words ("twelve", "thirty-six", "a hundred",
 * "two dozen"), vague counts ("dozens", "several") and casualty subjects ("a man was killed" = 1).
 * {@link NumberMention#value()} is the lowest credible figure, following ACLED's conservative practice:
 * <ul>
 *   <li>"tens" = 10, "dozens" = 12, "hundreds" = 100, "thousands" = 1,000: ACLED FAQ "How are injuries and
 *       fatalities recorded?" (Uses and limitations of ACLED data, 2023): "ACLED codes 10 for 'tens', 12 for
 *       'dozens', 100 for 'hundreds', and so on". "scores" = 20 by the same rule (one score).</li>
 *   <li>"several", "a few", "some", "a number of", "a handful", "multiple" = 3: ACLED codes unquantified
 *       plural fatalities as 3 (its own event notes read "Several fatalities coded as 3", "'some' ... coded as 3").</li>
 *   <li>"many", "numerous" = 10: ACLED codes an unknown but large number as 10 ("Unknown number of fatalities
 *       coded as 10" in its event notes; a note reading "Many people reportedly killed" carries 10).</li>
 *   <li>"at least N", "no fewer than N" = N, exact (a stated floor, ACLED codes N). "more than N", "over N",
 *       "upwards of N" = N, approximate: the stated figure is the most conservative one available (ACLED does not
 *       add one). "nearly/almost/about/around/some/roughly N" = N, approximate. "up to N", "as many as N" = N,
 *       approximate: the only figure reported (a consumer wanting a strict floor can test the text).
 *       Ranges "10 to 15", "10-15", "between 10 and 15", "two or three" = the low end, approximate (ACLED notes code
 *       "11-12 militants" as 11).</li>
 * </ul>
 * Not counts: years, dates ("October 12"), times ("10:30", "5 pm"), ordinals ("12th"), percentages, money,
 * calibres and measures ("82mm", "50 km", "24 hours"), designations ("Brigade 47", "Su-24", "No. 5").
 * Pure and thread-safe: all tables are immutable and built once.
 */
public final class NumberAnnotator implements Annotator {

    private enum Mod { NONE, FLOOR, OVER, APPROX, UPTO, BETWEEN }

    private record Phrase(String[] words, Mod mod) {}

    private static final Map<String, List<Phrase>> MODIFIERS = new HashMap<>();

    private static void mod(String phrase, Mod m) {
        String[] w = phrase.split(" ");
        MODIFIERS.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Phrase(w, m));
    }

    static {
        mod("at least", Mod.FLOOR); mod("no fewer than", Mod.FLOOR); mod("no less than", Mod.FLOOR);
        mod("a minimum of", Mod.FLOOR);
        mod("more than", Mod.OVER); mod("over", Mod.OVER); mod("upwards of", Mod.OVER); mod("in excess of", Mod.OVER);
        mod("nearly", Mod.APPROX); mod("almost", Mod.APPROX); mod("about", Mod.APPROX); mod("around", Mod.APPROX);
        mod("some", Mod.APPROX); mod("roughly", Mod.APPROX); mod("approximately", Mod.APPROX);
        mod("an estimated", Mod.APPROX); mod("estimated", Mod.APPROX); mod("close to", Mod.APPROX);
        mod("up to", Mod.UPTO); mod("as many as", Mod.UPTO); mod("at most", Mod.UPTO); mod("fewer than", Mod.UPTO);
        mod("less than", Mod.UPTO); mod("between", Mod.BETWEEN);
        // longest phrase first
        MODIFIERS.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
    }

    /** Vague plural counts, value by the ACLED conventions in the class comment. */
    private static final Map<String, Integer> VAGUE = Map.of("dozens", 12, "scores", 20, "hundreds", 100,
            "thousands", 1_000, "millions", 1_000_000, "several", 3, "multiple", 3, "numerous", 10);

    /** Plural people nouns: "some"/"many" count only before one of these ("some civilians", not "some of which"). */
    private static final Set<String> PEOPLE = Chunks.set("people", "civilians", "soldiers", "fighters", "rebels",
            "militants", "troops", "children", "women", "men", "members", "residents", "policemen", "officers",
            "gunmen", "protesters", "protestors", "demonstrators", "combatants", "jihadists", "insurgents",
            "villagers", "students", "workers", "guards", "personnel", "casualties", "militiamen", "bodies",
            "persons", "others", "refugees", "recruits", "servicemen", "police", "detainees", "prisoners", "hostages");

    /** Singular casualty subjects for "a man was killed" = 1. */
    private static final Set<String> PERSON = Chunks.set("man", "woman", "child", "boy", "girl", "baby", "infant",
            "civilian", "soldier", "fighter", "rebel", "militant", "policeman", "policewoman", "officer",
            "journalist", "doctor", "nurse", "teacher", "farmer", "shepherd", "student", "worker", "guard",
            "commander", "member", "resident", "person", "teenager", "gunman", "bomber", "pilot", "conscript",
            "tribesman", "protester", "protestor", "demonstrator", "activist", "driver", "cameraman",
            "photographer", "reporter", "peacekeeper", "trooper", "jihadist", "insurgent", "militiaman", "villager",
            "elder", "cleric", "imam", "judge", "official", "employee", "volunteer", "paramedic", "medic", "body");

    private static final Set<String> CASUALTY_AFTER = Chunks.set("killed", "dead", "died", "dies", "wounded", "injured",
            "shot", "slain", "executed", "murdered", "kidnapped", "abducted", "beheaded", "hurt", "lynched",
            "stabbed", "found", "killing", "death", "gunned", "hanged", "tortured", "perished");

    private static final Set<String> CASUALTY_BEFORE = Chunks.set("killing", "killed", "kill", "kills", "shot",
            "shooting", "wounding", "injuring", "wounded", "injured", "abducted", "kidnapped", "abducting",
            "kidnapping", "executed", "executing", "beheaded", "murdered", "murdering", "stabbed");

    private static final Set<String> MODIFIER_STOP = Chunks.set("said", "says", "was", "were", "is", "are", "of", "and",
            "to", "in", "on", "by", "who", "that", "which", "with", "for", "from", "at", "as", "has", "had", "have",
            "the", "a", "an", ",", ".", "\"", "(", ")");

    /** A count followed by one of these is a measure, duration, time or share, not a count of things. */
    private static final Set<String> UNIT_AFTER = Chunks.set("%", "percent", "per", "pct", "mm", "cm", "m", "km",
            "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre",
            "meter", "feet", "ft", "kg", "kilograms", "kilos", "tons", "tonnes", "ton", "tonne", "pounds", "lbs",
            "hours", "hour", "hrs", "minutes", "minute", "mins", "seconds", "days", "day", "weeks", "week", "months",
            "month", "years", "year", "decades", "decade", "centuries", "am", "pm", "a.m.", "p.m.", "gmt", "utc",
            "o'clock", "bc", "ad", "dollars", "dollar", "euros", "euro", "usd", "eur", "lira", "liras", "rubles",
            "roubles", "riyals", "dinars", "hryvnias", "cents", "calibre", "caliber", "-year-old", "-year",
            "degrees", "km/h", "mph", "litres", "liters", "barrels", "square", "sq", "hectares", "acres", "ml",
            "bn", "mn", "gbp", "sterling", "yuan", "yen", "rupees", "shillings", "naira");

    private static final Set<String> CURRENCY_BEFORE = Chunks.set("$", "us$", "\u20ac", "\u00a3", "usd", "eur", "gbp",
            "#", "no.", "no", "nos.", "number", "№");

    /** Capitalised designations whose number is a name, not a count ("Brigade 47", "Resolution 2254"). */
    private static final Set<String> LABELS = Chunks.set("brigade", "division", "regiment", "battalion", "corps",
            "unit", "resolution", "route", "highway", "road", "flight", "article", "chapter", "phase", "sector",
            "zone", "gate", "camp", "base", "block", "building", "room", "page", "model", "version", "mark",
            "level", "grade", "platform", "squadron", "fleet", "army", "group", "force", "task", "checkpoint",
            "point", "hill", "height", "station", "section", "district", "ward", "street", "apartment", "bus",
            "channel", "item", "class", "category", "line", "session", "round", "week", "day", "stage", "cell");

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** Month number of a capitalised month token ("Oct." "October"), or 0. */
    static int month(Token t) {
        if (!t.capitalized()) return 0;
        String n = t.norm();
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        Integer m = MONTHS.get(n);
        return m == null ? 0 : m;
    }

    public NumberAnnotator() {}

    @Override public String name() { return "mentions.numbers"; }

    @Override public Set<Layer> requires() { return EnumSet.of(Layer.TOKENS, Layer.SENTENCES); }

    @Override public Set<Layer> provides() { return EnumSet.of(Layer.NUMBERS); }

    @Override public Document apply(Document doc, StageContext ctx) {
        List<NumberMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) scan(doc.text(), doc.tokens(), s.firstToken(), s.endToken(), out);
        return doc.withNumbers(out);
    }

    /** A parsed core count: value, token end (exclusive), char end, approximate; skip = tokens to skip when excluded. */
    private record Core(long value, int end, int charEnd, boolean approximate, boolean excluded, boolean numeral,
                        boolean fourDigits) {
        static Core excludedUntil(int end) { return new Core(0, end, 0, false, true, false, false); }
    }

    private static void scan(String text, List<Token> toks, int first, int end, List<NumberMention> out) {
        int i = first;
        while (i < end) {
            int next = tryAt(text, toks, first, i, end, out);
            i = Math.max(next, i + 1);
        }
    }

    /** Tries a number starting at token i; returns the index to continue from. */
    private static int tryAt(String text, List<Token> toks, int first, int i, int end, List<NumberMention> out) {
        Mod mod = Mod.NONE;
        int j = i;
        List<Phrase> phrases = MODIFIERS.get(toks.get(i).norm());
        if (phrases != null) {
            for (Phrase p : phrases) {
                if (matches(toks, i, end, p.words)) {
                    Optional<Core> c = core(text, toks, first, i + p.words.length, end);
                    if (c.isPresent() && !c.get().excluded) { mod = p.mod; j = i + p.words.length; }
                    break;
                }
            }
        }
        Optional<Core> oc = core(text, toks, first, j, end);
        if (oc.isEmpty()) return i + 1;
        Core c = oc.get();
        if (c.excluded) return c.end;
        long value = c.value;
        int tEnd = c.end;
        int charEnd = c.charEnd;
        boolean approx = c.approximate;
        // range: "10 to 15", "10 - 15", "two or three", "between 10 and 15"
        if (tEnd + 1 < end) {
            String conn = toks.get(tEnd).norm();
            boolean rangeConn = conn.equals("to") || conn.equals("-") || conn.equals("\u2013") || conn.equals("or")
                    || (mod == Mod.BETWEEN && conn.equals("and"));
            if (rangeConn && !c.fourDigits) {
                Optional<Core> hi = core(text, toks, first, tEnd + 1, end);
                if (hi.isPresent() && !hi.get().excluded && hi.get().numeral == c.numeral) {
                    value = Math.min(value, hi.get().value);
                    tEnd = hi.get().end;
                    charEnd = hi.get().charEnd;
                    approx = true;
                }
            }
        }
        if (mod == Mod.BETWEEN && !approx) return i + 1;   // "between" without a range is not a count
        if (excludedByContext(toks, first, j, tEnd, end, c)) return tEnd;
        approx |= mod == Mod.OVER || mod == Mod.APPROX || mod == Mod.UPTO;
        int startChar = toks.get(i).start();
        int v = (int) Math.min(value, Integer.MAX_VALUE);
        out.add(new NumberMention(new Span(startChar, charEnd), text.substring(startChar, charEnd), v, approx));
        return tEnd;
    }

    private static boolean matches(List<Token> toks, int i, int end, String[] words) {
        if (i + words.length > end) return false;
        for (int k = 0; k < words.length; k++) if (!toks.get(i + k).norm().equals(words[k])) return false;
        return true;
    }

    /** Context exclusions: measures, money, dates, years, designations. */
    private static boolean excludedByContext(List<Token> toks, int first, int coreStart, int tEnd, int end, Core c) {
        Token prev = coreStart > first ? toks.get(coreStart - 1) : null;
        Token nxt = tEnd < end ? toks.get(tEnd) : null;
        if (nxt != null) {
            String n = nxt.norm();
            if (UNIT_AFTER.contains(n) || (n.startsWith("-") && UNIT_AFTER.contains(n.substring(1)))) return true;
            if (month(nxt) > 0) return true;                                            // "12 October"
            if (n.equals("of") && tEnd + 1 < end && month(toks.get(tEnd + 1)) > 0) return true;
            if (n.equals("-") && tEnd + 1 < end && UNIT_AFTER.contains(toks.get(tEnd + 1).norm())) return true;
        }
        if (prev != null) {
            String p = prev.norm();
            if (CURRENCY_BEFORE.contains(p)) return true;
            if (month(prev) > 0 && c.numeral) return true;                               // "October 12"
            if (c.numeral && prev.capitalized() && LABELS.contains(p)) return true;      // "Brigade 47"
        }
        if (c.fourDigits && c.value >= 1800 && c.value <= 2100) {
            // a bare four-digit number is a year unless a count noun follows ("1500 fighters")
            return nxt == null || !(PEOPLE.contains(nxt.norm()) || nxt.norm().endsWith("s") && !nxt.capitalized());
        }
        return false;
    }

    /** The count proper at token j: numeral, number words, vague count or casualty subject. */
    private static Optional<Core> core(String text, List<Token> toks, int first, int j, int end) {
        if (j >= end) return Optional.empty();
        Token t = toks.get(j);
        if (Chunks.digitLed(t)) return Optional.of(numeral(text, toks, j, end));
        String n = t.norm();
        // "no one", "one another", "one of the" stay counts except the idioms
        if (n.equals("one") && ((j > first && toks.get(j - 1).norm().equals("no"))
                || (j + 1 < end && toks.get(j + 1).norm().equals("another")))) return Optional.empty();
        if (NumberWords.isWord(n) || (NumberWords.isArticle(n) && j + 1 < end
                && NumberWords.SCALES.containsKey(toks.get(j + 1).norm())) || n.equals("half")) {
            Optional<NumberWords.Parsed> p = NumberWords.parse(toks, j, end);
            if (p.isPresent()) {
                long v = p.get().value();
                int e = p.get().end();
                boolean approx = false;
                if (e < end && toks.get(e).norm().equals("dozen")) { v *= 12; e++; }          // "two dozen"
                return Optional.of(new Core(v, e, toks.get(e - 1).end(), approx, false, false, false));
            }
        }
        if (NumberWords.isArticle(n) && j + 1 < end) {
            String n1 = toks.get(j + 1).norm();
            if (n1.equals("dozen")) return Optional.of(new Core(12, j + 2, toks.get(j + 1).end(), false, false, false, false));
            if ((n1.equals("few") || n1.equals("handful")) && j + 2 < end)
                return Optional.of(new Core(3, j + 2, toks.get(j + 1).end(), true, false, false, false));
            if (n1.equals("couple") && j + 2 < end && toks.get(j + 2).norm().equals("of"))
                return Optional.of(new Core(2, j + 2, toks.get(j + 1).end(), true, false, false, false));
            if (n1.equals("number") && j + 2 < end && toks.get(j + 2).norm().equals("of"))
                return Optional.of(new Core(3, j + 2, toks.get(j + 1).end(), true, false, false, false));
            return casualtySubject(toks, first, j, end);
        }
        if (n.equals("tens") || n.equals("hundreds") || n.equals("dozens")) {
            // "tens of thousands" = 10,000; "hundreds of thousands" = 100,000
            if (j + 2 < end && toks.get(j + 1).norm().equals("of")) {
                String s = toks.get(j + 2).norm();
                long base = n.equals("tens") ? 10 : n.equals("dozens") ? 12 : 100;
                if (s.equals("thousands")) return Optional.of(new Core(base * 1000, j + 3, toks.get(j + 2).end(), true, false, false, false));
                if (s.equals("millions")) return Optional.of(new Core(base * 1_000_000, j + 3, toks.get(j + 2).end(), true, false, false, false));
            }
            if (n.equals("tens")) {
                return j + 1 < end && toks.get(j + 1).norm().equals("of")
                        ? Optional.of(new Core(10, j + 1, t.end(), true, false, false, false)) : Optional.empty();
            }
        }
        Integer vague = VAGUE.get(n);
        if (vague != null) return Optional.of(new Core(vague, j + 1, t.end(), true, false, false, false));
        if ((n.equals("many") || n.equals("some")) && j + 1 < end && PEOPLE.contains(toks.get(j + 1).norm())
                && !(j > first && toks.get(j - 1).norm().equals("how"))) {
            return Optional.of(new Core(n.equals("many") ? 10 : 3, j + 1, t.end(), true, false, false, false));
        }
        return Optional.empty();
    }

    /** "a man was killed", "killing a civilian" = 1; the span covers the article and the noun. */
    private static Optional<Core> casualtySubject(List<Token> toks, int first, int j, int end) {
        int k = j + 1;
        int limit = Math.min(end, j + 4);
        while (k < limit && !PERSON.contains(toks.get(k).norm())) {
            Token m = toks.get(k);
            if (MODIFIER_STOP.contains(m.norm()) || !Character.isLetter(m.text().charAt(0))) return Optional.empty();
            k++;
        }
        if (k >= limit) return Optional.empty();
        boolean cue = false;
        for (int a = k + 1; a < Math.min(end, k + 9) && !cue; a++) cue = CASUALTY_AFTER.contains(toks.get(a).norm());
        for (int b = Math.max(first, j - 3); b < j && !cue; b++) cue = CASUALTY_BEFORE.contains(toks.get(b).norm());
        if (!cue) return Optional.empty();
        return Optional.of(new Core(1, k + 1, toks.get(k).end(), false, false, false, false));
    }

    /** A digit-led token judged by its whole chunk: "1,200" "12" "10-15" "1.5 million"; "82mm" "10:30" excluded. */
    private static Core numeral(String text, List<Token> toks, int j, int end) {
        Token t = toks.get(j);
        int cs = Chunks.chunkStart(text, t.start());
        int ce = Chunks.chunkEnd(text, t.start());
        int skip = Chunks.tokenAt(toks, j, end, ce);
        if (Chunks.stripLeading(text, cs, ce) != t.start()) return Core.excludedUntil(Math.max(skip, j + 1));
        int e = Chunks.stripTrailing(text, t.start(), ce);
        String c = text.substring(t.start(), e);
        int after = Chunks.tokenAt(toks, j, end, e);
        long v = Chunks.integer(c);
        if (v >= 0) {
            boolean four = c.length() == 4 && c.indexOf(',') < 0;
            if (e == ce && after < end) {
                String s = toks.get(after).norm();
                Long scale = NumberWords.SCALES.get(s);
                if (scale != null && scale >= 1000) {
                    return new Core(v * scale, after + 1, toks.get(after).end(), false, false, true, false);
                }
                if (s.equals("dozen")) return new Core(v * 12, after + 1, toks.get(after).end(), false, false, true, false);
            }
            return new Core(v, Math.max(after, j + 1), e, false, false, true, four);
        }
        int dash = Math.max(c.indexOf('-'), c.indexOf('\u2013'));
        if (dash > 0) {
            long lo = Chunks.integer(c.substring(0, dash));
            long hi = Chunks.integer(c.substring(dash + 1));
            if (lo >= 0 && hi > lo && c.length() < 12 && !(lo >= 1800 && hi < 10000 && lo <= 2100)) {
                return new Core(lo, Math.max(after, j + 1), e, true, false, true, false);
            }
        }
        int dot = c.indexOf('.');
        if (dot > 0 && Chunks.allDigits(c, 0, dot) && Chunks.allDigits(c, dot + 1, c.length()) && after < end
                && e == ce) {
            Long scale = NumberWords.SCALES.get(toks.get(after).norm());
            if (scale != null && scale >= 1000) {
                double d = Double.parseDouble(c);
                return new Core(Math.round(d * scale), after + 1, toks.get(after).end(), false, false, true, false);
            }
        }
        return Core.excludedUntil(Math.max(skip, j + 1));
    }
}
