package org.sitrep.merge;

/**
 * The tunable part of merging, with documented defaults ({@link #defaults()}). Every threshold here is a rule
 * stated in the module README; the defaults were set on the FA-KES same-event gold and checked on the seeds.
 *
 * @param wordingLink        evidence of two reports sharing at least this share of content words (Jaccard) is
 *                           wire copy reused by several outlets: a link rule of its own ({@link Similarity})
 * @param townDistanceKm     two differently named towns farther apart than this are different places (never fused)
 * @param nearDistanceKm     a place given as "near"/part of a region (geo_precision 2) is compatible with places
 *                           up to this far
 * @param admin1DistanceKm   places in different admin1 units are fused only when closer than this (border towns)
 * @param dayTolerance       reports of the same specific place whose day-precise dates differ by at most this many
 *                           days may still be one happening (dateline and time-zone slack); 0 forbids it
 * @param weekToleranceDays  date tolerance when a date is only known to the week (time_precision 2)
 * @param monthToleranceDays date tolerance when a date is only known to the month (time_precision 3)
 * @param casualtyDisputeRatio fatality figures that differ by this factor or more (and by {@code casualtyDisputeMin}
 *                           deaths or more) are a dispute, not a routine toll update
 * @param casualtyDisputeMin see {@code casualtyDisputeRatio}
 */
public record MergePolicy(double wordingLink, double townDistanceKm, double nearDistanceKm,
                          double admin1DistanceKm, int dayTolerance, int weekToleranceDays, int monthToleranceDays,
                          double casualtyDisputeRatio, int casualtyDisputeMin) {

    public MergePolicy {
        if (wordingLink <= 0 || wordingLink > 1) throw new IllegalArgumentException("wordingLink must be in (0, 1], got " + wordingLink);
        if (townDistanceKm < 0 || nearDistanceKm < townDistanceKm || admin1DistanceKm < 0) throw new IllegalArgumentException("distances must be >= 0, and nearDistanceKm >= townDistanceKm");
        if (dayTolerance < 0 || dayTolerance > 3) throw new IllegalArgumentException("dayTolerance must be 0..3 days, got " + dayTolerance);
        if (weekToleranceDays < dayTolerance || monthToleranceDays < weekToleranceDays) {
            throw new IllegalArgumentException("date tolerances must grow with imprecision: day " + dayTolerance
                    + " <= week " + weekToleranceDays + " <= month " + monthToleranceDays);
        }
        if (casualtyDisputeRatio < 1) throw new IllegalArgumentException("casualtyDisputeRatio must be >= 1, got " + casualtyDisputeRatio);
    }

    public static MergePolicy defaults() {
        return new MergePolicy(0.35, 3.0, 15.0, 25.0, 1, 7, 31, 2.0, 5);
    }

    public MergePolicy withWordingLink(double t) {
        return new MergePolicy(t, townDistanceKm, nearDistanceKm, admin1DistanceKm, dayTolerance, weekToleranceDays,
                monthToleranceDays, casualtyDisputeRatio, casualtyDisputeMin);
    }

    public MergePolicy withDayTolerance(int days) {
        return new MergePolicy(wordingLink, townDistanceKm, nearDistanceKm, admin1DistanceKm, days, weekToleranceDays,
                monthToleranceDays, casualtyDisputeRatio, casualtyDisputeMin);
    }

    /** Largest date difference (days) at which two reports with these time precisions may still be linked. */
    public int dateTolerance(Integer precisionA, Integer precisionB) {
        int p = Math.max(precisionA == null ? 1 : precisionA, precisionB == null ? 1 : precisionB);
        return switch (p) {
            case 1 -> dayTolerance;
            case 2 -> weekToleranceDays;
            default -> monthToleranceDays;
        };
    }
}
