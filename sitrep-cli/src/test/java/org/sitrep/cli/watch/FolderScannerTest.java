package org.sitrep.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderScannerTest {
    @TempDir Path dir;

    @Test void aFileMovedInArrivesWhenMovedNotWhenWritten() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path old = dir.resolve("written-long-ago.txt");
        Files.writeString(old, "Title\nBody");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Thread.sleep(20);
        long before = System.currentTimeMillis();
        Files.move(old, inbox.resolve("a.txt"));
        List<FolderScanner.Change> cs = new FolderScanner(inbox, 0).scan(System.currentTimeMillis() + 1);
        assertEquals(1, cs.size());
        boolean hasCtime = Files.getFileStore(inbox).supportsFileAttributeView("unix");
        // file times come from the kernel's coarse clock, which may lag the wall clock by a tick or two
        if (hasCtime) assertTrue(cs.get(0).modifiedMillis() >= before - 50,
                "arrival is the move, not the write: " + (before - cs.get(0).modifiedMillis()) + " ms before the move");
    }

    @Test void hiddenAndNonArticleFilesAreSkippedAndUnchangedFilesReportedOnce() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve(".hidden.jsonl"), "{}");
        Files.createDirectories(inbox.resolve(".git"));
        Files.writeString(inbox.resolve(".git").resolve("x.jsonl"), "{}");
        Files.writeString(inbox.resolve("photo.png"), "png");
        Files.writeString(inbox.resolve("b.part"), "half");
        Files.writeString(inbox.resolve("a.txt"), "Title\nBody");
        FolderScanner s = new FolderScanner(inbox, 0);
        long later = System.currentTimeMillis() + 1000;
        assertEquals(List.of(inbox.resolve("a.txt")), s.scan(later).stream().map(FolderScanner.Change::file).toList());
        assertEquals(List.of(), s.scan(later));
    }

    @Test void aFolderThatDoesNotExistYetIsWatchedOnceCreated() throws Exception {
        Path inbox = dir.resolve("later");
        FolderScanner s = new FolderScanner(inbox, 0);
        assertEquals(List.of(), s.scan(System.currentTimeMillis()));
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("a.txt"), "Title\nBody");
        assertEquals(1, s.scan(System.currentTimeMillis() + 1000).size());
    }
}
