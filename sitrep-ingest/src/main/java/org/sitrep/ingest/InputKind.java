package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** What a file is, judged by its extension (case-insensitive). */
public enum InputKind {
    /** {@code .jsonl}, {@code .ndjson}: one article per line. */
    JSONL,
    /** {@code .txt}: title on the first line, body after. */
    TEXT,
    /** {@code .html}, {@code .htm}: a web page. */
    HTML,
    /** {@code .xml}, {@code .rss}, {@code .atom}: an RSS or Atom feed. */
    FEED,
    /** Obviously not an article (images, media, archives, code, hidden files): skipped silently in directories. */
    IGNORED,
    /** Anything else: reported, because the user may have expected it to be read. */
    UNSUPPORTED;

    /** Extensions that cannot hold a news article in a format we read; meeting them in a folder is not a problem. */
    private static final Set<String> NOT_ARTICLES = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "svg", "ico", "heic", "avif",
            "mp3", "mp4", "m4a", "m4v", "wav", "ogg", "oga", "ogv", "webm", "mov", "avi", "mkv", "flac",
            "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "tar", "jar",
            "css", "js", "mjs", "map", "woff", "woff2", "ttf", "otf", "eot",
            "exe", "dll", "so", "dylib", "class", "o", "bin", "dat", "db", "sqlite", "lock", "tmp", "swp", "bak",
            "part", "crdownload");

    /** Supported extensions, for messages. */
    static final String SUPPORTED = ".jsonl/.ndjson, .txt, .html/.htm, .xml/.rss/.atom";

    public static InputKind of(Path file) {
        Path name = file.getFileName();
        if (name == null) return UNSUPPORTED;
        String fileName = name.toString();
        if (fileName.startsWith(".") || fileName.endsWith("~")) return IGNORED;
        String ext = extension(fileName);
        return switch (ext) {
            case "jsonl", "ndjson" -> JSONL;
            case "txt" -> TEXT;
            case "html", "htm", "xhtml" -> HTML;
            case "xml", "rss", "atom" -> FEED;
            default -> NOT_ARTICLES.contains(ext) ? IGNORED : UNSUPPORTED;
        };
    }

    /** Lower-case extension without the dot, or "" when there is none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** File name without its extension: the article id of a .txt or .html file. */
    static String baseName(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }
}
