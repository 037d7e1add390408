/**
 * Storage of articles (with their raw input), events and failures behind one repository interface,
 * {@link org.sitrep.store.EventStore}.
 *
 * <p>Implementations: {@link org.sitrep.store.sqlite.SqliteEventStore} (embedded default, one file, FTS5) and,
 * the PostgreSQL + PostGIS store (org.sitrep.store.postgres). Both must pass {@code EventStoreContract} from this module's test-jar
 * ({@code <type>test-jar</type>}, test scope): extend it and return a fresh empty store from {@code newStore()}.
 *
 * <p>Notes for the PostgreSQL implementation, so both stores agree on the contract:
 * <ul>
 *   <li>Keep the full event as {@code EventJson} text/jsonb plus indexed columns, as the SQLite schema does; reading
 *       an event is parsing that JSON, so both stores return byte-identical events.</li>
 *   <li>Case-insensitive country/iso3/admin1/actor filters: {@code lower(col) = lower(?)} with expression indexes (or
 *       citext). Source is a case-insensitive substring ({@code ILIKE} with % and _ escaped).</li>
 *   <li>Orders: {@code event_date DESC NULLS LAST, event_id DESC} (PostgreSQL puts NULLs first in DESC unless
 *       told); fatalities order adds {@code fatalities DESC} in front.</li>
 *   <li>Full text: words must all occur, "phrases" keep order, {@code word*} is a prefix; map to
 *       {@code to_tsquery('simple', ...)} with {@code <->} and {@code :*}, using the {@code unaccent} extension for
 *       the diacritics folding SQLite's {@code remove_diacritics 2} does. Text covers notes, evidence text, actor
 *       names, location, and the title and text of the article the events were stored for.</li>
 *   <li>Bounding boxes may cross the antimeridian ({@code west > east}); with PostGIS use two envelopes.</li>
 *   <li>{@code putEvents} replaces a document's events in one transaction; event ids are unique store-wide.</li>
 * </ul>
 */
package org.sitrep.store;
