package org.sitrep.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import org.sitrep.model.Event;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/** JSON Lines: one {@link EventJson} object per line, '\n' separated, UTF-8. */
public final class JsonlEventWriter implements EventWriter {
    private final JsonGenerator gen;
    private long count;
    private boolean closed;

    public JsonlEventWriter(OutputStream out) throws IOException {
        this(EventJson.FACTORY.createGenerator(out, JsonEncoding.UTF8));
    }

    public JsonlEventWriter(Writer out) throws IOException {
        this(EventJson.FACTORY.createGenerator(out));
    }

    private JsonlEventWriter(JsonGenerator gen) {
        this.gen = gen;
        // root values are separated by our own newline, not Jackson's default space
        gen.setRootValueSeparator(null);
    }

    @Override public void write(Event event) throws IOException {
        if (closed) throw new IllegalStateException("JSONL writer is closed");
        EventJson.write(event, gen);
        gen.writeRaw('\n');
        count++;
    }

    @Override public long count() { return count; }

    @Override public Format format() { return Format.JSONL; }

    @Override public void flush() throws IOException { gen.flush(); }

    @Override public void close() throws IOException {
        if (closed) return;
        closed = true;
        gen.close();
    }
}
