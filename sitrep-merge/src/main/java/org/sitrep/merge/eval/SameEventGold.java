package org.sitrep.merge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A same-happening gold: the articles judged, and groups of article ids that report one happening
 * ({@code eval-data/fakes-same-event/groups.json}, README there). A group's {@code status} is {@code same}
 * (its {@code articles} report one happening: every pair is a gold "same") or {@code related} (overlapping
 * accounts such as a two-week campaign and one day of it: every pair is neutral). A same group's {@code neutral}
 * articles mention the happening besides their main story: their pairs with the group are neutral too.
 * Every other pair of judged articles is a gold "different".
 */
public record SameEventGold(Set<String> articles, List<Group> groups) {

    public record Group(String id, boolean same, List<String> articles, List<String> neutral) {
        public Group {
            articles = List.copyOf(articles);
            neutral = List.copyOf(neutral);
        }
    }

    public SameEventGold {
        articles = Set.copyOf(articles);
        groups = List.copyOf(groups);
        for (Group g : groups) {
            for (String a : g.articles()) if (!articles.contains(a)) throw new IllegalArgumentException("gold group " + g.id() + " names article " + a + ", which is not in the gold's article list");
            for (String a : g.neutral()) if (!articles.contains(a)) throw new IllegalArgumentException("gold group " + g.id() + " names neutral article " + a + ", which is not in the gold's article list");
        }
    }

    public static SameEventGold load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("same-event gold not found: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read same-event gold " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("articles").isArray() || !root.path("groups").isArray()) {
            throw new IllegalArgumentException(file + ": a same-event gold is a JSON object with 'articles' (ids) and 'groups'");
        }
        Set<String> articles = new LinkedHashSet<>();
        root.get("articles").forEach(n -> articles.add(n.asText()));
        List<Group> groups = new ArrayList<>();
        for (JsonNode g : root.get("groups")) {
            String id = g.path("id").asText("?");
            String status = g.path("status").asText("same");
            if (!status.equals("same") && !status.equals("related")) {
                throw new IllegalArgumentException(file + ": group " + id + " has status '" + status + "'; use 'same' or 'related'");
            }
            groups.add(new Group(id, status.equals("same"), texts(g.path("articles")), texts(g.path("neutral"))));
        }
        return new SameEventGold(articles, groups);
    }

    private static List<String> texts(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr.isArray()) arr.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Gold "same" pairs (a &lt; b). */
    public Set<Pair> samePairs() {
        Set<Pair> out = new HashSet<>();
        for (Group g : groups) if (g.same()) addPairs(g.articles(), g.articles(), out);
        return out;
    }

    /** Pairs neither credited nor penalised. */
    public Set<Pair> neutralPairs() {
        Set<Pair> out = new HashSet<>();
        for (Group g : groups) {
            List<String> all = new ArrayList<>(g.articles());
            all.addAll(g.neutral());
            if (g.same()) addPairs(g.neutral(), all, out);
            else addPairs(all, all, out);
        }
        out.removeAll(samePairs());
        return out;
    }

    private static void addPairs(List<String> xs, List<String> ys, Set<Pair> out) {
        for (String x : xs) for (String y : ys) if (!x.equals(y)) out.add(Pair.of(x, y));
    }

    /** An unordered pair of article ids, stored smaller first. */
    public record Pair(String a, String b) {
        public static Pair of(String x, String y) {
            return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
        }

        @Override
        public String toString() { return a + " + " + b; }
    }
}
