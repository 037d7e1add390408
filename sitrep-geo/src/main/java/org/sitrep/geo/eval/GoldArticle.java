package org.sitrep.geo.eval;

import java.util.List;

/** One gold article: its text and its place mentions. */
public record GoldArticle(String id, String text, List<GoldToponym> toponyms) {
    public GoldArticle {
        toponyms = List.copyOf(toponyms);
    }
}
