package org.sitrep.cli.merge;

import org.sitrep.merge.ClaimIndex;
import org.sitrep.merge.ClaimQuery;
import org.sitrep.merge.ClaimRecord;
import org.sitrep.merge.eval.EventsFile;
import org.sitrep.model.Stance;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.sqlite.SqliteEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sitrep claims --by "Russian defence ministry" --where Idlib --from 2015-10-01 --to 2015-10-31 [--store DB]}:
 * who said what, from the store (or an events file).
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Who said what: claims by speaker, place and date, from the store or an events file.")
public final class ClaimsCommand implements Callable<Integer> {
    @Option(names = "--by", paramLabel = "SPEAKER", description = "speaker, e.g. \"Russian defence ministry\" (all its words must match)")
    String by;

    @Option(names = "--where", paramLabel = "PLACE", description = "location, province or country of the event (spelling-tolerant)")
    String where;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first event date")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last event date")
    String to;

    @Option(names = "--stance", paramLabel = "STANCE", description = "asserts, disputes or denies")
    String stance;

    @Option(names = "--store", paramLabel = "DB", description = "embedded store (default: " + "sitrep-data/sitrep.db" + ")")
    Path store;

    @Option(names = "--events", paramLabel = "FILE.jsonl", description = "read events from this file instead of the store")
    Path events;

    @Option(names = "--limit", description = "at most this many claims (default 200)")
    int limit = 200;

    @Option(names = "--json", description = "one JSON object per claim instead of a table")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate f = date(from, "--from"), t = date(to, "--to");
        ClaimQuery q = ClaimQuery.all().withBy(by).withWhere(where).withDates(f, t).withStance(stance(stance)).withLimit(limit);
        ClaimIndex index = new ClaimIndex();
        if (events != null) {
            EventsFile.read(events).forEach(index::add);
        } else {
            Path db = store != null ? store : SqliteEventStore.DEFAULT_PATH;
            if (!Files.exists(db)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + db
                        + ": run `sitrep extract ... --store " + db + "` first, or give --events FILE.jsonl");
            }
            try (EventStore s = SqliteEventStore.open(db)) {
                s.forEachEvent(EventQuery.all().withDates(f, t), index::add);
            }
        }
        List<ClaimRecord> rows = index.find(q);
        var out = spec.commandLine().getOut();
        if (json) {
            for (ClaimRecord r : rows) out.println(toJson(r));
        } else {
            out.printf(Locale.ROOT, "%-10s  %-36s  %-8s  %-24s  %-20s  %s%n", "date", "speaker", "stance", "place", "event", "article [span]: detail");
            for (ClaimRecord r : rows) {
                out.printf(Locale.ROOT, "%-10s  %-36s  %-8s  %-24s  %-20s  %s [%d,%d)%s%n", r.eventDate(), cut(r.speaker(), 36),
                        r.stance().json(), cut(place(r), 24), r.eventId(), r.docId(), r.start(), r.end(),
                        r.detail() == null ? "" : ": " + r.detail());
            }
            out.printf(Locale.ROOT, "%d claims (of %d indexed)%n", rows.size(), index.size());
        }
        return 0;
    }

    private LocalDate date(String s, String option) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a date like 2015-10-01, got '" + s + "'");
        }
    }

    private Stance stance(String s) {
        if (s == null) return null;
        for (Stance v : Stance.values()) if (v.json().equalsIgnoreCase(s.strip())) return v;
        throw new CommandLine.ParameterException(spec.commandLine(), "--stance must be asserts, disputes or denies, got '" + s + "'");
    }

    private static String place(ClaimRecord r) {
        if (r.location() == null) return r.country() == null ? "" : r.country();
        return r.admin1() == null || r.admin1().equals(r.location()) ? r.location() : r.location() + ", " + r.admin1();
    }

    private static String cut(String s, int n) {
        if (s == null) return "";
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String toJson(ClaimRecord r) {
        var m = new com.fasterxml.jackson.databind.ObjectMapper();
        var n = m.createObjectNode();
        n.put("event_id", r.eventId()).put("by", r.speaker()).put("stance", r.stance().json()).put("doc_id", r.docId())
                .put("start", r.start()).put("end", r.end()).put("detail", r.detail())
                .put("event_date", r.eventDate() == null ? null : r.eventDate().toString()).put("location", r.location())
                .put("admin1", r.admin1()).put("country", r.country()).put("sub_event_type", r.subEventType().label())
                .put("disputed", r.disputed());
        return n.toString();
    }
}
