package org.sitrep.nlp.mentions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.DateMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.StageContext;

/**
 * Time expressions resolved against {@link org.sitrep.model.Article#published()} (ACLED time_precision: 1 day,
 * 2 within about a week, 3 month). Rules (the {@link DateMention#rule()} values):
 * <ul>
 *   <li>{@code explicit-date}: "October 4", "Oct. 4", "4 October 2015", "October 4, 2015", "Thursday (Oct 1)",
 *       "2015-10-04", unambiguous "26/03/2020" (one part above 12) — precision 1. Without a year the year is the
 *       publication year, or the previous one when the month is later than the publication month.</li>
 *   <li>{@code weekday}: "Monday", "on Monday", "late Sunday", "Sunday night" — the latest such day on or before
 *       publication (the publication day itself counts), precision 1. "next Monday" is skipped (a plan).</li>
 *   <li>{@code relative-day}: "yesterday", "last night" (publication - 1); "today", "this morning", "tonight"
 *       (publication day); precision 1.</li>
 *   <li>{@code previous-day}: "the previous day", "a day earlier", "the day before", "comes a day after" —
 *       publication - 1, precision 1 (anchored on the article's date, the usual anchor in wire copy).</li>
 *   <li>{@code report-window}: "overnight", "in the past 24 hours", "last twenty four hours", "the past day" —
 *       the report day, precision 2 (ACLED codes the report day when only a window ending on it is known).</li>
 *   <li>{@code relative-week}: "last week" (-7), "earlier this week" (midway between Monday and the day before),
 *       "N days ago" (-N; "nearly N days ago" -(N-1)), "a few days ago" (-3), "at the weekend" — precision 2.</li>
 *   <li>{@code month}: "in October", "late April", "earlier this month", "last month", "March 2011" — precision 3,
 *       date = the 15th ("early" 5th, "late" 25th; "earlier this month" midway to publication), never after
 *       publication for the current month.</li>
 *   <li>{@code year-only}: "since 2011", "in 2013", "earlier this year" — precision 3, date = 1 January; almost
 *       always background.</li>
 *   <li>{@code dateline}: an explicit date with its year that stamps the article near its top ("Published April 5
 *       2017", "Posted on April 4 2017 by", "Date of publication 4 April 2016", "AFP Tuesday 4 Apr 2017", a
 *       sentence opening "Wed 05 Apr 2017 ..."): the day the report was written, not the day of what it reports,
 *       which is that day or some days before — precision 2, date = the stamp (like the report day).</li>
 *   <li>{@code statement-...}: a day that dates a statement ("WHO said on Wednesday", "Ban on Friday renewed his
 *       call", "said Tuesday"): the day something was said, which is the day of what it reports or days later
 *       (investigations, reactions) — precision 2, same date, rule prefixed ("statement-weekday").</li>
 * </ul>
 * With no publication date only absolute expressions (explicit dates with a year, month-year, year) are produced.
 * Pure and thread-safe.
 */
public final class DateAnnotator implements Annotator {

