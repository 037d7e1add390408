package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.export.EventWriter;
import org.sitrep.export.Format;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * GET /api/export.{csv,geojson,jsonl}: every matching event streamed in one format, with the filters of
 * /api/events; memory stays constant whatever the store's size (the store streams rows, the writer streams text).
 */
final class ExportApi {
    private static final Logger LOG = LoggerFactory.getLogger(ExportApi.class);

    private final EventStore store;

    ExportApi(EventStore store) {
        this.store = store;
    }

    void export(Context ctx, Format format) throws IOException {
        // parameters are checked before the first byte goes out, so a bad filter is still a clean 400
        EventQuery q = QueryParams.of(ctx.queryParamMap(), QueryParams.concat(QueryParams.FILTERS, QueryParams.PAGING))
                .eventQuery(EventQuery.NO_LIMIT, EventQuery.NO_LIMIT);
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + format.extension() + "\"");
        OutputStream out = new BufferedOutputStream(ctx.outputStream(), 64 * 1024);
        try {
            if (format == Format.JSONL) {
                // the stored JSON is already the JSONL record: no parse, no re-serialisation
                store.forEachEventJson(q, json -> {
                    try {
                        out.write(json.getBytes(StandardCharsets.UTF_8));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                out.close();
            } else {
                try (EventWriter w = format.open(out)) {
                    store.forEachEvent(q, e -> {
                        try {
                            w.write(e);
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    });
                }
            }
        } catch (UncheckedIOException e) {
            // the client went away mid-download: nothing to answer, nothing broken on our side
            LOG.debug("export to {} aborted: {}", ctx.ip(), e.getCause().getMessage());
        }
    }
}
