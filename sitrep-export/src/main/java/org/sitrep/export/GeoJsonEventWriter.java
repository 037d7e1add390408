package org.sitrep.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import org.sitrep.model.Event;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * RFC 7946 FeatureCollection, streamed: the header is written on open, one Feature per event (one per line), the
 * closing brackets on {@link #close()}. Each feature has {@code id} = event_id, a Point geometry
 * {@code [longitude, latitude]} when both are known, else {@code null} geometry (the event is still exported, so
 * counts match the other formats), and {@code properties} = the full {@link EventJson} record, so a GeoJSON
 * export can be read back into events.
 */
public final class GeoJsonEventWriter implements EventWriter {
    private final JsonGenerator gen;
    private long count;
    private boolean closed;

    public GeoJsonEventWriter(OutputStream out) throws IOException {
        this(EventJson.FACTORY.createGenerator(out, JsonEncoding.UTF8));
    }

    public GeoJsonEventWriter(Writer out) throws IOException {
        this(EventJson.FACTORY.createGenerator(out));
    }

    private GeoJsonEventWriter(JsonGenerator gen) throws IOException {
        this.gen = gen;
        gen.writeStartObject();
        gen.writeStringField("type", "FeatureCollection");
        gen.writeArrayFieldStart("features");
    }

    @Override public void write(Event e) throws IOException {
        if (closed) throw new IllegalStateException("GeoJSON writer is closed");
        gen.writeRaw('\n');
        gen.writeStartObject();
        gen.writeStringField("type", "Feature");
        if (e.eventId() == null) gen.writeNullField("id");
        else gen.writeStringField("id", e.eventId());
        gen.writeFieldName("geometry");
        if (e.latitude() != null && e.longitude() != null
                && Double.isFinite(e.latitude()) && Double.isFinite(e.longitude())) {
            gen.writeStartObject();
            gen.writeStringField("type", "Point");
            gen.writeArrayFieldStart("coordinates");
            gen.writeNumber(e.longitude().doubleValue());
            gen.writeNumber(e.latitude().doubleValue());
            gen.writeEndArray();
            gen.writeEndObject();
        } else {
            gen.writeNull();
        }
        gen.writeFieldName("properties");
        EventJson.write(e, gen);
        gen.writeEndObject();
        count++;
    }

    @Override public long count() { return count; }

    @Override public Format format() { return Format.GEOJSON; }

    @Override public void flush() throws IOException { gen.flush(); }

    @Override public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            gen.writeRaw('\n');
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
        } finally {
            gen.close();
        }
    }
}
