package org.sitrep.geo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A read-only map from name keys to entry indexes, packed into a few arrays: the UTF-8 bytes of all keys, their
 * offsets, the posting lists (most prominent entry first) and an open-addressing hash table. Loading it is a few
 * bulk reads, with no String per key; a lookup hashes the key's bytes and compares them in place.
 */
final class NameKeys {
    private static final int[] NONE = new int[0];

    private final byte[] bytes;
    private final int[] keyOff;   // key k is bytes[keyOff[k], keyOff[k+1])
    private final int[] postOff;  // postings of key k are postings[postOff[k], postOff[k+1])
    private final int[] postings;
    private final int[] table;    // key index + 1, 0 = empty
    private final int mask;

    private NameKeys(byte[] bytes, int[] keyOff, int[] postOff, int[] postings) {
        this.bytes = bytes;
        this.keyOff = keyOff;
        this.postOff = postOff;
        this.postings = postings;
        int n = keyOff.length - 1;
        int size = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
        this.table = new int[size];
        this.mask = size - 1;
        for (int k = 0; k < n; k++) {
            int h = hash(bytes, keyOff[k], keyOff[k + 1]) & mask;
            while (table[h] != 0) h = (h + 1) & mask;
            table[h] = k + 1;
        }
    }

    /** How many keys each of the places is listed under. */
    int[] keysPerPlace(int places) {
        int[] n = new int[places];
        for (int i = 0; i < postOff[postOff.length - 1]; i++) n[postings[i]]++;
        return n;
    }

    /** Packs a map (posting lists already in their final order). */
    static NameKeys of(Map<String, int[]> map) {
        int n = map.size();
        byte[][] ks = new byte[n][];
        int[][] vs = new int[n][];
        int i = 0, nb = 0, np = 0;
        for (Map.Entry<String, int[]> e : new java.util.TreeMap<>(map).entrySet()) {
            ks[i] = e.getKey().getBytes(StandardCharsets.UTF_8);
            vs[i] = e.getValue();
            nb += ks[i].length;
            np += vs[i].length;
            i++;
        }
        byte[] bytes = new byte[nb];
        int[] keyOff = new int[n + 1], postOff = new int[n + 1], postings = new int[np];
        int b = 0, p = 0;
        for (int k = 0; k < n; k++) {
            keyOff[k] = b;
            postOff[k] = p;
            System.arraycopy(ks[k], 0, bytes, b, ks[k].length);
            System.arraycopy(vs[k], 0, postings, p, vs[k].length);
            b += ks[k].length;
            p += vs[k].length;
        }
        keyOff[n] = b;
        postOff[n] = p;
        return new NameKeys(bytes, keyOff, postOff, postings);
    }

    int size() { return keyOff.length - 1; }

    /** Entry indexes for a key, most prominent first; an empty array when the key is absent. */
    int[] get(String key) {
        int k = find(key);
        return k < 0 ? NONE : Arrays.copyOfRange(postings, postOff[k], postOff[k + 1]);
    }

    boolean contains(String key) { return find(key) >= 0; }

    private int find(String key) {
        byte[] q = utf8(key);
        int h = hash(q, 0, q.length) & mask;
        while (true) {
            int slot = table[h];
            if (slot == 0) return -1;
            int k = slot - 1;
            if (Arrays.equals(bytes, keyOff[k], keyOff[k + 1], q, 0, q.length)) return k;
            h = (h + 1) & mask;
        }
    }

