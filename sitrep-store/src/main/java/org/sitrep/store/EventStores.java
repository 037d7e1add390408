package org.sitrep.store;

import java.nio.file.Path;
import org.sitrep.store.postgres.PostgresEventStore;
import org.sitrep.store.sqlite.SqliteEventStore;

/** Opens the store a user names: a PostgreSQL URL, else a path to an embedded SQLite file. */
public final class EventStores {
    private EventStores() {}

    public static EventStore open(String spec) {
        String s = spec.strip();
        if (s.startsWith("postgresql://") || s.startsWith("postgres://") || s.startsWith("jdbc:postgresql:")) {
            return PostgresEventStore.open(s);
        }
        return SqliteEventStore.open(Path.of(s));
    }
}
