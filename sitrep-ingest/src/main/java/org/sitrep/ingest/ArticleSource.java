package org.sitrep.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns inputs into articles: files and directories (walked recursively, in name order) of {@code .jsonl},
 * {@code .txt}, {@code .html}/{@code .htm} and {@code .xml}/{@code .rss}/{@code .atom} feeds, and http(s) feed
 * URLs.
 *
 * <p>Results come as a lazy stream: nothing is read until it is consumed, a JSONL file of any size is read line
 * by line, and every article and failure carries its origin ("path:line"). Bad content never throws: it becomes
 * a {@link IngestResult.Rejected} with a reason, and the stream goes on. Within one stream, a second article with
 * an id already seen is rejected (the first is kept).
 *
 * <p>Close the stream (try-with-resources) if you stop before the end, so the open file is released. An
 * {@code ArticleSource} is immutable and may be shared between threads; each stream is for one thread.
 *
 * <pre>{@code
 * try (Stream<IngestResult> results = ArticleSource.create().read(List.of("corpus/", "https://host/feed.xml"))) {
 *     results.forEach(r -> { switch (r) {
 *         case IngestResult.Ingested i -> process(i.article());
 *         case IngestResult.Rejected x -> quarantine(x.failure());
 *     }});
 * }
 * }</pre>
 */
public final class ArticleSource {
    private final IngestOptions options;
    private final JsonlReader jsonl;

    private ArticleSource(IngestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.jsonl = new JsonlReader(options);
    }

    /** A source with {@link IngestOptions#defaults()}. */
    public static ArticleSource create() {
        return new ArticleSource(IngestOptions.defaults());
    }

    public static ArticleSource create(IngestOptions options) {
        return new ArticleSource(options);
    }

    public IngestOptions options() { return options; }

    /**
     * Reads inputs as given on a command line: each is an http(s) URL (read as a feed) or a file or directory
     * path. Duplicate ids are detected across all of them.
     */
    public Stream<IngestResult> read(Collection<String> inputs) {
        List<String> copy = List.copyOf(inputs);
        Iterator<ResultCursor> cursors = copy.stream().map(this::cursorFor).iterator();
        return stream(ResultCursor.concat(cursors));
    }

    /** Reads one file or directory. */
    public Stream<IngestResult> read(Path path) {
        Objects.requireNonNull(path, "path");
        return stream(pathCursor(path));
    }

    /** Reads several files or directories; duplicate ids are detected across all of them. */
    public Stream<IngestResult> readPaths(Collection<Path> paths) {
        List<Path> copy = List.copyOf(paths);
        return stream(ResultCursor.concat(copy.stream().map(this::pathCursor).iterator()));
    }

    /** Fetches and reads one RSS/Atom feed over http(s). */
    public Stream<IngestResult> readFeed(URI url) {
        Objects.requireNonNull(url, "url");
        return stream(feedCursor(url, url.toString()));
    }

    /** True when the input names an http(s) URL rather than a path. */
    public static boolean isUrl(String input) {
        String s = input.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private ResultCursor cursorFor(String input) {
        if (isUrl(input)) {
            try {
                return feedCursor(new URI(input.strip()), input.strip());
            } catch (URISyntaxException e) {
                return ResultCursor.of(Origins.reject(input, Origins.FEED, "not a valid URL: " + e.getMessage()));
            }
        }
        if (input.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            return ResultCursor.of(Origins.reject(input, Origins.FILE,
                    "unsupported URL scheme; only http:// and https:// feeds can be fetched"));
        }
        return pathCursor(Path.of(input));
    }

    private ResultCursor pathCursor(Path path) {
        return ResultCursor.concat(new InputWalker(path, options, this::fileCursor));
    }

    /** Reads one regular file by its kind; the walker has already vetted the kind. */
    ResultCursor fileCursor(Path file, InputKind kind) {
        String location = file.toString();
        return switch (kind) {
            case JSONL -> jsonl.open(file, location);
            case TEXT -> ResultCursor.of(TextFileReader.read(file, location, options));
            case HTML -> ResultCursor.of(HtmlFileReader.read(file, location, options));
            case FEED -> ResultCursor.of(FeedReader.read(file, location, options));
            case IGNORED, UNSUPPORTED -> ResultCursor.of(Origins.reject(Origins.at(location, 1), Origins.FILE,
                    unsupportedReason(file)));
        };
    }

    static String unsupportedReason(Path file) {
        String ext = InputKind.extension(file.getFileName().toString());
        return (ext.isEmpty() ? "file has no extension" : "unsupported file type ." + ext)
                + "; supported: " + InputKind.SUPPORTED;
    }

    private ResultCursor feedCursor(URI url, String location) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return ResultCursor.of(Origins.reject(location, Origins.FEED,
                    "unsupported URL scheme; only http:// and https:// feeds can be fetched"));
        }
        // Lazy: the request is made when the stream reaches this input, not when the stream is built.
        return ResultCursor.lazy(() -> fetchAndParse(url, location));
    }

    private ResultCursor fetchAndParse(URI url, String location) {
        return switch (FeedFetcher.fetch(url, options)) {
            case FeedFetcher.Failed f -> ResultCursor.of(Origins.reject(location, Origins.FEED, f.reason()));
            case FeedFetcher.Body b -> ResultCursor.of(FeedReader.parse(b.bytes(), b.contentType(), location));
        };
    }

    private static Stream<IngestResult> stream(ResultCursor cursor) {
        ResultCursor deduplicated = new DuplicateIdFilter(cursor);
        Spliterator<IngestResult> split = Spliterators.spliteratorUnknownSize(deduplicated,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).onClose(deduplicated::close);
    }
}
