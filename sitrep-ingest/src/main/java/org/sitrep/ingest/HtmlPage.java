package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HtmlExtractor} found in a page.
 *
 * @param body      main text with its map back to the HTML source
 * @param title     og:title, twitter:title, JSON-LD headline, &lt;title&gt; or the first &lt;h1&gt;, in that order
 * @param published article:published_time, itemprop/JSON-LD datePublished, a date meta tag, &lt;time datetime&gt;,
 *                  or a dateline at the start of the text, in that order
 * @param siteName  og:site_name (the outlet)
 * @param url       link rel=canonical or og:url
 */
public record HtmlPage(HtmlText body, Optional<String> title, Optional<LocalDate> published,
                       Optional<String> siteName, Optional<String> url) {
    public HtmlPage {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(url, "url");
    }
}
