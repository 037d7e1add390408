package org.sitrep.cli.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.ingest.InputKind;

/**
 * Finds files in a folder tree that are new or changed since the last scan. A file counts once it has settled
 * (not modified for {@code settleMillis}), so one still being written is picked up on a later scan rather than
 * read half-written; writers that create the file under a hidden or {@code .part}/{@code .tmp} name and rename it
 * when done are seen at once. Hidden files and folders and obviously-non-article files are skipped, as in
 * {@code sitrep extract}.
 */
final class FolderScanner {
    /** A settled new or changed file and the time it arrived or last changed (for freshness). */
    record Change(Path file, long modifiedMillis) {}

    private record Seen(long size, long modifiedMillis) {}

    private final Path root;
    private final long settleMillis;
    private final Map<Path, Seen> seen = new HashMap<>();

    FolderScanner(Path root, long settleMillis) {
        this.root = root;
        this.settleMillis = settleMillis;
    }

    Path root() { return root; }

    /** Settled files that are new or changed since they were last returned, in name order. */
    List<Change> scan(long nowMillis) {
        List<Change> out = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        if (!Files.isDirectory(root)) {
            // a single file given on the command line, or a folder that does not exist yet (created later)
            if (Files.isRegularFile(root)) visit(root, nowMillis, out, present);
            seen.keySet().retainAll(present);
            return out;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(p -> !hiddenBelowRoot(p)).sorted().forEach(p -> visit(p, nowMillis, out, present));
        } catch (UncheckedIOException e) {
            // a file or folder vanished during the walk: what was found is fine, the rest comes next scan
            if (!(e.getCause() instanceof NoSuchFileException)) throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
        seen.keySet().retainAll(present); // a deleted file that comes back is new again
        return out;
    }

    private boolean hiddenBelowRoot(Path p) {
        Path rel = root.relativize(p);
        for (Path part : rel) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /**
     * When the file arrived: its last change, or, when later, the inode change time (a rename into the folder,
     * {@code mv} of a file written elsewhere, keeps the old modification time but sets the change time).
     */
    static long arrivalMillis(Path p, BasicFileAttributes attrs) {
        long modified = attrs.lastModifiedTime().toMillis();
        try {
            Object ctime = Files.getAttribute(p, "unix:ctime");
            if (ctime instanceof java.nio.file.attribute.FileTime t) return Math.max(modified, t.toMillis());
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            // no change time on this file system (Windows): the modification time is the best we know
        }
        return modified;
    }

    private void visit(Path p, long nowMillis, List<Change> out, Set<Path> present) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return; // vanished between listing and reading: it is no longer there to ingest
        }
        if (!attrs.isRegularFile() || InputKind.of(p) == InputKind.IGNORED) return;
        present.add(p);
        Seen now = new Seen(attrs.size(), arrivalMillis(p, attrs));
        if (now.equals(seen.get(p))) return;
        if (nowMillis - now.modifiedMillis() < settleMillis) return; // still being written, maybe: next scan
        seen.put(p, now);
        out.add(new Change(p, now.modifiedMillis()));
    }
}
