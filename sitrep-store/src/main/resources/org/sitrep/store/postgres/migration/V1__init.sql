-- sitrep PostgreSQL store, schema 1: the same logical schema as the embedded SQLite store (raw input by content
-- hash, articles, events as full JSON plus the columns the filters need, full text, failures), with PostGIS for
-- places and tsvector/GIN for text. Applied by Flyway; never edit an applied migration, add V2__... instead.
--
-- Extensions: creating them needs a superuser (or a database owner for the trusted unaccent). On a shared server
-- ask an administrator to run, once per database:  CREATE EXTENSION postgis; CREATE EXTENSION unaccent SCHEMA public;

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;

-- Diacritics folding for search ("café" is found by "cafe"), the equivalent of SQLite's remove_diacritics.
-- unaccent() is only STABLE (its dictionary could be changed); this wrapper names the dictionary explicitly and is
-- declared IMMUTABLE so generated columns and indexes may use it. Schema-qualified so it also works while a
-- dump is restored with an empty search_path.
CREATE FUNCTION sitrep_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, t) $$;

-- Raw input records, kept before processing so any run can be replayed. Keyed by SHA-256 of the record.
CREATE TABLE raw_input (
    content_hash text COLLATE "C" PRIMARY KEY,
    raw          text NOT NULL,
    stored_at    timestamptz NOT NULL DEFAULT now()
);

-- Identifiers sort by their bytes (COLLATE "C"), as in SQLite, so both stores page in the same order.
CREATE TABLE articles (
    id           text COLLATE "C" PRIMARY KEY,
    content_hash text NOT NULL,
    title        text,
    text         text NOT NULL,
    published    date,
    source       text,
    url          text,
    origin       text,
    stored_at    timestamptz NOT NULL DEFAULT now(),
    fts          tsvector GENERATED ALWAYS AS (
                     to_tsvector('simple', sitrep_fold(coalesce(title, '')))
                     || to_tsvector('simple', sitrep_fold(text))) STORED
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_fts ON articles USING gin (fts);

-- fts is computed by the store from notes, evidence text, actor names and location (evidence and actors are
-- lists inside the JSON). geog is derived from latitude/longitude; out-of-range coordinates give no point.
CREATE TABLE events (
    event_id       text COLLATE "C" PRIMARY KEY,
    put_doc_id     text COLLATE "C" NOT NULL,   -- the document whose putEvents call stored it
    doc_id         text,
    event_date     date,
    disorder_type  text,
    event_type     text,
    sub_event_type text,
    actor1         text,
    actor2         text,
    country        text,
    iso3           text,
    admin1         text,
    admin2         text,
    location       text,
    latitude       double precision,
    longitude      double precision,
    geog           geography(Point, 4326) GENERATED ALWAYS AS (
                       CASE WHEN latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180
                            THEN ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography END) STORED,
    fatalities     integer NOT NULL,
    source         text,
    disputed       boolean NOT NULL,
    confidence     double precision NOT NULL,
    fts            tsvector NOT NULL,
    json           jsonb NOT NULL
);
CREATE INDEX events_put_doc ON events (put_doc_id);
-- one index per sort direction: a DESC NULLS LAST index read backwards gives ASC NULLS FIRST, not ASC NULLS LAST
CREATE INDEX events_date_desc ON events (event_date DESC NULLS LAST, event_id DESC);
CREATE INDEX events_date_asc ON events (event_date ASC NULLS LAST, event_id ASC);
CREATE INDEX events_fatalities ON events (fatalities DESC, event_date DESC NULLS LAST, event_id DESC);
CREATE INDEX events_type_date ON events (event_type, event_date DESC NULLS LAST, event_id DESC);
CREATE INDEX events_sub_type_date ON events (sub_event_type, event_date DESC NULLS LAST, event_id DESC);
CREATE INDEX events_country ON events (lower(country));
CREATE INDEX events_iso3 ON events (lower(iso3));
CREATE INDEX events_admin1 ON events (lower(admin1));
CREATE INDEX events_actor1 ON events (lower(actor1));
CREATE INDEX events_actor2 ON events (lower(actor2));
CREATE INDEX events_disputed ON events (disputed) WHERE disputed;
-- boxes are tested on the planar geometry (edges along parallels and meridians, as a map draws them);
-- distances use the geography (metres on the spheroid)
CREATE INDEX events_geom ON events USING gist ((geog::geometry));
CREATE INDEX events_geog ON events USING gist (geog);
CREATE INDEX events_fts ON events USING gin (fts);

-- Quarantine: inputs or stages that failed. One row per distinct (origin, stage, reason); the key is a digest
-- because reasons can exceed what a b-tree entry may hold.
CREATE TABLE failures (
    pk         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin     text NOT NULL,
    stage      text NOT NULL,
    reason     text NOT NULL,
    key        text GENERATED ALWAYS AS (md5(origin || E'\x1f' || stage || E'\x1f' || reason)) STORED UNIQUE,
    first_seen timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    times      integer NOT NULL DEFAULT 1
);
