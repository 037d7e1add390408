package org.sitrep.model;

import java.time.LocalDate;

/**
 * A time expression resolved against the article's publication date.
 *
 * @param precision ACLED time_precision: 1 day, 2 within about a week, 3 month
 * @param rule      which resolution rule applied ("weekday-before-published", "explicit-date" …)
 */
public record DateMention(Span span, String text, LocalDate date, int precision, String rule) {
}
