package org.sitrep.merge.eval;

import org.sitrep.export.EventJson;
import org.sitrep.model.Event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an events JSONL file (ONTOLOGY.md records) with the line number in every error. */
public final class EventsFile {
    private EventsFile() {}

    public static List<Event> read(Path file) {
        List<Event> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    out.add(EventJson.fromJson(line));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": not an event record: " + e.getMessage(), e);
                }
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("events file not found: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read events file " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
