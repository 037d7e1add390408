package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates from structured fields (JSONL {@code published}, HTML metadata). */
final class PublishedDates {
    private PublishedDates() {}

    private static final Pattern LEADING_ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|[T ]\\d)");

    /**
     * An ISO date ({@code 2015-10-12}) or date-time ({@code 2015-10-12T08:30}, with optional seconds, fraction
     * and {@code Z}/offset; a space instead of 'T' is accepted). The date is the calendar day as written, i.e. in
     * the publisher's own offset, not converted to UTC.
     */
    static Optional<LocalDate> parseIso(String value) {
        String s = value.strip();
        try {
            if (s.length() == 10) return Optional.of(LocalDate.parse(s));
            String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            try {
                return Optional.of(OffsetDateTime.parse(t).toLocalDate());
            } catch (DateTimeParseException notOffset) {
                return Optional.of(LocalDateTime.parse(t).toLocalDate());
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A date from page metadata, where formats vary more: ISO as above, anything that starts with a valid
     * {@code yyyy-MM-dd} followed by a time, RFC 1123 ({@code Mon, 12 Oct 2015 08:30:00 GMT}), or a written date.
     */
    static Optional<LocalDate> parseMeta(String value) {
        String s = value.strip();
        if (s.isEmpty()) return Optional.empty();
        Optional<LocalDate> iso = parseIso(s);
        if (iso.isPresent()) return iso;
        Matcher m = LEADING_ISO_DATE.matcher(s);
        if (m.find()) {
            try {
                return Optional.of(LocalDate.parse(m.group(1)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            return Datelines.parseWholeDate(s);
        }
    }
}
