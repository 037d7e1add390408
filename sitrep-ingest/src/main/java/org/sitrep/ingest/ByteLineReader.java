package org.sitrep.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines as raw bytes, so that a 2 GB file streams in constant memory, the content hash covers the exact
 * bytes of each record, and a line longer than the limit is skipped without being held. Lines end at '\n'; a
 * '\r' before it is not part of the line.
 */
final class ByteLineReader implements Closeable {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;

    private byte[] line = new byte[4096];
    private int lineLength;
    private long fullLength;
    private long lineNumber;

    ByteLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Advances to the next line; false at end of input. */
    boolean next() throws IOException {
        lineLength = 0;
        fullLength = 0;
        boolean sawAny = false;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    if (!sawAny) return false;
                    break;
                }
            }
            sawAny = true;
            int newline = indexOf(buffer, pos, limit, (byte) '\n');
            int chunkEnd = newline >= 0 ? newline : limit;
            append(pos, chunkEnd - pos);
            pos = newline >= 0 ? newline + 1 : limit;
            if (newline >= 0) break;
        }
        lineNumber++;
        if (!tooLong() && lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
            fullLength--;
        }
        return true;
    }

    /** 1-based number of the current line. */
    long lineNumber() { return lineNumber; }

    /** True when the current line exceeded the limit; its bytes were not kept. */
    boolean tooLong() { return fullLength > maxLineBytes; }

    /** Length of the current line in bytes, also when it was too long to keep. */
    long length() { return fullLength; }

    /** The bytes of the current line: valid in {@code [0, lineLength())} until the next call to next(). */
    byte[] bytes() { return line; }

    int lineLength() { return lineLength; }

    private void append(int from, int count) {
        fullLength += count;
        if (fullLength > maxLineBytes) return; // over the limit: count, do not keep
        if (lineLength + count > line.length) {
            int newSize = (int) Math.min((long) maxLineBytes + 1, Math.max(line.length * 2L, lineLength + (long) count));
            line = Arrays.copyOf(line, newSize);
        }
        System.arraycopy(buffer, from, line, lineLength, count);
        lineLength += count;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private static int indexOf(byte[] bytes, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == value) return i;
        }
        return -1;
    }

    @Override public void close() throws IOException { in.close(); }
}
