package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a feed over HTTP(S) within bounded time and size: {@link IngestOptions#connectTimeout()} to connect,
 * {@link IngestOptions#readTimeout()} for the whole response, at most {@link IngestOptions#maxBytes()} of body.
 * A server that accepts the connection and never answers therefore costs at most the two timeouts.
 */
final class FeedFetcher {
    private FeedFetcher() {}

    static final String USER_AGENT = "sitrep-ingest/0.1 (+RSS/Atom reader)";

    sealed interface Fetched permits Body, Failed {}

    record Body(byte[] bytes, String contentType) implements Fetched {}

    record Failed(String reason) implements Fetched {}

    static Fetched fetch(URI uri, IngestOptions options) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(options.readTimeout())
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                            + "text/xml;q=0.9, */*;q=0.5")
                    .GET()
                    .build();
            CompletableFuture<HttpResponse<byte[]>> future =
                    client.sendAsync(request, info -> limitedBody(info, options.maxBytes()));
            long waitMillis = options.connectTimeout().toMillis() + options.readTimeout().toMillis();
            HttpResponse<byte[]> response;
            try {
                response = future.get(waitMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                return new Failed("no complete response within " + seconds(options.readTimeout().toMillis())
                        + " (IngestOptions.readTimeout); the server may be down or too slow");
            }
            int status = response.statusCode();
            if (status / 100 != 2) {
                return new Failed("HTTP status " + status + " from " + response.uri() + statusHint(status));
            }
            if (response.body().length == 0) return new Failed("the server sent an empty response");
            return new Body(response.body(), response.headers().firstValue("Content-Type").orElse(null));
        } catch (ExecutionException e) {
            return new Failed(reason(e.getCause(), options));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted while fetching the feed");
        } catch (IllegalArgumentException e) {
            return new Failed("not a valid feed URL: " + e.getMessage());
        } finally {
            client.shutdownNow();
        }
    }

    private static String reason(Throwable cause, IngestOptions options) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect within " + seconds(options.connectTimeout().toMillis())
                    + " (IngestOptions.connectTimeout)";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no response within " + seconds(options.readTimeout().toMillis()) + " (IngestOptions.readTimeout)";
        }
        if (cause instanceof BodyTooLarge tooLarge) {
            return Origins.overLimit(tooLarge.bytes, options.maxBytes(), "the response");
        }
        if (cause instanceof ConnectException) return "connection refused or unreachable: " + message(cause);
        if (cause instanceof UnknownHostException) return "unknown host: " + message(cause);
        if (cause instanceof IOException) return "could not fetch the feed: " + message(cause);
        return "could not fetch the feed: " + cause;
    }

    private static String statusHint(int status) {
        return switch (status / 100) {
            case 3 -> " (redirect not followed: https to http redirects are refused)";
            case 4 -> status == 404 ? " (not found: check the URL)" : " (the server refused the request)";
            case 5 -> " (server error: try again later)";
            default -> "";
        };
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    /** Reads the body of a successful response up to the limit; error responses' bodies are discarded. */
    private static HttpResponse.BodySubscriber<byte[]> limitedBody(HttpResponse.ResponseInfo info, long maxBytes) {
        if (info.statusCode() / 100 != 2) return HttpResponse.BodySubscribers.replacing(new byte[0]);
        return new LimitedSubscriber(maxBytes);
    }

    private static final class BodyTooLarge extends IOException {
        final long bytes;

        BodyTooLarge(long bytes) {
            super("response body over " + bytes + " bytes");
            this.bytes = bytes;
        }
    }

    private static final class LimitedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final long maxBytes;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedSubscriber(long maxBytes) { this.maxBytes = maxBytes; }

        @Override public CompletionStage<byte[]> getBody() { return result; }

        @Override public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) return;
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if (buffer.size() + (long) n > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new BodyTooLarge(buffer.size() + (long) n));
                    return;
                }
                byte[] chunk = new byte[n];
                item.get(chunk);
                buffer.write(chunk, 0, n);
            }
        }

        @Override public void onError(Throwable throwable) { result.completeExceptionally(throwable); }

        @Override public void onComplete() { result.complete(buffer.toByteArray()); }
    }
}
