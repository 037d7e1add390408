package org.sitrep.nlp.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateMention;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

class DateAnnotatorTest {
    static final DateAnnotator DATES = new DateAnnotator();
    /** A Wednesday. */
    static final LocalDate PUB = LocalDate.of(2016, 3, 16);

    static List<DateMention> dates(String text, LocalDate pub) {
        Document d = DATES.apply(TestDocs.doc(text, pub), new StageContext("t"));
        for (DateMention m : d.dates()) assertEquals(m.text(), m.span().of(text), "span text mismatch");
        return d.dates();
    }

    static void check(String text, String span, LocalDate date, int precision, String rule) {
        List<DateMention> ds = dates(text, PUB);
        assertEquals(1, ds.size(), () -> text + " -> " + ds);
        DateMention m = ds.get(0);
        assertEquals(span, m.text(), text);
        assertEquals(date, m.date(), text);
        assertEquals(precision, m.precision(), text);
        assertEquals(rule, m.rule(), text);
    }

    @Test
    void weekdaysResolveBackwardsAndTheSameDayCounts() {
        check("Jets hit the town on Monday.", "on Monday", LocalDate.of(2016, 3, 14), 1, "weekday");
        check("Jets hit the town Wednesday, officials said.", "Wednesday", PUB, 1, "weekday");
        check("Jets hit the town late Thursday.", "late Thursday", LocalDate.of(2016, 3, 10), 1, "weekday");
        check("Shells fell Sunday night on the camp.", "Sunday night", LocalDate.of(2016, 3, 13), 1, "weekday");
        check("Strikes on Tuesday (March 8) hit a bakery.", "on Tuesday (March 8)", LocalDate.of(2016, 3, 8), 1, "explicit-date");
        assertTrue(dates("Talks resume next Monday.", PUB).isEmpty());
    }

    @Test
    void aPossessiveWeekdayWithoutItsApostropheIsADay() {
        // scraped text drops the apostrophe: "Saturday's blast" -> "Saturdays blast"
        check("Saturdays blast hit a convoy of buses.", "Saturdays", LocalDate.of(2016, 3, 12), 1, "weekday");
        check("More bodies were found after Mondays shelling of the camp.", "Mondays", LocalDate.of(2016, 3, 14), 1, "weekday");
        // a habit is no day
        assertTrue(dates("Markets close on Fridays in the old city.", PUB).isEmpty());
        assertTrue(dates("Protesters gather most Sundays near the square.", PUB).isEmpty());
    }

