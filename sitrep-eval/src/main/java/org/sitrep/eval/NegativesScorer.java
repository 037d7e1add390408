package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.eval.NegativesReport.Item;
import org.sitrep.eval.NegativesReport.RuleCount;
import org.sitrep.eval.py.EvalInputException;
import org.sitrep.eval.py.Py;
import org.sitrep.eval.py.PyJson;

/**
 * Hard negatives: the false-event rate on snippets that report no conflict event (plans, threats, denials,
 * negated or hypothetical events, background, diplomacy, disasters, ordinary crime), with positives mixed in so
 * that emitting nothing does not score well.
 *
 * <p>Snippet file (JSON Lines, itself a valid extraction input): {@code id}, {@code text}, {@code published},
 * {@code expect_events} (bool), {@code rule}; positives also carry the expected {@code event_type} and
 * {@code sub_event_type}. A negative fails if any event names it; a positive counts as typed correctly when its
 * highest-confidence event has the expected sub-event type.
 */
public final class NegativesScorer {
    private NegativesScorer() {}

    /** Class-path location of the bundled dev set. */
    public static final String BUNDLED = "/org/sitrep/eval/hard-negatives.jsonl";

    /** Copies the bundled snippets to a temporary file (for extraction and scoring); the caller deletes it. */
    public static Path bundledSnippets() throws IOException {
        Path tmp = Files.createTempFile("sitrep-hard-negatives", ".jsonl");
        try (InputStream in = NegativesScorer.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IOException("bundled snippets missing from the class path: " + BUNDLED);
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        return tmp;
    }

    /** A labelled snippet. */
    public record Snippet(String id, String text, String published, boolean expectEvents, String rule,
                          String eventType, String subEventType) {}

    public static List<Snippet> read(Path snippetsJsonl) throws IOException {
        List<Snippet> out = new ArrayList<>();
        for (PyJson.Line l : PyJson.loadLines(snippetsJsonl)) {
            String where = snippetsJsonl + " line " + l.number();
            if (!(l.value() instanceof Map<?, ?> m)) throw new EvalInputException(where + ": expected a JSON object");
            if (!(m.get("id") != null && m.get("text") instanceof String text && m.get("expect_events") instanceof Boolean expect)) {
                throw new EvalInputException(where + ": a snippet needs \"id\", \"text\" and a boolean \"expect_events\"");
            }
            String sub = m.get("sub_event_type") instanceof String s ? s : null;
            if (expect && sub == null) throw new EvalInputException(where + ": a positive snippet needs \"sub_event_type\"");
            out.add(new Snippet(Py.str(m.get("id")), text, m.get("published") instanceof String p ? p : null, expect,
                    m.get("rule") instanceof String r ? r : "unlabelled",
                    m.get("event_type") instanceof String t ? t : null, sub));
        }
        if (out.isEmpty()) throw new EvalInputException(snippetsJsonl + ": no snippets");
        return out;
    }

    public static NegativesReport score(Path snippetsJsonl, Path systemJsonl) throws IOException {
        List<Snippet> snippets = read(snippetsJsonl);
        SystemEvents system = SystemEvents.load(systemJsonl);
        int neg = 0, negHit = 0, negEvents = 0, pos = 0, posHit = 0, posTyped = 0;
        Map<String, int[]> byRule = new TreeMap<>();
        List<Item> falseEvents = new ArrayList<>();
        List<Item> missedPositives = new ArrayList<>();
        for (Snippet s : snippets) {
            List<SystemEvents.Event> ev = system.forDoc(s.id());
            List<String> found = new ArrayList<>();
            for (SystemEvents.Event e : ev) {
                found.add(SeedScorer.str(e.get("event_type")) + " / " + SeedScorer.str(e.get("sub_event_type"))
                        + (e.evidenceTexts().isEmpty() ? "" : "  \"" + e.evidenceTexts().get(0) + "\""));
            }
            if (!s.expectEvents()) {
                neg++;
                int[] c = byRule.computeIfAbsent(s.rule(), k -> new int[2]);
                c[0]++;
                if (!ev.isEmpty()) {
                    negHit++;
                    negEvents += ev.size();
                    c[1]++;
                    falseEvents.add(new Item(s.id(), s.rule(), s.text(), "no event", found));
                }
            } else {
                pos++;
                if (!ev.isEmpty()) posHit++;
                Object top = ev.isEmpty() ? null : top(ev).get("sub_event_type");
                if (Py.eq(top, s.subEventType())) posTyped++;
                else missedPositives.add(new Item(s.id(), s.rule(), s.text(), s.subEventType(), found));
            }
        }
        List<RuleCount> rules = new ArrayList<>();
        byRule.forEach((r, c) -> rules.add(new RuleCount(r, c[0], c[1])));
        return new NegativesReport(snippets.size(), neg, pos, ratio(negHit, neg), ratio(negEvents, neg), ratio(posHit, pos),
                ratio(posTyped, pos), rules, falseEvents, missedPositives);
    }

    private static SystemEvents.Event top(List<SystemEvents.Event> ev) {
        SystemEvents.Event best = ev.get(0);
        for (SystemEvents.Event e : ev) if (AcledScorer.confidence(e) > AcledScorer.confidence(best)) best = e;
        return best;
    }

    private static double ratio(int a, int n) {
        return n == 0 ? 0.0 : Py.round((double) a / n, 3);
    }
}
