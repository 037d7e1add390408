package org.sitrep.merge.eval;

import java.util.List;
import java.util.Locale;

/**
 * Scores of "same happening" decisions over article pairs.
 *
 * @param goldPairs   gold same pairs
 * @param tp          pairs the system merges (they share a merged event) that gold calls same
 * @param fp          pairs the system merges that gold calls different (false merges)
 * @param fn          gold same pairs the system keeps apart
 * @param bcubedP     B-cubed precision over the same-happening relation (see {@link SameEventScorer})
 * @param falseMerges the fp pairs, for reading
 * @param missed      the fn pairs, for reading
 */
public record SameEventReport(int articles, int goldPairs, int tp, int fp, int fn, double precision, double recall,
                              double f1, double bcubedP, double bcubedR, double bcubedF1, List<String> falseMerges,
                              List<String> missed) {
    public SameEventReport {
        falseMerges = List.copyOf(falseMerges);
        missed = List.copyOf(missed);
    }

    public String table() {
        return String.format(Locale.ROOT, """
                articles %d, gold same pairs %d
                pairwise  P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)
                B-cubed   P %.3f  R %.3f  F1 %.3f""", articles, goldPairs, precision, recall, f1, tp, fp, fn,
                bcubedP, bcubedR, bcubedF1);
    }

    /** One JSON line, like score.py's summaries. */
    public String json() {
        return String.format(Locale.ROOT, "{\"mode\": \"dedup-fakes\", \"articles\": %d, \"gold_pairs\": %d, \"tp\": %d, "
                + "\"fp\": %d, \"fn\": %d, \"precision\": %.3f, \"recall\": %.3f, \"f1\": %.3f, \"bcubed_precision\": %.3f, "
                + "\"bcubed_recall\": %.3f, \"bcubed_f1\": %.3f}", articles, goldPairs, tp, fp, fn, precision, recall, f1,
                bcubedP, bcubedR, bcubedF1);
    }
}
