package org.sitrep.geo.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.NameNormalizer;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Document;

/**
 * A regex tokenizer and sentence splitter, enough for place finding in evaluation and the stand-alone
 * 'places' command. The extraction pipeline uses sitrep-nlp's tokenizer instead.
 */
public final class SimpleTokenizer {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}]*|\\p{N}+|[^\\s\\p{L}\\p{N}]");

    /** Abbreviations written with a full stop before a name. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Mt", "St", "Ste", "Ft", "Pt", "Mr", "Mrs", "Ms", "Dr");

    private SimpleTokenizer() {}

    public static Document tokenize(Article article) {
        String text = article.text();
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            tokens.add(new Token(m.start(), m.end(), t, NameNormalizer.fold(t), null));
        }
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            String t = tok.text();
            boolean newline = i + 1 < tokens.size() && text.substring(tok.end(), tokens.get(i + 1).start()).contains("\n");
            boolean end = (t.equals(".") || t.equals("!") || t.equals("?"))
                    && (i + 1 == tokens.size() || !Character.isLowerCase(tokens.get(i + 1).text().charAt(0)))
                    && !(i > 0 && tokens.get(i - 1).text().length() == 1 && Character.isUpperCase(tokens.get(i - 1).text().charAt(0)))
                    // "Mt. Pleasant", "St. Louis", "Dr. Smith": the full stop of an abbreviation ends no sentence
                    && !(t.equals(".") && i > 0 && ABBREVIATIONS.contains(tokens.get(i - 1).text()));
            if (end || newline) {
                sentences.add(new Sentence(sentences.size(), new Span(tokens.get(first).start(), tok.end()), first, i + 1));
                first = i + 1;
            }
        }
        if (first < tokens.size()) {
            sentences.add(new Sentence(sentences.size(),
                    new Span(tokens.get(first).start(), tokens.get(tokens.size() - 1).end()), first, tokens.size()));
        }
        return Document.of(article).withTokensAndSentences(tokens, sentences);
    }
}
