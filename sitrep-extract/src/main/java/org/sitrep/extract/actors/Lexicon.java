package org.sitrep.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.actors.Words.Word;

/** A word trie from aliases to senses, with the case rule each alias carries. Read-only once built. */
final class Lexicon {
    /** How a word of an alias must be written in the text. */
    enum CaseRule {
        ANY,
        /** An acronym written in capitals ("IS", "US"): the text must have no lower-case letter. */
        UPPER,
        /** A single capitalised name ("Wagner", "Turkey"): the text must start with a capital. */
        CAPITAL,
        /** An event word that is also a proper noun when capitalised ("march" vs "March"). */
        LOWER
    }

    /** One alias: its written form, its case rules per word and its meaning. */
    record Entry(String alias, CaseRule[] rules, Sense sense) {
        boolean accepts(List<Word> words, int from) {
            for (int k = 0; k < rules.length; k++) {
                String s = words.get(from + k).surface();
                switch (rules[k]) {
                    case ANY -> { }
                    case UPPER -> { if (hasLower(s)) return false; }
                    case CAPITAL -> { if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return false; }
                    case LOWER -> { if (hasUpper(s)) return false; }
                }
            }
            return true;
        }
    }

    /** The longest accepted match at a position: its length in words and the entries that end there. */
    record Hit(int length, List<Entry> entries) {}

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Entry> entries = List.of();
    }

    private final Node root = new Node();
    private int size;

    int size() { return size; }

    /**
     * Adds an alias. {@code rule} is the case rule for its capitalised words: named and country aliases pass
     * CAPITAL for single-word names, generic ones ANY; all-capital words always become UPPER.
     */
    void add(String alias, Sense sense, CaseRule wordRule) {
        List<Word> words = Words.ofAlias(alias);
        if (words.isEmpty()) throw new IllegalArgumentException("alias without words: '" + alias + "'");
        CaseRule[] rules = new CaseRule[words.size()];
        Node n = root;
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            rules[k] = ruleFor(w.surface(), wordRule, words.size());
            n = n.next.computeIfAbsent(w.norm(), x -> new Node());
        }
        for (Entry e : n.entries) {
            if (e.sense().equals(sense) && java.util.Arrays.equals(e.rules(), rules)) return;
        }
        List<Entry> l = new ArrayList<>(n.entries);
        l.add(new Entry(alias, rules, sense));
        n.entries = List.copyOf(l);
        size++;
    }

    private static CaseRule ruleFor(String surface, CaseRule wordRule, int aliasWords) {
        boolean letters = false;
        for (int i = 0; i < surface.length(); i++) letters |= Character.isLetter(surface.charAt(i));
        if (letters && !hasLower(surface) && surface.length() <= 6 && !surface.equals("'S")) return CaseRule.UPPER;
        if (wordRule == CaseRule.LOWER) return CaseRule.LOWER;
        if (wordRule == CaseRule.CAPITAL && aliasWords == 1 && !surface.isEmpty()
                && Character.isUpperCase(surface.charAt(0))) {
            return CaseRule.CAPITAL;
        }
        return CaseRule.ANY;
    }

    /** Longest alias starting at {@code from} whose case rules the text satisfies; null when none. */
    Hit longest(List<Word> words, int from) {
        Node n = root;
        Hit best = null;
        for (int i = from; i < words.size(); i++) {
            n = n.next.get(words.get(i).norm());
            if (n == null) break;
            if (!n.entries.isEmpty()) {
                List<Entry> ok = null;
                for (Entry e : n.entries) {
                    if (e.accepts(words, from)) {
                        if (ok == null) ok = new ArrayList<>(2);
                        ok.add(e);
                    }
                }
                if (ok != null) best = new Hit(i - from + 1, ok);
            }
        }
        return best;
    }

    private static boolean hasLower(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLowerCase(s.charAt(i))) return true;
        return false;
    }

    private static boolean hasUpper(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return true;
        return false;
    }
}
