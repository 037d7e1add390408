package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Article;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, parsed with Rome. Each entry becomes an article: id {@code feed-} + 16 hex
 * of SHA-256 of its guid (else link, else title and date); text = title, a blank line, and the entry's content or
 * description with HTML removed; published = entry date (UTC day); source = feed title; url = entry link. The
 * content hash covers those fields, so an entry whose text changes gets a new hash under the same id. Origins are
 * {@code location:line} of the entry's start tag. DOCTYPEs are refused (Rome's default) to rule out XXE.
 */
final class FeedReader {
    private FeedReader() {}

    static List<IngestResult> read(Path file, String location, IngestOptions options) {
        return switch (FileBytes.read(file, options.maxBytes())) {
            case FileBytes.Problem p -> List.of(Origins.reject(Origins.at(location, 1), Origins.FILE, p.reason()));
            case FileBytes.Bytes b -> parse(b.bytes(), null, location);
        };
    }

    /** Parses feed bytes; {@code contentType} is the HTTP Content-Type when fetched, else null. */
    static List<IngestResult> parse(byte[] bytes, String contentType, String location) {
        String firstLine = Origins.at(location, 1);
        var binary = TextDecoding.binaryReason(bytes, Math.min(bytes.length, TextDecoding.SNIFF_BYTES));
        if (binary.isPresent()) return List.of(Origins.reject(firstLine, Origins.FILE, binary.get()));
        String xml;
        try (Reader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(bytes), true)
                : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            xml = out.toString();
        } catch (IOException e) {
            return List.of(Origins.reject(firstLine, Origins.FEED, "cannot decode the feed's characters: " + e.getMessage()));
        }
        if (xml.isBlank()) return List.of(Origins.reject(firstLine, Origins.FILE, "empty file"));
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(xml));
        } catch (ParsingFeedException e) {
            int line = Math.max(1, e.getLineNumber());
            if (causeMessage(e).contains("DOCTYPE is disallowed")) {
                return List.of(Origins.reject(Origins.at(location, line), Origins.FEED, "the feed declares a DOCTYPE, "
                        + "which is refused because it can make the XML parser read local files or the network; "
                        + "remove the <!DOCTYPE ...> line"));
            }
            return List.of(Origins.reject(Origins.at(location, line), Origins.FEED, "malformed XML at line "
                    + line + ", column " + e.getColumnNumber() + ": " + causeMessage(e)));
        } catch (FeedException e) {
            return List.of(Origins.reject(firstLine, Origins.FEED, "not a readable RSS or Atom feed: " + causeMessage(e)));
        } catch (IllegalArgumentException e) {
            // Rome's way of saying the XML is well-formed but of no feed type it knows.
            return List.of(Origins.reject(firstLine, Origins.FEED, "not an RSS or Atom feed ("
                    + e.getMessage() + "); the root element must be <rss>, <rdf:RDF> or <feed>"));
        }
        String source = blankToNull(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        int[] lines = EntryLines.find(xml, entries.size());
        List<IngestResult> results = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String origin = lines.length == entries.size() ? Origins.at(location, lines[i])
                    : location + "#entry" + (i + 1);
            try {
                results.add(entry(entries.get(i), source, origin));
            } catch (RuntimeException e) {
                // Last resort so one odd entry never stops the feed; the reason names the error.
                results.add(Origins.reject(origin, Origins.FEED, "could not read this entry: " + e));
            }
        }
        if (results.isEmpty()) {
            results.add(Origins.reject(firstLine, Origins.FEED, "the feed has no entries"));
        }
        return results;
    }

    private static IngestResult entry(SyndEntry e, String source, String origin) {
        String title = e.getTitle() == null ? null : plain(e.getTitle(), titleType(e));
        String body = body(e);
        String link = link(e);
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        LocalDate published = date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);

        String key = firstNonBlank(e.getUri(), link,
                title == null ? null : title + "|" + (date == null ? "" : date.toInstant().toString()));
        if (key == null) {
            return Origins.reject(origin, Origins.FEED, "entry has no guid/id, link or title, so it cannot be given a stable id");
        }
        String text;
        if (title != null && body != null) {
            text = body.startsWith(title) ? body : title + "\n\n" + body;
        } else {
            text = title != null ? title : body;
        }
        if (text == null) return Origins.reject(origin, Origins.FEED, "entry has neither a title nor any text");
        String id = "feed-" + Hashing.sha256Hex(key).substring(0, 16);
        String hash = Hashing.sha256Hex(String.join("\u0000", id, nullToEmpty(title), nullToEmpty(link),
                date == null ? "" : date.toInstant().toString(), text));
        return new IngestResult.Ingested(new Article(id, title, text, published, source, link, hash, origin));
    }

    /** The longer of content and description, as plain text; null when neither has text. */
    private static String body(SyndEntry e) {
        String best = null;
        for (SyndContent content : e.getContents()) {
            best = longer(best, plainContent(content));
        }
        if (e.getDescription() != null) best = longer(best, plainContent(e.getDescription()));
        return best;
    }

    private static String plainContent(SyndContent content) {
        return content.getValue() == null ? null : plain(content.getValue(), content.getType());
    }

    private static String plain(String value, String type) {
        String t = type == null ? "html" : type.toLowerCase(Locale.ROOT);
        String text = t.equals("text") || t.equals("text/plain") ? value : HtmlExtractor.fragmentText(value).text();
        return blankToNull(text);
    }

    /**
     * Titles are text in RSS and by default in Atom; some feeds still put tags in them, so a title that contains
     * a tag is read as HTML. Plain text is never run through the HTML parser ("a < b" must stay).
     */
    private static String titleType(SyndEntry e) {
        String declared = e.getTitleEx() == null ? null : e.getTitleEx().getType();
        if (declared != null && !declared.equalsIgnoreCase("text") && !declared.equalsIgnoreCase("text/plain")) return declared;
        return TAG.matcher(e.getTitle()).find() ? "html" : "text";
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[A-Za-z][^<>]*>");

    private static String link(SyndEntry e) {
        String link = blankToNull(e.getLink());
        if (link != null) return link;
        for (SyndLink l : e.getLinks()) {
            if (blankToNull(l.getHref()) != null) return l.getHref().strip();
        }
        return null;
    }

    private static String longer(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.length() > a.length() ? b : a;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (blankToNull(v) != null) return v.strip();
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String causeMessage(Throwable e) {
        Throwable t = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Line numbers of entry start tags ({@code <item>}, {@code <entry>}), skipping comments and CDATA. */
    static final class EntryLines {
        private EntryLines() {}

        static int[] find(String xml, int expected) {
            int[] lines = new int[expected];
            int found = 0;
            int line = 1;
            int i = 0;
            int n = xml.length();
            while (i < n) {
                char c = xml.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (c == '<' && (xml.startsWith("<!--", i) || xml.startsWith("<![CDATA[", i))) {
                    int end = skipTo(xml, i, xml.startsWith("<!--", i) ? "-->" : "]]>");
                    line += newlines(xml, i, end);
                    i = end;
                } else if (c == '<' && isEntryTag(xml, i + 1)) {
                    if (found == expected) return new int[0]; // more tags than entries: do not guess
                    lines[found++] = line;
                    i++;
                } else {
                    i++;
                }
            }
            return found == expected ? lines : new int[0];
        }

        private static int skipTo(String xml, int from, String end) {
            int at = xml.indexOf(end, from);
            return at < 0 ? xml.length() : at + end.length();
        }

        private static int newlines(String xml, int start, int end) {
            int count = 0;
            for (int k = start; k < end; k++) {
                if (xml.charAt(k) == '\n') count++;
            }
            return count;
        }

        /** {@code item} or {@code entry}, with an optional namespace prefix, followed by '>', '/' or whitespace. */
        private static boolean isEntryTag(String xml, int i) {
            int j = i;
            while (j < xml.length() && (Character.isLetterOrDigit(xml.charAt(j)) || xml.charAt(j) == '_'
                    || xml.charAt(j) == '-' || xml.charAt(j) == '.')) j++;
            int nameStart = i;
            if (j < xml.length() && xml.charAt(j) == ':') {
                nameStart = j + 1;
                j = nameStart;
                while (j < xml.length() && Character.isLetterOrDigit(xml.charAt(j))) j++;
            }
            String name = xml.substring(nameStart, j);
            if (!name.equals("item") && !name.equals("entry")) return false;
            return j < xml.length() && (xml.charAt(j) == '>' || xml.charAt(j) == '/' || Character.isWhitespace(xml.charAt(j)));
        }
    }
}
