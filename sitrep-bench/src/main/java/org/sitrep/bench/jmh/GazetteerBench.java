package org.sitrep.bench.jmh;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.model.Article;
import org.sitrep.model.Token;
import org.sitrep.nlp.OpenNlpModels;
import org.sitrep.nlp.TokenizerAnnotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

/**
 * Gazetteer lookups: a single name (exact and transliteration-skeleton variants, sorted best first) for the
 * capitalised words and word pairs of the corpus, hits and misses as they come; and the whole place stage on one
 * tokenised article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1500m")
public class GazetteerBench {
    private Gazetteer gazetteer;
    private PlaceAnnotator places;
    private String[] names;
    private List<Document> tokenised;
    private int nextName;
    private int nextDoc;

    @Setup public void setUp() {
        gazetteer = Gazetteer.loadDefault();
        places = new PlaceAnnotator(gazetteer);
        TokenizerAnnotator tk = new TokenizerAnnotator(OpenNlpModels.load());
        tokenised = new ArrayList<>();
        Set<String> candidates = new LinkedHashSet<>();
        for (Article a : BenchCorpus.articles()) {
            Document d = tk.apply(Document.of(a), new StageContext(a.id()));
            tokenised.add(d);
            List<Token> ts = d.tokens();
            for (int i = 0; i < ts.size(); i++) {
                if (!ts.get(i).capitalized()) continue;
                candidates.add(ts.get(i).text());
                if (i + 1 < ts.size() && ts.get(i + 1).capitalized()) candidates.add(ts.get(i).text() + " " + ts.get(i + 1).text());
            }
        }
        names = candidates.toArray(String[]::new);
    }

    /** One candidate name looked up (fold, exact index, skeleton index, ranking). */
    @Benchmark public List<Gazetteer.Match> matchName() {
        return gazetteer.match(names[nextName++ % names.length]);
    }

    /** The whole place stage (find mentions, look up, disambiguate) on one tokenised article. */
    @Benchmark public Object placesOfArticle() {
        Document d = tokenised.get(nextDoc++ % tokenised.size());
        return places.annotate(d);
    }
}
