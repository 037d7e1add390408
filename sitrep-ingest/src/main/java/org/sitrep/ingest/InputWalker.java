package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Walks one input path lazily, depth first in name order, yielding a cursor per file. A path given explicitly is
 * read whatever it is (a symbolic link is followed, an unknown extension is reported). Inside directories: hidden
 * entries and obviously-non-article files are skipped silently, unknown types and (unless followSymlinks) links
 * are reported, and a directory is listed only when the walk reaches it.
 */
final class InputWalker implements Iterator<ResultCursor> {
    private final IngestOptions options;
    private final BiFunction<Path, InputKind, ResultCursor> reader;
    /** Pending entries; a directory here is expanded when popped. */
    private final Deque<Path> pending = new ArrayDeque<>();
    private final Set<Path> visitedDirectories = new HashSet<>();
    private final Path root;
    private ResultCursor next;

    InputWalker(Path root, IngestOptions options, BiFunction<Path, InputKind, ResultCursor> reader) {
        this.root = root;
        this.options = options;
        this.reader = reader;
        pending.push(root);
    }

    @Override public boolean hasNext() {
        while (next == null && !pending.isEmpty()) {
            next = visit(pending.pop());
        }
        return next != null;
    }

    @Override public ResultCursor next() {
        if (!hasNext()) throw new NoSuchElementException();
        ResultCursor result = next;
        next = null;
        return result;
    }

    /** A cursor for this entry, or null when it yields nothing by itself (a directory, a skipped file). */
    private ResultCursor visit(Path path) {
        boolean explicit = path == root;
        String where = Origins.at(path.toString(), 1);
        boolean link = Files.isSymbolicLink(path);
        InputKind kind = InputKind.of(path);
        if (!explicit && link && !options.followSymlinks()) {
            if (kind == InputKind.IGNORED) return null;
            return ResultCursor.of(Origins.reject(where, Origins.FILE,
                    "symbolic link not followed; set IngestOptions.followSymlinks to read links inside directories"));
        }
        if (!Files.exists(path)) {
            return ResultCursor.of(Origins.reject(where, Origins.FILE, link
                    ? "broken symbolic link: its target does not exist" : "no such file or directory"));
        }
        if (Files.isDirectory(path)) {
            if (!explicit && kind == InputKind.IGNORED && path.getFileName().toString().startsWith(".")) return null;
            return expand(path, where);
        }
        if (!Files.isRegularFile(path)) {
            return ResultCursor.of(Origins.reject(where, Origins.FILE, "not a regular file (device, pipe or socket)"));
        }
        if (!explicit && kind == InputKind.IGNORED) return null;
        if (!Files.isReadable(path)) {
            return ResultCursor.of(Origins.reject(where, Origins.FILE, "cannot read: permission denied"));
        }
        return reader.apply(path, kind);
    }

    private ResultCursor expand(Path directory, String where) {
        try {
            Path real = directory.toRealPath();
            if (!visitedDirectories.add(real)) {
                return ResultCursor.of(Origins.reject(where, Origins.FILE,
                        "directory already visited (a symbolic link loop); skipped"));
            }
            List<Path> children;
            try (Stream<Path> list = Files.list(directory)) {
                children = list.sorted().toList();
            }
            // Push in reverse so the first name is visited first.
            for (int i = children.size() - 1; i >= 0; i--) pending.push(children.get(i));
            return null;
        } catch (IOException e) {
            return ResultCursor.of(Origins.reject(where, Origins.FILE, "cannot list directory: " + FileBytes.ioReason(e)
                    .replaceFirst("^cannot read: ", "")));
        }
    }

}
