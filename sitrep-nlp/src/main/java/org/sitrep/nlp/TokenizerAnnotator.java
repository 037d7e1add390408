package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.StageContext;

/**
 * Sentences and tokens with OpenNLP's statistical models. Line breaks are hard sentence boundaries first, because
 * news text puts headlines, datelines and photo captions on lines of their own without final punctuation.
 */
public final class TokenizerAnnotator implements Annotator {
    private final OpenNlpModels models;
    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<TokenizerME> tokenizer;

    public TokenizerAnnotator(OpenNlpModels models) {
        this.models = models;
        this.sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentenceModel()));
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokenizerModel()));
    }

    @Override public String name() { return "nlp.tokenize"; }

    @Override public Set<Layer> requires() { return EnumSet.noneOf(Layer.class); }

    @Override public Set<Layer> provides() { return EnumSet.of(Layer.TOKENS, Layer.SENTENCES); }

    @Override public Document apply(Document doc, StageContext ctx) {
        String text = doc.text();
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        List<Sentence> sentences = new ArrayList<>(text.length() / 100);
        SentenceDetectorME sd = sentenceDetector.get();
        TokenizerME tk = tokenizer.get();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (opennlp.tools.util.Span s : sd.sentPosDetect(line)) {
                    int sStart = lineStart + s.getStart();
                    String sentText = text.substring(sStart, lineStart + s.getEnd());
                    int first = tokens.size();
                    for (opennlp.tools.util.Span t : tk.tokenizePos(sentText)) {
                        addToken(tokens, text, sStart + t.getStart(), sStart + t.getEnd());
                    }
                    if (tokens.size() > first) {
                        Span span = new Span(tokens.get(first).start(), tokens.getLast().end());
                        sentences.add(new Sentence(sentences.size(), span, first, tokens.size()));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return doc.withTokensAndSentences(tokens, sentences);
    }

    /**
     * Splits words joined by slashes ("projectiles/explosions", "Donetsk/Luhansk") so each can match a lexicon;
     * leaves numbers ("10/12/2015") and addresses alone.
     */
    private static void addToken(List<Token> out, String text, int start, int end) {
        String t = text.substring(start, end);
        int slash = t.indexOf('/');
        if (slash > 0 && slash < t.length() - 1 && Character.isLetter(t.charAt(slash - 1)) && Character.isLetter(t.charAt(slash + 1))
                && !t.contains("://") && !t.startsWith("www")) {
            int s0 = start;
            for (int i = start; i <= end; i++) {
                if (i == end || text.charAt(i) == '/') {
                    if (i > s0) out.add(token(text, s0, i));
                    if (i < end) out.add(token(text, i, i + 1));
                    s0 = i + 1;
                }
            }
            return;
        }
        // the model sometimes cuts "Mogadishu-Hodan" as "Mogadishu-" + "Hodan" and "Athens-Central" as "Athens" +
        // "-Central" (while it splits "al-Bahsa" at the hyphen): a word with a hyphen glued to it would match no
        // lexicon or gazetteer name, so the hyphen becomes a token of its own
        if (end - start > 2 && t.charAt(t.length() - 1) == '-' && Character.isLetter(t.charAt(t.length() - 2))) {
            out.add(token(text, start, end - 1));
            out.add(token(text, end - 1, end));
            return;
        }
        // "Donetsk-Kirovskyi", "Zolote-5": a town and its district or numbered part, glued by a hyphen (the model
        // splits "Mogadishu-Hodan" but not these); the town alone is in a gazetteer, the compound seldom is.
        // "Guinea-Bissau", "Al-Shabaab" (a lower-case article first) and "Port-au-Prince" are matched as wholes
        // over the three tokens just the same
        int dash = t.indexOf('-');
        if (dash >= 3 && dash < t.length() - 1 && t.indexOf('-', dash + 1) < 0 && Character.isUpperCase(t.charAt(0))
                && t.chars().limit(dash).allMatch(Character::isLetter) && !t.substring(0, dash).equals(t.substring(0, dash).toUpperCase(java.util.Locale.ROOT))
                && (Character.isUpperCase(t.charAt(dash + 1)) || t.substring(dash + 1).chars().allMatch(Character::isDigit))) {
            out.add(token(text, start, start + dash));
            out.add(token(text, start + dash, start + dash + 1));
            out.add(token(text, start + dash + 1, end));
            return;
        }
        if (end - start > 2 && t.charAt(0) == '-' && Character.isUpperCase(t.charAt(1))) {
            out.add(token(text, start, start + 1));
            out.add(token(text, start + 1, end));
            return;
        }
        out.add(new Token(start, end, t, TextNorm.norm(t), null));
    }

    private static Token token(String text, int start, int end) {
        String t = text.substring(start, end);
        return new Token(start, end, t, TextNorm.norm(t), null);
    }
}
