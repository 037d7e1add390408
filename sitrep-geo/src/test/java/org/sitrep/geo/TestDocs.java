package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Document;

/** Builds tokenised documents for tests with a regex tokenizer (the real one lives in sitrep-nlp). */
public final class TestDocs {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}]*|\\p{N}+|[^\\s\\p{L}\\p{N}]");

    private TestDocs() {}

    public static Document doc(String text) { return doc("test", text); }

    private static PlaceAnnotator defaultAnnotator;

    /**
     * One annotator over the bundled gazetteer for all the test classes of a run (it holds no state between
     * documents): loading the index once instead of once per class.
     */
    public static synchronized PlaceAnnotator defaultAnnotator() {
        if (defaultAnnotator == null) defaultAnnotator = new PlaceAnnotator(Gazetteer.loadDefault());
        return defaultAnnotator;
    }

    /** The first mention spelt so in what the annotator finds in the text; fails naming what it found instead. */
    public static org.sitrep.model.PlaceMention mention(PlaceAnnotator annotator, String text, String mention) {
        return named(annotator.annotate(doc(text)), mention);
    }

    /** As {@link #mention}, and read as some place: fails naming the mention that is unresolved. */
    public static org.sitrep.model.PlaceMention resolved(PlaceAnnotator annotator, String text, String mention) {
        org.sitrep.model.PlaceMention m = mention(annotator, text, mention);
        if (m.place() == null) throw new AssertionError(mention + " unresolved: " + m);
        return m;
    }

    /** The first of these mentions spelt so; fails naming the mentions there are instead. */
    public static org.sitrep.model.PlaceMention named(List<org.sitrep.model.PlaceMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms));
    }

    /** Is some mention spelt so among these read as a place that {@code where} accepts? */
    public static boolean readAs(List<org.sitrep.model.PlaceMention> ms, String text,
                                 java.util.function.Predicate<org.sitrep.model.GeoPlace> where) {
        return ms.stream().anyMatch(m -> m.text().equals(text) && m.place() != null && where.test(m.place()));
    }

    /** Is some mention spelt so among these? */
    public static boolean found(List<org.sitrep.model.PlaceMention> ms, String text) {
        return ms.stream().anyMatch(m -> m.text().equals(text));
    }

    public static Document doc(String id, String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            tokens.add(new Token(m.start(), m.end(), t, NameNormalizer.fold(t).toLowerCase(Locale.ROOT), null));
        }
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean end = t.equals(".") || t.equals("!") || t.equals("?");
            // "Mt. Pleasant", "St. Louis": an abbreviation's full stop ends no sentence
            if (end && t.equals(".") && i > 0 && Set.of("Mt", "St", "Ste", "Ft", "Pt", "Mr", "Mrs", "Ms", "Dr").contains(tokens.get(i - 1).text())) end = false;
            // "Terry A. Corbin": an initial's full stop ends no sentence (as in the evaluation tokenizer)
            if (end && t.equals(".") && i > 0 && tokens.get(i - 1).text().length() == 1
                    && Character.isUpperCase(tokens.get(i - 1).text().charAt(0))) end = false;
            if (end && (i + 1 == tokens.size() || Character.isUpperCase(tokens.get(i + 1).text().charAt(0))
                    || tokens.get(i + 1).text().equals("\""))) {
                sentences.add(new Sentence(sentences.size(), new Span(tokens.get(first).start(), tokens.get(i).end()), first, i + 1));
                first = i + 1;
            }
        }
        if (first < tokens.size()) {
            sentences.add(new Sentence(sentences.size(), new Span(tokens.get(first).start(), tokens.get(tokens.size() - 1).end()),
                    first, tokens.size()));
        }
        Article a = new Article(id, null, text, null, null, null, null, null);
        return Document.of(a).withTokensAndSentences(tokens, sentences);
    }
}
