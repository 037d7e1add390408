/**
 * The PostgreSQL + PostGIS store: {@link org.sitrep.store.postgres.PostgresEventStore}, the same
 * {@link org.sitrep.store.EventStore} contract as the embedded SQLite store, for teams sharing one database.
 *
 * <p>URL: {@code postgresql://user[:password]@host[:port]/database} (libpq form; port 5432 and database
 * {@code sitrep} by default) or {@code jdbc:postgresql://host:port/database?user=...}. The database must exist;
 * the first open applies the Flyway migrations in {@code org/sitrep/store/postgres/migration} (history table
 * {@code sitrep_schema_history}) and creates the {@code postgis} and {@code unaccent} extensions, which needs a
 * superuser unless an administrator created them beforehand.
 *
 * <p>How the logical schema maps (see {@code V1__init.sql}):
 * <ul>
 *   <li>events keep the full {@code EventJson} as {@code jsonb} plus indexed columns; reading an event parses it,
 *       so both stores return equal events;</li>
 *   <li>coordinates: {@code geog geography(Point,4326)}, generated from latitude/longitude; boxes test
 *       {@code geog::geometry} against envelopes (two across the antimeridian) and then the exact coordinates;
 *       {@link org.sitrep.store.postgres.PostgresEventStore#eventsNear} uses metres on the spheroid;</li>
 *   <li>full text: {@code tsvector} columns with GIN indexes, configuration {@code simple} (no stemming, no stop
 *       words, as SQLite's unicode61) over diacritics-folded text ({@code sitrep_fold}, an IMMUTABLE wrapper of
 *       {@code unaccent}); events index notes, evidence, actors and location, articles their title and text;</li>
 *   <li>case-insensitive filters use {@code lower(col)} expression indexes; identifiers sort by bytes
 *       ({@code COLLATE "C"}), as in SQLite.</li>
 * </ul>
 *
 * <p>Integration tests ({@code PostgresEventStoreIT}, run with {@code -Pit}) use {@code SITREP_PG_URL} or start a
 * throwaway server with {@code scripts/pg-test-server}.
 */
package org.sitrep.store.postgres;
