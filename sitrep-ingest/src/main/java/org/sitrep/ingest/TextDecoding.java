package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns raw bytes into text, and recognises bytes that are not text at all. UTF-8 is the norm; BOMs are honoured;
 * text that is not valid UTF-8 but is plainly text (no NULs, few control bytes) is read as windows-1252, the usual
 * encoding of legacy Western news files.
 */
final class TextDecoding {
    private TextDecoding() {}

    /** How many leading bytes the binary check looks at. */
    static final int SNIFF_BYTES = 8192;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text, or why the bytes are not text. */
    sealed interface Decoded permits Text, NotText {}

    record Text(String text, Charset charset) implements Decoded {}

    record NotText(String reason) implements Decoded {}

    /**
     * Why {@code bytes[0..length)} look binary, or empty when they look like text. Binary means: a NUL byte, more
     * than 10% control bytes, or more than 30% of the bytes in invalid UTF-8 sequences. UTF-16 with a BOM is text.
     */
    static Optional<String> binaryReason(byte[] bytes, int length) {
        if (length == 0 || utf16Bom(bytes, length) != null) return Optional.empty();
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return Optional.of("binary content (NUL byte at offset " + i + "), not a text article");
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) controls++;
        }
        if (controls * 10L > length) {
            return Optional.of("binary content (" + percent(controls, length) + " control bytes), not a text article");
        }
        int invalid = invalidUtf8Bytes(bytes, length);
        if (invalid * 10L > length * 3L) {
            return Optional.of("binary content (" + percent(invalid, length) + " of bytes are not UTF-8), not a text article");
        }
        return Optional.empty();
    }

    /**
     * Decodes a whole file or record: BOM first, then strict UTF-8; bytes that are mostly UTF-8 with a few bad ones
     * keep UTF-8 (bad bytes become U+FFFD); otherwise windows-1252 for plainly textual bytes.
     */
    static Decoded decode(byte[] bytes) {
        Optional<String> binary = binaryReason(bytes, Math.min(bytes.length, SNIFF_BYTES));
        if (binary.isPresent()) return new NotText(binary.get());
        Charset utf16 = utf16Bom(bytes, bytes.length);
        if (utf16 != null) {
            return new Text(new String(bytes, 2, bytes.length - 2, utf16), utf16);
        }
        int start = hasUtf8Bom(bytes, bytes.length) ? 3 : 0;
        Optional<String> utf8 = strictUtf8(bytes, start, bytes.length - start);
        if (utf8.isPresent()) return new Text(utf8.get(), StandardCharsets.UTF_8);
        // Invalid UTF-8 further in than the sniffed prefix, or a legacy single-byte file.
        int invalid = invalidUtf8Bytes(bytes, bytes.length);
        if (invalid * 10L > bytes.length * 3L) {
            return new NotText("binary content (" + percent(invalid, bytes.length) + " of bytes are not UTF-8), not a text article");
        }
        if (validMultiByteSequences(bytes) > invalid) {
            // Mostly UTF-8 with a few damaged bytes: keep the UTF-8, mark the damage with U+FFFD.
            return new Text(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        return new Text(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    /** Strict UTF-8 decoding: empty when any byte sequence is malformed. */
    static Optional<String> strictUtf8(byte[] bytes, int offset, int length) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Byte offset of the first malformed UTF-8 sequence in {@code bytes[offset..offset+length)}, or -1. */
    static int firstInvalidUtf8(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int n = validSequenceLength(bytes, i, end);
            if (n <= 0) return i - offset;
            i += n;
        }
        return -1;
    }

    static boolean hasUtf8Bom(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    private static Charset utf16Bom(byte[] bytes, int length) {
        if (length < 2) return null;
        int b0 = bytes[0] & 0xff;
        int b1 = bytes[1] & 0xff;
        if (b0 == 0xFE && b1 == 0xFF) return StandardCharsets.UTF_16BE;
        if (b0 == 0xFF && b1 == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** Counts well-formed UTF-8 sequences of two bytes or more: evidence that a file is meant as UTF-8. */
    private static int validMultiByteSequences(byte[] bytes) {
        int count = 0;
        int i = 0;
        while (i < bytes.length) {
            int n = validSequenceLength(bytes, i, bytes.length);
            if (n > 1) count++;
            i += Math.max(n, 1);
        }
        return count;
    }

    /** Counts bytes that are not part of a well-formed UTF-8 sequence; a sequence cut by the end is not counted. */
    private static int invalidUtf8Bytes(byte[] bytes, int length) {
        int invalid = 0;
        int i = 0;
        while (i < length) {
            int n = validSequenceLength(bytes, i, length);
            if (n > 0) {
                i += n;
            } else if (n == 0) {
                break; // truncated at the end of the sample
            } else {
                invalid++;
                i++;
            }
        }
        return invalid;
    }

    /**
     * Length of the well-formed UTF-8 sequence at {@code i} (1-4), 0 if it is cut off by {@code end}, -1 if
     * malformed. Follows RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
     */
    private static int validSequenceLength(byte[] b, int i, int end) {
        int b0 = b[i] & 0xff;
        if (b0 < 0x80) return 1;
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            if (b0 == 0xE0) lo = 0xA0;
            if (b0 == 0xED) hi = 0x9F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            if (b0 == 0xF0) lo = 0x90;
            if (b0 == 0xF4) hi = 0x8F;
        } else {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= end) return 0;
            int bk = b[i + k] & 0xff;
            int min = k == 1 ? lo : 0x80;
            int max = k == 1 ? hi : 0xBF;
            if (bk < min || bk > max) return -1;
        }
        return need + 1;
    }

    private static String percent(long part, long whole) {
        return Math.round(100.0 * part / whole) + "%";
    }
}
