package org.sitrep.nlp.mentions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateMention;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

/**
 * For each hand-coded seed event: can some DateMention inside its evidence sentences produce its event_date?
 * Also reported: the share when the report day (publication date) is allowed as a fallback for evidence with no
 * date expression (rule D3), and how often the precision agrees. Skipped when the shared folder is absent.
 */
class SeedDatesIT {

    record Result(int events, int fromMention, int withFallback, int precisionAgrees, List<String> misses) {}

    @Test
    void seedEventDates() {
        Optional<Path> shared = SeedData.shared();
        Assumptions.assumeTrue(shared.isPresent(), "shared seed data not present");
        Result r = measure(shared.get());
        print(r);
        assertTrue(r.withFallback() >= 0.8 * r.events(), "event dates reachable for too few seed events");
    }

    public static void main(String[] args) {
        if (args.length > 0) System.setProperty("sitrep.shared", args[0]);
        print(measure(SeedData.shared().orElseThrow(() -> new IllegalStateException("no shared folder"))));
    }

    static void print(Result r) {
        System.out.printf(Locale.ROOT, "seed event dates: %d events; from a DateMention in the evidence %d (%.3f); "
                        + "with report-day fallback %d (%.3f); precision agrees %d%n", r.events, r.fromMention,
                (double) r.fromMention / r.events, r.withFallback, (double) r.withFallback / r.events, r.precisionAgrees);
        r.misses.forEach(m -> System.out.println("  " + m));
    }

    static Result measure(Path shared) {
        Map<String, Article> articles = SeedData.articles(shared);
        JsonNode gold = SeedData.gold(shared);
        DateAnnotator da = new DateAnnotator();
        Map<String, Document> docs = new HashMap<>();
        int n = 0, hit = 0, fb = 0, prec = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode e : gold.get("events")) {
            n++;
            String id = SeedData.docId(e.get("doc").asText());
            Article a = articles.get(id);
            if (a == null) { misses.add(e.get("event_id").asText() + ": article missing"); continue; }
            Document d = docs.computeIfAbsent(id, k -> da.apply(TestDocs.doc(a.text(), a.published()), new StageContext(k)));
            LocalDate want = LocalDate.parse(e.get("event_date").asText());
            int wantPrecision = e.path("date_precision").asInt(e.path("time_precision").asInt(1));
            List<DateMention> inEvidence = new ArrayList<>();
            for (String ev : SeedData.texts(e.get("evidence"))) {
                int at = a.text().indexOf(ev);
                if (at < 0) continue;
                for (DateMention m : d.dates()) {
                    if (m.span().start() >= at && m.span().end() <= at + ev.length()) inEvidence.add(m);
                }
            }
            Optional<DateMention> match = inEvidence.stream().filter(m -> m.date().equals(want)).findFirst();
            if (match.isPresent()) {
                hit++;
                fb++;
                if (match.get().precision() == wantPrecision) prec++;
            } else if (inEvidence.stream().noneMatch(m -> !DateAnnotator.isBackground(m, a.published()))
                    && want.equals(a.published())) {
                fb++;
                if (wantPrecision == 2) prec++;
                misses.add(e.get("event_id").asText() + ": no date expression in evidence; report day used");
            } else {
                misses.add(e.get("event_id").asText() + ": want " + want + " p" + wantPrecision + ", evidence has "
                        + inEvidence.stream().map(m -> m.date() + "/" + m.rule() + "[" + m.text() + "]").toList());
            }
        }
        return new Result(n, hit, fb, prec, misses);
    }
}
