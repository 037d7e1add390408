-- sitrep embedded store, schema 1.
-- Statements end with ';' at the end of a line (the migration runner splits there); no triggers, so no ';'
-- inside bodies. Dates are ISO-8601 text (sorts as dates). Event rows hold the full event JSON (EventJson) plus
-- the columns the filters need.

-- Raw input records, kept before processing so any run can be replayed. Keyed by SHA-256 of the record.
CREATE TABLE raw_input (
    content_hash TEXT PRIMARY KEY,
    raw          TEXT NOT NULL,
    stored_at    TEXT NOT NULL
) WITHOUT ROWID;

-- pk is an explicit INTEGER PRIMARY KEY so the full-text rowids that point at it survive VACUUM.
CREATE TABLE articles (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title        TEXT,
    text         TEXT NOT NULL,
    published    TEXT,
    source       TEXT,
    url          TEXT,
    origin       TEXT,
    stored_at    TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);

CREATE TABLE events (
    pk             INTEGER PRIMARY KEY,
    event_id       TEXT NOT NULL UNIQUE,
    put_doc_id     TEXT NOT NULL,            -- the document whose putEvents call stored it
    doc_id         TEXT,
    event_date     TEXT,
    disorder_type  TEXT,
    event_type     TEXT,
    sub_event_type TEXT,
    actor1         TEXT COLLATE NOCASE,
    actor2         TEXT COLLATE NOCASE,
    country        TEXT COLLATE NOCASE,
    iso3           TEXT COLLATE NOCASE,
    admin1         TEXT COLLATE NOCASE,
    admin2         TEXT,
    location       TEXT,
    latitude       REAL,
    longitude      REAL,
    fatalities     INTEGER NOT NULL,
    source         TEXT,
    disputed       INTEGER NOT NULL,
    confidence     REAL NOT NULL,
    json           TEXT NOT NULL
);
CREATE INDEX events_put_doc ON events (put_doc_id);
CREATE INDEX events_date ON events (event_date, event_id);
CREATE INDEX events_type_date ON events (event_type, event_date);
CREATE INDEX events_sub_type_date ON events (sub_event_type, event_date);
CREATE INDEX events_country_admin1 ON events (country, admin1);
CREATE INDEX events_iso3 ON events (iso3);
CREATE INDEX events_admin1 ON events (admin1);
CREATE INDEX events_actor1 ON events (actor1);
CREATE INDEX events_actor2 ON events (actor2);
CREATE INDEX events_lat_lon ON events (latitude, longitude);
CREATE INDEX events_fatalities ON events (fatalities, event_date);
CREATE INDEX events_disputed ON events (disputed) WHERE disputed = 1;

-- Full text. rowid = events.pk / articles.pk; kept in step by the store in the same transaction as the rows.
CREATE VIRTUAL TABLE events_fts USING fts5 (
    notes, evidence, actors, location,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Quarantine: inputs or stages that failed. One row per distinct (origin, stage, reason).
CREATE TABLE failures (
    pk         INTEGER PRIMARY KEY,
    origin     TEXT NOT NULL,
    stage      TEXT NOT NULL,
    reason     TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    times      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (origin, stage, reason)
);
