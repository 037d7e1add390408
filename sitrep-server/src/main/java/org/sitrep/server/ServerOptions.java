package org.sitrep.server;

import java.util.Optional;

/**
 * How the server listens and what it accepts. Build from {@link #defaults()} with the {@code withX} copies.
 *
 * @param host          interface to bind; default {@code 127.0.0.1} (loopback only: exposing the UI to a network
 *                      is a deliberate choice, e.g. {@code 0.0.0.0})
 * @param port          TCP port; 0 picks a free one (read it back with {@link SitrepServer#port()}); default 7070
 * @param token         bearer token that {@code POST /api/articles} requires; empty disables ingest (403)
 * @param maxBodyBytes  largest request body accepted (413 above it); default 10 MiB
 * @param maxPageSize   largest {@code limit} a list endpoint accepts (400 above it); default 10,000
 */
public record ServerOptions(String host, int port, Optional<String> token, long maxBodyBytes, int maxPageSize) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_PAGE_SIZE = 10_000;
    /** Environment variable the CLI reads the ingest token from when {@code --token} is not given. */
    public static final String TOKEN_ENV = "SITREP_TOKEN";

    public ServerOptions {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host is blank");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
        token = token == null ? Optional.empty() : token.filter(t -> !t.isBlank());
        if (token.isPresent() && token.get().length() < 8) {
            throw new IllegalArgumentException("the ingest token is too short (" + token.get().length()
                    + " characters); use at least 8, e.g. from `openssl rand -hex 16`");
        }
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes must be >= 1024, got " + maxBodyBytes);
        if (maxPageSize < 1) throw new IllegalArgumentException("maxPageSize must be >= 1, got " + maxPageSize);
    }

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, Optional.empty(), DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_PAGE_SIZE);
    }

    public ServerOptions withHost(String h) { return new ServerOptions(h, port, token, maxBodyBytes, maxPageSize); }

    public ServerOptions withPort(int p) { return new ServerOptions(host, p, token, maxBodyBytes, maxPageSize); }

    /** The ingest token; null or blank disables ingest. */
    public ServerOptions withToken(String t) {
        return new ServerOptions(host, port, Optional.ofNullable(t), maxBodyBytes, maxPageSize);
    }

    public ServerOptions withMaxBodyBytes(long b) { return new ServerOptions(host, port, token, b, maxPageSize); }

    public ServerOptions withMaxPageSize(int n) { return new ServerOptions(host, port, token, maxBodyBytes, n); }
}