    @Test
    void theArticlesOwnStampAnchorsRelativeDays() {
        // the feed says 16 March 2016, the text's stamp 29 October 2014: "Tuesday" is the one before the stamp
        List<DateMention> ds = dates("AFP Wednesday 29 Oct 2014 Militants stormed a gas field on Tuesday, a monitor said.", PUB);
        DateMention tuesday = ds.stream().filter(m -> m.text().contains("Tuesday")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2014, 10, 28), tuesday.date());
    }

    @Test
    void relativeExpressions() {
        check("Gunmen attacked yesterday.", "yesterday", PUB.minusDays(1), 1, "relative-day");
        check("Gunmen attacked the post last night.", "last night", PUB.minusDays(1), 1, "relative-day");
        check("Protesters gathered this morning.", "this morning", PUB, 1, "relative-day");
        check("Shelling continued overnight.", "overnight", PUB, 2, "report-window");
        check("Jets flew 40 sorties in the past 24 hours.", "past 24 hours", PUB, 2, "report-window");
        check("The gains of the last twenty four hours were small.", "last twenty four hours", PUB, 2, "report-window");
        check("Rebels took the hill last week.", "last week", PUB.minusDays(7), 2, "relative-week");
        check("The town fell nearly ten days ago.", "nearly ten days ago", PUB.minusDays(9), 2, "relative-week");
        check("The town fell three days ago.", "three days ago", PUB.minusDays(3), 2, "relative-week");
        check("Raids started earlier this month.", "earlier this month", LocalDate.of(2016, 3, 8), 3, "month");
        check("He was seized the previous day.", "the previous day", PUB.minusDays(1), 1, "previous-day");
        check("The advance comes a day after troops took two towns.", "a day after", PUB.minusDays(1), 1, "previous-day");
    }

    @Test
    void explicitDatesInManyForms() {
        check("The strike on October 4 hit a school.", "October 4", LocalDate.of(2015, 10, 4), 1, "explicit-date");
        check("The strike on Oct. 4 hit a school.", "Oct. 4", LocalDate.of(2015, 10, 4), 1, "explicit-date");
        check("The strike on March 4 hit a school.", "March 4", LocalDate.of(2016, 3, 4), 1, "explicit-date");
        check("The strike on 4 October 2014 hit a school.", "4 October 2014", LocalDate.of(2014, 10, 4), 1, "explicit-date");
        check("The strike on October 4, 2014 hit a school.", "October 4, 2014", LocalDate.of(2014, 10, 4), 1, "explicit-date");
        check("Report dated 2015-10-04 was leaked.", "2015-10-04", LocalDate.of(2015, 10, 4), 1, "explicit-date");
        check("Around 9 May 2020, a man was found.", "9 May 2020", LocalDate.of(2020, 5, 9), 1, "explicit-date");
        check("He vanished on the night of 26/02 near the border.", "26/02", LocalDate.of(2016, 2, 26), 1, "explicit-date");
        assertTrue(dates("The letter of 10/4/2015 was signed.", PUB).isEmpty(), "ambiguous slash date");
    }

    @Test
    void aStampNearTheTopDatesTheReportNotTheHappening() {
        LocalDate stamp = LocalDate.of(2016, 3, 15);
        check("Published March 15 2016 Jets struck a market in the town.", "March 15 2016", stamp, 2, "dateline");
        check("Posted on March 15 2016 by a staff writer. Jets struck a market.", "March 15 2016", stamp, 2, "dateline");
        check("Date of publication 15 March 2016 Jets struck a market.", "15 March 2016", stamp, 2, "dateline");
        check("Tue 15 Mar 2016 Jets struck a market in the town.", "Tue 15 Mar 2016", stamp, 2, "dateline");
        check("Jets strike a market in the town AFP Tuesday 15 Mar 2016 Jets struck a market.", "Tuesday 15 Mar 2016", stamp, 2, "dateline");
        // a preposition or another word before the date: the happening's own date
        check("On 15 March 2016, jets struck a market.", "15 March 2016", stamp, 1, "explicit-date");
        check("Jets struck a market on 15 March 2016.", "15 March 2016", stamp, 1, "explicit-date");
        // a date without its year, or far down the article, is no stamp
        check("Jets struck a market in the town. March 15 the toll rose.", "March 15", stamp, 1, "explicit-date");
        String far = "Jets struck a market in the town. ".repeat(10) + "15 March 2016 was a bad day.";
        assertEquals("explicit-date", dates(far, PUB).get(0).rule());
    }

    @Test
    void aDayNextToAVerbOfSayingDatesTheStatement() {
        LocalDate monday = LocalDate.of(2016, 3, 14);
        check("The agency said on Monday the victims showed signs of nerve gas.", "on Monday", monday, 2, "statement-weekday");
        check("The envoy on Monday renewed his call for an inquiry.", "on Monday", monday, 2, "statement-weekday");
        check("Officials said late Monday the toll had risen.", "late Monday", monday, 2, "statement-weekday");
        check("The agency said yesterday that jets had struck.", "yesterday", PUB.minusDays(1), 2, "statement-relative-day");
        // the happening's own day, even when a statement follows after a comma
        check("Jets struck the town on Monday, the monitor said.", "on Monday", monday, 1, "weekday");
        check("Jets struck the town Monday.", "Monday", monday, 1, "weekday");
    }

    @Test
    void monthsAndYears() {
        check("Fighting flared in January across the north.", "January", LocalDate.of(2016, 1, 15), 3, "month");
        check("The siege began late April.", "late April", LocalDate.of(2015, 4, 25), 3, "month");
        check("Protests began in March 2011.", "March 2011", LocalDate.of(2011, 3, 15), 3, "month");
        check("The war has raged since 2011.", "2011", LocalDate.of(2011, 1, 1), 3, "year-only");
        assertTrue(dates("Officials may meet again soon.", PUB).isEmpty());
    }

    @Test
    void withoutPublicationDateOnlyAbsoluteDates() {
        List<DateMention> ds = dates("On Monday, after the raid of 4 October 2015 and October 5, fighting resumed.", null);
        assertEquals(1, ds.size(), ds::toString);
        assertEquals(LocalDate.of(2015, 10, 4), ds.get(0).date());
    }

    @Test
    void background() {
        DateMention old = dates("The war has raged since 2011.", PUB).get(0);
        assertTrue(DateAnnotator.isBackground(old, PUB));
        DateMention recent = dates("Rebels took the hill last week.", PUB).get(0);
        assertFalse(DateAnnotator.isBackground(recent, PUB));
        DateMention thisYear = dates("Fighting flared in March across the north.", PUB).get(0);
        assertFalse(DateAnnotator.isBackground(thisYear, PUB), "the current month is not background");
        assertFalse(DateAnnotator.isBackground(recent, null));
    }

    @Property(tries = 100)
    void weekdayIsOnOrBeforePublicationWithinAWeek(@ForAll @IntRange(min = 0, max = 3000) int offset,
                                                   @ForAll @IntRange(min = 1, max = 7) int dow) {
        LocalDate pub = LocalDate.of(2012, 1, 1).plusDays(offset);
        String day = DayOfWeek.of(dow).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        List<DateMention> ds = dates("Jets struck the town on " + day + ".", pub);
        assertEquals(1, ds.size());
        LocalDate d = ds.get(0).date();
        assertEquals(DayOfWeek.of(dow), d.getDayOfWeek());
        assertTrue(!d.isAfter(pub) && d.isAfter(pub.minusDays(7)), d + " vs " + pub);
    }
}
