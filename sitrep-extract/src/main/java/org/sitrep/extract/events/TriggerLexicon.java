package org.sitrep.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Token patterns that signal events (resource {@code triggers.tsv}; its header documents the syntax). Patterns are
 * indexed by their first element, so matching costs one hash probe per token plus the few stem patterns.
 */
public final class TriggerLexicon {
    /** One pattern element: alternatives, each an exact word or a stem (ending in '*'); or a gap of up to N tokens. */
    record Element(String[] words, boolean[] stems, int gap) {
        boolean matches(String norm) {
            for (int i = 0; i < words.length; i++) {
                if (stems[i] ? norm.startsWith(words[i]) : norm.equals(words[i])) return true;
            }
            return false;
        }
    }

    record Pattern(String source, Element[] elements, TriggerClass type) {}

    private final Map<String, List<Pattern>> byFirstWord = new HashMap<>();
    private final Map<String, List<Pattern>> byFirstStem2 = new HashMap<>();
    private final int size;

    private TriggerLexicon(List<Pattern> patterns) {
        for (Pattern p : patterns) {
            Element first = p.elements()[0];
            for (int i = 0; i < first.words().length; i++) {
                String w = first.words()[i];
                if (first.stems()[i]) {
                    byFirstStem2.computeIfAbsent(w.substring(0, Math.min(2, w.length())), k -> new ArrayList<>()).add(p);
                } else {
                    byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
                }
            }
        }
        this.size = patterns.size();
    }

    public static TriggerLexicon loadDefault() {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream("triggers.tsv")) {
            if (in == null) throw new IllegalStateException("resource triggers.tsv is missing from sitrep-extract");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "triggers.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the lexicon text; errors name the line, so a bad edit is found at start-up. */
    public static TriggerLexicon parse(String text, String name) {
        List<Pattern> out = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 2) throw new IllegalArgumentException(name + ":" + lineNo + ": expected 'pattern<TAB>class'");
                TriggerClass type;
                try {
                    type = TriggerClass.valueOf(cols[1].trim());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": unknown trigger class '" + cols[1] + "'", e);
                }
                out.add(new Pattern(cols[0].trim(), elements(cols[0].trim(), name, lineNo), type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TriggerLexicon(out);
    }

    private static Element[] elements(String pattern, String name, int lineNo) {
        String[] parts = pattern.split("\\s+");
        Element[] els = new Element[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.startsWith("~")) {
                if (i == 0 || i == parts.length - 1) throw new IllegalArgumentException(name + ":" + lineNo + ": a gap cannot start or end a pattern");
                els[i] = new Element(new String[0], new boolean[0], Integer.parseInt(p.substring(1)));
                continue;
            }
            String[] alts = p.split("\\|");
            boolean[] stems = new boolean[alts.length];
            for (int k = 0; k < alts.length; k++) {
                stems[k] = alts[k].endsWith("*");
                if (stems[k]) alts[k] = alts[k].substring(0, alts[k].length() - 1);
                if (alts[k].isEmpty()) throw new IllegalArgumentException(name + ":" + lineNo + ": empty word in '" + p + "'");
            }
            els[i] = new Element(alts, stems, 0);
        }
        return els;
    }

    public int size() { return size; }

    /** All non-overlapping triggers in tokens [from, to), longest match first at each position. */
    public List<TriggerMatch> find(List<Token> tokens, int from, int to) {
        List<TriggerMatch> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            String norm = tokens.get(i).norm();
            int bestEnd = -1;
            Pattern best = null;
            List<Pattern> exact = byFirstWord.get(norm);
            if (exact != null) for (Pattern p : exact) {
                int end = match(p, tokens, i, to);
                if (end > bestEnd) { bestEnd = end; best = p; }
            }
            if (norm.length() >= 2) {
                List<Pattern> stem = byFirstStem2.get(norm.substring(0, 2));
                if (stem != null) for (Pattern p : stem) {
                    int end = match(p, tokens, i, to);
                    if (end > bestEnd) { bestEnd = end; best = p; }
                }
            }
            if (best != null) {
                out.add(new TriggerMatch(i, bestEnd, new Span(tokens.get(i).start(), tokens.get(bestEnd - 1).end()), best.type(), best.source()));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    /** End index (exclusive) of a match of p starting at token i, or -1. Gaps match lazily (shortest first). */
    private static int match(Pattern p, List<Token> tokens, int i, int to) {
        return match(p.elements(), 0, tokens, i, to);
    }

    private static int match(Element[] els, int e, List<Token> tokens, int i, int to) {
        if (e == els.length) return i;
        Element el = els[e];
        if (el.gap() > 0) {
            for (int skip = 0; skip <= el.gap() && i + skip < to; skip++) {
                int end = match(els, e + 1, tokens, i + skip, to);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (i >= to || !el.matches(tokens.get(i).norm())) return -1;
        return match(els, e + 1, tokens, i + 1, to);
    }
}
