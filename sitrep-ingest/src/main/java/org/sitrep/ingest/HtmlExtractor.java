package org.sitrep.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Main text and metadata of a web page, with jsoup. Boilerplate is removed (script, style, nav, aside, forms,
 * header, footer), then the main container is chosen: the largest &lt;article&gt;, else &lt;main&gt;, else the
 * body. Text keeps paragraph structure: blocks are separated by a blank line, list items and &lt;br&gt; by a line
 * break, whitespace inside a block collapses to one space, &lt;pre&gt; is kept as written.
 *
 * <p>A &lt;header&gt; inside an &lt;article&gt; is kept: in HTML5 it is the article's own header and holds its
 * headline, which later stages want to cite with offsets into this text.
 */
public final class HtmlExtractor {
    private HtmlExtractor() {}

    /** Smallest amount of text for an &lt;article&gt; or &lt;main&gt; to count as the page's main content. */
    static final int MIN_MAIN_CHARS = 140;

    private static final String ALWAYS_BOILERPLATE = "script, style, noscript, template, nav, aside, form, iframe, "
            + "svg, button, select, textarea, object, embed, canvas, dialog, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]";

    private static final Set<String> PARAGRAPH_BLOCKS = Set.of("address", "article", "blockquote", "body",
            "details", "div", "dl", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "main", "ol", "p", "pre", "section", "summary", "table", "ul", "caption", "center");
    private static final Set<String> LINE_BLOCKS = Set.of("li", "dt", "dd", "tr", "br", "option", "legend");
    private static final Set<String> CELLS = Set.of("td", "th");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Extracts main text and metadata from a whole page. Never throws for malformed HTML (jsoup repairs it). */
    public static HtmlPage extract(String html) {
        Document doc = parse(html);
        Optional<String> title = title(doc);
        Optional<LocalDate> metaDate = publishedFromMetadata(doc);
        Optional<String> siteName = firstMeta(doc, "meta[property=og:site_name]", "meta[name=og:site_name]")
                .or(() -> jsonLdText(doc, "publisher", "name"));
        Optional<String> url = canonicalUrl(doc);

        doc.select(ALWAYS_BOILERPLATE).remove();
        doc.select("footer").remove();
        for (Element header : doc.select("header")) {
            if (header.closest("article") == null) header.remove();
        }
        HtmlText body = textOf(mainContainer(doc), html);
        Optional<LocalDate> published = metaDate.or(() -> Datelines.atStart(body.text()));
        return new HtmlPage(body, title, published, siteName, url);
    }

    /**
     * The HTML source string of a page's raw bytes, decoded exactly as the file reader does (BOM, valid UTF-8,
     * the declared {@code <meta charset>}, else windows-1252): the string that {@link HtmlText#sourceOffsets()}
     * index. Empty when the bytes are binary. Lets a highlighter rebuild offsets from raw input kept by hash.
     */
    public static Optional<String> decode(byte[] rawBytes) {
        return HtmlFileReader.decode(rawBytes);
    }

    /**
     * Plain text of an HTML fragment (a feed entry's description): tags and script/style removed, entities
     * decoded, paragraphs kept. Offsets index {@code htmlFragment}.
     */
    public static HtmlText fragmentText(String htmlFragment) {
        Document doc = parse(htmlFragment);
        doc.select(ALWAYS_BOILERPLATE).remove();
        return textOf(doc.body(), htmlFragment);
    }

    private static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    private static Element mainContainer(Document doc) {
        Optional<Element> article = largest(doc.select("article"));
        if (article.isPresent() && article.get().text().length() >= MIN_MAIN_CHARS) return article.get();
        Optional<Element> main = largest(doc.select("main, [role=main]"));
        if (main.isPresent() && main.get().text().length() >= MIN_MAIN_CHARS) return main.get();
        return doc.body();
    }

