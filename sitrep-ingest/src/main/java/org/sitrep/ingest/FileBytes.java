package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a whole file that must fit one record, or says why it cannot. */
final class FileBytes {
    private FileBytes() {}

    sealed interface Read permits Bytes, Problem {}

    record Bytes(byte[] bytes) implements Read {}

    record Problem(String reason) implements Read {}

    static Read read(Path file, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size == 0) return new Problem("empty file");
            if (size > maxBytes) return new Problem(Origins.overLimit(size, maxBytes, "file"));
            byte[] bytes;
            // Read at most maxBytes + 1 so a file that grows while we read still cannot exceed the limit in memory.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) return new Problem(Origins.overLimit(bytes.length, maxBytes, "file"));
            if (bytes.length == 0) return new Problem("empty file");
            return new Bytes(bytes);
        } catch (IOException e) {
            return new Problem(ioReason(e));
        }
    }

    /** A message for an I/O failure that says what happened, not which Java class noticed it. */
    static String ioReason(IOException e) {
        if (e instanceof AccessDeniedException) return "cannot read: permission denied";
        if (e instanceof NoSuchFileException) return "cannot read: no such file (was it moved or deleted?)";
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot read: " + message;
    }
}
