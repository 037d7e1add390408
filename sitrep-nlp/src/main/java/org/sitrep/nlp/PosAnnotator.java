package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import opennlp.tools.postag.POSTaggerME;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.StageContext;

/**
 * Universal POS tags from OpenNLP, only on the sentences a predicate selects (trigger-first: tagging every
 * sentence of every article costs more than the rest of the pipeline together).
 */
public final class PosAnnotator implements Annotator {
    private final ThreadLocal<POSTaggerME> tagger;
    private final BiPredicate<Document, Sentence> select;

    public PosAnnotator(OpenNlpModels models, BiPredicate<Document, Sentence> select) {
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(models.posModel()));
        this.select = select;
    }

    @Override public String name() { return "nlp.pos"; }

    @Override public Set<Layer> requires() { return EnumSet.of(Layer.TOKENS, Layer.SENTENCES); }

    @Override public Set<Layer> provides() { return EnumSet.of(Layer.POS); }

    @Override public Document apply(Document doc, StageContext ctx) {
        List<Token> tokens = new ArrayList<>(doc.tokens());
        POSTaggerME tg = tagger.get();
        for (Sentence s : doc.sentences()) {
            if (!select.test(doc, s)) continue;
            String[] words = new String[s.tokenCount()];
            for (int i = 0; i < words.length; i++) words[i] = tokens.get(s.firstToken() + i).text();
            String[] tags = tg.tag(words);
            for (int i = 0; i < tags.length; i++) {
                int k = s.firstToken() + i;
                tokens.set(k, tokens.get(k).withPos(tags[i]));
            }
        }
        return doc.withTaggedTokens(tokens);
    }
}
