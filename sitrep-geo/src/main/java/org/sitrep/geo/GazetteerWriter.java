package org.sitrep.geo;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.sitrep.model.GeoPlace;

/**
 * Streams entries into a gzip-compressed binary index, one entry at a time, so an import of millions of rows
 * never holds them all in memory. Format (all big-endian, strings as modified UTF-8):
 * <pre>
 *   int magic "SGZ1", int version, UTF attribution
 *   repeated: byte 1, UTF id, UTF name, float lat, float lon, UTF iso2, UTF country, UTF admin1, UTF admin2,
 *             UTF feature, long population, short n, n x UTF alternate name
 *   byte 0 (end), int entry count (a check against truncated files)
 * </pre>
 * Absent admin names are written as empty strings.
 */
public final class GazetteerWriter implements Closeable {
    static final int MAGIC = 0x53475A31; // "SGZ1"
    static final int VERSION = 1;

    private final DataOutputStream out;
    private int count;
    private boolean closed;

    public GazetteerWriter(Path file, String attribution) throws IOException {
        this(Files.newOutputStream(file), attribution);
    }

    public GazetteerWriter(OutputStream raw, String attribution) throws IOException {
        this.out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16), 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(attribution);
    }

    public void write(GazetteerEntry e) {
        GeoPlace p = e.place();
        try {
            out.writeByte(1);
            out.writeUTF(p.gazetteerId());
            out.writeUTF(p.name());
            out.writeFloat((float) p.latitude());
            out.writeFloat((float) p.longitude());
            out.writeUTF(nz(p.iso2()));
            out.writeUTF(nz(p.country()));
            out.writeUTF(nz(p.admin1()));
            out.writeUTF(nz(p.admin2()));
            out.writeUTF(nz(p.feature()));
            out.writeLong(p.population());
            int n = Math.min(e.alternateNames().size(), Short.MAX_VALUE);
            out.writeShort(n);
            for (int i = 0; i < n; i++) out.writeUTF(clip(e.alternateNames().get(i)));
            count++;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write gazetteer entry " + p.gazetteerId(), ex);
        }
    }

    public int count() { return count; }

    private static String nz(String s) { return s == null ? "" : clip(s); }

    /** writeUTF is limited to 65535 bytes; names are never that long, so longer text is corrupt input. */
    private static String clip(String s) { return s.length() > 2000 ? s.substring(0, 2000) : s; }

    @Override public void close() throws IOException {
        if (closed) return;
        closed = true;
        out.writeByte(0);
        out.writeInt(count);
        out.close();
    }
}
