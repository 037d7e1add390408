package org.sitrep.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models (UD EWT 1.3, from Maven Central), loaded from the classpath once. Models are
 * thread-safe; the ME classes that use them are not, so annotators keep one per thread.
 */
public final class OpenNlpModels {
    private static final String SENT = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOK = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final SentenceModel sentences;
    private final TokenizerModel tokens;

    private OpenNlpModels(SentenceModel sentences, TokenizerModel tokens) {
        this.sentences = sentences;
        this.tokens = tokens;
    }

    /** Loads the sentence and token models (about 0.3 s). */
    public static OpenNlpModels load() {
        try (InputStream s = open(SENT); InputStream t = open(TOK)) {
            return new OpenNlpModels(new SentenceModel(s), new TokenizerModel(t));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP models bundled with sitrep-nlp", e);
        }
    }

    public SentenceModel sentenceModel() { return sentences; }

    public TokenizerModel tokenizerModel() { return tokens; }

    private static InputStream open(String resource) throws IOException {
        InputStream in = OpenNlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the classpath; is org.apache.opennlp:opennlp-models-*-en a dependency?");
        }
        return in;
    }
}
