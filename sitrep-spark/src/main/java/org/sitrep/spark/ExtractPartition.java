package org.sitrep.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.geo.OutletLocales;
import org.sitrep.export.EventJson;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;

/**
 * One partition of JSONL lines to tagged output lines: {@code E} + an event's JSON (exactly what
 * {@code sitrep extract} writes) or {@code F} + a failure's JSON. Lines are taken in chunks; each chunk is read by
 * the same ingest code as the CLI ({@link #ingest}), then run through the per-JVM pipeline built for the job's outlet
 * homes. Memory stays bounded by one chunk.
 */
final class ExtractPartition implements MapPartitionsFunction<String, String> {
    private static final long serialVersionUID = 1L;
    static final char EVENT = 'E';
    static final char FAILURE = 'F';

    private final int chunkLines;
    private final Broadcast<OutletLocales> outlets;

    /** {@code outlets}: the job's outlet homes, from {@link SurveyPartition}s over the same lines. */
    ExtractPartition(int chunkLines, Broadcast<OutletLocales> outlets) {
        if (chunkLines < 1) throw new IllegalArgumentException("chunk size must be at least 1 line, was " + chunkLines);
        this.chunkLines = chunkLines;
        this.outlets = outlets;
    }

    @Override public Iterator<String> call(Iterator<String> lines) {
        return new Output(lines, chunkLines, PipelineHolder.get(outlets.value()));
    }

    private static final class Output implements Iterator<String> {
        private final Iterator<String> lines;
        private final int chunkLines;
        private final Deque<String> ready = new ArrayDeque<>();
        private final Pipeline pipeline;

        Output(Iterator<String> lines, int chunkLines, Pipeline pipeline) {
            this.lines = lines;
            this.chunkLines = chunkLines;
            this.pipeline = pipeline;
        }

        @Override public boolean hasNext() {
            while (ready.isEmpty() && lines.hasNext()) processChunk();
            return !ready.isEmpty();
        }

        @Override public String next() {
            if (!hasNext()) throw new NoSuchElementException();
            return ready.removeFirst();
        }

        private void processChunk() {
            List<String> chunk = new ArrayList<>(chunkLines);
            while (chunk.size() < chunkLines && lines.hasNext()) {
                String line = lines.next();
                if (!line.isBlank()) chunk.add(line);
            }
            if (chunk.isEmpty()) return;
            List<Article> articles = ingest(chunk, bad -> ready.add(FAILURE + failureJson(bad, chunk)));
            new BatchRunner(pipeline, 1).run(articles.iterator(), result -> {
                if (!result.ok()) {
                    ready.add(FAILURE + failureJson(result.failure(), chunk));
                    return;
                }
                for (Event e : result.document().events()) ready.add(EVENT + EventJson.toJson(e));
            });
        }
    }

    /**
     * The articles of a chunk of JSONL lines, read by the same ingest code as the CLI (through a temporary JSONL file,
     * since that code reads files), so ids, dates and rejections are the same; each rejection goes to {@code rejected}.
     */
    static List<Article> ingest(List<String> chunk, java.util.function.Consumer<Failure> rejected) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("sitrep-spark-chunk", ".jsonl");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String l : chunk) {
                    w.write(l);
                    w.write('\n');
                }
            }
            List<Article> articles = new ArrayList<>(chunk.size());
            try (Stream<IngestResult> results = ArticleSource.create().read(tmp)) {
                results.forEach(r -> {
                    switch (r) {
                        case IngestResult.Ingested ok -> articles.add(ok.article());
                        case IngestResult.Rejected bad -> rejected.accept(bad.failure());
                    }
                });
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary chunk file for the ingest reader: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // the chunk is read; a leftover temp file is not worth failing the task for, but say so
                    System.err.println("sitrep spark: could not delete " + tmp + ": " + e.getMessage());
                }
            }
        }
    }

    /**
     * A failure as one JSON object. The ingest code names the temporary chunk file and a line in it, which means
     * nothing to the user: the origin becomes the start of the record itself, which can be found in the input.
     */
    static String failureJson(Failure f, List<String> chunk) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("origin", recordOf(f.origin(), chunk));
        n.put("stage", f.stage());
        n.put("reason", f.reason());
        return n.toString();
    }

    static String recordOf(String origin, List<String> chunk) {
        int colon = origin.lastIndexOf(':');
        if (colon < 0) return origin;
        try {
            int line = Integer.parseInt(origin.substring(colon + 1));
            if (line < 1 || line > chunk.size()) return origin;
            String rec = chunk.get(line - 1);
            return "record " + (rec.length() > 120 ? rec.substring(0, 120) + "…" : rec);
        } catch (NumberFormatException e) {
            return origin; // an article id (stage failures carry one): already meaningful
        }
    }
}
