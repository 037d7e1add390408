package org.sitrep.merge.eval;

import org.sitrep.merge.EventMerger;
import org.sitrep.model.Event;

import java.nio.file.Path;
import java.util.List;

/**
 * Merges per-article events and scores the merge against a same-happening gold: the library side of
 * {@code sitrep eval dedup-fakes GOLD EVENTS.jsonl}. Also runnable:
 * {@code java -cp ... org.sitrep.merge.eval.SameEventEval GOLD EVENTS.jsonl [--merged] [--lead=CHARS] [--explain]}.
 */
public final class SameEventEval {
    private SameEventEval() {}

    /**
     * @param alreadyMerged true when the file holds merged events (then they are scored as they are)
     */
    public static SameEventReport run(Path gold, Path eventsJsonl, boolean alreadyMerged) {
        return run(gold, eventsJsonl, alreadyMerged, Integer.MAX_VALUE);
    }

    /** @param leadChars only evidence starting before this offset makes an article take part (see SameEventScorer) */
    public static SameEventReport run(Path gold, Path eventsJsonl, boolean alreadyMerged, int leadChars) {
        SameEventGold g = SameEventGold.load(gold);
        List<Event> events = EventsFile.read(eventsJsonl);
        List<Event> merged = alreadyMerged ? events : EventMerger.merge(events);
        return SameEventScorer.score(g, merged, leadChars);
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: SameEventEval GOLD.json EVENTS.jsonl [--merged] [--lead=CHARS] [--explain]");
            System.exit(2);
        }
        List<String> opts = List.of(args).subList(2, args.length);
        int lead = opts.stream().filter(o -> o.startsWith("--lead=")).map(o -> Integer.parseInt(o.substring(7))).findFirst().orElse(Integer.MAX_VALUE);
        SameEventReport r = run(Path.of(args[0]), Path.of(args[1]), opts.contains("--merged"), lead);
        if (opts.contains("--explain")) {
            r.falseMerges().forEach(p -> System.out.println("false merge: " + p));
            r.missed().forEach(p -> System.out.println("missed: " + p));
        }
        System.out.println(r.table());
        System.out.println(r.json());
    }
}
