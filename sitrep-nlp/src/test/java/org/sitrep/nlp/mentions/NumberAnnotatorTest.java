package org.sitrep.nlp.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sitrep.model.NumberMention;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

class NumberAnnotatorTest {
    static final NumberAnnotator NUMBERS = new NumberAnnotator();

    static List<NumberMention> numbers(String text) {
        Document d = NUMBERS.apply(TestDocs.doc(text), new StageContext("t"));
        for (NumberMention m : d.numbers()) assertEquals(m.text(), m.span().of(text), "span text mismatch");
        return d.numbers();
    }

    static NumberMention only(String text) {
        List<NumberMention> ns = numbers(text);
        assertEquals(1, ns.size(), () -> "expected one count in: " + text + " got " + ns);
        return ns.get(0);
    }

    static void check(String text, String span, int value, boolean approx) {
        NumberMention m = only(text);
        assertEquals(span, m.text(), text);
        assertEquals(value, m.value(), text);
        assertEquals(approx, m.approximate(), text);
    }

    @Test
    void numeralsAndWords() {
        check("Shelling killed 12 people in the town.", "12", 12, false);
        check("Some 1,200 families fled the fighting.", "Some 1,200", 1200, true);
        check("Gunmen abducted thirty-six farmers.", "thirty-six", 36, false);
        check("Gunmen abducted thirty six farmers.", "thirty six", 36, false);
        check("The raid left a hundred dead.", "a hundred", 100, false);
        check("Two dozen fighters surrendered.", "Two dozen", 24, false);
        check("Officials counted one hundred and twenty bodies.", "one hundred and twenty", 120, false);
        check("Over half a million residents have left.", "Over half a million", 500_000, true);
        check("Aid reached 1.5 million people.", "1.5 million", 1_500_000, false);
        check("The war has displaced four million people.", "four million", 4_000_000, false);
    }

    @Test
    void acledConventionsForVagueCounts() {
        check("Dozens of houses burned.", "Dozens", 12, true);
        check("Scores of villagers fled.", "Scores", 20, true);
        check("Hundreds of prisoners escaped.", "Hundreds", 100, true);
        check("Tens of thousands marched.", "Tens of thousands", 10_000, true);
        check("Several soldiers died in the ambush.", "Several", 3, true);
        check("A few guards were hurt.", "A few", 3, true);
        check("Many civilians were killed.", "Many", 10, true);
        check("At least twelve civilians died.", "At least twelve", 12, false);
        check("More than 30 fighters were killed.", "More than 30", 30, true);
        check("Up to 20 people may have died.", "Up to 20", 20, true);
        check("Nearly 40 rockets fell.", "Nearly 40", 40, true);
        check("Between 10 and 15 militants were killed.", "Between 10 and 15", 10, true);
        check("Some 10 to 15 militants were killed.", "Some 10 to 15", 10, true);
        check("Clashes killed 11-12 gunmen.", "11-12", 11, true);
        check("Two or three shells hit the market.", "Two or three", 2, true);
    }

    @Test
    void casualtySubjectCountsAsOne() {
        check("A young man was shot dead at the checkpoint.", "A young man", 1, false);
        check("The blast, killing a child, shook the street.", "a child", 1, false);
        assertTrue(numbers("A man told reporters the road was closed.").isEmpty());
    }

    @Test
    void notCounts() {
        for (String s : List.of(
                "The war began in 2011 and escalated.",
                "Jets struck on October 12 near the city.",
                "Jets struck on 12 October near the city.",
                "The curfew starts at 10:30 every night.",
                "It was the 12th raid this month.",
                "Turnout reached 45% in the north.",
                "Turnout reached 45 percent in the north.",
                "The fund pledged $5 million.",
                "Rebels fired 82mm mortar rounds.",
                "Rebels fired 120 mm mortar rounds.",
                "Brigade 47 moved north.",
                "Su-24 bombers landed.",
                "The convoy drove 50 km south.",
                "In the past 24 hours the front was calm.",
                "He was arrested on 26/03 at dawn.",
                "No one was hurt.")) {
            assertTrue(numbers(s).isEmpty(), () -> s + " -> " + numbers(s));
        }
    }

    @Test
    void severalInOneSentenceWithOffsets() {
        String text = "Russian jets carried out 20 sorties and struck eight targets, killing at least 36 civilians.";
        List<NumberMention> ns = numbers(text);
        assertEquals(List.of(20, 8, 36), ns.stream().map(NumberMention::value).toList());
        assertEquals(text.indexOf("at least 36"), ns.get(2).span().start());
    }

    @Property(tries = 200)
    void everyFormattedNumeralParses(@ForAll @IntRange(min = 0, max = 9_999_999) int n) {
        String formatted = String.format(java.util.Locale.US, "%,d", n);   // "1,850" has a comma, so never a year
        NumberMention m = only("Officials said " + formatted + " people were registered.");
        assertEquals(n, m.value());
    }
}
