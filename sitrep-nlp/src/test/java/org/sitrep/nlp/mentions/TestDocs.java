package org.sitrep.nlp.mentions;

import java.time.LocalDate;
import org.sitrep.model.Article;
import org.sitrep.nlp.OpenNlpModels;
import org.sitrep.nlp.TokenizerAnnotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.StageContext;

/** Tokenized test documents (the OpenNLP models load once per test JVM). */
final class TestDocs {
    static final TokenizerAnnotator TOKENIZER = new TokenizerAnnotator(OpenNlpModels.load());

    private TestDocs() {}

    static Document doc(String text, LocalDate published) {
        Article a = new Article("t", null, text, published, null, null, null, null);
        return TOKENIZER.apply(Document.of(a), new StageContext("t"));
    }

    static Document doc(String text) { return doc(text, null); }
}
