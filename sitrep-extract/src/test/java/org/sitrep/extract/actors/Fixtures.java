package org.sitrep.extract.actors;

import org.sitrep.model.Article;
import org.sitrep.nlp.OpenNlpModels;
import org.sitrep.nlp.TokenizerAnnotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

/** Shared tokenizer and catalogue for the actor tests (models load once per JVM). */
final class Fixtures {
    private static TokenizerAnnotator tokenizer;

    private Fixtures() {}

    static synchronized TokenizerAnnotator tokenizer() {
        if (tokenizer == null) tokenizer = new TokenizerAnnotator(OpenNlpModels.load());
        return tokenizer;
    }

    static Document tokenized(String id, String text) {
        Article a = new Article(id, null, text, null, null, null, null, null);
        return tokenizer().apply(Document.of(a), new StageContext(id));
    }
}
