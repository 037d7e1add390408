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
 * Streams entries into a gzip-compressed binary index, one entry at a time; the name keys (fold, article-less fold
 * and skeleton of every name) are computed as entries arrive and written at the end as two packed key tables, so
 * loading the index computes no keys. Format version 2 (all big-endian, strings as modified UTF-8):
 * <pre>
 *   int magic "SGZ1", int version, UTF attribution
 *   repeated: byte 1, UTF id, UTF name, float lat, float lon, UTF iso2, UTF country, UTF admin1, UTF admin2,
 *             UTF feature, long population
 *   byte 0 (end), int entry count (a check against truncated files)
 *   fold key table, skeleton key table: int keys, int bytes, bytes (UTF-8 keys), int[keys+1] key offsets,
 *             int[keys+1] posting offsets, int postings, int[postings] entry indexes (largest population first)
 * </pre>
 * Absent admin names are written as empty strings. Version 1 (alternate names stored, keys computed at load) is
 * still read. Memory: the key maps of all names are held until {@link #close}, about 150 bytes per name.
 */
public final class GazetteerWriter implements Closeable {
    static final int MAGIC = 0x53475A31; // "SGZ1"
    static final int VERSION = 2;

    private final DataOutputStream out;
    private final NameKeys.Builder keys = new NameKeys.Builder();
    private long[] population = new long[1 << 12];
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
            if (count == population.length) population = java.util.Arrays.copyOf(population, count * 2);
            population[count] = p.population();
            keys.addName(p.name(), count);
            for (String n : e.alternateNames()) keys.addName(n, count);
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
        keys.sortByPopulation(population);
        NameKeys.of(keys.fold).write(out);
        NameKeys.of(keys.skel).write(out);
        out.close();
    }
}
