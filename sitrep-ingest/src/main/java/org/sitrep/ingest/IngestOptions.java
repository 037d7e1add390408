package org.sitrep.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How inputs are read. Use {@link #defaults()} and the {@code withX} copies.
 *
 * @param maxBytes       largest single record accepted, in bytes: one JSONL line, one .txt/.html file, one feed
 *                       document (file or HTTP body). Default {@value #DEFAULT_MAX_BYTES} (20 MiB); at most 1 GiB
 *                       because a record becomes one Java string.
 * @param connectTimeout longest wait to connect to a feed URL. Default 10 s.
 * @param readTimeout    longest wait for a feed URL's whole response once the request is sent. Default 30 s.
 * @param followSymlinks whether symbolic links met while walking a directory are followed. Default false: links
 *                       found in a directory are reported and skipped (a path given explicitly is always read).
 */
public record IngestOptions(long maxBytes, Duration connectTimeout, Duration readTimeout, boolean followSymlinks) {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final long MAX_MAX_BYTES = 1L << 30;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public IngestOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxBytes <= 0 || maxBytes > MAX_MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_MAX_BYTES + ", got " + maxBytes);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, got " + connectTimeout);
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive, got " + readTimeout);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, false);
    }

    public IngestOptions withMaxBytes(long bytes) {
        return new IngestOptions(bytes, connectTimeout, readTimeout, followSymlinks);
    }

    public IngestOptions withConnectTimeout(Duration timeout) {
        return new IngestOptions(maxBytes, timeout, readTimeout, followSymlinks);
    }

    public IngestOptions withReadTimeout(Duration timeout) {
        return new IngestOptions(maxBytes, connectTimeout, timeout, followSymlinks);
    }

    public IngestOptions withFollowSymlinks(boolean follow) {
        return new IngestOptions(maxBytes, connectTimeout, readTimeout, follow);
    }
}
