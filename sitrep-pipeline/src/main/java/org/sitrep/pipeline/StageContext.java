package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Failure;

/**
 * Per-article context handed to each stage: collects non-fatal warnings (a stage that could not decide something
 * says so here instead of throwing). One context per article, so it needs no synchronisation.
 */
public final class StageContext {
    private final String docId;
    private final List<Failure> warnings = new ArrayList<>();

    public StageContext(String docId) { this.docId = docId; }

    public String docId() { return docId; }

    public void warn(String stage, String message) { warnings.add(new Failure(docId, stage, message)); }

    public List<Failure> warnings() { return List.copyOf(warnings); }
}
