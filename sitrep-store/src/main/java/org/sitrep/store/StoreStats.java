package org.sitrep.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Size and span of a store.
 *
 * @param location      where the store lives (file path or JDBC URL without credentials)
 * @param schemaVersion the highest applied migration
 */
public record StoreStats(String location, int schemaVersion, long articles, long rawInputs, long events,
                         long failures, Optional<LocalDate> firstEventDate, Optional<LocalDate> lastEventDate) {
}
