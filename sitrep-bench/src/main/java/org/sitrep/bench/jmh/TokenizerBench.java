package org.sitrep.bench.jmh;

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
import org.sitrep.model.Article;
import org.sitrep.nlp.OpenNlpModels;
import org.sitrep.nlp.TokenizerAnnotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

/** Sentence splitting and tokenisation (OpenNLP models plus sitrep's line and slash rules), one article per call. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1500m")
public class TokenizerBench {
    private TokenizerAnnotator tokenizer;
    private List<Article> articles;
    private int next;

    @Setup public void setUp() {
        tokenizer = new TokenizerAnnotator(OpenNlpModels.load());
        articles = BenchCorpus.articles();
    }

    /** Average time to tokenise one corpus article (cycling through the corpus). */
    @Benchmark public Document tokenizeArticle() {
        Article a = articles.get(next++ % articles.size());
        return tokenizer.apply(Document.of(a), new StageContext(a.id()));
    }
}
