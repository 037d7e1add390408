package org.sitrep.eval.py;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Text files as Python's {@code open(path, encoding="utf-8")} sees them: strict UTF-8, universal newlines. */
public final class PyText {
    private PyText() {}

    public static String read(Path path) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(path.toString(), null, "file not found");
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new EvalInputException(path + ": not valid UTF-8 (" + e.getMessage() + ")", e);
        }
        // universal newlines: \r\n and lone \r read as \n
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Lines as Python's file iterator yields them, each keeping its trailing \n (the last may lack one). */
    public static List<String> linesKeepEnds(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    /** Lines without their terminators. */
    public static List<String> lines(String text) {
        List<String> out = linesKeepEnds(text);
        out.replaceAll(l -> l.endsWith("\n") ? l.substring(0, l.length() - 1) : l);
        return out;
    }
}
