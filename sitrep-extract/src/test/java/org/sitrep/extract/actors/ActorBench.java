package org.sitrep.extract.actors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.pipeline.Document;

/**
 * Speed of the actor layer alone (tokenization excluded): tokens per second of ActorAnnotator over the ACLED
 * notes dev set, or over the given text files. Run:
 * {@code java -cp <test classpath> org.sitrep.extract.actors.ActorBench [../shared/eval/acled-notes-dev/gold.csv]}
 */
public final class ActorBench {
    private ActorBench() {}

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args.length > 0 ? args[0] : "../shared/eval/acled-notes-dev/gold.csv");
        if (!Files.isRegularFile(gold)) {
            System.err.println("no input at " + gold + "; pass the path of an ACLED-style CSV with a notes column");
            System.exit(2);
        }
        List<Document> docs = new ArrayList<>();
        long tokens = 0;
        int i = 0;
        for (Map<String, String> r : AcledNotesActorRecallIT.Csv.read(gold)) {
            Document d = Fixtures.tokenized("b" + i++, r.get("notes"));
            docs.add(d);
            tokens += d.tokens().size();
        }
        ActorAnnotator annotator = new ActorAnnotator();
        long mentions = 0;
        for (int round = 0; round < 3; round++) for (Document d : docs) mentions += annotator.mentions(d, null).size();
        int rounds = 10;
        long t0 = System.nanoTime();
        for (int round = 0; round < rounds; round++) for (Document d : docs) mentions += annotator.mentions(d, null).size();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "actor layer: %d docs, %d tokens x %d rounds in %.2f s = %.0f tokens/s, %.0f docs/s (%d mentions)%n",
                docs.size(), tokens, rounds, s, tokens * rounds / s, docs.size() * rounds / s, mentions);
    }
}
