package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date that a plain text states at its very start: "Wed 05 Apr 2017 ...",
 * "Posted on April 19 2017 by ...", "October 12, 2015", "2015-10-12", "BEIRUT, Oct 12, 2015 (AFP) - ...".
 *
 * <p>Conservative on purpose: only the first few non-blank lines are looked at, the date must open the line
 * (after an optional "Posted/Published/Updated" word, a weekday, or an upper-case place-name dateline), it must
 * carry a year, and it must be a real calendar day. A date inside a sentence ("... on Oct 1, 2015, shows ...")
 * is a mention for date resolution, not the publication date.
 */
final class Datelines {
    private Datelines() {}

    /** Non-blank lines looked at from the start of the text. */
    static final int MAX_LINES = 3;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private static final String MONTH =
            "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String WEEKDAY =
            "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+";
    private static final String PREFIX =
            "(?:(?:posted|published|updated|last\\s+updated|first\\s+published)(?:\\s+(?:on|at))?:?\\s+)?";
    /** An upper-case dateline place such as "BEIRUT" or "DEIR EZZOR, Syria", followed by a comma. */
    private static final String PLACE = "(?:[A-Z][A-Z'.\\-]+(?:\\s+[A-Z][A-Z'.\\-]+){0,3}(?:,\\s+[A-Z][a-z]+)?,\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    /** Also "Apr 152017": scraped pages often lose the space between day and year. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+" + DAY + "(?:,?\\s+|(?=(?:19|20)\\d{2}(?!\\d)))"
            + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD = Pattern.compile("^" + PLACE + "(?i:" + PREFIX + "(?:" + WEEKDAY + ")?)");

    /** The date a text opens with, if any (see class comment). */
    static Optional<LocalDate> atStart(String text) {
        int lineStart = 0;
        int seen = 0;
        while (lineStart < text.length() && seen < MAX_LINES) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, Math.min(lineEnd, lineStart + 200)).strip();
            if (!line.isEmpty()) {
                seen++;
                Optional<LocalDate> date = leadingDate(line);
                if (date.isPresent()) return date;
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    /** A date that is the whole of {@code s} (metadata values such as "October 12, 2015"). */
    static Optional<LocalDate> parseWholeDate(String s) {
        String v = s.strip();
        for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(v);
            if (m.matches()) return toDate(p, m);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> leadingDate(String line) {
        Matcher lead = LEAD.matcher(line);
        int from = lead.lookingAt() ? lead.end() : 0;
        for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(line);
            m.region(from, line.length());
            if (m.lookingAt()) return toDate(p, m);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
        int year;
        int month;
        int day;
        if (p == ISO) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else if (p == DAY_MONTH_YEAR) {
            day = Integer.parseInt(m.group(1));
            month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            year = Integer.parseInt(m.group(3));
        } else {
            month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            day = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
        }
        if (year < 1900 || year > 2100) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31 February": not a real day, so not a date we trust
        }
    }
}
