package org.sitrep.merge;

import java.util.Optional;

/**
 * How alike two reports are, field by field, and whether they may be one happening at all.
 *
 * @param blockedBy why they can never be one happening ("same-article", "family", "date", "place",
 *                  "admin1"), or empty when they are compatible
 * @param place     0..1: same gazetteer entry or name 1.0 / 0.9, nearby points less, shared province 0.45,
 *                  country only 0.15
 * @param date      0..1: same day 1.0, decaying within the tolerance of the coarser precision
 * @param type      0..1: {@link TypeCompatibility}: same sub-event type 1.0, accounts of one act 0.8, same event
 *                  type 0.7, attack vs explosion 0.6, same family 0.4
 * @param actors    0..1: agreement of specific actors; 0.5 when nothing can be compared
 * @param numbers   0..1: agreement of fatality figures; 0.5 when one side gives none
 * @param wording   0..1: Jaccard similarity of the evidence content words
 * @param daysApart days between the two dates (-1 when a date is missing)
 * @param total     the weighted sum that is compared with the link threshold
 * @param reportWindow true when the days differ and one report is dated only by its own day (a stamp, a statement,
 *                  the report day) and the other's day lies in the days before it: a later report may tell of it
 * @param singular  both sub-event types are acts a place suffers once (chemical attack, bombing), not campaign acts
 * @param sameToll  the death toll both reports give when it is the same non-zero figure, else 0
 * @param bothCoarse both places are known only to their province or country (geo_precision 3 or 4 for merging)
 * @param copy      0..1: Jaccard similarity of the best-matching pair of evidence sentences (each long enough to
 *                  compare alone), or {@code wording} when a report cites one sentence: wire copy reused by outlets
 *                  (computed only where the wording link can use it; {@code wording} otherwise)
 * @param minToll   the smaller of the two death tolls (0 when one report gives none)
 * @param weekDated the days differ and one report dates the act only to a week (time precision 2, not its own day)
 */
public record PairScore(Optional<String> blockedBy, double place, double date, double type, double actors,
                        double numbers, double wording, long daysApart, double total, boolean reportWindow,
                        boolean singular, int sameToll, boolean bothCoarse, double copy, int minToll, boolean weekDated) {

    static PairScore blocked(String why) {
        return new PairScore(Optional.of(why), 0, 0, 0, 0, 0, 0, -1, 0, false, false, 0, false, 0, 0, false);
    }

    public boolean compatible() { return blockedBy.isEmpty(); }
}
