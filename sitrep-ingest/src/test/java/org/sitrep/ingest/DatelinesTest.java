package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent | 2017-04-05",
        "Fri 07 Apr 2017 at 0914 Homs governor says | 2017-04-07",
        "12 February 2015 Free Syrian Army and Nusra Front | 2015-02-12",
        "Posted on April 19 2017 by Asharq Al-Awsat English | 2017-04-19",
        "Published February 18 2015 The Syrian army | 2015-02-18",
        "October 12, 2015 | 2015-10-12",
        "2015-10-12 | 2015-10-12",
        "Updated: Oct. 3, 2015 | 2015-10-03",
        "Sept 30, 2015 Russian jets struck | 2015-09-30",
        "BEIRUT, Oct 12, 2015 (AFP) - Syrian troops advanced | 2015-10-12",
        "DEIR EZZOR, Syria, 3rd March 2016 - Fighting | 2016-03-03",
        "Thursday, 1 October 2015 | 2015-10-01",
        "Last updated at Apr 152017 A car bomb | 2017-04-15",
        "Last updated at Jul 52016 QAMISHLI | 2016-07-05"})
    void findsADateThatOpensTheText(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), Datelines.atStart(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A handout frame grab taken on Oct 1, 2015, shows strikes",
        "Russia said Thursday its warplanes had eased back",
        "31 February 2015 was not a day",
        "12 October in Aleppo",
        "1999 people fled",
        "Title line\nSecond line\nThird line\nOctober 12, 2015 is too far down",
        "Published by Reuters on 12 October 2015",
        "May 2015 saw heavy fighting",
        "Apr 1520171 is not a date"})
    void staysQuietWithoutALeadingDate(String text) {
        assertEquals(Optional.empty(), Datelines.atStart(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Syria regime advances\\n\\nWed 05 Apr 2017 body | 2017-04-05",
        "\\n\\n  2016-07-05\\nTitle | 2016-07-05"})
    void looksAtTheFirstFewNonBlankLines(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), Datelines.atStart(text.replace("\\n", "\n")));
    }
}
