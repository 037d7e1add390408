package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small CSV and word-list resources bundled with this package. */
final class Resources {
    private Resources() {}

    /** Rows of a bundled CSV without its header; '#' lines are comments. Fields contain no commas. */
    static List<String[]> csv(String name) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines(name)) {
            if (header) { header = false; continue; }
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    /** Non-blank, non-comment lines of a bundled text resource. */
    static List<String> lines(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("bundled resource org/sitrep/geo/" + name + " is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }
}