    /** Words before a plural weekday that make it a habit ("on Fridays", "most Sundays"), not one day. */
    private static final Set<String> HABIT_BEFORE = Set.of("on", "every", "most", "all", "some", "many", "few",
            "several", "other", "two", "three", "the", "between");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("sun", DayOfWeek.SUNDAY));

    private static final Set<String> DAY_PREFIX = Chunks.set("on", "late", "early", "last", "this", "since", "until",
            "by", "from", "before", "after");
    private static final Set<String> DAY_SUFFIX = Chunks.set("night", "morning", "afternoon", "evening", "nights");
    private static final Set<String> MONTH_PREFIX = Chunks.set("in", "since", "late", "early", "mid", "mid-", "until",
            "by", "during", "from", "throughout", "of", "last", "end");
    private static final Set<String> YEAR_PREFIX = Chunks.set("in", "since", "from", "until", "by", "during", "of",
            "before", "after", "throughout", "early", "late", "mid", "mid-", "between", "and", "to", "till");

    /** Lower-case words that can open a relative time expression (capitalised months/weekdays are checked apart). */
    private static final Set<String> TRIGGERS = Chunks.set("on", "late", "early", "last", "this", "since", "until",
            "by", "from", "before", "after", "in", "mid", "mid-", "during", "of", "throughout", "end", "next",
            "yesterday", "today", "tonight", "overnight", "the", "a", "an", "comes", "came", "come", "past",
            "previous", "earlier", "later", "at", "over", "nearly", "almost", "about", "some", "around", "roughly",
            "more", "several");

    public static final long BACKGROUND_DAYS = 14;

    /** A publication stamp stands near the top of an article: within this many characters of its start. */
    public static final int STAMP_CHARS = 300;
    /** Words of publication stamps ("Published", "Posted on", "Last updated at", "Date of publication"). */
    private static final Set<String> STAMP_WORDS = Chunks.set("published", "posted", "updated", "publication");
    private static final Set<String> STAMP_GLUE = Chunks.set("last", "at", "on", "date", "of", "print");
    /** Verbs of saying: a day next to one dates the statement ("said on Wednesday", "on Friday renewed"). */
    private static final Set<String> SPEECH = Chunks.set("said", "says", "say", "told", "announced", "stated",
            "added", "confirmed", "denied", "warned", "urged", "claimed", "accused", "condemned", "reported",
            "renewed", "demanded", "insisted", "estimated", "tweeted", "wrote", "called", "blamed", "declared",
            "acknowledged", "admitted", "alleged");
    private static final Set<String> DAY_LEAD = Chunks.set("on", "late", "early", "last", "this");

    public DateAnnotator() {}

    @Override public String name() { return "mentions.dates"; }

    @Override public Set<Layer> requires() { return EnumSet.of(Layer.TOKENS, Layer.SENTENCES); }

    @Override public Set<Layer> provides() { return EnumSet.of(Layer.DATES); }

    @Override public Document apply(Document doc, StageContext ctx) {
        List<DateMention> out = new ArrayList<>();
        // the article's own stamp ("AFP Wednesday 29 Oct 2014") anchors "Tuesday" and "last week" when the feed's
        // publication date disagrees with it (a crawl or re-post date)
        LocalDate pub = stamp(doc).orElse(doc.article().published());
        for (Sentence s : doc.sentences()) {
            int from = out.size();
            new Scan(doc.text(), doc.tokens(), s.firstToken(), s.endToken(), pub, out).run();
            for (int k = from; k < out.size(); k++) {
                DateMention m = out.get(k);
                if (isStamp(m, doc.tokens(), s.firstToken())) {
                    out.set(k, new DateMention(m.span(), m.text(), m.date(), 2, "dateline"));
                } else if (m.precision() == 1 && datesStatement(m, doc.tokens(), s.firstToken(), s.endToken())) {
                    out.set(k, new DateMention(m.span(), m.text(), m.date(), 2, "statement-" + m.rule()));
                }
            }
        }
        return doc.withDates(out);
    }

    /** The date of the stamp near the top of the article, if the text has one (see {@link #isStamp}). */
    static Optional<LocalDate> stamp(Document doc) {
        for (Sentence s : doc.sentences()) {
            if (doc.tokens().get(s.firstToken()).start() >= STAMP_CHARS) break;
            List<DateMention> found = new ArrayList<>();
            new Scan(doc.text(), doc.tokens(), s.firstToken(), s.endToken(), null, found).run();
            for (DateMention m : found) {
                if (m.date() != null && isStamp(m, doc.tokens(), s.firstToken())) return Optional.of(m.date());
            }
        }
        return Optional.empty();
    }

    /**
     * An explicit date with a year near the top of the article that opens its sentence, or follows only stamp words
     * ("Published", "Posted on", "Last updated at", "Date of publication"), or follows an outlet tag and a weekday
     * ("Monitor AFP Tuesday 4 Apr 2017"): the article's own date. "On 4 October 2015, ...", "the raid of 4 October
     * 2015" and "Report dated 2015-10-04" are not stamps (a preposition or another word comes first).
     */
    static boolean isStamp(DateMention m, List<Token> toks, int sentenceFirst) {
        if (!"explicit-date".equals(m.rule()) || m.span().start() >= STAMP_CHARS || !hasYear(m.text())) return false;
        int at = Chunks.tokenAt(toks, sentenceFirst, toks.size(), m.span().start());
        int k = at - 1;
        String head = at < toks.size() ? toks.get(at).norm() : "";
        if (head.endsWith(".")) head = head.substring(0, head.length() - 1);
        boolean stampWord = false, weekday = WEEKDAYS.containsKey(head), glue = false;
        while (k >= sentenceFirst) {
            String w = toks.get(k).norm();
            if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
            if (STAMP_WORDS.contains(w)) stampWord = true;
            else if (WEEKDAYS.containsKey(w) && toks.get(k).capitalized()) weekday = true;
            else if (STAMP_GLUE.contains(w)) glue = true;
            else break;
            k--;
        }
        // "On 4 October 2015, jets struck": a preposition without a stamp word dates the happening, not the article
        if (stampWord || (k < sentenceFirst && !glue)) return true;
        if (glue) return false;
        // "... Red Cross AFP Tuesday 20 Sep 2016": a title running into an outlet tag and the stamp
        String tag = toks.get(k).text();
        return weekday && tag.length() >= 2 && tag.chars().allMatch(Character::isUpperCase);
    }

    /**
     * A day right after a verb of saying ("said on Wednesday", "said late Tuesday") or right before one ("on Friday renewed his call", "Wednesday said"): it dates the statement, not the happening.
     */
    static boolean datesStatement(DateMention m, List<Token> toks, int first, int end) {
        int at = Chunks.tokenAt(toks, first, end, m.span().start());
        int k = at - 1;
        if (k >= first && DAY_LEAD.contains(toks.get(k).norm()) && !m.text().toLowerCase(java.util.Locale.ROOT)
                .startsWith(toks.get(k).norm())) k--;
        if (k >= first && SPEECH.contains(toks.get(k).norm())) return true;
        int after = Chunks.tokenAt(toks, at, end, m.span().end());
        return after < end && SPEECH.contains(toks.get(after).norm());
    }

    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    /**
     * True when the expression lies more than {@value #BACKGROUND_DAYS} days before publication: history a
     * report mentions in passing, not news. Uses the latest day the expression could mean ("in 2013" = 31 Dec 2013,
     * "in October" = 31 October), so a vague but recent expression is not background. False without a date.
     */
    public static boolean isBackground(DateMention m, LocalDate published) {
        if (published == null || m.date() == null) return false;
        LocalDate latest = m.date();
        if ("year-only".equals(m.rule())) latest = LocalDate.of(m.date().getYear(), 12, 31);
        else if (m.precision() >= 3) latest = YearMonth.from(m.date()).atEndOfMonth();
        return latest.isBefore(published.minusDays(BACKGROUND_DAYS));
    }

    /** One sentence's scan; a small mutable helper owned by one call, so the annotator stays thread-safe. */
    private static final class Scan {
        final String text;
        final List<Token> toks;
        final int first, end;
        final LocalDate pub;
        final List<DateMention> out;

        Scan(String text, List<Token> toks, int first, int end, LocalDate pub, List<DateMention> out) {
            this.text = text; this.toks = toks; this.first = first; this.end = end; this.pub = pub; this.out = out;
        }

        String n(int i) { return i >= first && i < end ? toks.get(i).norm() : ""; }

        boolean is(int i, String... words) {
            for (int k = 0; k < words.length; k++) if (!n(i + k).equals(words[k])) return false;
            return true;
        }

        void run() {
            int i = first;
            while (i < end) {
                int next = at(i);
                i = next > i ? next : i + 1;
            }
        }

        /** Emits a mention over tokens [a, b) and returns b. */
        int emit(int a, int b, LocalDate d, int precision, String rule) {
            if (d == null) return b;
            Span sp = new Span(toks.get(a).start(), toks.get(b - 1).end());
            out.add(new DateMention(sp, sp.of(text), d, precision, rule));
            return b;
        }

        int at(int i) {
            Token t = toks.get(i);
            String w = t.norm();
            // most tokens start no time expression: one set lookup rules them out
            if (!TRIGGERS.contains(w) && !Chunks.digitLed(t) && !t.capitalized() && !NumberWords.isWord(w)) return i + 1;
            // ---- explicit dates: numerals and months
            if (Chunks.digitLed(t)) return numeric(i);
            if (NumberAnnotator.month(t) > 0) return monthFirst(i, i);
            if (MONTH_PREFIX.contains(w) && i + 1 < end && NumberAnnotator.month(toks.get(i + 1)) > 0
                    && !(w.equals("of") || w.equals("in") || w.equals("since") || w.equals("until") || w.equals("by")
                    || w.equals("during") || w.equals("from") || w.equals("throughout"))) {
                return monthFirst(i + 1, i);     // "late April", "early May", "mid October"
            }
            // ---- weekdays
            DayOfWeek dow = weekday(i);
            if (dow != null) return weekdayAt(i, i, dow);
            if (DAY_PREFIX.contains(w) && weekday(i + 1) != null) {
                if (w.equals("next")) return i + 2;
                return weekdayAt(i + 1, w.equals("last") || w.equals("late") || w.equals("early") || w.equals("on")
                        ? i : i + 1, weekday(i + 1));
            }
            if (w.equals("next") && weekday(i + 1) != null) return i + 2;
            if (pub == null) return i + 1;
            // ---- relative days
            switch (w) {
                case "yesterday" -> { return emit(i, suffix(i + 1), pub.minusDays(1), 1, "relative-day"); }
                case "today" -> { return emit(i, i + 1, pub, 1, "relative-day"); }
                case "tonight" -> { return emit(i, i + 1, pub, 1, "relative-day"); }
                case "overnight" -> { return emit(i, i + 1, pub, 2, "report-window"); }
                default -> { }
            }
            if (w.equals("this") && DAY_SUFFIX.contains(n(i + 1)) && !n(i + 1).equals("night")) {
                return emit(i, i + 2, pub, 1, "relative-day");
            }
            if (w.equals("last") && is(i + 1, "night")) return emit(i, i + 2, pub.minusDays(1), 1, "relative-day");
            if ((w.equals("the") && (is(i + 1, "previous", "day") || is(i + 1, "day", "before")))
                    || (w.equals("a") && (is(i + 1, "day", "earlier") || is(i + 1, "day", "before")))) {
                return emit(i, i + 3, pub.minusDays(1), 1, "previous-day");
            }
            if ((w.equals("comes") || w.equals("came") || w.equals("come")) && is(i + 1, "a", "day", "after")) {
                return emit(i + 1, i + 4, pub.minusDays(1), 1, "previous-day");
            }
            // ---- report windows: "(in|over) the past/last 24 hours", "last twenty four hours", "past day"
            if ((w.equals("past") || w.equals("last") || w.equals("previous")) && i + 1 < end) {
                int e = windowEnd(i + 1);
                if (e > 0) return emit(i, e, pub, 2, "report-window");
                if (is(i + 1, "week")) return emit(i, i + 2, pub.minusDays(7), 2, "relative-week");
                if (is(i + 1, "weekend")) return emit(i, i + 2, lastWeekend(), 2, "relative-week");
                if (is(i + 1, "month")) {
                    return emit(i, i + 2, YearMonth.from(pub).minusMonths(1).atDay(15), 3, "month");
                }
                if (is(i + 1, "year")) return emit(i, i + 2, LocalDate.of(pub.getYear() - 1, 1, 1), 3, "year-only");
            }
            if (w.equals("earlier") || w.equals("this") || w.equals("later")) {
                int k = w.equals("this") ? i + 1 : (is(i + 1, "this") ? i + 2 : -1);
                if (k > 0) {
                    if (is(k, "week") && !w.equals("later")) {
                        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                        LocalDate d = w.equals("earlier") && pub.isAfter(monday)
                                ? monday.plusDays((pub.toEpochDay() - 1 - monday.toEpochDay()) / 2) : pub;
                        return emit(i, k + 1, d, 2, "relative-week");
                    }
                    if (is(k, "month") && !w.equals("later")) {
                        LocalDate firstDay = pub.withDayOfMonth(1);
                        LocalDate d = w.equals("earlier")
                                ? firstDay.plusDays((pub.toEpochDay() - firstDay.toEpochDay()) / 2) : pub;
                        return emit(i, k + 1, d, 3, "month");
                    }
                    if (is(k, "year") && !w.equals("later")) {
                        return emit(i, k + 1, LocalDate.of(pub.getYear(), 1, 1), 3, "year-only");
                    }
                }
            }
            if ((w.equals("at") || w.equals("over")) && is(i + 1, "the", "weekend")) {
                return emit(i, i + 3, lastWeekend(), 2, "relative-week");
            }
            // ---- "N days ago", "nearly ten days ago", "a few days ago", "two weeks ago"
            int ago = agoAt(i);
            if (ago > 0) return ago;
            return i + 1;
        }

        /** Saturday of the latest weekend on or before publication. */
        LocalDate lastWeekend() {
            LocalDate sat = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            return sat;
        }

        /** "24 hours" / "twenty four hours" / "48 hours" / "day" after past/last/previous: end index, or -1. */
        int windowEnd(int k) {
            if (is(k, "day")) return k + 1;
            if (is(k, "24", "hours") || is(k, "48", "hours") || is(k, "72", "hours")) return k + 2;
            Optional<NumberWords.Parsed> p = NumberWords.parse(toks, k, end);
            if (p.isPresent() && (p.get().value() == 24 || p.get().value() == 48) && is(p.get().end(), "hours")) {
                return p.get().end() + 1;
            }
            return -1;
        }

        int agoAt(int i) {
            boolean near = false;
            for (int q = i + 1; q < Math.min(end, i + 7) && !near; q++) near = n(q).equals("ago");
            if (!near) return -1;
            int k = i;
            boolean nearly = false;
            if (n(k).equals("nearly") || n(k).equals("almost")) { nearly = true; k++; }
            else if (n(k).equals("about") || n(k).equals("some") || n(k).equals("around")
                    || n(k).equals("roughly") || n(k).equals("over") || n(k).equals("more")) {
                k++;
                if (n(k).equals("than")) k++;
            }
            long count;
            int unitAt;
            if (NumberWords.isArticle(n(k)) && (is(k + 1, "few") || is(k + 1, "couple", "of"))) {
                count = is(k + 1, "few") ? 3 : 2;
                unitAt = is(k + 1, "few") ? k + 2 : k + 3;
            } else if (NumberWords.isArticle(n(k))) {
                count = 1; unitAt = k + 1;
            } else if (n(k).equals("several")) {
                count = 3; unitAt = k + 1;
            } else if (k < end && Chunks.digitLed(toks.get(k)) && Chunks.integer(toks.get(k).text()) > 0) {
                count = Chunks.integer(toks.get(k).text()); unitAt = k + 1;
            } else {
                Optional<NumberWords.Parsed> p = NumberWords.parse(toks, k, end);
                if (p.isEmpty() || k >= end) return -1;
                count = p.get().value(); unitAt = p.get().end();
            }
            String unit = n(unitAt);
            if (!n(unitAt + 1).equals("ago")) return -1;
            if (nearly && count > 1) count -= 1;
            long days;
            int precision;
            switch (unit) {
                case "day", "days" -> { days = count; precision = count <= 1 ? 1 : 2; }
                case "week", "weeks" -> { days = 7 * count; precision = 2; }
                case "month", "months" -> { days = 30 * count; precision = 3; }
                default -> { return -1; }
            }
            if (days > 3650) return -1;
            return emit(i, unitAt + 2, pub.minusDays(days), precision, precision == 3 ? "month" : "relative-week");
        }

        DayOfWeek weekday(int i) {
            if (i < first || i >= end || !toks.get(i).capitalized()) return null;
            String w = toks.get(i).norm();
            if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
            DayOfWeek d = WEEKDAYS.get(w);
            // "Saturdays blast": a possessive whose apostrophe was lost in scraping, before the noun it dates; "on
            // Saturdays", "most Fridays" (habits) are plurals, not days
            if (d == null && w.length() >= 7 && w.endsWith("s") && WEEKDAYS.containsKey(w.substring(0, w.length() - 1))
                    && i + 1 < end && !toks.get(i + 1).capitalized() && Character.isLetter(n(i + 1).isEmpty() ? ' ' : n(i + 1).charAt(0))
                    && !HABIT_BEFORE.contains(n(i - 1))) {
                return WEEKDAYS.get(w.substring(0, w.length() - 1));
            }
            // short forms only in the date-like "Sun." / "Sat" capitalised use; "Sun" as a newspaper name is rare
            if (d != null && w.length() <= 4 && (w.equals("sun") || w.equals("sat") || w.equals("wed"))) {
                return toks.get(i).text().endsWith(".") || n(i + 1).equals(",") ? d : null;
            }
            return d;
        }

        /** Extends over "night"/"morning" suffixes. */
        int suffix(int k) { return DAY_SUFFIX.contains(n(k)) ? k + 1 : k; }

        int weekdayAt(int i, int spanStart, DayOfWeek dow) {
            int e = suffix(i + 1);
            // "Thursday (Oct 1)" / "Thursday, October 1": the explicit date wins, one mention over both
            int k = e;
            if (n(k).equals("(") || n(k).equals(",")) k++;
            if (k < end && NumberAnnotator.month(toks.get(k)) > 0) {
                int before = out.size();
                int r = monthFirst(k, spanStart);
                if (out.size() > before) {
                    if (n(r).equals(")")) {
                        DateMention m = out.remove(out.size() - 1);
                        Span sp = new Span(m.span().start(), toks.get(r).end());
                        out.add(new DateMention(sp, sp.of(text), m.date(), m.precision(), m.rule()));
                        return r + 1;
                    }
                    return r;
                }
            }
            if (k < end && Chunks.digitLed(toks.get(k))) {
                int before = out.size();
                int r = numeric(k);
                if (out.size() > before) {
                    DateMention m = out.remove(out.size() - 1);
                    int stop = n(r).equals(")") ? toks.get(r).end() : m.span().end();
                    Span sp = new Span(toks.get(spanStart).start(), stop);
                    out.add(new DateMention(sp, sp.of(text), m.date(), m.precision(), m.rule()));
                    return n(r).equals(")") ? r + 1 : r;
                }
            }
            if (pub == null) return e;
            LocalDate d = pub.with(TemporalAdjusters.previousOrSame(dow));
            return emit(spanStart, e, d, 1, "weekday");
        }

        /** "October 4", "Oct. 4, 2015", "October 2015", "in October" starting at month token m. */
        int monthFirst(int m, int spanStart) {
            int month = NumberAnnotator.month(toks.get(m));
            int k = m + 1;
            if (n(k).equals(".")) k++;                      // "Oct ." when split
            int day = dayAt(k);
            if (day > 0) {
                int e = k + 1;
                int year = -1;
                int y = e;
                if (n(y).equals(",")) y++;
                int yr = yearAt(y);
                if (yr > 0) { year = yr; e = y + 1; }
                return emit(spanStart, e, resolve(year, month, day), 1, "explicit-date");
            }
            int yr = yearAt(k);
            if (yr > 0) {
                return emit(spanStart, k + 1, safeDate(yr, month, midDay(spanStart, m)), 3, "month");
            }
            // a month alone: only after a preposition or early/mid/late, and "May" never alone (modal verb)
            String prev = spanStart < m ? n(spanStart) : n(m - 1);
            if (pub == null || month == 5 || !(MONTH_PREFIX.contains(prev))) return m + 1;
            int year = month > pub.getMonthValue() ? pub.getYear() - 1 : pub.getYear();
            LocalDate d = safeDate(year, month, midDay(spanStart, m));
            if (d != null && d.isAfter(pub) && month == pub.getMonthValue()) d = pub;
            return emit(spanStart, m + 1, d, 3, "month");
        }

        int midDay(int spanStart, int m) {
            String p = spanStart < m ? n(spanStart) : "";
            return p.equals("early") ? 5 : p.equals("late") || p.equals("end") ? 25 : 15;
        }

        /** Day of month at token k ("4", "4th", "4,"): 1..31 or -1. */
        int dayAt(int k) {
            if (k >= end || !Chunks.digitLed(toks.get(k))) return -1;
            String s = toks.get(k).text();
            if (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th")) s = s.substring(0, s.length() - 2);
            long v = s.length() <= 2 ? Chunks.integer(s) : -1;
            return v >= 1 && v <= 31 ? (int) v : -1;
        }

        int yearAt(int k) {
            if (k >= end) return -1;
            String s = toks.get(k).text();
            if (s.length() != 4 || !Chunks.allDigits(s, 0, 4)) return -1;
            int v = Integer.parseInt(s);
            return v >= 1900 && v <= 2100 ? v : -1;
        }

        /** Year given, or inferred: publication year, previous year when the month is later than publication's. */
        LocalDate resolve(int year, int month, int day) {
            if (year < 0) {
                if (pub == null) return null;
                year = month > pub.getMonthValue() ? pub.getYear() - 1 : pub.getYear();
            }
            return safeDate(year, month, day);
        }

        static LocalDate safeDate(int y, int m, int d) {
            try {
                return LocalDate.of(y, m, d);
            } catch (java.time.DateTimeException e) {
                return null;   // "February 30": not a date, so no mention (emit skips null)
            }
        }

        /** Digit-led token: "4 October 2015", "2015-10-04", "26/03/2020", a year "in 2013". */
        int numeric(int i) {
            Token t = toks.get(i);
            int cs = Chunks.chunkStart(text, t.start());
            int ce = Chunks.chunkEnd(text, t.start());
            if (Chunks.stripLeading(text, cs, ce) != t.start()) return i + 1;
            int e = Chunks.stripTrailing(text, t.start(), ce);
            String c = text.substring(t.start(), e);
            int after = Chunks.tokenAt(toks, i, end, e);
            // ISO 2015-10-04
            if (c.length() == 10 && c.charAt(4) == '-' && c.charAt(7) == '-' && Chunks.allDigits(c, 0, 4)
                    && Chunks.allDigits(c, 5, 7) && Chunks.allDigits(c, 8, 10)) {
                LocalDate d = safeDate(Integer.parseInt(c.substring(0, 4)), Integer.parseInt(c.substring(5, 7)),
                        Integer.parseInt(c.substring(8, 10)));
                return d == null ? after : emitChars(t.start(), e, after, d, 1, "explicit-date");
            }
            // d/m(/y) or m/d(/y), only when one of the first two parts is above 12
            int s1 = c.indexOf('/');
            if (s1 > 0) {
                int s2 = c.indexOf('/', s1 + 1);
                String a = c.substring(0, s1), b = s2 > 0 ? c.substring(s1 + 1, s2) : c.substring(s1 + 1);
                String y = s2 > 0 ? c.substring(s2 + 1) : "";
                if (a.length() <= 2 && b.length() <= 2 && Chunks.allDigits(a, 0, a.length())
                        && Chunks.allDigits(b, 0, b.length()) && (y.isEmpty() || (y.length() == 4 && Chunks.allDigits(y, 0, 4)))) {
                    int x = Integer.parseInt(a), z = Integer.parseInt(b);
                    int day, month;
                    if (x > 12 && z <= 12) { day = x; month = z; }
                    else if (z > 12 && x <= 12) { day = z; month = x; }
                    else return after;                          // ambiguous: 10/4/2015
                    LocalDate d = resolve(y.isEmpty() ? -1 : Integer.parseInt(y), month, day);
                    return d == null ? after : emitChars(t.start(), e, after, d, 1, "explicit-date");
                }
                return after;
            }
            // "4 October 2015", "4th of October"
            int day = dayAt(i);
            if (day > 0) {
                int k = i + 1;
                if (n(k).equals("of")) k++;
                if (k < end && NumberAnnotator.month(toks.get(k)) > 0) {
                    int month = NumberAnnotator.month(toks.get(k));
                    int m = k + 1;
                    if (n(m).equals(".")) m++;
                    int yr = yearAt(m);
                    int stop = yr > 0 ? m + 1 : k + 1;
                    return emit(i, stop, resolve(yr, month, day), 1, "explicit-date");
                }
            }
            // a year: "since 2011", "in 2013", "2012-2015"
            int yr = yearAt(i);
            if (yr > 0 && YEAR_PREFIX.contains(n(i - 1)) && !nextIsCountNoun(i + 1)) {
                return emit(i, i + 1, LocalDate.of(yr, 1, 1), 3, "year-only");
            }
            return after > i ? after : i + 1;
        }

        boolean nextIsCountNoun(int k) {
            String s = n(k);
            return !s.isEmpty() && s.endsWith("s") && k < end && !toks.get(k).capitalized() && Character.isLetter(s.charAt(0));
        }

        int emitChars(int startChar, int endChar, int nextToken, LocalDate d, int precision, String rule) {
            Span sp = new Span(startChar, endChar);
            out.add(new DateMention(sp, sp.of(text), d, precision, rule));
            return nextToken;
        }
    }
}