    private static Optional<Element> largest(Elements candidates) {
        Element best = null;
        int bestLength = -1;
        for (Element e : candidates) {
            int length = e.text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return Optional.ofNullable(best);
    }

    // ---------------------------------------------------------------- metadata

    private static Optional<String> title(Document doc) {
        return firstMeta(doc, "meta[property=og:title]", "meta[name=og:title]", "meta[name=twitter:title]",
                        "meta[property=twitter:title]")
                .or(() -> jsonLdText(doc, "headline"))
                .or(() -> nonBlank(doc.title()))
                .or(() -> Optional.ofNullable(doc.selectFirst("h1")).flatMap(h -> nonBlank(h.text())));
    }

    private static Optional<LocalDate> publishedFromMetadata(Document doc) {
        List<String> candidates = new ArrayList<>();
        for (String query : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[property=og:published_time]", "meta[itemprop=datePublished]")) {
            for (Element e : doc.select(query)) candidates.add(e.attr("content"));
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            candidates.add(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
        }
        jsonLdText(doc, "datePublished").ifPresent(candidates::add);
        for (Element e : doc.select("meta[name~=(?i)^(date|pubdate|publishdate|publish[-_]date|dc\\.date"
                + "|dc\\.date\\.issued|dcterms\\.date|dcterms\\.issued|dcterms\\.created|sailthru\\.date"
                + "|parsely-pub-date|original-publish-date)$]")) {
            candidates.add(e.attr("content"));
        }
        for (String query : List.of("time[pubdate][datetime]", "article time[datetime]", "main time[datetime]",
                "time[datetime]")) {
            Element e = doc.selectFirst(query);
            if (e != null) candidates.add(e.attr("datetime"));
        }
        for (String candidate : candidates) {
            Optional<LocalDate> date = PublishedDates.parseMeta(candidate);
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    private static Optional<String> canonicalUrl(Document doc) {
        return firstMeta(doc, "link[rel=canonical]", "meta[property=og:url]", "meta[name=og:url]")
                .filter(u -> u.regionMatches(true, 0, "http", 0, 4));
    }

    /** The first non-blank {@code content} (meta) or {@code href} (link) among the queries, in query order. */
    private static Optional<String> firstMeta(Document doc, String... queries) {
        for (String query : queries) {
            for (Element e : doc.select(query)) {
                Optional<String> value = nonBlank(e.hasAttr("content") ? e.attr("content") : e.attr("href"));
                if (value.isPresent()) return value;
            }
        }
        return Optional.empty();
    }

    /** A text value at {@code path} in the page's JSON-LD blocks (searching nested objects, arrays and @graph). */
    private static Optional<String> jsonLdText(Document doc, String... path) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JacksonException e) {
                continue; // malformed JSON-LD is common on real pages; other metadata sources still apply
            }
            Optional<String> found = findPath(root, path, 0);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private static Optional<String> findPath(JsonNode node, String[] path, int depth) {
        if (node == null || depth > 6) return Optional.empty();
        if (node.isArray()) {
            for (JsonNode child : node) {
                Optional<String> found = findPath(child, path, depth + 1);
                if (found.isPresent()) return found;
            }
            return Optional.empty();
        }
        if (!node.isObject()) return Optional.empty();
        JsonNode value = node;
        for (String key : path) {
            value = value.get(key);
            if (value == null) break;
        }
        if (value != null && value.isTextual()) return nonBlank(value.asText());
        return findPath(node.get("@graph"), path, depth + 1);
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    // ---------------------------------------------------------------- text with offsets

    private static HtmlText textOf(Element root, String html) {
        TextBuilder builder = new TextBuilder(html);
        root.traverse(builder);
        return builder.build();
    }

    /** Walks the DOM, writing text and, per character, the source position it came from. */
    private static final class TextBuilder implements NodeVisitor {
        private static final int NONE = 0;
        private static final int SPACE = 1;
        private static final int LINE = 2;
        private static final int PARAGRAPH = 3;

        private final String html;
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[256];
        private int pending = NONE;
        /** Source of a pending collapsed-whitespace space; -1 to use the next character's source. */
        private int pendingSource = -1;
        private int lastSource;

        TextBuilder(String html) { this.html = html; }

        @Override public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode);
            } else if (node instanceof Element element) {
                request(breakFor(element.normalName()));
            }
        }

        @Override public void tail(Node node, int depth) {
            if (node instanceof Element element) request(breakFor(element.normalName()));
        }

        private static int breakFor(String tag) {
            if (PARAGRAPH_BLOCKS.contains(tag)) return PARAGRAPH;
            if (LINE_BLOCKS.contains(tag)) return LINE;
            if (CELLS.contains(tag)) return SPACE;
            return NONE;
        }

        private void request(int level) {
            if (level > pending) {
                pending = level;
                pendingSource = -1;
            }
        }

        private void appendText(TextNode node) {
            String decoded = node.getWholeText();
            if (decoded.isEmpty()) return;
            boolean preformatted = insidePre(node);
            var range = node.sourceRange();
            if (!range.isTracked() || range.endPos() > html.length() || range.startPos() < 0) {
                // Text the parser made up (not from the source): give it the last known position.
                for (int j = 0; j < decoded.length(); j++) emit(decoded.charAt(j), lastSource, preformatted);
                return;
            }
            align(decoded, range.startPos(), range.endPos(), preformatted);
        }

        /**
         * Walks the decoded text alongside its raw source, so each character gets the position it came from:
         * entities map to their '&', carriage returns that the parser dropped are skipped.
         */
        private void align(String decoded, int rawStart, int rawEnd, boolean preformatted) {
            int i = rawStart;
            int j = 0;
            while (j < decoded.length()) {
                char c = decoded.charAt(j);
                if (i >= rawEnd) {
                    emit(c, Math.max(rawStart, rawEnd - 1), preformatted);
                    j++;
                    continue;
                }
                char r = html.charAt(i);
                if (r == c && r != '&') {
                    emit(c, i, preformatted);
                    i++;
                    j++;
                } else if (r == '&') {
                    int consumed = entityLength(decoded, j, i, rawEnd);
                    if (consumed > 0) {
                        String value = Parser.unescapeEntities(html.substring(i, i + consumed), false);
                        for (int k = 0; k < value.length() && j < decoded.length(); k++) emit(decoded.charAt(j++), i, preformatted);
                        i += consumed;
                    } else {
                        emit(c, i, preformatted);
                        i++;
                        j++;
                    }
                } else if (r == '\r') {
                    i++;
                } else {
                    emit(c, i, preformatted); // parser replaced the character (e.g. NUL -> U+FFFD)
                    i++;
                    j++;
                }
            }
        }

        /** Source length of the entity at {@code i} whose decoded value starts {@code decoded} at {@code j}; 0 if none. */
        private int entityLength(String decoded, int j, int i, int rawEnd) {
            int max = Math.min(rawEnd - i, 40);
            int semicolon = html.indexOf(';', i);
            if (semicolon > i && semicolon - i < max) {
                String raw = html.substring(i, semicolon + 1);
                String value = Parser.unescapeEntities(raw, false);
                if (!value.equals(raw) && decoded.startsWith(value, j)) return semicolon + 1 - i;
            }
            // Legacy entities without ';' ("&copy2015"): the shortest prefix that decodes to what we see.
            for (int length = 2; length <= Math.min(max, 12); length++) {
                String raw = html.substring(i, i + length);
                String value = Parser.unescapeEntities(raw, false);
                if (!value.equals(raw) && decoded.startsWith(value, j)) return length;
            }
            return 0;
        }

        private void emit(char c, int source, boolean preformatted) {
            boolean whitespace = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
            if (whitespace && !preformatted) {
                if (pending == NONE) {
                    pending = SPACE;
                    pendingSource = source;
                }
                return;
            }
            if (pending != NONE && !text.isEmpty()) {
                int at = pendingSource >= 0 ? pendingSource : source;
                switch (pending) {
                    case SPACE -> put(' ', at);
                    case LINE -> put('\n', at);
                    default -> {
                        put('\n', at);
                        put('\n', at);
                    }
                }
            }
            pending = NONE;
            pendingSource = -1;
            put(c, source);
        }

        private void put(char c, int source) {
            if (text.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
            offsets[text.length()] = source;
            text.append(c);
            lastSource = source;
        }

        private static boolean insidePre(Node node) {
            for (Node p = node.parentNode(); p != null; p = p.parentNode()) {
                if (p instanceof Element e && e.normalName().equals("pre")) return true;
            }
            return false;
        }

        HtmlText build() {
            return new HtmlText(text.toString(), Arrays.copyOf(offsets, text.length()));
        }
    }
}
