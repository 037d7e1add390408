package org.sitrep.geo.eval;

import java.util.List;

/** One gold article: its text, its address where the gold gives one (else null), and its place mentions. */
public record GoldArticle(String id, String text, String url, List<GoldToponym> toponyms) {
    public GoldArticle {
        toponyms = List.copyOf(toponyms);
    }
}
