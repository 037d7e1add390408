package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs sitrep's extraction for {@code sitrep eval}: reads articles (JSON Lines: id, text, published...) and writes
 * events as JSON Lines per ONTOLOGY.md to a new temporary file, whose path it returns. The CLI owns the returned
 * file and deletes it after scoring unless the user asked to save it.
 */
@FunctionalInterface
public interface Extractor {
    Path extract(Path inputJsonl) throws IOException;
}
