package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * POST /api/articles: the one write. Order of checks: token (401/403), body size (413), content type (415),
 * records (400 with one message per bad field), then the pipeline.
 */
final class IngestApi {
    private final Ingestor ingestor;
    private final ServerOptions options;

    IngestApi(Ingestor ingestor, ServerOptions options) {
        this.ingestor = ingestor;
        this.options = options;
    }

    void ingest(Context ctx) throws IOException {
        QueryParams.of(ctx.queryParamMap(), List.of()).check();
        authorize(ctx.header("Authorization"), options.token());
        byte[] body = readBounded(ctx, options.maxBodyBytes());
        List<Article> articles = ArticlePayload.parse(body, ctx.header("Content-Type"));
        IngestReport report = ingestor.ingest(articles);
        ctx.status(report.articles() > 0 ? 201 : 422);
        ReadApi.send(ctx, Json.bytes(g -> {
            g.writeStartObject();
            g.writeNumberField("received", articles.size());
            g.writeNumberField("articles", report.articles());
            g.writeNumberField("events", report.events());
            g.writeArrayFieldStart("event_ids");
            for (String id : report.eventIds()) g.writeString(id);
            g.writeEndArray();
            g.writeArrayFieldStart("failures");
            for (Failure f : report.failures()) {
                g.writeStartObject();
                Json.stringOrNull(g, "origin", f.origin());
                Json.stringOrNull(g, "stage", f.stage());
                Json.stringOrNull(g, "reason", f.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** Bearer token check in constant time; no token configured means ingest is off. */
    static void authorize(String header, Optional<String> token) {
        if (token.isEmpty()) {
            throw new ApiException(403, "ingest is disabled on this server: start it with --token or set "
                    + ServerOptions.TOKEN_ENV);
        }
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "send the ingest token as 'Authorization: Bearer <token>'");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.get().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "the ingest token is wrong");
        }
    }

    /**
     * The most of a refused body read and thrown away so that the client, still sending, gets the 413 rather than
     * a connection closed under it; a larger body is cut off.
     */
    static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    /** Reads the body, refusing it (413) as soon as it passes the limit, whatever Content-Length claims. */
    static byte[] readBounded(Context ctx, long max) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        byte[] buf = new byte[16 * 1024];
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > max) {
                drain(in, buf, declared);
                throw tooLarge(max);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > max) {
                    drain(in, buf, total);
                    throw tooLarge(max);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** Reads and discards what the client still sends, unless the body is larger than {@link #DRAIN_LIMIT}. */
    private static void drain(InputStream in, byte[] buf, long size) throws IOException {
        if (size > DRAIN_LIMIT) return;
        long read = 0;
        for (int n; read <= DRAIN_LIMIT && (n = in.read(buf)) > 0; ) read += n;
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(413, "request body is larger than " + max + " bytes; send fewer articles per request");
    }
}
