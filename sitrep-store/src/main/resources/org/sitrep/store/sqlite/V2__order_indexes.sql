-- Sort orders break ties by event_id in the same direction as the date (newest first: id descending), so these
-- indexes serve "ORDER BY ... LIMIT n" by scanning, without sorting every matching row.
DROP INDEX events_fatalities;
CREATE INDEX events_fatalities ON events (fatalities, event_date, event_id);
DROP INDEX events_type_date;
CREATE INDEX events_type_date ON events (event_type, event_date, event_id);
DROP INDEX events_sub_type_date;
CREATE INDEX events_sub_type_date ON events (sub_event_type, event_date, event_id);