    /** UTF-8 bytes, with a fast path for ASCII (almost every folded key). */
    private static byte[] utf8(String s) {
        int n = s.length();
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return s.getBytes(StandardCharsets.UTF_8);
            out[i] = (byte) c;
        }
        return out;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) { h ^= b[i]; h *= 0x01000193; }
        return h ^ (h >>> 16);
    }

    /**
     * Writes the table as one block: per key (in sorted order, front-coded: varint length shared with the previous
     * key, varint length of the rest, the rest's bytes) a varint posting count and the postings as ascending gaps.
     */
    void write(DataOutputStream out) throws IOException {
        int n = size();
        java.io.ByteArrayOutputStream block = new java.io.ByteArrayOutputStream(bytes.length * 3);
        for (int k = 0; k < n; k++) {
            // front coding: the length shared with the previous key, then the rest
            int shared = 0;
            if (k > 0) {
                int a = keyOff[k - 1], la = keyOff[k] - a, b = keyOff[k], lb = keyOff[k + 1] - b;
                while (shared < la && shared < lb && bytes[a + shared] == bytes[b + shared]) shared++;
            }
            varint(block, shared);
            varint(block, keyOff[k + 1] - keyOff[k] - shared);
            block.write(bytes, keyOff[k] + shared, keyOff[k + 1] - keyOff[k] - shared);
            varint(block, postOff[k + 1] - postOff[k]);
            // ascending, as gaps: small numbers that compress well (the reader restores population order)
            int[] sorted = Arrays.copyOfRange(postings, postOff[k], postOff[k + 1]);
            Arrays.sort(sorted);
            int prev = 0;
            for (int v : sorted) { varint(block, v - prev); prev = v; }
        }
        out.writeInt(n);
        out.writeInt(bytes.length);
        out.writeInt(postings.length);
        out.writeInt(block.size());
        block.writeTo(out);
    }

    /** Reads a table; each posting list is put back in population order (largest first). */
    static NameKeys read(DataInputStream in, long[] population) throws IOException {
        int n = in.readInt(), nb = in.readInt(), np = in.readInt(), len = in.readInt();
        if (n < 0 || nb < 0 || np < 0 || len < 0) throw new IOException("negative key table size");
        byte[] block = new byte[len];
        in.readFully(block);
        byte[] bytes = new byte[nb];
        int[] keyOff = new int[n + 1], postOff = new int[n + 1], postings = new int[np];
        int at = 0, b = 0, p = 0;
        int[] pos = new int[1];
        for (int k = 0; k < n; k++) {
            pos[0] = at;
            int shared = readVarint(block, pos);
            int kl = readVarint(block, pos);
            keyOff[k] = b;
            if (shared > 0) System.arraycopy(bytes, keyOff[k - 1], bytes, b, shared);
            b += shared;
            System.arraycopy(block, pos[0], bytes, b, kl);
            b += kl;
            pos[0] += kl;
            int pc = readVarint(block, pos);
            postOff[k] = p;
            int prev = 0;
            for (int i = 0; i < pc; i++) { prev += readVarint(block, pos); postings[p++] = prev; }
            if (pc > 1) sortByPopulation(postings, postOff[k], p, population);
            at = pos[0];
        }
        keyOff[n] = b;
        postOff[n] = p;
        if (b != nb || p != np || at != len) throw new IOException("key table sizes do not add up");
        return new NameKeys(bytes, keyOff, postOff, postings);
    }

    /** Insertion sort of a[from, to) by population, largest first (lists are short; ties keep index order). */
    private static void sortByPopulation(int[] a, int from, int to, long[] population) {
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            long pv = population[v];
            int j = i - 1;
            while (j >= from && population[a[j]] < pv) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    private static void varint(java.io.ByteArrayOutputStream out, int v) {
        while ((v & ~0x7F) != 0) { out.write((v & 0x7F) | 0x80); v >>>= 7; }
        out.write(v);
    }

    private static int readVarint(byte[] b, int[] pos) {
        int v = 0, shift = 0, i = pos[0];
        while (true) {
            byte x = b[i++];
            v |= (x & 0x7F) << shift;
            if (x >= 0) break;
            shift += 7;
        }
        pos[0] = i;
        return v;
    }

    /** Builds key maps entry by entry (import and custom gazetteers). */
    static final class Builder {
        final HashMap<String, int[]> fold = new HashMap<>(1 << 16);
        final HashMap<String, int[]> skel = new HashMap<>(1 << 16);

        /**
         * Adds a name of entry idx under its fold key, its article-less fold key, with "al" for other articles, without
         * the Persian ezafe, and its skeleton key.
         */
        void addName(String name, int idx) {
            String f = NameNormalizer.fold(name);
            if (f.isEmpty()) return;
            put(fold, f, idx);
            String bare = NameNormalizer.withoutArticle(f);
            if (bare != f) put(fold, bare, idx);
            // the article as news writes it before any letter: "Ar Rudu'" is also "Al-Rudu'", "Busra ash Sham"
            // "Busra al-Sham", "Jisr ash Shughur" "Jisr al-Shughur"
            String al = NameNormalizer.withArticlesAsAl(f);
            if (al != f) put(fold, al, idx);
            String ezafe = NameNormalizer.withoutEzafe(f);
            if (ezafe != f) put(fold, ezafe, idx);
            String s = NameNormalizer.skeletonOfFolded(f);
            if (!s.isEmpty()) put(skel, s, idx);
        }

        private static void put(HashMap<String, int[]> m, String k, int idx) {
            int[] cur = m.get(k);
            if (cur == null) {
                m.put(k, new int[] {idx});
            } else if (cur[cur.length - 1] != idx) {
                int[] next = Arrays.copyOf(cur, cur.length + 1);
                next[cur.length] = idx;
                m.put(k, next);
            }
        }

        /** Sorts each posting list by population, largest first, so a lookup can stop early on namesakes. */
        void sortByPopulation(long[] population) {
            for (HashMap<String, int[]> m : java.util.List.of(fold, skel)) {
                for (int[] v : m.values()) if (v.length > 1) NameKeys.sortByPopulation(v, 0, v.length, population);
            }
        }
    }
}
