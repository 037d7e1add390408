package org.sitrep.export;

import org.sitrep.model.Event;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Streams events to an output in one {@link Format}. Events are written as they come, so an export of any size
 * needs constant memory. Not thread-safe: one writer per output, used by one thread.
 *
 * <p>{@link #close()} finishes the document (e.g. the closing brackets of a GeoJSON FeatureCollection), flushes
 * and closes the underlying stream. A writer that is not closed leaves an incomplete document.
 */
public interface EventWriter extends Closeable {

    /** Writes one event. */
    void write(Event event) throws IOException;

    /** Writes every event in order. */
    default void writeAll(Iterable<Event> events) throws IOException {
        for (Event e : events) write(e);
    }

    /** Events written so far. */
    long count();

    Format format();

    /** Pushes buffered output to the stream (e.g. between chunks of an HTTP response). */
    void flush() throws IOException;

    /** Finishes the document and closes the underlying stream. Calling it again does nothing. */
    @Override
    void close() throws IOException;

    /** Opens a writer of the given format on a stream, UTF-8 encoded. */
    static EventWriter open(Format format, OutputStream out) {
        try {
            return switch (format) {
                case JSONL -> new JsonlEventWriter(out);
                case CSV -> new AcledCsvEventWriter(out);
                case GEOJSON -> new GeoJsonEventWriter(out);
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not start a " + format + " export: " + e.getMessage(), e);
        }
    }
}
