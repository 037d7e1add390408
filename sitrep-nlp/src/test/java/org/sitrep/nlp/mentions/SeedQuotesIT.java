package org.sitrep.nlp.mentions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Quote;
import org.sitrep.nlp.TextNorm;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

/**
 * Quotes against the 40 hand-coded seed quotes: share found (span overlap with a direct quote) and share with the
 * right speaker. Reads the shared folder; skipped when it is absent. Run: {@code mvn -pl sitrep-nlp -Pit
 * -Dtest=SeedQuotesIT -Dsurefire.failIfNoSpecifiedTests=false install}, or {@link #main} for the listing.
 */
class SeedQuotesIT {

    record Result(int gold, int found, int speakerCorrect, int produced, int extra, List<String> misses) {
        double foundShare() { return gold == 0 ? 0 : (double) found / gold; }
        double speakerShare() { return gold == 0 ? 0 : (double) speakerCorrect / gold; }
    }

    @Test
    void seedQuotes() {
        Optional<Path> shared = SeedData.shared();
        Assumptions.assumeTrue(shared.isPresent(), "shared seed data not present");
        Result r = measure(shared.get());
        System.out.printf(Locale.ROOT, "seed quotes: %d gold, found %.3f, speaker correct %.3f, extra %d of %d%n",
                r.gold, r.foundShare(), r.speakerShare(), r.extra, r.produced);
        r.misses.forEach(m -> System.out.println("  " + m));
        assertTrue(r.speakerShare() >= 0.85, "speaker accuracy " + r.speakerShare() + " below the 0.85 target");
    }

    public static void main(String[] args) {
        if (args.length > 0) System.setProperty("sitrep.shared", args[0]);
        Result r = measure(SeedData.shared().orElseThrow(() -> new IllegalStateException("no shared folder")));
        System.out.printf(Locale.ROOT, "seed quotes: %d gold, found %d (%.3f), speaker correct %d (%.3f); "
                + "direct quotes produced %d, matching no gold quote %d%n", r.gold, r.found, r.foundShare(),
                r.speakerCorrect, r.speakerShare(), r.produced, r.extra);
        r.misses.forEach(m -> System.out.println("  " + m));
    }

    static Result measure(Path shared) {
        Map<String, Article> articles = SeedData.articles(shared);
        JsonNode gold = SeedData.gold(shared);
        QuoteAnnotator qa = new QuoteAnnotator();
        Map<String, Document> docs = new HashMap<>();
        Map<String, List<int[]>> goldSpans = new HashMap<>();
        int n = 0, found = 0, ok = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode g : gold.get("quotes")) {
            n++;
            String id = SeedData.docId(g.get("doc").asText());
            Article a = articles.get(id);
            if (a == null) { misses.add(g.get("quote_id").asText() + ": article missing"); continue; }
            Document d = docs.computeIfAbsent(id, k -> qa.apply(TestDocs.doc(a.text(), a.published()), new StageContext(k)));
            String gt = g.get("text").asText();
            int at = locate(a.text(), gt);
            if (at < 0) { misses.add(g.get("quote_id").asText() + ": gold text not in article"); continue; }
            goldSpans.computeIfAbsent(id, k -> new ArrayList<>()).add(new int[] {at, at + gt.length()});
            Quote best = null;
            int bestOverlap = 0;
            for (Quote q : d.quotes()) {
                if (!q.direct()) continue;
                int o = Math.min(q.content().end(), at + gt.length()) - Math.max(q.content().start(), at);
                if (o > bestOverlap) { bestOverlap = o; best = q; }
            }
            if (best == null) { misses.add(g.get("quote_id").asText() + ": not found: " + gt); continue; }
            found++;
            String surface = best.speakerSpan() == null ? "" : best.speakerSpan().of(a.text());
            if (sameSpeaker(g.get("speaker").asText(), best.speaker(), surface)) ok++;
            else misses.add(g.get("quote_id").asText() + ": speaker '" + best.speaker() + "' [" + surface
                    + "] vs gold '" + g.get("speaker").asText() + "'");
        }
        int produced = 0, extra = 0;
        for (var e : docs.entrySet()) {
            List<int[]> spans = goldSpans.getOrDefault(e.getKey(), List.of());
            for (Quote q : e.getValue().quotes()) {
                if (!q.direct()) continue;
                produced++;
                boolean hit = spans.stream().anyMatch(g -> q.content().start() < g[1] && g[0] < q.content().end());
                if (!hit) {
                    extra++;
                    misses.add("extra direct quote in " + e.getKey() + ": " + q.content().of(e.getValue().text()));
                }
            }
        }
        return new Result(n, found, ok, produced, extra, misses);
    }

    /**
     * Normalised comparison: the gold speaker (and any parenthesised or comma-separated part of it, minus
     * "presumably"/"continuation"/"unattributed") against our canonical speaker and our surface phrase, each
     * canonicalised by the alias table; people match by last name ("Ryder" ~ "Colonel Patrick Ryder").
     */
    static boolean sameSpeaker(String gold, String ours, String oursSurface) {
        SourceAliases al = SourceAliases.bundled();
        List<String> golds = new ArrayList<>();
        golds.add(gold);
        for (String part : gold.split("[(),]")) {
            String p = part.replaceAll("(?i)\\b(presumably|continuation|unattributed|citing)\\b", "").trim();
            if (!p.isEmpty()) golds.add(p);
        }
        List<String> mine = new ArrayList<>(List.of(ours));
        if (!oursSurface.isEmpty()) mine.add(oursSurface);
        for (String g : golds) {
            for (String m : mine) {
                String cg = key(al.canonical(g)), cm = key(al.canonical(m));
                if (key(g).equals(key(m)) || cg.equals(cm)) return true;
                String[] tg = cg.split(" "), tm = cm.split(" ");
                boolean personish = Character.isUpperCase(g.strip().charAt(0)) && Character.isUpperCase(m.strip().charAt(0));
                if (personish && tg[tg.length - 1].equals(tm[tm.length - 1]) && tg[tg.length - 1].length() > 2) return true;
            }
        }
        return false;
    }

    /** The occurrence of a gold quote that opens right after a quote mark (the same words may occur unquoted). */
    static int locate(String text, String quote) {
        int first = text.indexOf(quote);
        for (int at = first; at >= 0; at = text.indexOf(quote, at + 1)) {
            if (at > 0 && "\"\u201c'\u2018".indexOf(text.charAt(at - 1)) >= 0) return at;
        }
        return first;
    }

    static String key(String s) {
        return TextNorm.norm(s).replaceAll("^(the|a|an|mr|mrs|ms) ", "").replaceAll("[^a-z0-9 ]", "").trim();
    }
}
