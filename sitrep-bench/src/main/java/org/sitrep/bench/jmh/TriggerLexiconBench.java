package org.sitrep.bench.jmh;

import java.util.ArrayList;
import java.util.List;
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
import org.sitrep.extract.events.TriggerLexicon;
import org.sitrep.extract.events.TriggerMatch;
import org.sitrep.model.Article;
import org.sitrep.model.Token;
import org.sitrep.nlp.OpenNlpModels;
import org.sitrep.nlp.TokenizerAnnotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

/** Event trigger matching over all tokens of one article (hash probe per token, stem patterns, gaps). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1500m")
public class TriggerLexiconBench {
    private TriggerLexicon lexicon;
    private List<List<Token>> tokens;
    private int next;

    @Setup public void setUp() {
        lexicon = TriggerLexicon.loadDefault();
        TokenizerAnnotator tk = new TokenizerAnnotator(OpenNlpModels.load());
        tokens = new ArrayList<>();
        for (Article a : BenchCorpus.articles()) tokens.add(tk.apply(Document.of(a), new StageContext(a.id())).tokens());
    }

    @Benchmark public List<TriggerMatch> triggersOfArticle() {
        List<Token> ts = tokens.get(next++ % tokens.size());
        return lexicon.find(ts, 0, ts.size());
    }
}
