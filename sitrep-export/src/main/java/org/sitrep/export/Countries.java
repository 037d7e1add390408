package org.sitrep.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 3166 numeric code and ACLED region per ISO3 code, for the ACLED CSV columns {@code iso} and {@code region}. */
final class Countries {
    record Country(String iso3, Integer numeric, String region) {
    }

    private static final Map<String, Country> BY_ISO3 = load();

    private Countries() {
    }

    static Optional<Country> byIso3(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(BY_ISO3.get(iso3.toUpperCase(Locale.ROOT)));
    }

    private static Map<String, Country> load() {
        String resource = "countries.tsv";
        InputStream in = Countries.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("resource org/sitrep/export/" + resource + " missing from the jar");
        Map<String, Country> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                Integer numeric = f[1].isEmpty() ? null : Integer.valueOf(f[1]);
                map.put(f[0], new Country(f[0], numeric, f[2].isEmpty() ? null : f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return Map.copyOf(map);
    }
}
