package org.sitrep.nlp.mentions;

import java.nio.file.Path;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

/** Prints the numbers, dates and quotes found in the seed articles, for eyeballing: {@code MentionsDump [shared]}. */
public final class MentionsDump {
    private MentionsDump() {}

    public static void main(String[] args) {
        if (args.length > 0) System.setProperty("sitrep.shared", args[0]);
        Path shared = SeedData.shared().orElseThrow(() -> new IllegalStateException("no shared folder; pass its path"));
        NumberAnnotator numbers = new NumberAnnotator();
        DateAnnotator dates = new DateAnnotator();
        QuoteAnnotator quotes = new QuoteAnnotator();
        for (Article a : SeedData.articles(shared).values()) {
            StageContext ctx = new StageContext(a.id());
            Document d = TestDocs.TOKENIZER.apply(Document.of(a), ctx);
            d = quotes.apply(dates.apply(numbers.apply(d, ctx), ctx), ctx);
            System.out.println("=== " + a.id() + " published " + a.published());
            d.numbers().forEach(n -> System.out.println("  N " + n.value() + (n.approximate() ? "~" : "") + "  [" + n.text() + "]"));
            d.dates().forEach(n -> System.out.println("  D " + n.date() + " p" + n.precision() + " " + n.rule() + "  [" + n.text() + "]"));
            for (var q : d.quotes()) {
                String c = q.content().of(a.text());
                System.out.println("  Q " + (q.direct() ? "direct " : "reported ") + q.speaker() + " <- ["
                        + (q.speakerSpan() == null ? "-" : q.speakerSpan().of(a.text())) + "]  "
                        + (c.length() > 90 ? c.substring(0, 90) + "..." : c));
            }
        }
    }
}
