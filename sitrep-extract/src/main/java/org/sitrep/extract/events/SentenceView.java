package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorMention;
import org.sitrep.model.DateMention;
import org.sitrep.model.NumberMention;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Document;

/**
 * One sentence with the mentions that fall inside it, so the rules read a sentence without rescanning layers.
 * Token indexes are document-wide.
 */
record SentenceView(Document doc, Sentence sentence, List<ActorMention> actors, List<PlaceMention> places,
                    List<DateMention> dates, List<NumberMention> numbers) {

    static List<SentenceView> of(Document doc) {
        List<SentenceView> out = new ArrayList<>(doc.sentences().size());
        int a = 0, p = 0, d = 0, n = 0;
        for (Sentence s : doc.sentences()) {
            int start = s.span().start(), end = s.span().end();
            List<ActorMention> as = new ArrayList<>();
            while (a < doc.actors().size() && doc.actors().get(a).span().start() < end) {
                if (doc.actors().get(a).span().start() >= start) as.add(doc.actors().get(a));
                a++;
            }
            List<PlaceMention> ps = new ArrayList<>();
            while (p < doc.places().size() && doc.places().get(p).span().start() < end) {
                if (doc.places().get(p).span().start() >= start) ps.add(doc.places().get(p));
                p++;
            }
            List<DateMention> ds = new ArrayList<>();
            while (d < doc.dates().size() && doc.dates().get(d).span().start() < end) {
                if (doc.dates().get(d).span().start() >= start) ds.add(doc.dates().get(d));
                d++;
            }
            List<NumberMention> ns = new ArrayList<>();
            while (n < doc.numbers().size() && doc.numbers().get(n).span().start() < end) {
                if (doc.numbers().get(n).span().start() >= start) ns.add(doc.numbers().get(n));
                n++;
            }
            out.add(new SentenceView(doc, s, as, ps, ds, ns));
        }
        return out;
    }

    List<Token> tokens() { return doc.tokensOf(sentence); }

    int first() { return sentence.firstToken(); }

    int end() { return sentence.endToken(); }

    Token token(int docIndex) { return doc.tokens().get(docIndex); }

    String norm(int docIndex) { return doc.tokens().get(docIndex).norm(); }

    /** Document token index of the first token starting at or after a character offset (end() if none). */
    int tokenAt(int charOffset) {
        for (int i = first(); i < end(); i++) if (doc.tokens().get(i).end() > charOffset) return i;
        return end();
    }

    boolean hasWord(java.util.Set<String> words) {
        for (int i = first(); i < end(); i++) if (words.contains(norm(i))) return true;
        return false;
    }

    boolean hasStem(String... stems) {
        for (int i = first(); i < end(); i++) {
            String t = norm(i);
            for (String s : stems) if (t.startsWith(s)) return true;
        }
        return false;
    }

    String text() { return sentence.span().of(doc.text()); }
}
